package backprop.gradients;

/**
 * The two wrong backward formulas of the original reports for the exercise (2-2-2, sigmoid, no biases,
 * 1/2-sum loss), kept so that a notebook can show a gradient check catching them:
 * <ul>
 *   <li><b>report A</b> puts h1 (1 - h1) where o1 (1 - o1) belongs in the error sent back through w5 and w7
 *   (dL/dw1 = -0.00843 instead of -0.00842);</li>
 *   <li><b>report B</b> sends back (dL/dw5 + dL/dw6) and (dL/dw7 + dL/dw8) instead of
 *   δo1 w5 + δo2 w6 and δo1 w7 + δo2 w8 (dL/dw1 = +0.01458: the wrong sign).</li>
 * </ul>
 * Weights are w1..w8 in the exercise's order: in_h1 = w1 x1 + w3 x2, in_h2 = w2 x1 + w4 x2,
 * in_o1 = w5 h1 + w7 h2, in_o2 = w6 h1 + w8 h2. dL/dw5..w8 are right in both reports.
 */
public final class ReportFormulas {

    private ReportFormulas() {
    }

    /** Report A's dL/dw1..w8 at weights {@code w} for input {@code x} and target {@code y}. */
    public static double[] reportA(double[] w, double[] x, double[] y) {
        return gradient(w, x, y, false);
    }

    /** Report B's dL/dw1..w8 at weights {@code w} for input {@code x} and target {@code y}. */
    public static double[] reportB(double[] w, double[] x, double[] y) {
        return gradient(w, x, y, true);
    }

    private static double[] gradient(double[] w, double[] x, double[] y, boolean reportB) {
        if (w.length != 8 || x.length != 2 || y.length != 2) {
            throw new IllegalArgumentException(w.length + " weights, " + x.length + " inputs, " + y.length
                    + " targets; allowed: 8 weights w1..w8, 2 inputs, 2 targets (the exercise's network)");
        }
        double h1 = sigmoid(w[0] * x[0] + w[2] * x[1]), h2 = sigmoid(w[1] * x[0] + w[3] * x[1]);
        double o1 = sigmoid(w[4] * h1 + w[6] * h2), o2 = sigmoid(w[5] * h1 + w[7] * h2);
        double deltaO1 = (o1 - y[0]) * o1 * (1 - o1), deltaO2 = (o2 - y[1]) * o2 * (1 - o2);
        double d5 = deltaO1 * h1, d6 = deltaO2 * h1, d7 = deltaO1 * h2, d8 = deltaO2 * h2;
        double into1, into2;   // what stands where δo1 w5 + δo2 w6 and δo1 w7 + δo2 w8 belong
        if (reportB) {
            into1 = d5 + d6;   // BUG: (δo1 + δo2) h1, should be δo1 w5 + δo2 w6
            into2 = d7 + d8;   // BUG: (δo1 + δo2) h2, should be δo1 w7 + δo2 w8
        } else {
            double wrong = h1 * (1 - h1);   // BUG: should be o1 (1 - o1)
            into1 = (o1 - y[0]) * wrong * w[4] + deltaO2 * w[5];
            into2 = (o1 - y[0]) * wrong * w[6] + deltaO2 * w[7];
        }
        double s1 = h1 * (1 - h1), s2 = h2 * (1 - h2);
        return new double[] {into1 * s1 * x[0], into2 * s2 * x[0], into1 * s1 * x[1], into2 * s2 * x[1], d5, d6, d7, d8};
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
