package backprop.network;

import backprop.activation.Activation;
import backprop.loss.Loss;

/**
 * The backward pass of the exercise's 2-2-2 network written out weight by weight, with the names of
 * the derivation, so each line can be read beside the formula it implements:
 * <pre>
 *   in_h1 = w1 x1 + w3 x2    in_h2 = w2 x1 + w4 x2    out_h = f(in_h)
 *   in_o1 = w5 h1 + w7 h2    in_o2 = w6 h1 + w8 h2    o = f(in_o)
 *   deltaO1 = dL/do1 f'(in_o1)                         dL/dw5 = deltaO1 h1  ...
 *   deltaH1 = (deltaO1 w5 + deltaO2 w6) f'(in_h1)      dL/dw1 = deltaH1 x1  ...
 * </pre>
 * An instance is reused by {@link #run}: training the exercise this way allocates nothing per step.
 */
public final class ExerciseBackprop {

    private final Activation hiddenActivation;
    private final Activation outputActivation;
    private final Loss loss;
    private final double[] outputs = new double[2];
    private final double[] targets = new double[2];
    private final double[] dLossDo = new double[2];
    private final double[] w = new double[8];

    private double x1;
    private double x2;
    private double inH1;
    private double inH2;
    private double outH1;
    private double outH2;
    private double inO1;
    private double inO2;
    private double outO1;
    private double outO2;
    private double lossValue;
    private double deltaO1;
    private double deltaO2;
    private double deltaH1;
    private double deltaH2;
    private final double[] dLossDw = new double[8];

    public ExerciseBackprop(Activation hiddenActivation, Activation outputActivation, Loss loss) {
        if (hiddenActivation == null || outputActivation == null || loss == null) {
            throw new IllegalArgumentException("activations and loss must be given; allowed: e.g. Activation.SIGMOID, Loss.HALF_SUM_SQUARED");
        }
        this.hiddenActivation = hiddenActivation;
        this.outputActivation = outputActivation;
        this.loss = loss;
    }

    /** The written-out pass for a 2-2-2 network without biases. */
    public static ExerciseBackprop of(Network network, double[] x, double[] y, Loss loss) {
        int[] sizes = network.sizes();
        if (sizes.length != 3 || sizes[0] != 2 || sizes[1] != 2 || sizes[2] != 2 || network.hasBiases()) {
            throw new IllegalArgumentException("network " + java.util.Arrays.toString(sizes)
                    + (network.hasBiases() ? " with biases" : "") + "; allowed: the exercise's 2-2-2 shape without biases");
        }
        network.checkInput(x);
        loss.checkTargets(y, 2);
        return new ExerciseBackprop(network.activation(1), network.activation(2), loss).run(network.parameters(), x, y);
    }

    /** Forward and backward pass with weights w1..w8 ({@code weights[0..7]}), input x and target y. */
    public ExerciseBackprop run(double[] weights, double[] x, double[] y) {
        System.arraycopy(weights, 0, w, 0, 8);
        x1 = x[0];
        x2 = x[1];
        targets[0] = y[0];
        targets[1] = y[1];

        inH1 = w[0] * x1 + w[2] * x2;
        inH2 = w[1] * x1 + w[3] * x2;
        outH1 = hiddenActivation.value(inH1);
        outH2 = hiddenActivation.value(inH2);
        inO1 = w[4] * outH1 + w[6] * outH2;
        inO2 = w[5] * outH1 + w[7] * outH2;
        outO1 = outputActivation.value(inO1);
        outO2 = outputActivation.value(inO2);

        outputs[0] = outO1;
        outputs[1] = outO2;
        lossValue = loss.value(outputs, targets);
        loss.gradient(outputs, targets, dLossDo);

        // f'(in) is taken with f(in) from the forward pass: sigmoid'(in) = out (1 - out) costs no exp.
        deltaO1 = dLossDo[0] * outputActivation.derivative(inO1, outO1);
        deltaO2 = dLossDo[1] * outputActivation.derivative(inO2, outO2);
        // Each hidden delta gathers the output deltas through the weights leaving that hidden unit.
        deltaH1 = (deltaO1 * w[4] + deltaO2 * w[5]) * hiddenActivation.derivative(inH1, outH1);
        deltaH2 = (deltaO1 * w[6] + deltaO2 * w[7]) * hiddenActivation.derivative(inH2, outH2);

        dLossDw[0] = deltaH1 * x1;
        dLossDw[1] = deltaH2 * x1;
        dLossDw[2] = deltaH1 * x2;
        dLossDw[3] = deltaH2 * x2;
        dLossDw[4] = deltaO1 * outH1;
        dLossDw[5] = deltaO2 * outH1;
        dLossDw[6] = deltaO1 * outH2;
        dLossDw[7] = deltaO2 * outH2;
        return this;
    }

    /** One gradient-descent step in place on {@code weights} (w1..w8); returns the loss before it. */
    public double step(double[] weights, double[] x, double[] y, double learningRate) {
        run(weights, x, y);
        for (int k = 0; k < 8; k++) {
            weights[k] -= learningRate * dLossDw[k];
        }
        return lossValue;
    }

    public double inH1() { return inH1; }
    public double inH2() { return inH2; }
    public double outH1() { return outH1; }
    public double outH2() { return outH2; }
    public double inO1() { return inO1; }
    public double inO2() { return inO2; }
    public double outO1() { return outO1; }
    public double outO2() { return outO2; }
    public double loss() { return lossValue; }
    public double dLossDo1() { return dLossDo[0]; }
    public double dLossDo2() { return dLossDo[1]; }
    public double deltaO1() { return deltaO1; }
    public double deltaO2() { return deltaO2; }
    public double deltaH1() { return deltaH1; }
    public double deltaH2() { return deltaH2; }

    /** dL/dw_k for k = 1..8. */
    public double dLossDw(int k) {
        if (k < 1 || k > 8) {
            throw new IllegalArgumentException("weight index k = " + k + "; allowed: 1 to 8 (w1..w8)");
        }
        return dLossDw[k - 1];
    }

    public double dLossDw1() { return dLossDw[0]; }
    public double dLossDw2() { return dLossDw[1]; }
    public double dLossDw3() { return dLossDw[2]; }
    public double dLossDw4() { return dLossDw[3]; }
    public double dLossDw5() { return dLossDw[4]; }
    public double dLossDw6() { return dLossDw[5]; }
    public double dLossDw7() { return dLossDw[6]; }
    public double dLossDw8() { return dLossDw[7]; }

    /** dL/dw1..dL/dw8. */
    public double[] gradient() {
        return dLossDw.clone();
    }

    /** Writes dL/dw1..dL/dw8 into {@code g} (no allocation, for training loops). */
    public void gradientInto(double[] g) {
        System.arraycopy(dLossDw, 0, g, 0, 8);
    }

    /** The weights w1..w8 the pass used. */
    public double[] weights() {
        return w.clone();
    }

    /** w_k - learningRate * dL/dw_k for k = 1..8: the weights after one step. */
    public double[] updatedWeights(double learningRate) {
        double[] next = w.clone();
        for (int k = 0; k < 8; k++) {
            next[k] -= learningRate * dLossDw[k];
        }
        return next;
    }
}
