package backprop.view;

import backprop.gradients.GradientCheck;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Map;

/** Gradient checks of several networks in one table. */
public final class GradientChecks {

    private GradientChecks() {
    }

    /**
     * One row per labelled check: its number of parameters and the largest relative error of the
     * hand-written and of the autograd gradient against central differences (6 digits).
     */
    public static Table summary(String title, Map<String, GradientCheck> checks) {
        return Tables.sixDigits(Table.create(title).addColumns(
                StringColumn.create("network", checks.keySet()),
                IntColumn.create("parameters", checks.values().stream().mapToInt(c -> c.numerical().length).toArray()),
                DoubleColumn.create("max rel. error hand-written", checks.values().stream().mapToDouble(c -> c.maxRelativeError("hand-written")).toArray()),
                DoubleColumn.create("max rel. error autograd", checks.values().stream().mapToDouble(c -> c.maxRelativeError("autograd")).toArray())));
    }

    /** The largest relative error of gradient {@code name} ("hand-written" or "autograd") over all checks. */
    public static double worst(Map<String, GradientCheck> checks, String name) {
        return checks.values().stream().mapToDouble(c -> c.maxRelativeError(name)).max().orElse(0);
    }

    /**
     * "{where} the largest relative error is 3.1e-10: the derivatives are right.", or "...: something
     * is off." when it is not below {@code tolerance} (a wrong derivative is off by far more than
     * central differences' rounding, so one tolerance separates the two).
     */
    public static Statements verdict(String where, double largestRelativeError, double tolerance) {
        return Statements.of().either(largestRelativeError < tolerance,
                "%s the largest relative error is %s: the derivatives are right.",
                "%s the largest relative error is %s: something is off.", where, largestRelativeError);
    }
}
