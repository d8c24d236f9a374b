package backprop.view;

import backprop.network.ForwardPass;
import backprop.network.Network;
import backprop.training.TrainingRun;
import backprop.training.UnitActivity;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What happens inside a network during training, as a table a page can hold: one row per quantity
 * (net input, output and activation slope of every unit, then every dL/dw), one column per chosen epoch,
 * each epoch seen with the weights it started from ({@link UnitActivity#startOf}).
 */
public final class InsideTable {

    private InsideTable() {
    }

    /**
     * One row per quantity, one column per epoch (those the run reached): for each unit u its net input
     * "in_u", its output "u" and the slope "f'(in_u)" of its activation, then dL/dw of every parameter
     * during that epoch. A unit with output 0 and slope 0 passes no gradient back: it is dead.
     */
    public static Table of(TrainingRun run, double[] x, int... epochs) {
        Network shape = run.initialNetwork();
        List<Integer> shown = new ArrayList<>();
        for (int e : epochs) {
            if (e >= 1 && e <= run.epochsRun() && !shown.contains(e)) {
                shown.add(e);
            }
        }
        List<String> names = new ArrayList<>();
        for (int l = 1; l <= shape.layerCount(); l++) {
            for (int j = 0; j < shape.sizes()[l]; j++) {
                String u = shape.unitName(l, j);
                names.add("in_" + u);
                names.add(u);
                names.add("f'(in_" + u + ")");
            }
        }
        shape.parameterNames().forEach(p -> names.add("dL/d" + p));
        Table t = Table.create("Inside the " + String.join("/", shape.activations().stream().map(a -> a.name()).distinct().toList())
                + " network, at the weights each epoch starts from").addColumns(StringColumn.create("quantity", names));
        for (int e : shown) {
            Network n = UnitActivity.startOf(run, e);
            ForwardPass pass = n.forward(x);
            double[] column = new double[names.size()];
            int row = 0;
            for (int l = 1; l <= n.layerCount(); l++) {
                double[] in = pass.in(l);
                double[] out = pass.out(l);
                for (int j = 0; j < in.length; j++) {
                    column[row++] = in[j];
                    column[row++] = out[j];
                    column[row++] = n.activation(l).derivative(in[j]);
                }
            }
            for (double g : run.epoch(e).gradients()) {
                column[row++] = g;
            }
            t.addColumns(DoubleColumn.create("epoch " + e, column));
        }
        return Tables.sixDigits(t);
    }

    /**
     * One row per run: its units stuck at exactly 0 to the end ("h2 = 0 from epoch 1", {@link UnitActivity#stuckUnits})
     * and its weights that never changed ({@link UnitActivity#frozenWeights}), "none" where there are none.
     */
    public static Table deadAndFrozen(Map<String, TrainingRun> runs, double[] x) {
        List<String> stuck = new ArrayList<>();
        List<String> frozen = new ArrayList<>();
        runs.values().forEach(run -> {
            stuck.add(Statements.listed(UnitActivity.stuckUnits(run, x)));
            frozen.add(Statements.listed(UnitActivity.frozenWeights(run)));
        });
        int epochs = runs.values().stream().mapToInt(TrainingRun::epochsRun).max().orElse(0);
        return Table.create("Dead units and frozen weights after " + epochs + " epochs").addColumns(
                StringColumn.create("run", List.copyOf(runs.keySet())),
                StringColumn.create("units stuck at exactly 0", stuck),
                StringColumn.create("weights that never changed", frozen));
    }
}
