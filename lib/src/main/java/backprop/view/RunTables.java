package backprop.view;

import backprop.training.Epoch;
import backprop.training.TrainingRun;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One run's full record at chosen epochs, in three tables that each fit a notebook page: the loss and
 * outputs, the gradients, and the weights after the update. ({@link TrainingRun#table} puts all of them
 * in one table, 19 number columns wide for the exercise.) A cell that ends in the array shows the three
 * one under another, at 6 significant digits.
 */
public final class RunTables {

    private RunTables() {
    }

    /**
     * Loss and outputs, dL/dw, weights after the update, one row per epoch in {@code epochs} that the run
     * kept (a diverged run's later epochs are left out). Each title starts with {@code title}.
     */
    public static Table[] parts(String title, TrainingRun run, int... epochs) {
        List<Epoch> rows = new ArrayList<>();
        for (int e : epochs) {
            if (e >= 1 && e <= run.epochsRun()) {
                rows.add(run.epoch(e));
            }
        }
        List<String> names = run.initialNetwork().parameterNames();
        int outputs = run.initialNetwork().outputCount();
        Table values = start(title + ": loss and outputs", rows);
        values.addColumns(column("loss", rows, Epoch::loss));
        for (int k = 1; k <= outputs; k++) {
            int output = k;
            values.addColumns(column("o" + k, rows, r -> r.o(output)));
        }
        Table gradients = start(title + ": gradients", rows);
        Table weights = start(title + ": weights after the update", rows);
        for (int k = 1; k <= names.size(); k++) {
            int index = k;
            gradients.addColumns(column("dL/d" + names.get(k - 1), rows, r -> r.dLossDw(index)));
            weights.addColumns(column(names.get(k - 1), rows, r -> r.w(index)));
        }
        return new Table[] {Tables.sixDigits(values), Tables.sixDigits(gradients), Tables.sixDigits(weights)};
    }

    private static Table start(String title, List<Epoch> rows) {
        return Table.create(title).addColumns(IntColumn.create("epoch", rows.stream().mapToInt(Epoch::epoch).toArray()));
    }

    private static DoubleColumn column(String name, List<Epoch> rows, ToDoubleFunction<Epoch> value) {
        return DoubleColumn.create(name, rows.stream().mapToDouble(value).toArray());
    }

    /**
     * {@link #parts} for each labelled run in the map's order (e.g. from {@link Labelled#of} or
     * {@code StepRuns.of}), titled by its label: three tables per run, one under another.
     */
    public static Table[] each(Map<String, TrainingRun> runs, int... epochs) {
        return runs.entrySet().stream().flatMap(e -> Arrays.stream(parts(e.getKey(), e.getValue(), epochs)))
                .toArray(Table[]::new);
    }
}
