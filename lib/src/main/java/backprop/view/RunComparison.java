package backprop.view;

import backprop.network.Network;

import backprop.training.Epoch;
import backprop.training.TrainingRun;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two or more training runs side by side, for the experiments' "baseline beside the variant": their
 * losses and outputs at chosen epochs, and how far apart two runs are epoch by epoch.
 */
public final class RunComparison {

    private RunComparison() {
    }

    /**
     * One row per epoch (those every run reached), columns "loss (label)", then "o1 (label)", "o2 (label)" ...
     * for each labelled run, output k taken for the first sample.
     */
    public static Table sideBySide(String title, Map<String, TrainingRun> runs, int... epochs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs: none given; allowed: at least one labelled TrainingRun");
        }
        int outputs = runs.values().iterator().next().initialNetwork().outputCount();
        for (Map.Entry<String, TrainingRun> r : runs.entrySet()) {
            if (r.getValue().initialNetwork().outputCount() != outputs) {
                throw new IllegalArgumentException("run \"" + r.getKey() + "\" has " + r.getValue().initialNetwork().outputCount()
                        + " outputs; allowed: " + outputs + ", as the first run");
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int e : Arrays.stream(epochs).distinct().sorted().toArray()) {
            final int epoch = e;
            if (e >= 1 && runs.values().stream().allMatch(r -> epoch <= r.epochsRun())) {
                rows.add(e);
            }
        }
        Table t = Table.create(title + TrainingRun.unreached(epochs, runs.values().toArray(new TrainingRun[0])))
                .addColumns(IntColumn.create("epoch", rows.stream().mapToInt(Integer::intValue).toArray()));
        runs.forEach((label, run) -> t.addColumns(DoubleColumn.create("loss (" + label + ")",
                rows.stream().mapToDouble(e -> run.epoch(e).loss()).toArray())));
        for (int k = 1; k <= outputs; k++) {
            final int output = k;
            runs.forEach((label, run) -> t.addColumns(DoubleColumn.create("o" + output + " (" + label + ")",
                    rows.stream().mapToDouble(e -> run.epoch(e).o(output)).toArray())));
        }
        return Tables.sixDigits(t);
    }

    /**
     * The last epoch of each run side by side: one row per quantity (loss, o1, o2, ... for the first sample,
     * then every weight after the update), one column per labelled run.
     */
    public static Table lastEpoch(String title, Map<String, TrainingRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs: none given; allowed: at least one labelled TrainingRun");
        }
        Network shape = runs.values().iterator().next().initialNetwork();
        List<String> names = new ArrayList<>(List.of("loss"));
        for (int k = 1; k <= shape.outputCount(); k++) {
            names.add("o" + k);
        }
        names.addAll(shape.parameterNames());
        Map<String, double[]> columns = new LinkedHashMap<>();
        runs.forEach((label, run) -> {
            if (run.initialNetwork().parameterCount() != shape.parameterCount() || run.initialNetwork().outputCount() != shape.outputCount()) {
                throw new IllegalArgumentException("run \"" + label + "\" has another shape; allowed: runs of one network shape");
            }
            double[] values = new double[names.size()];
            values[0] = run.finalLoss();
            for (int k = 1; k <= shape.outputCount(); k++) {
                values[k] = run.o(k);
            }
            System.arraycopy(run.finalWeights(), 0, values, 1 + shape.outputCount(), shape.parameterCount());
            columns.put(label, values);
        });
        return Tables.sixDigits(Tables.columns(title, "quantity", names, columns));
    }

    /**
     * One row per epoch (those both runs reached): |loss a - loss b| and the largest absolute
     * difference of the outputs, the gradients and the weights after the update, printed with three
     * significant digits.
     */
    public static Table differences(String title, TrainingRun a, TrainingRun b, int... epochs) {
        checkSameShape(a, b);
        List<Integer> rows = new ArrayList<>();
        for (int e : Arrays.stream(epochs).distinct().sorted().toArray()) {
            if (e >= 1 && e <= a.epochsRun() && e <= b.epochsRun()) {
                rows.add(e);
            }
        }
        double[] loss = new double[rows.size()];
        double[] outputs = new double[rows.size()];
        double[] gradients = new double[rows.size()];
        double[] weights = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Epoch x = a.epoch(rows.get(i));
            Epoch y = b.epoch(rows.get(i));
            loss[i] = Math.abs(x.loss() - y.loss());
            outputs[i] = maxAbsDifference(x.outputs(), y.outputs());
            gradients[i] = Statistics.maxAbsDifference(x.gradients(), y.gradients());
            weights[i] = Statistics.maxAbsDifference(x.weights(), y.weights());
        }
        // Three digits: a difference says how far apart, not where exactly.
        return Tables.digits(Table.create(title + TrainingRun.unreached(epochs, a, b)).addColumns(
                IntColumn.create("epoch", rows.stream().mapToInt(Integer::intValue).toArray()),
                DoubleColumn.create("|loss difference|", loss),
                DoubleColumn.create("max |output difference|", outputs),
                DoubleColumn.create("max |gradient difference|", gradients),
                DoubleColumn.create("max |weight difference|", weights)), 3);
    }

    /**
     * The largest absolute difference between the two runs over every epoch both ran: losses, outputs,
     * gradients and weights. NaN when a compared value is NaN in one run and not in the other.
     */
    public static double maxDifference(TrainingRun a, TrainingRun b) {
        checkSameShape(a, b);
        double max = 0;
        int epochs = Math.min(a.epochsRun(), b.epochsRun());
        for (int e = 1; e <= epochs; e++) {
            Epoch x = a.epoch(e);
            Epoch y = b.epoch(e);
            max = Statistics.maxOrNaN(max, Statistics.absDifference(x.loss(), y.loss()));
            max = Statistics.maxOrNaN(max, maxAbsDifference(x.outputs(), y.outputs()));
            max = Statistics.maxOrNaN(max, Statistics.maxAbsDifference(x.gradients(), y.gradients()));
            max = Statistics.maxOrNaN(max, Statistics.maxAbsDifference(x.weights(), y.weights()));
        }
        return max;
    }

    private static void checkSameShape(TrainingRun a, TrainingRun b) {
        if (a.initialNetwork().parameterCount() != b.initialNetwork().parameterCount()
                || a.initialNetwork().outputCount() != b.initialNetwork().outputCount()) {
            throw new IllegalArgumentException("runs of networks " + java.util.Arrays.toString(a.initialNetwork().sizes())
                    + " and " + java.util.Arrays.toString(b.initialNetwork().sizes())
                    + "; allowed: two runs of networks with the same parameters and outputs");
        }
    }

    private static double maxAbsDifference(double[][] x, double[][] y) {
        double max = 0;
        for (int s = 0; s < x.length; s++) {
            max = Statistics.maxOrNaN(max, Statistics.maxAbsDifference(x[s], y[s]));
        }
        return max;
    }
    /**
     * Whether two runs that should train the same way do: "Over 100 epochs any loss, output, gradient or
     * weight of the two runs differs by at most 1.11022e-16.", then whether that is nothing, rounding (below
     * 1e-12) or more, and, if the runs stopped early, why.
     */
    public static Statements sameTraining(TrainingRun a, TrainingRun b) {
        double gap = maxDifference(a, b);
        return Statements.of().add("Over %s epochs any loss, output, gradient or weight of the two runs differs by at"
                        + " most %s.", Math.min(a.epochsRun(), b.epochsRun()), gap)
                .add(gap == 0 ? "The two give the same training bit for bit."
                        : gap < 1e-12 ? "The two give the same training, up to the rounding of different operation orders."
                        : "The two runs differ by more than rounding.")
                .addIf(a.diverged(), "Both runs stopped: %s.", a.divergence().map(Object::toString).orElse(""));
    }
}
