package backprop.training;

/**
 * One epoch as the reference loop prints it: the loss, outputs and gradients computed during epoch
 * {@code epoch} (with the weights it started from), and the weights its update produced.
 *
 * @param epoch     1-based
 * @param loss      the loss during this epoch (the mean over samples)
 * @param outputs   outputs[s][k]: output k for sample s
 * @param gradients dL/dparameter used by this epoch's update (the mean over samples)
 * @param weights   every parameter after this epoch's update
 */
public record Epoch(int epoch, double loss, double[][] outputs, double[] gradients, double[] weights) {

    /** Output k (1-based) for the first sample: o1, o2, ... */
    public double o(int k) {
        return outputs[0][check("output", k, outputs[0].length)];
    }

    /** Parameter k (1-based) after this epoch: w1, w2, ... for the exercise. */
    public double w(int k) {
        return weights[check("parameter", k, weights.length)];
    }

    /** dL/dparameter k (1-based). */
    public double dLossDw(int k) {
        return gradients[check("parameter", k, gradients.length)];
    }

    private static int check(String what, int k, int count) {
        if (k < 1 || k > count) {
            throw new IllegalArgumentException(what + " k = " + k + "; allowed: 1 to " + count);
        }
        return k - 1;
    }
}
