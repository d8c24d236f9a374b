package backprop.loss;

/**
 * The probability side of cross-entropy: softmax of logits, the entropy of a distribution (the least
 * value cross-entropy can take against it) and the mean binary entropy (the least value of binary
 * cross-entropy).
 */
public final class Distributions {

    private Distributions() {
    }

    /** softmax(o)_c = exp(o_c) / sum exp(o), computed shifted by max(o) so that nothing overflows. */
    public static double[] softmax(double[] o) {
        if (o == null || o.length == 0) {
            throw new IllegalArgumentException("softmax of no values; allowed: at least one logit");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : o) {
            max = Math.max(max, v);
        }
        double[] p = new double[o.length];
        double sum = 0;
        for (int c = 0; c < o.length; c++) {
            p[c] = Math.exp(o[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < o.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** H(p) = -sum p_c log p_c (0 log 0 = 0), for a distribution p: cross-entropy against p is never below it. */
    public static double entropy(double[] p) {
        double h = 0;
        for (int c = 0; c < p.length; c++) {
            check(p[c], c);
            h -= p[c] > 0 ? p[c] * Math.log(p[c]) : 0;
        }
        return h;
    }

    /**
     * (1/K) sum_k H(y_k, 1 - y_k) for K targets in [0, 1]: the least value of binary cross-entropy
     * (mean over the outputs), reached at o = y.
     */
    public static double meanBinaryEntropy(double[] y) {
        double h = 0;
        for (int k = 0; k < y.length; k++) {
            check(y[k], k);
            h += entropy(new double[] {y[k], 1 - y[k]});
        }
        return h / y.length;
    }

    private static void check(double p, int c) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability " + (c + 1) + " = " + p + "; allowed: a number in [0, 1]");
        }
    }
}
