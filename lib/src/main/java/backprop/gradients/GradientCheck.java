package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks gradients against central differences, dL/dp ~ (L(p + eps) - L(p - eps)) / (2 eps), one
 * parameter at a time. The hand-written and autograd gradients are always checked; any other gradient
 * (say, a suspect formula from a report) can be added with {@link #with}.
 *
 * <p>The relative error is |g - n| / max(|g|, |n|). A central difference cannot resolve a slope smaller than
 * a few rounding errors of L over 2 eps (its {@link #resolution}, about 1e-10 for a loss near 1 and eps = 1e-6):
 * where a gradient and the central difference are both below it, for instance at a saturated unit, the check
 * cannot tell them apart and their relative error is 0.
 */
public final class GradientCheck {

    public static final double DEFAULT_EPSILON = 1e-6;

    /** Rounding errors of the loss, each side, that a central difference's slope is uncertain by. */
    private static final int LOSS_ULPS = 4;

    private final List<String> names;
    private final double[] numerical;
    private final double[] resolution;
    private final Map<String, double[]> candidates = new LinkedHashMap<>();

    private GradientCheck(List<String> names, double[][] numericalAndResolution) {
        this.names = names;
        this.numerical = numericalAndResolution[0];
        this.resolution = numericalAndResolution[1];
    }

    public static GradientCheck of(Network network, double[] x, double[] y, Loss loss) {
        return of(network, x, y, loss, DEFAULT_EPSILON);
    }

    public static GradientCheck of(Network network, double[] x, double[] y, Loss loss, double epsilon) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon = " + epsilon + "; allowed: 0 < epsilon < 1, e.g. 1e-6");
        }
        GradientCheck check = new GradientCheck(network.parameterNames(), centralDifferences(network, x, y, loss, epsilon));
        check.candidates.put("hand-written", DeltaRule.of(network, x, y, loss).gradient());
        check.candidates.put("autograd", AutogradPass.of(network, x, y, loss).gradient());
        return check;
    }

    /** Central differences of the loss, one parameter at a time. */
    public static double[] numericalGradient(Network network, double[] x, double[] y, Loss loss, double epsilon) {
        return centralDifferences(network, x, y, loss, epsilon)[0];
    }

    /** {central differences, the smallest slope each can resolve: LOSS_ULPS rounding errors of L over 2 eps}. */
    private static double[][] centralDifferences(Network network, double[] x, double[] y, Loss loss, double epsilon) {
        double[] p = network.parameters();
        double[] g = new double[p.length];
        double[] resolution = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            double original = p[k];
            p[k] = original + epsilon;
            double lossPlus = loss.value(network.withParameters(p).output(x), y);
            p[k] = original - epsilon;
            double lossMinus = loss.value(network.withParameters(p).output(x), y);
            p[k] = original;
            g[k] = (lossPlus - lossMinus) / (2 * epsilon);
            resolution[k] = LOSS_ULPS * Math.ulp(Math.max(Math.abs(lossPlus), Math.abs(lossMinus))) / (2 * epsilon);
        }
        return new double[][] {g, resolution};
    }

    /** Per parameter, the smallest slope its central difference resolves; below it on both sides, a gradient agrees. */
    public double[] resolution() {
        return resolution.clone();
    }

    /** The relative error of candidate value g for parameter k: 0 where g and the central difference are both unresolved. */
    private double relativeError(int k, double g) {
        return Math.max(Math.abs(g), Math.abs(numerical[k])) <= resolution[k] ? 0 : relativeError(g, numerical[k]);
    }

    /** Adds another gradient to compare with the numerical one. */
    public GradientCheck with(String name, double[] gradient) {
        if (gradient.length != numerical.length) {
            throw new IllegalArgumentException("gradient \"" + name + "\" has " + gradient.length + " values; allowed: exactly "
                    + numerical.length + ", one per parameter");
        }
        candidates.put(name, gradient.clone());
        return this;
    }

    /** |a - b| / max(|a|, |b|), and 0 where both are 0. */
    public static double relativeError(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    public double[] numerical() {
        return numerical.clone();
    }

    public double[] gradient(String name) {
        return candidate(name).clone();
    }

    /** The largest relative error of gradient {@code name} against the numerical one. */
    public double maxRelativeError(String name) {
        double[] g = candidate(name);
        double max = 0;
        for (int k = 0; k < g.length; k++) {
            max = Math.max(max, relativeError(k, g[k]));
        }
        return max;
    }

    /** The largest absolute error of gradient {@code name} against the numerical one. */
    public double maxAbsoluteError(String name) {
        double[] g = candidate(name);
        double max = 0;
        for (int k = 0; k < g.length; k++) {
            max = Math.max(max, Math.abs(g[k] - numerical[k]));
        }
        return max;
    }

    /** Whether every relative error of gradient {@code name} is below {@code tolerance}. */
    public boolean passes(String name, double tolerance) {
        return maxRelativeError(name) < tolerance;
    }

    /** One row per parameter: each gradient, the numerical one, and absolute and relative errors. */
    public Table table() {
        Table t = Table.create("Gradient check").addColumns(StringColumn.create("parameter", names));
        for (Map.Entry<String, double[]> c : candidates.entrySet()) {
            t.addColumns(DoubleColumn.create(c.getKey(), c.getValue()));
        }
        t.addColumns(DoubleColumn.create("numerical", numerical));
        for (Map.Entry<String, double[]> c : candidates.entrySet()) {
            double[] abs = new double[numerical.length];
            double[] rel = new double[numerical.length];
            for (int k = 0; k < abs.length; k++) {
                abs[k] = Math.abs(c.getValue()[k] - numerical[k]);
                rel[k] = relativeError(k, c.getValue()[k]);
            }
            t.addColumns(DoubleColumn.create("abs error " + c.getKey(), abs),
                    DoubleColumn.create("rel error " + c.getKey(), rel));
        }
        return t;
    }

    /**
     * The parameters whose relative error for gradient {@code name} is not below {@code tolerance}, by
     * name (e.g. [w1, w2, w3, w4]); empty when the gradient passes.
     */
    public java.util.List<String> failing(String name, double tolerance) {
        double[] g = candidate(name);
        java.util.List<String> bad = new java.util.ArrayList<>();
        for (int k = 0; k < g.length; k++) {
            if (!(relativeError(k, g[k]) < tolerance)) {
                bad.add(names.get(k));
            }
        }
        return bad;
    }

    /** The gradients checked that fail at {@code tolerance}, in the order they were added; empty when all pass. */
    public java.util.List<String> failingGradients(double tolerance) {
        return candidates.keySet().stream().filter(g -> !passes(g, tolerance)).toList();
    }

    /**
     * One row per gradient checked: its largest relative error (3 significant digits), "passes" or
     * "FAILS" at {@code tolerance}, and the parameters that fail.
     */
    public Table verdicts(double tolerance) {
        java.util.List<String> gradients = new java.util.ArrayList<>(candidates.keySet());
        Table t = Table.create("Gradient check, tolerance " + backprop.view.Numbers.format(tolerance)).addColumns(
                StringColumn.create("gradient", gradients),
                DoubleColumn.create("max relative error", gradients.stream().mapToDouble(this::maxRelativeError).toArray()),
                StringColumn.create("verdict", gradients.stream().map(g -> passes(g, tolerance) ? "passes" : "FAILS").toList()),
                StringColumn.create("parameters that fail", gradients.stream()
                        .map(g -> failing(g, tolerance).isEmpty() ? "-" : String.join(" ", failing(g, tolerance))).toList()));
        return backprop.view.Tables.digits(t, 3);
    }

    private double[] candidate(String name) {
        double[] g = candidates.get(name);
        if (g == null) {
            throw new IllegalArgumentException("gradient \"" + name + "\" is unknown; allowed: " + candidates.keySet());
        }
        return g;
    }

    /** The largest relative error of the two passes every check holds, the hand-written one and autograd. */
    public double largestRelativeError() {
        return Math.max(maxRelativeError("hand-written"), maxRelativeError("autograd"));
    }

    /**
     * The largest relative error, over every sample and both the hand-written pass and autograd, against
     * central differences: one number for "are the derivatives right on all the data?".
     */
    public static double largestRelativeError(Network network, double[][] xs, double[][] ys, Loss loss, double epsilon) {
        if (xs.length == 0 || xs.length != ys.length) {
            throw new IllegalArgumentException("xs: " + xs.length + " samples, ys: " + ys.length + "; allowed: as many"
                    + " targets as inputs, at least one");
        }
        double largest = 0;
        for (int s = 0; s < xs.length; s++) {
            largest = Math.max(largest, of(network, xs[s], ys[s], loss, epsilon).largestRelativeError());
        }
        return largest;
    }
}
