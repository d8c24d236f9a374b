package backprop.summary;

import backprop.init.Initialiser;
import backprop.loss.LossFloor;
import backprop.network.Examples;
import backprop.training.SweepResult;
import backprop.training.TrainingRun;
import backprop.view.Numbers;
import backprop.view.Statements;
import backprop.view.Statistics;

/**
 * Experiment 7: random initial weights as the reference draws them (torch.manual_seed, then
 * torch.rand(1) per weight). Over many seeds the loss after the epoch budget spreads and no seed is at
 * the given run's network; whether longer training would bring them to one end is not shown (every loss
 * stays above the same floor, {@link LossFloor}). Report 000's own seed-20 run (ReLU, CrossEntropyLoss on
 * the float targets, step 2) runs away.
 */
public final class RandomStarts {

    private final long seed;
    private final SweepResult seeds;
    private final TrainingRun given;
    private final TrainingRun report;

    private RandomStarts(long seed, SweepResult seeds, TrainingRun given, TrainingRun report) {
        this.seed = seed;
        this.seeds = seeds;
        this.given = given;
        this.report = report;
    }

    /**
     * {@code seeds}: the exercise from torch.rand starts only (not the given weights); {@code given}: from the
     * given weights, same budget; {@code report}: report 000's run from {@code seed}, at least 100 epochs.
     */
    public static RandomStarts of(long seed, SweepResult seeds, TrainingRun given, TrainingRun report) {
        if (report.epochsRun() < 100) {
            throw new IllegalArgumentException("report ran " + report.epochsRun() + " epochs; allowed: 100 or more"
                    + " (it diverges: train it with .divergenceFactor(1e300))");
        }
        if (!java.util.Arrays.equals(report.initialWeights(), draws(seed))) {
            throw new IllegalArgumentException("report does not start from Initialiser.torchRand(" + seed + ");"
                    + " allowed: the run from that seed's draws");
        }
        return new RandomStarts(seed, seeds, given, report);
    }

    private static double[] draws(long seed) {
        return Initialiser.torchRand(seed).parameters(new int[] {2, 2, 2}, false);
    }

    /** The 5 %, 50 % and 95 % quantiles of the seeds' final losses. */
    public double[] spread() {
        return Statistics.quantiles(seeds.finalLosses(), 0.05, 0.5, 0.95);
    }

    /** The least Euclidean distance, in weight space, from a seed's final weights to the given run's. */
    public double closest() {
        double[] target = given.finalWeights();
        return seeds.runs().stream().mapToDouble(r -> {
            double sum = 0;
            for (int k = 0; k < target.length; k++) {
                sum += Math.pow(r.finalWeights()[k] - target[k], 2);
            }
            return Math.sqrt(sum);
        }).min().orElse(Double.NaN);
    }

    public Statements statements() {
        double[] spread = spread();
        double closest = closest();
        LossFloor floor = LossFloor.of(given.initialNetwork().activation(given.initialNetwork().layerCount()), given.loss(),
                Examples.EXERCISE_Y);
        return Statements.of()
                .add("torch.manual_seed(%s) with torch.rand(1) per weight gives %s.", seed,
                        Numbers.named(Examples.exercise().parameterNames(), draws(seed)))
                .add("Over %s seeds the last loss each reached (epoch %s, unless it diverged) has median %s (5–95 %%: %s to %s); the given weights"
                        + " end at %s.", seeds.size(), given.epochsRun(), spread[1], spread[0], spread[2], given.finalLoss())
                .either(closest > 1e-3, "After %s epochs no seed is at the given run's network (the closest is %s"
                        + " away in weight space) and the losses differ; whether longer training would bring them to the"
                        + " same end is not shown here.", "After %s epochs some seed is within %s of the given run's"
                        + " weights.", given.epochsRun(), closest)
                .addIf(floor.isLeast(), "Every seed's loss stays above the same floor %s, the loss at %s, the outputs"
                        + " nearest the targets that the output activation can approach.", floor.value(),
                        floor.closest())
                .either(report.epoch(100).loss() < 0, "The run from seed %s with report 000's own setup (ReLU,"
                        + " CrossEntropyLoss on the float targets, step %s) has o1 = %s and loss %s at epoch 100: it runs away, so it cannot show"
                        + " what the start changes.", "The run from seed %s with report 000's own setup (ReLU,"
                        + " CrossEntropyLoss on the float targets, step %s) ends with o1 = %s and loss %s at epoch 100.", seed,
                        report.learningRate(), report.epoch(100).o(1), report.epoch(100).loss());
    }
}
