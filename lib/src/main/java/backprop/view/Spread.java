package backprop.view;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * How a quantity spreads over a group of runs (e.g. 1000 seeds): minimum, 5 %, median, 95 % and maximum
 * ({@link Statistics#quantiles}), beside a reference run that is NOT one of the group, and whether the
 * reference lies inside the group's range.
 */
public final class Spread {

    /** The quantiles shown: minimum, 5 %, median, 95 %, maximum. */
    public static final double[] PS = {0, 0.05, 0.5, 0.95, 1};
    public static final List<String> NAMES = List.of("min", "5 %", "median", "95 %", "max");

    private Spread() {
    }

    /**
     * The {@link #PS} quantiles of the finite values; NaN for each when there is none (every run of the
     * group had diverged by then), so that a table or sentence shows the gap instead of stopping.
     */
    public static double[] quantiles(double[] values) {
        double[] finite = finite(values);
        if (finite.length == 0) {
            double[] none = new double[PS.length];
            java.util.Arrays.fill(none, Double.NaN);
            return none;
        }
        return Statistics.quantiles(finite, PS);
    }

    /** (95 % quantile - 5 % quantile) / median: how wide the middle 90 % is, relative to the typical value. */
    public static double relativeSpread(double[] values) {
        double[] q = quantiles(values);
        return (q[3] - q[1]) / q[2];
    }

    /** Whether {@code x} lies within [min, max] of the finite values. */
    public static boolean inside(double x, double[] values) {
        double[] q = quantiles(values);
        return x >= q[0] && x <= q[4];
    }

    /**
     * One row per name: the quantiles of {@code values[i]} (the group), then the reference's value and
     * "inside" or "below the group" / "above the group".
     */
    public static Table table(String title, String nameHeader, List<String> names, double[][] values,
                              String referenceHeader, double[] reference) {
        if (names.size() != values.length || names.size() != reference.length) {
            throw new IllegalArgumentException(names.size() + " names, " + values.length + " value arrays and "
                    + reference.length + " reference values; allowed: one of each per name");
        }
        Table t = Table.create(title).addColumns(StringColumn.create(nameHeader, names));
        double[][] q = new double[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            q[i] = quantiles(values[i]);
        }
        for (int p = 0; p < PS.length; p++) {
            int column = p;
            double[] col = new double[names.size()];
            for (int i = 0; i < names.size(); i++) {
                col[i] = q[i][column];
            }
            t.addColumns(DoubleColumn.create(NAMES.get(column), col));
        }
        t.addColumns(DoubleColumn.create(referenceHeader, reference));
        List<String> where = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            where.add(Double.isNaN(q[i][0]) ? "no finite values in the group"
                    : reference[i] < q[i][0] ? "below all" : reference[i] > q[i][4] ? "above all" : "inside");
        }
        t.addColumns(StringColumn.create(referenceHeader + " vs the group", where));
        return Tables.sixDigits(t);
    }

    /** The names whose reference value lies outside the range of their values. */
    public static List<String> outside(List<String> names, double[][] values, double[] reference) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!inside(reference[i], values[i])) {
                out.add(names.get(i));
            }
        }
        return out;
    }

    private static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
