package backprop.training;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A group of runs looked at together, e.g. the random seeds of a sweep without the given-weights run:
 * one value per run for the loss at an epoch, a final weight or output, or the distance to a reference.
 * Statistics over "the seeds" must be over the seeds only, so {@link #without} leaves a label out.
 */
public final class RunGroup {

    private final List<TrainingRun> runs;

    private RunGroup(List<TrainingRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs: none given; allowed: at least one TrainingRun");
        }
        this.runs = List.copyOf(runs);
    }

    public static RunGroup of(List<TrainingRun> runs) {
        Rules.given("runs", runs, "a list of TrainingRun");
        return new RunGroup(runs);
    }

    /** Every run of {@code sweep} whose initialiser is not {@code label}, e.g. {@code without(sweep, "given")}: the seeds. */
    public static RunGroup without(SweepResult sweep, String label) {
        Rules.given("sweep", sweep, "a SweepResult");
        return new RunGroup(sweep.runs().stream().filter(r -> !r.initialiser().equals(label)).toList());
    }

    public List<TrainingRun> runs() {
        return runs;
    }

    public int size() {
        return runs.size();
    }

    /** Each run's loss during epoch {@code epoch} (NaN for a run that had stopped before it). */
    public double[] lossesAt(int epoch) {
        return each(r -> r.lossAt(epoch));
    }

    /** Each run's parameter k (1-based) after its last epoch. */
    public double[] finalWeights(int k) {
        return each(r -> r.w(k));
    }

    /** Each run's output k (1-based, first sample) during its last epoch. */
    public double[] finalOutputs(int k) {
        return each(r -> r.o(k));
    }

    /** Each run's Euclidean distance |w_run - reference| before training. */
    public double[] distancesBefore(double[] reference) {
        return each(r -> distance(r.initialWeights(), reference));
    }

    /** Each run's Euclidean distance |w_run - reference| after its last epoch. */
    public double[] distancesAfter(double[] reference) {
        return each(r -> distance(r.finalWeights(), reference));
    }

    /**
     * How many runs have a loss below {@code loss} during epoch {@code epoch}, by more than a relative
     * {@value #TIE}: runs that reach the same floor differ in their last bits only, and are not counted
     * below (nor above) one another.
     */
    public int countBelow(int epoch, double loss) {
        return (int) runs.stream().filter(r -> loss - r.lossAt(epoch) > TIE * Math.abs(loss)).count();
    }

    /** Losses closer than this, relative, are equal but for rounding. */
    public static final double TIE = 1e-9;

    /** How many runs have a loss within {@code percent} % of {@code loss} during epoch {@code epoch}. */
    public int countWithin(int epoch, double loss, double percent) {
        return (int) runs.stream().filter(r -> Math.abs(r.lossAt(epoch) - loss) <= percent / 100 * Math.abs(loss)).count();
    }

    /** The Euclidean distance between two parameter vectors of the same length. */
    public static double distance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " values; allowed: the same length");
        }
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(sum);
    }

    private double[] each(ToDoubleFunction<TrainingRun> value) {
        return runs.stream().mapToDouble(value).toArray();
    }
}
