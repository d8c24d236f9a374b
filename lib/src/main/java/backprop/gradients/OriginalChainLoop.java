package backprop.gradients;

import backprop.network.Examples;
import backprop.view.Numbers;
import backprop.view.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training loop of the 3-layer chain e = w3 (w2 (w1 x)), loss 1/2 (e - ê)^2, the way the original
 * Python program runs it, with its gradient check. Two things in it differ from textbook backpropagation:
 * <ol>
 *   <li><b>update order</b>: it forms dL/dw3, updates w3 at once, then forms dL/dw2 with the <i>new</i>
 *   w3, updates w2, then forms dL/dw1 with the new w3 and the new w2;</li>
 *   <li><b>check timing</b>: its {@code check_gradient} runs after all three updates, so the central
 *   difference is taken at the <i>new</i> weights while the backprop values belong to the old ones.</li>
 * </ol>
 * Each {@link Step} keeps what the loop printed and the exact gradients at the old and the new weights,
 * so a notebook can split every printed mismatch into the part each cause contributes:
 * printed backprop − printed check = (backprop − exact at old) + (exact at old − check at new).
 *
 * <pre>{@code
 * OriginalChainLoop loop = OriginalChainLoop.original();
 * loop.step(77, 1).lines()   // [..., "dl/dw3 反向传播求得:0.003970,定义求得0.004164"]
 * }</pre>
 */
public final class OriginalChainLoop {

    /**
     * A gradient of the chain is (e − label) times a product of weights: below this size e − label is within
     * about 1e-10 of 0, a million rounding errors of e at most, and the digits of its shares are noise.
     */
    public static final double ROUNDING_LEVEL = 1e-10;

    /** The printed line the material quotes (epoch index 77, second sample, x = -1). */
    public static final String QUOTED_LINE = "dl/dw3 反向传播求得:0.003970,定义求得0.004164";

    private final double learningRate;
    private final double epsilon;
    private final List<Step> steps;
    private final int samples;

    /**
     * One pass of the loop over one sample. Arrays are {dL/dw1, dL/dw2, dL/dw3} (or {w1, w2, w3});
     * {@code epoch} and {@code sample} count from 0, as the original's loop variables do.
     */
    public record Step(int epoch, int sample, double x, double label, double loss, double[] before, double[] after,
                       double[] backprop, double[] checked, double[] exactBefore, double[] exactAfter,
                       double[] checkedBefore) {

        /** The original's check line for weight k (1..3), e.g. "dl/dw3 反向传播求得:0.003970,定义求得0.004164". */
        public String line(int k) {
            return "dl/dw" + k + " 反向传播求得:" + pythonF(backprop[k - 1]) + ",定义求得" + pythonF(checked[k - 1]);
        }

        /** The three check lines of this step, w1 first. */
        public List<String> lines() {
            return List.of(line(1), line(2), line(3));
        }

        /** Printed backprop minus printed check value for weight k: the whole mismatch. */
        public double mismatch(int k) {
            return backprop[k - 1] - checked[k - 1];
        }

        /** Backprop value minus the exact gradient at the old weights: the update order's share. */
        public double orderError(int k) {
            return backprop[k - 1] - exactBefore[k - 1];
        }

        /** Exact gradient at the old weights minus the check at the new ones: the check timing's share. */
        public double timingError(int k) {
            return exactBefore[k - 1] - checked[k - 1];
        }

        /** {@code value} in percent of |check value| of weight k, the scale the original compared with. */
        public double percent(double value, int k) {
            return 100 * value / Math.abs(checked[k - 1]);
        }

        /**
         * One row per weight: the printed pair, the exact gradients at the old and the new weights, and the
         * mismatch b − c split into the update order's share b − g(w) and the check timing's g(w) − c (in % of
         * |c|, the check value's magnitude; the two shares add up to the mismatch).
         */
        public Table decomposition() {
            Map<String, double[]> columns = new LinkedHashMap<>();
            columns.put("printed backprop", backprop.clone());
            columns.put("printed check (new w)", checked.clone());
            columns.put("exact at old w", exactBefore.clone());
            columns.put("exact at new w", exactAfter.clone());
            columns.put("mismatch %", percents(this::mismatch));
            columns.put("update order %", percents(this::orderError));
            columns.put("check timing %", percents(this::timingError));
            return Tables.columns("Epoch index " + epoch + ", sample " + (sample + 1) + " (x = " + Numbers.format(x)
                            + "): the printed check, split by cause, in % of |c|",
                    "gradient", List.of("dL/dw1", "dL/dw2", "dL/dw3"), columns);
        }

        /**
         * Whether the check of weight k is above rounding level: |c| at least {@link #ROUNDING_LEVEL}. Below it,
         * once the run has converged, e − label is a few rounding errors and so is every share of the mismatch.
         */
        public boolean readable(int k) {
            return Math.abs(checked[k - 1]) >= ROUNDING_LEVEL;
        }

        /** Whether all three checks of this step are above rounding level. */
        public boolean readable() {
            return readable(1) && readable(2) && readable(3);
        }

        /** {mismatch, update-order share, check-timing share} of weight k, each in % of |check value|. */
        public double[] shares(int k) {
            return new double[] {percent(mismatch(k), k), percent(orderError(k), k), percent(timingError(k), k)};
        }

        private double[] percents(java.util.function.IntToDoubleFunction share) {
            double[] p = new double[3];
            for (int k = 1; k <= 3; k++) {
                p[k - 1] = percent(share.applyAsDouble(k), k);
            }
            return p;
        }
    }

    private OriginalChainLoop(double learningRate, double epsilon, List<Step> steps, int samples) {
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.steps = List.copyOf(steps);
        this.samples = samples;
    }

    /** The original setting: w = (0.2333, -0.233, -0.52133), x = [1, -1], labels [-1, 1], step 0.05, 160 epochs. */
    public static OriginalChainLoop original() {
        return run(Examples.CHAIN_WEIGHTS, Examples.CHAIN_X, Examples.CHAIN_Y, Examples.CHAIN_LEARNING_RATE,
                Examples.CHAIN_EPOCHS, GradientCheck.DEFAULT_EPSILON);
    }

    /**
     * Runs the original loop: for each epoch, for each sample in order, the steps below; {@code epsilon}
     * is the check's central-difference step (L is quadratic in each single weight, so any small
     * epsilon prints the same six decimals).
     */
    public static OriginalChainLoop run(double[] weights, double[][] xs, double[][] labels, double learningRate,
                                        int epochs, double epsilon) {
        if (weights.length != 3 || xs.length == 0 || xs.length != labels.length || epochs < 1
                || !(learningRate > 0) || !(epsilon > 0)) {
            throw new IllegalArgumentException("weights: " + weights.length + ", samples: " + xs.length + "/" + labels.length
                    + ", epochs " + epochs + ", learning rate " + learningRate + ", epsilon " + epsilon
                    + "; allowed: 3 weights, as many labels as inputs (at least one), epochs >= 1, rate and epsilon > 0");
        }
        double w1 = weights[0], w2 = weights[1], w3 = weights[2];
        List<Step> steps = new ArrayList<>();
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = 0; i < xs.length; i++) {
                double x = xs[i][0], y = labels[i][0];
                double[] before = {w1, w2, w3};
                // --- the original loop, statement by statement ---
                double h1 = w1 * x;
                double h2 = w2 * h1;
                double e = w3 * h2;
                double dw3 = (e - y) * h2;
                w3 = w3 - learningRate * dw3;       // w3 updated ...
                double dw2 = (e - y) * w3 * h1;     // ... before it propagates to w2
                w2 = w2 - learningRate * dw2;       // w2 updated ...
                double dw1 = (e - y) * w3 * w2 * x; // ... before it propagates to w1
                w1 = w1 - learningRate * dw1;
                double[] after = {w1, w2, w3};
                double[] checked = centralDifferences(after, x, y, epsilon);   // check_gradient: at the NEW weights
                // --- end of the original loop ---
                steps.add(new Step(epoch, i, x, y, loss(before, x, y), before, after, new double[] {dw1, dw2, dw3}, checked,
                        exactGradient(before, x, y), exactGradient(after, x, y), centralDifferences(before, x, y, epsilon)));
            }
        }
        return new OriginalChainLoop(learningRate, epsilon, steps, xs.length);
    }

    /** {dL/dw1, dL/dw2, dL/dw3} at one point, all from the same weights (the shared factor (e - ê) w3). */
    public static double[] exactGradient(double[] w, double x, double label) {
        double h1 = w[0] * x, h2 = w[1] * h1, e = w[2] * h2;
        double delta2 = (e - label) * w[2];
        return new double[] {delta2 * w[1] * x, delta2 * h1, (e - label) * h2};
    }

    /** 1/2 (w3 w2 w1 x - label)^2. */
    public static double loss(double[] w, double x, double label) {
        double e = w[2] * (w[1] * (w[0] * x));
        return 0.5 * (e - label) * (e - label);
    }

    /** The check's (L(w + eps) - L(w - eps)) / (2 eps), one weight at a time. */
    public static double[] centralDifferences(double[] w, double x, double label, double epsilon) {
        double[] g = new double[3];
        for (int k = 0; k < 3; k++) {
            double[] plus = w.clone(), minus = w.clone();
            plus[k] += epsilon;
            minus[k] -= epsilon;
            g[k] = (loss(plus, x, label) - loss(minus, x, label)) / (2 * epsilon);
        }
        return g;
    }

    /**
     * Python's {@code "%f" % v}: six decimals, rounded half-even on the exact binary value (as CPython
     * does), "-0.000000" for a small negative number.
     */
    public static String pythonF(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        return negative && !s.startsWith("-") ? "-" + s : s;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The step of epoch index {@code epoch} (from 0) and sample index {@code sample} (from 0). */
    public Step step(int epoch, int sample) {
        if (epoch < 0 || sample < 0 || sample >= samples || epoch * samples + sample >= steps.size()) {
            throw new IllegalArgumentException("epoch index " + epoch + ", sample index " + sample + "; allowed: epoch 0 to "
                    + (steps.size() / samples - 1) + ", sample 0 to " + (samples - 1));
        }
        return steps.get(epoch * samples + sample);
    }

    public int epochs() {
        return steps.size() / samples;
    }

    public double learningRate() {
        return learningRate;
    }

    public double epsilon() {
        return epsilon;
    }

    /** The weights after the last step. */
    public double[] finalWeights() {
        return steps.get(steps.size() - 1).after().clone();
    }

    /** Per epoch, the mean loss of its samples, each taken as the loop met it (before that sample's update). */
    public double[] losses() {
        double[] l = new double[epochs()];
        for (Step s : steps) {
            l[s.epoch()] += s.loss() / samples;
        }
        return l;
    }

    /** Per epoch, w1 w2 w3 after its last sample (the chain's slope; the target is -1). */
    public double[] products() {
        double[] p = new double[epochs()];
        for (Step s : steps) {
            p[s.epoch()] = s.after()[0] * s.after()[1] * s.after()[2];
        }
        return p;
    }

    /** Per epoch, |share| in % of |check value|, for weight k on sample index {@code sample}; NaN at rounding level. */
    public double[] series(String share, int k, int sample) {
        double[] out = new double[epochs()];
        for (int e = 0; e < out.length; e++) {
            Step s = step(e, sample);
            out[e] = s.readable(k) ? Math.abs(s.percent(shareOf(s, share, k), k)) : Double.NaN;
        }
        return out;
    }

    /**
     * For a chart on sample index {@code sample}: per epoch, |share| in % of |check value| of each cause that
     * is not 0 throughout (the update order's share of dL/dw3 is, as dL/dw3 is formed before any update).
     */
    public Map<String, double[]> shareSeries(int sample) {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("check timing, dL/dw3", series("timing", 3, sample));
        series.put("check timing, dL/dw2", series("timing", 2, sample));
        series.put("update order, dL/dw2", series("order", 2, sample));
        series.put("check timing, dL/dw1", series("timing", 1, sample));
        series.put("update order, dL/dw1", series("order", 1, sample));
        return series;
    }

    /** The first step that prints {@code line} (e.g. {@link #QUOTED_LINE}) among its check lines. */
    public java.util.Optional<Step> printing(String line) {
        return steps.stream().filter(s -> s.lines().contains(line)).findFirst();
    }

    /**
     * Over every step of the run whose check of weight k is above rounding level ({@link Step#readable}), |share|
     * of weight k in % of |check value| (share: mismatch, order, timing).
     */
    public double[] allShares(String share, int k) {
        shareOf(steps.get(0), share, k);   // an unknown share is refused even where no step is readable
        return steps.stream().filter(s -> s.readable(k)).mapToDouble(s -> Math.abs(s.percent(shareOf(s, share, k), k))).toArray();
    }

    /** How many steps check weight k at rounding level, left out of {@link #allShares}. */
    public long atRoundingLevel(int k) {
        return steps.stream().filter(s -> !s.readable(k)).count();
    }

    private static double shareOf(Step s, String share, int k) {
        return switch (share) {
            case "mismatch" -> s.mismatch(k);
            case "order" -> s.orderError(k);
            case "timing" -> s.timingError(k);
            default -> throw new IllegalArgumentException("share \"" + share + "\"; allowed: mismatch, order, timing");
        };
    }

    /**
     * Over every step of the run, per weight: the median and the largest |mismatch|, |update-order share|
     * and |check-timing share| (in % of |check value|), and how many printed lines fall in 2–5 %.
     */
    public Table contributions() {
        String[] names = {"dL/dw1", "dL/dw2", "dL/dw3"};
        Map<String, double[]> columns = new LinkedHashMap<>();
        int[] inBand = new int[3];
        for (String share : List.of("mismatch", "order", "timing")) {
            double[] median = new double[3], max = new double[3];
            for (int k = 1; k <= 3; k++) {
                double[] all = allShares(share, k);
                if (share.equals("mismatch")) {
                    inBand[k - 1] = (int) java.util.Arrays.stream(all).filter(m -> m >= 2 && m <= 5).count();
                }
                median[k - 1] = all.length == 0 ? Double.NaN : backprop.view.Statistics.quantile(all, 0.5);
                max[k - 1] = java.util.Arrays.stream(all).max().orElse(Double.NaN);
            }
            String label = share.equals("mismatch") ? "mismatch" : share.equals("order") ? "update order" : "check timing";
            columns.put("median |" + label + "| %", median);
            columns.put("max |" + label + "| %", max);
        }
        long left = java.util.stream.IntStream.rangeClosed(1, 3).mapToLong(this::atRoundingLevel).max().orElse(0);
        Table t = Tables.columns("All " + steps.size() + " printed checks (" + epochs() + " epochs × " + samples + " samples), in % of |c|"
                        + (left == 0 ? "" : "; checks with |c| < " + Numbers.format(ROUNDING_LEVEL) + " (rounding level) left out"),
                "gradient", List.of(names), columns);
        return t.addColumns(IntColumn.create("lines with |mismatch| in 2–5 %", inBand));
    }

    @Override
    public String toString() {
        return "OriginalChainLoop: " + epochs() + " epochs, " + samples + " samples, step " + learningRate + ", final w = "
                + java.util.Arrays.toString(finalWeights());
    }
}
