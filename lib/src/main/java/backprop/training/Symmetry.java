package backprop.training;

import backprop.network.Network;

import java.util.Arrays;
import java.util.List;

/**
 * Whether the exercise's two hidden units are copies of each other. They are when the weights come in
 * equal pairs: into the hidden units w1 = w2 (from x1) and w3 = w4 (from x2), out of them w5 = w7 (into o1)
 * and w6 = w8 (into o2). Then h1 = h2 on every input, the backward pass gives each pair equal gradients,
 * and gradient descent keeps the pairs equal for ever.
 */
public final class Symmetry {

    /** The pairs of w1..w8 (1-based) that are equal when the hidden units are tied. */
    public static final List<int[]> PAIRS = List.of(new int[] {1, 2}, new int[] {3, 4}, new int[] {5, 7}, new int[] {6, 8});

    private Symmetry() {
    }

    /** "w1 vs w2", "w3 vs w4", "w5 vs w7", "w6 vs w8". */
    public static List<String> pairNames() {
        return PAIRS.stream().map(p -> "w" + p[0] + " vs w" + p[1]).toList();
    }

    /** Whether every pair of {@code weights} (w1..w8) is exactly equal. */
    public static boolean tied(double[] weights) {
        checkExercise(weights);
        return PAIRS.stream().allMatch(p -> weights[p[0] - 1] == weights[p[1] - 1]);
    }

    /** Per pair, the largest |difference| of the weights after any epoch of the run. */
    public static double[] largestWeightGaps(TrainingRun run) {
        double[] gap = new double[PAIRS.size()];
        for (Epoch e : run.epochs()) {
            checkExercise(e.weights());
            for (int p = 0; p < gap.length; p++) {
                gap[p] = Math.max(gap[p], Math.abs(e.w(PAIRS.get(p)[0]) - e.w(PAIRS.get(p)[1])));
            }
        }
        return gap;
    }

    /** Per pair, the largest |difference| of the gradients in any epoch of the run. */
    public static double[] largestGradientGaps(TrainingRun run) {
        double[] gap = new double[PAIRS.size()];
        for (Epoch e : run.epochs()) {
            for (int p = 0; p < gap.length; p++) {
                gap[p] = Math.max(gap[p], Math.abs(e.dLossDw(PAIRS.get(p)[0]) - e.dLossDw(PAIRS.get(p)[1])));
            }
        }
        return gap;
    }

    /**
     * The largest |h1 - h2| on input {@code x} over every epoch of the run, each epoch's hidden outputs
     * computed from the weights it started from (the run must keep every epoch, as {@link Training#run()} does).
     */
    public static double largestHiddenGap(TrainingRun run, double[] x) {
        Network net = run.initialNetwork();
        double[] start = net.parameters();
        checkExercise(start);
        double gap = 0;
        for (Epoch e : run.epochs()) {
            double[] w = e.epoch() == 1 ? start : run.epoch(e.epoch() - 1).weights();
            double[] h = net.withParameters(w).forward(x).out(1);
            gap = Math.max(gap, Math.abs(h[0] - h[1]));
        }
        return gap;
    }

    /** The largest |gradient| of any weight in any epoch of the run: 0 when nothing ever moves. */
    public static double largestGradient(TrainingRun run) {
        return run.epochs().stream().flatMapToDouble(e -> Arrays.stream(e.gradients())).map(Math::abs).max().orElse(0);
    }

    /**
     * The least ½-sum loss (mean over the samples) of outputs that are the same on every sample, as tied
     * hidden units give when every sample sees the same hidden value: each output at the mean of its targets.
     */
    public static double equalOutputsFloor(double[][] y) {
        double floor = 0;
        for (int k = 0; k < y[0].length; k++) {
            int kk = k;
            double mean = Arrays.stream(y).mapToDouble(t -> t[kk]).average().orElseThrow();
            floor += Arrays.stream(y).mapToDouble(t -> (t[kk] - mean) * (t[kk] - mean) / 2).average().orElseThrow();
        }
        return floor;
    }

    /**
     * A lower bound of the ½-sum loss (mean over the samples) for tied hidden units with sigmoid, no biases:
     * h1 = h2 = h > 0, so o_k = σ((w5 + w7) h) for o1 (and w6 + w8 for o2) lies on one side of ½ on every
     * sample. Per output the better side is taken; a target on the other side costs at least its distance to ½.
     */
    public static double tiedSigmoidFloor(double[][] y) {
        double floor = 0;
        for (int k = 0; k < y[0].length; k++) {
            int kk = k;
            double high = Arrays.stream(y).mapToDouble(t -> Math.pow(Math.max(0, 0.5 - t[kk]), 2) / 2).average().orElseThrow();
            double low = Arrays.stream(y).mapToDouble(t -> Math.pow(Math.max(0, t[kk] - 0.5), 2) / 2).average().orElseThrow();
            floor += Math.min(high, low);
        }
        return floor;
    }

    private static void checkExercise(double[] weights) {
        if (weights.length != 8) {
            throw new IllegalArgumentException(weights.length + " parameters; allowed: the exercise's 8 (w1..w8)");
        }
    }
}
