package backprop.training;

import backprop.loss.Loss;
import backprop.network.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a {@link Sweep} produced: one {@link TrainingRun} per configuration (its checkpoints kept), initialiser-major and then by
 * learning rate, so run(i * learningRates().size() + j) is initialiser i with learning rate j.
 */
public final class SweepResult {

    private final Network shape;
    private final Loss loss;
    private final List<String> initialisers;
    private final double[] learningRates;
    private final int[] checkpoints;
    private final List<TrainingRun> runs;
    private final List<String> warnings;

    SweepResult(Network shape, Loss loss, List<String> initialisers, double[] learningRates, int[] checkpoints,
                List<TrainingRun> runs, List<String> warnings) {
        this.shape = shape;
        this.loss = loss;
        this.initialisers = List.copyOf(initialisers);
        this.learningRates = learningRates;
        this.checkpoints = checkpoints;
        this.runs = List.copyOf(runs);
        this.warnings = List.copyOf(warnings);
    }

    public Loss loss() {
        return loss;
    }

    /** The initialisers' labels, in order. */
    public List<String> initialisers() {
        return initialisers;
    }

    public double[] learningRates() {
        return learningRates.clone();
    }

    /** The checkpoint epochs, ascending; the last is the epoch every run aimed for. */
    public int[] checkpoints() {
        return checkpoints.clone();
    }

    /** Every configuration's result, in the sweep's order. */
    public List<TrainingRun> runs() {
        return runs;
    }

    public int size() {
        return runs.size();
    }

    public TrainingRun run(int index) {
        if (index < 0 || index >= runs.size()) {
            throw new IllegalArgumentException("run index = " + index + "; allowed: 0 to " + (runs.size() - 1));
        }
        return runs.get(index);
    }

    /** The run of initialiser {@code label} with learning rate {@code learningRate}. */
    public TrainingRun run(String label, double learningRate) {
        int i = initialisers.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("initialiser = \"" + label + "\" is not in this sweep; allowed: "
                    + (initialisers.size() <= 5 ? initialisers : initialisers.subList(0, 5) + " ... (" + initialisers.size() + ")"));
        }
        return runs.get(i * learningRates.length + learningRateIndex(learningRate));
    }

    /** Every run's final loss (the loss during its last epoch), in order. */
    public double[] finalLosses() {
        return runs.stream().mapToDouble(TrainingRun::finalLoss).toArray();
    }

    /** Every run's loss during checkpoint epoch {@code epoch} (NaN where it had diverged before). */
    public double[] lossesAt(int epoch) {
        checkCheckpoint(epoch);
        return runs.stream().mapToDouble(r -> r.lossAt(epoch)).toArray();
    }

    /** Every run's final parameter k (1-based), in order. */
    public double[] finalWeights(int k) {
        if (k < 1 || k > shape.parameterCount()) {
            throw new IllegalArgumentException("parameter k = " + k + "; allowed: 1 to " + shape.parameterCount());
        }
        return runs.stream().mapToDouble(r -> r.last().weights()[k - 1]).toArray();
    }

    /** The loss of initialiser {@code label} by learning rate (rows) and checkpoint (columns): a heat map's values. */
    public double[][] lossGrid(String label) {
        double[][] grid = new double[learningRates.length][];
        for (int j = 0; j < learningRates.length; j++) {
            grid[j] = run(label, learningRates[j]).checkpointLoss().clone();
        }
        return grid;
    }

    public int divergedCount() {
        return (int) runs.stream().filter(TrainingRun::diverged).count();
    }

    /** Warnings about the setup, e.g. targets that are not probabilities for cross-entropy. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * One row per configuration: initialiser, learning rate, epochs run, final loss, final outputs (first
     * sample), the loss at each checkpoint, loss increases, the divergence epoch (0: none), final weights.
     */
    public Table table() {
        Table t = Table.create("Sweep, " + loss.name() + ", " + runs.size() + " configurations");
        t.addColumns(IntColumn.create("run", IntStream.range(0, runs.size()).toArray()));
        t.addColumns(StringColumn.create("initialiser", runs.stream().map(TrainingRun::initialiser).toList()));
        t.addColumns(DoubleColumn.create("learning rate", runs.stream().mapToDouble(TrainingRun::learningRate).toArray()));
        t.addColumns(IntColumn.create("epochs run", runs.stream().mapToInt(TrainingRun::epochsRun).toArray()));
        t.addColumns(DoubleColumn.create("final loss", finalLosses()));
        for (int k = 1; k <= shape.outputCount(); k++) {
            int output = k;
            t.addColumns(DoubleColumn.create("o" + k, runs.stream().mapToDouble(r -> r.o(output)).toArray()));
        }
        for (int c : checkpoints) {
            t.addColumns(DoubleColumn.create("loss @" + c, lossesAt(c)));
        }
        t.addColumns(IntColumn.create("loss increases", runs.stream().mapToInt(TrainingRun::lossIncreases).toArray()));
        t.addColumns(IntColumn.create("diverged at", runs.stream().mapToInt(TrainingRun::divergenceEpoch).toArray()));
        List<String> names = shape.parameterNames();
        for (int k = 0; k < names.size(); k++) {
            t.addColumns(DoubleColumn.create(names.get(k) + " final", finalWeights(k + 1)));
        }
        return t;
    }

    /** One line: how many configurations, how many diverged, the best final loss. */
    public String summary() {
        TrainingRun best = null;
        for (TrainingRun r : runs) {
            if (!r.diverged() && (best == null || r.finalLoss() < best.finalLoss())) {
                best = r;
            }
        }
        return runs.size() + " configurations (" + initialisers.size() + " initialisations x " + learningRates.length
                + " learning rates), up to " + checkpoints[checkpoints.length - 1] + " epochs, " + loss.name() + "; "
                + divergedCount() + " diverged" + (best == null ? "" : "; lowest final loss " + best.finalLoss()
                + " (" + best.initialiser() + ", learning rate " + best.learningRate() + ")");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(summary());
        for (String w : warnings) {
            s.append("\nwarning: ").append(w);
        }
        return s.toString();
    }

    private int learningRateIndex(double learningRate) {
        for (int j = 0; j < learningRates.length; j++) {
            if (Double.compare(learningRates[j], learningRate) == 0) {
                return j;
            }
        }
        throw new IllegalArgumentException("learningRate = " + learningRate + " is not in this sweep; allowed: one of "
                + Arrays.toString(learningRates));
    }

    private void checkCheckpoint(int epoch) {
        if (Arrays.binarySearch(checkpoints, epoch) < 0) {
            throw new IllegalArgumentException("epoch = " + epoch + " is not a checkpoint; allowed: one of "
                    + Arrays.toString(checkpoints));
        }
    }
}
