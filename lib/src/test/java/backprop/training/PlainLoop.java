package backprop.training;

/**
 * The exercise's training written out in plain doubles, from the exercise sheet's formulas (2-2-2,
 * sigmoid, no biases, loss 1/2 sum (o - y)^2), sharing no code with the library: what the tests
 * compare the library's training with.
 */
final class PlainLoop {

    private PlainLoop() {
    }

    /** One epoch on w1..w8 ({@code w[0..7]}), full batch (mean gradient) or one sample at a time; returns the mean loss. */
    static double step(double[] w, double[][] xs, double[][] ys, double rate, boolean oneSampleAtATime) {
        double[] mean = new double[8];
        double loss = 0;
        for (int s = 0; s < xs.length; s++) {
            double x1 = xs[s][0];
            double x2 = xs[s][1];
            double h1 = 1 / (1 + Math.exp(-(w[0] * x1 + w[2] * x2)));
            double h2 = 1 / (1 + Math.exp(-(w[1] * x1 + w[3] * x2)));
            double o1 = 1 / (1 + Math.exp(-(w[4] * h1 + w[6] * h2)));
            double o2 = 1 / (1 + Math.exp(-(w[5] * h1 + w[7] * h2)));
            double d1 = (o1 - ys[s][0]) * o1 * (1 - o1);
            double d2 = (o2 - ys[s][1]) * o2 * (1 - o2);
            double e1 = (d1 * w[4] + d2 * w[5]) * h1 * (1 - h1);
            double e2 = (d1 * w[6] + d2 * w[7]) * h2 * (1 - h2);
            double[] g = {e1 * x1, e2 * x1, e1 * x2, e2 * x2, d1 * h1, d2 * h1, d1 * h2, d2 * h2};
            loss += 0.5 * ((o1 - ys[s][0]) * (o1 - ys[s][0]) + (o2 - ys[s][1]) * (o2 - ys[s][1])) / xs.length;
            for (int k = 0; k < 8; k++) {
                if (oneSampleAtATime) {
                    w[k] -= rate * g[k];
                } else {
                    mean[k] += g[k] / xs.length;
                }
            }
        }
        for (int k = 0; !oneSampleAtATime && k < 8; k++) {
            w[k] -= rate * mean[k];
        }
        return loss;
    }
}
