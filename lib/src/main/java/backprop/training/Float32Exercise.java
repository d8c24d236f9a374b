package backprop.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The exercise (2-2-2, no biases, sigmoid everywhere, loss 1/2 (o1-y1)^2 + 1/2 (o2-y2)^2, full-batch
 * gradient descent) trained in float32, PyTorch's default dtype, in the operation order of the
 * original reports' PyTorch program, so that the last bits match its printouts. Two sigmoids:
 * {@link Form#TORCH_SIGMOID} (torch.sigmoid: backward (g (1 - y)) y from the output y) and
 * {@link Form#WRITTEN_OUT} (1 / (1 + torch.exp(-z)) differentiated by autograd: the chain
 * reciprocal, add, exp, neg, i.e. (g r^2) e with r = y, e = e^-z). In exact arithmetic both give
 * the same gradient; in float32 they round differently.
 *
 * <p>Checked against PyTorch 2.13's float32 runs (torch-reference.json, runs "exercise" and
 * "builtin_sigmoid"): every printed loss and the final weights agree bit for bit for both forms, and
 * so do the printed outputs, except o1 of epoch 75 of the written-out run (2 ulps apart: torch.exp's
 * float32 result is not always the correctly rounded one, Java's is).
 */
public final class Float32Exercise {

    /** Which sigmoid the network uses. */
    public enum Form {
        /** torch.sigmoid: one operation, backward y (1 - y) from its output. */
        TORCH_SIGMOID,
        /** 1 / (1 + exp(-z)) written out, differentiated through its primitives by autograd. */
        WRITTEN_OUT
    }

    /**
     * One float32 training run: the epoch-e printouts at index e-1 (loss, o1, o2 at the weights after
     * e-1 updates, as the reports print them) and the weights after update e.
     */
    public record Run(Form form, float[] loss, float[] o1, float[] o2, float[][] weightsAfter) {

        /** How many epochs ran. */
        public int epochs() {
            return loss.length;
        }

        /** The loss printed in epoch e (from 1). */
        public float loss(int e) {
            return loss[e - 1];
        }
    }

    private Float32Exercise() {
    }

    /**
     * Trains the exercise network in float32 from {@code initialWeights} (w1..w8, rounded to float32),
     * with x, y and the learning rate rounded to float32 as PyTorch does with Python numbers.
     */
    public static Run train(Form form, double[] x, double[] y, double[] initialWeights, double learningRate, int epochs) {
        if (x.length != 2 || y.length != 2 || initialWeights.length != 8) {
            throw new IllegalArgumentException("x, y, weights of lengths " + x.length + ", " + y.length + ", "
                    + initialWeights.length + "; allowed: 2, 2, 8 (the exercise's network)");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs = " + epochs + "; allowed: 1 or more");
        }
        float x1 = (float) x[0], x2 = (float) x[1], y1 = (float) y[0], y2 = (float) y[1], step = (float) learningRate;
        float[] w = new float[8];
        for (int k = 0; k < 8; k++) {
            w[k] = (float) initialWeights[k];
        }
        float[] loss = new float[epochs], o1s = new float[epochs], o2s = new float[epochs];
        float[][] after = new float[epochs][];
        for (int e = 0; e < epochs; e++) {
            float inH1 = w[0] * x1 + w[2] * x2, inH2 = w[1] * x1 + w[3] * x2;
            float eH1 = exp(-inH1), eH2 = exp(-inH2);
            float h1 = 1f / (1f + eH1), h2 = 1f / (1f + eH2);
            float inO1 = w[4] * h1 + w[6] * h2, inO2 = w[5] * h1 + w[7] * h2;
            float eO1 = exp(-inO1), eO2 = exp(-inO2);
            float o1 = 1f / (1f + eO1), o2 = 1f / (1f + eO2);
            float d1 = o1 - y1, d2 = o2 - y2;
            loss[e] = 0.5f * (d1 * d1) + 0.5f * (d2 * d2);
            o1s[e] = o1;
            o2s[e] = o2;
            // dL/do_k = 0.5 * (2 * d_k) = d_k exactly.
            float deltaO1 = backward(form, d1, o1, eO1), deltaO2 = backward(form, d2, o2, eO2);
            float[] g = new float[8];
            g[4] = deltaO1 * h1;
            g[6] = deltaO1 * h2;
            g[5] = deltaO2 * h1;
            g[7] = deltaO2 * h2;
            float deltaH1 = backward(form, deltaO1 * w[4] + deltaO2 * w[5], h1, eH1);
            float deltaH2 = backward(form, deltaO1 * w[6] + deltaO2 * w[7], h2, eH2);
            g[0] = deltaH1 * x1;
            g[2] = deltaH1 * x2;
            g[1] = deltaH2 * x1;
            g[3] = deltaH2 * x2;
            for (int k = 0; k < 8; k++) {
                w[k] = w[k] - step * g[k];
            }
            after[e] = w.clone();
        }
        return new Run(form, loss, o1s, o2s, after);
    }

    /** dL/dz from dL/dy = g at y = sigma(z), e = e^-z, in the order PyTorch's backward computes it. */
    private static float backward(Form form, float g, float y, float e) {
        if (form == Form.TORCH_SIGMOID) {
            return g * (1f - y) * y;                 // sigmoid_backward: a * (1 - b) * b
        }
        float viaReciprocal = -g * (y * y);         // reciprocal: -grad * (result * result)
        return -(viaReciprocal * e);                // exp: grad * result; neg: -grad
    }

    private static float exp(float t) {
        return (float) Math.exp(t);
    }

    /** How many float32 values lie from a to b (0 when equal): the distance in units in the last place. */
    public static long ulpsApart(float a, float b) {
        return Math.abs(ordered(a) - ordered(b));
    }

    private static long ordered(float f) {
        int bits = Float.floatToIntBits(f);
        return bits < 0 ? (long) Integer.MIN_VALUE - bits : bits;
    }

    /** The epochs (from 1) whose printed loss differs between two runs, in order. */
    public static List<Integer> epochsWhereLossDiffers(Run a, Run b) {
        List<Integer> differ = new ArrayList<>();
        for (int e = 1; e <= Math.min(a.epochs(), b.epochs()); e++) {
            if (Float.compare(a.loss(e), b.loss(e)) != 0) {
                differ.add(e);
            }
        }
        return differ;
    }

    /**
     * Of {@code epochs}, how many have a loss of {@code a} strictly closer than that of {@code b} to the loss
     * {@code reference} computed in that epoch (e.g. a float64 run): which float32 form rounds nearer, epoch by epoch.
     */
    public static int closerIn(Run a, Run b, TrainingRun reference, List<Integer> epochs) {
        int closer = 0;
        for (int e : epochs) {
            if (Math.abs(a.loss(e) - reference.lossAt(e)) < Math.abs(b.loss(e) - reference.lossAt(e))) {
                closer++;
            }
        }
        return closer;
    }
}
