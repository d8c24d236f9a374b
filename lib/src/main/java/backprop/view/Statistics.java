package backprop.view;

import java.util.Arrays;

/**
 * The few statistics the experiments report: how far two computations are apart and how a
 * quantity spreads over runs (seeds, step sizes).
 */
public final class Statistics {

    private Statistics() {
    }

    /**
     * |x - y|, but 0 when both are the same value (also the same infinity, or both NaN) and NaN
     * when only one is NaN: two runs that both broke the same way agree, one that broke does not.
     */
    public static double absDifference(double x, double y) {
        if (Double.compare(x, y) == 0 || x == y) {
            return 0;
        }
        return Math.abs(x - y);
    }

    /** The dot product x·y, e.g. a gradient against the true one: positive when a small step along x lowers the loss. */
    public static double dot(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " and " + y.length + " values; allowed: two arrays of the same length");
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /** The largest {@link #absDifference} of matching elements; NaN if any is NaN. */
    public static double maxAbsDifference(double[] x, double[] y) {
        checkSameLength(x, y);
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = maxOrNaN(max, absDifference(x[i], y[i]));
        }
        return max;
    }

    /**
     * {@link #absDifference} relative to the larger magnitude, |x - y| / max(|x|, |y|): 1e-16 is
     * "equal to rounding", 1e-2 "one percent apart". 0 when both are equal (also both 0).
     */
    public static double relativeDifference(double x, double y) {
        double difference = absDifference(x, y);
        return difference == 0 ? 0 : difference / Math.max(Math.abs(x), Math.abs(y));
    }

    /** The largest {@link #relativeDifference} of matching elements; NaN if any is NaN. */
    public static double maxRelativeDifference(double[] x, double[] y) {
        checkSameLength(x, y);
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = maxOrNaN(max, relativeDifference(x[i], y[i]));
        }
        return max;
    }

    /**
     * The p-quantile (0 <= p <= 1) of {@code values} by linear interpolation between order
     * statistics: with the values sorted as v[0] <= ... <= v[n-1] and h = (n - 1) * p, it is
     * v[floor h] + (h - floor h) * (v[floor h + 1] - v[floor h]). This is numpy's default
     * ("linear", R's type 7): p = 0 is the minimum, 0.5 the median, 1 the maximum.
     */
    public static double quantile(double[] values, double p) {
        return quantiles(values, p)[0];
    }

    /** {@link #quantile} for each p, sorting the values once. */
    public static double[] quantiles(double[] values, double... ps) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values: none given; allowed: at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("values contain NaN; allowed: numbers (leave out the runs that broke)");
        }
        double[] result = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double p = ps[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p = " + p + "; allowed: 0 to 1");
            }
            double h = (sorted.length - 1) * p;
            int below = (int) Math.floor(h);
            int above = Math.min(below + 1, sorted.length - 1);
            // At an order statistic no interpolation: 0 * (∞ - x) would be NaN.
            result[i] = h == below ? sorted[below] : sorted[below] + (h - below) * (sorted[above] - sorted[below]);
        }
        return result;
    }

    private static void checkSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("arrays of " + x.length + " and " + y.length + " values; allowed: the same length");
        }
    }

    /** The larger of two differences; NaN once either is NaN. */
    static double maxOrNaN(double max, double d) {
        return Double.isNaN(max) || Double.isNaN(d) ? Double.NaN : Math.max(max, d);
    }
}
