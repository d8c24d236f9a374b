package backprop.training;

import backprop.view.Numbers;
import backprop.view.Statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run per step size from one configuration, labelled "step 0.5", "step 1", ... in the order given:
 * what a notebook puts side by side to compare step sizes (tables of each, a family of loss curves).
 * A {@link Sweep} keeps only the loss at a few budgets; these runs keep every epoch.
 */
public final class StepRuns {

    private StepRuns() {
    }

    /** {@code setup} trained at each of {@code learningRates}, labelled "step " and the rate. */
    public static Map<String, TrainingRun> of(Training setup, double... learningRates) {
        Rules.given("setup", setup, "a Training with data and epochs");
        Map<String, TrainingRun> runs = new LinkedHashMap<>();
        for (double rate : Rules.learningRates("learningRates", learningRates)) {
            runs.putIfAbsent(label(rate), setup.learningRate(rate).run());
        }
        return runs;
    }

    /** "step 0.5": how the runs of {@link #of} are labelled. */
    public static String label(double learningRate) {
        return "step " + Numbers.format(learningRate);
    }

    /**
     * The runs whose loss rises at some epoch, or that diverged: the ones a chart of the whole family
     * hides among the monotone curves.
     */
    public static Map<String, TrainingRun> rising(Map<String, TrainingRun> runs) {
        Map<String, TrainingRun> rising = new LinkedHashMap<>();
        runs.forEach((label, run) -> {
            if (run.diverged() || !run.monotone()) {
                rising.put(label, run);
            }
        });
        return rising;
    }

    /**
     * The largest |difference| between each run's final loss and the final loss of the sweep's run at
     * the same step (first initialisation): 0 when the sweep and these runs trained the same way.
     */
    public static double largestGapToSweep(Map<String, TrainingRun> runs, SweepResult sweep) {
        String label = sweep.initialisers().get(0);
        double gap = 0;
        for (TrainingRun run : runs.values()) {
            double d = Statistics.absDifference(run.finalLoss(), sweep.run(label, run.learningRate()).finalLoss());
            gap = Double.isNaN(d) || Double.isNaN(gap) ? Double.NaN : Math.max(gap, d);
        }
        return gap;
    }
}
