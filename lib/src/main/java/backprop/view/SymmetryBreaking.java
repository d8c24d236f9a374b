package backprop.view;

import backprop.activation.Activation;
import backprop.network.ForwardPass;
import backprop.training.SweepResult;
import backprop.training.Symmetry;
import backprop.training.TrainingRun;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What breaks the symmetry of a zero start, on experiment 8's page: many small random starts (does each
 * one learn?), and a two-sample task that needs two different hidden units (what tied units can and
 * cannot reach). The sentences are chosen by the runs, so they stay true for other hyperparameters.
 */
public final class SymmetryBreaking {

    /** A run "learns" when it ends below the loss of all-zero outputs by more than rounding. */
    private static final double BELOW = 1 - 1e-9;

    /** Below this |w1 - w3| the two samples' hidden values are the same up to rounding. */
    private static final double MIRRORED = 1e-9;
    /** Two final losses within this factor lie within a few pixels on a log-scale loss chart. */
    private static final double CLOSE = 1.5;

    private SymmetryBreaking() {
    }

    /** How many runs of the sweep end below {@code allZeroLoss}, the loss of outputs that never moved (the notebooks' test of learning at all). */
    public static long learned(SweepResult sweep, double allZeroLoss) {
        return sweep.runs().stream().filter(r -> r.finalLoss() < allZeroLoss * BELOW).count();
    }

    /**
     * One column per sweep (e.g. one per activation): how many starts, how many end with different hidden
     * units, how many learn, the lowest and highest final loss, and the loss of the matching run from the
     * experiment's start (zeros by default) at the sweep's last epoch.
     */
    public static Table smallStarts(String title, double allZeroLoss, Map<String, SweepResult> sweeps,
                                    Map<String, TrainingRun> zeroStarts) {
        String start = TiedUnits.startName(zeroStarts.values().iterator().next().initialWeights());
        if (!sweeps.keySet().equals(zeroStarts.keySet())) {
            throw new IllegalArgumentException("zeroStarts " + zeroStarts.keySet() + "; allowed: one per sweep " + sweeps.keySet());
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        int epoch = 0;
        for (var entry : sweeps.entrySet()) {
            SweepResult s = entry.getValue();
            epoch = s.run(0).epochsRequested();
            columns.put(entry.getKey(), new double[] {s.size(),
                    s.runs().stream().filter(r -> !Symmetry.tied(r.finalWeights())).count(), learned(s, allZeroLoss),
                    Arrays.stream(s.finalLosses()).min().orElseThrow(), Arrays.stream(s.finalLosses()).max().orElseThrow(),
                    zeroStarts.get(entry.getKey()).lossAt(epoch)});
        }
        return Tables.columns(title, "", List.of("starts", "hidden units differ at the end", "ended below the all-zero-output loss",
                "lowest final loss", "highest final loss", "from " + start + ": loss at epoch " + epoch), columns);
    }

    /** Per run of the two-sample task: final loss, o2 on each sample, and the largest |w1 - w2|. */
    public static Table twoSamples(String title, Map<String, TrainingRun> runs) {
        return Tables.columns(title, "initial weights", List.copyOf(runs.keySet()), Labelled.of(
                "loss", each(runs, TrainingRun::finalLoss), "o2, sample 1", each(runs, r -> r.last().outputs()[0][1]),
                "o2, sample 2", each(runs, r -> r.last().outputs()[1][1]),
                "largest |w1 − w2|", each(runs, r -> Symmetry.largestWeightGaps(r)[0])));
    }

    /**
     * The two-sample task's findings for a run from the experiment's start ({@code start}, zeros by
     * default): whether its hidden units stay tied and whether both samples {@code x} see the same hidden
     * values at the end, its loss against the best loss of outputs equal on both samples; whether a tied start stays
     * tied and ends lower (and whether its curve ends within a factor {@value #CLOSE} of the other, so that
     * a log-scale chart hardly separates them); and, for a sigmoid, the bound no tied network can go below against what two
     * different hidden units reach.
     */
    public static Statements twoSamples(TrainingRun start, TrainingRun tied, TrainingRun free, double[][] x, double[][] y,
                                        Activation activation) {
        boolean stayedTied = Arrays.stream(Symmetry.largestWeightGaps(tied)).allMatch(g -> g == 0);
        double mirror = hiddenGap(start, x);
        String name = TiedUnits.startName(start.initialWeights());
        return Statements.of()
                .add("From %s: largest |w1 − w2| = %s, so the hidden units %s tied.", name,
                        Symmetry.largestWeightGaps(start)[0], Symmetry.largestWeightGaps(start)[0] == 0 ? "stay" : "are not")
                .addIf(Double.isNaN(mirror), "The run from %s diverged at epoch %s: it has no hidden values to compare.", name,
                        start.divergenceEpoch())
                .addIf(mirror < MIRRORED, "The two samples' hidden values differ by %s at the end: both samples see the"
                                + " same h. The loss ends at %s; the best with equal outputs on both samples is %s.",
                        mirror, start.finalLoss(), Symmetry.equalOutputsFloor(y))
                .addIf(mirror >= MIRRORED, "The two samples' hidden values differ by %s at the end: the samples see"
                                + " different h. The loss ends at %s (the best with equal outputs on both samples would be %s).",
                        mirror, start.finalLoss(), Symmetry.equalOutputsFloor(y))
                .either(stayedTied, "The tied start stays tied at every epoch and ends at %s, %s the run from %s (%s)%s.",
                        "The tied start did not stay tied (not a tied start?); it ends at %s, %s the run from %s (%s)%s.",
                        tied.finalLoss(), tied.finalLoss() < start.finalLoss() ? "below" : "not below", name,
                        start.finalLoss(), Math.max(tied.finalLoss(), start.finalLoss()) < CLOSE * Math.min(tied.finalLoss(),
                                start.finalLoss()) ? "; the two curves end so close that the log-scale loss chart hardly"
                                + " separates them" : "")
                .addIf(activation.lowest() == 0 && activation.highest() == 1, "No tied sigmoid network can go below %s"
                        + " (a bound: each output on one side of ½ on both samples); two different hidden units reach %s.",
                        Symmetry.tiedSigmoidFloor(y), free.finalLoss());
    }

    /** The largest difference between the two samples' hidden values at the run's end; NaN for a run that diverged. */
    private static double hiddenGap(TrainingRun run, double[][] x) {
        if (run.diverged()) {
            return Double.NaN;
        }
        ForwardPass end = new ForwardPass(run.finalNetwork());
        double[] h1 = end.run(x[0]).out(1), h2 = end.run(x[1]).out(1);
        return IntStream.range(0, h1.length).mapToDouble(j -> Math.abs(h1[j] - h2[j])).max().orElseThrow();
    }

    private static double[] each(Map<String, TrainingRun> runs, java.util.function.ToDoubleFunction<TrainingRun> f) {
        return runs.values().stream().mapToDouble(f).toArray();
    }
}
