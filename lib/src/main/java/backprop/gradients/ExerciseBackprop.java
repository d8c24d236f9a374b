package backprop.gradients;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Network;

import java.util.Arrays;

/**
 * The backward pass of the exercise's 2-2-2 network written out weight by weight, with the names of
 * the derivation, so each line can be read beside the formula it implements:
 * <pre>
 *   inH1 = w1 x1 + w3 x2    inH2 = w2 x1 + w4 x2    outH = f(inH)
 *   inO1 = w5 outH1 + w7 outH2    inO2 = w6 outH1 + w8 outH2    outO = f(inO)
 *   deltaO1 = dL/doutO1 f'(inO1)                     dL/dw5 = deltaO1 outH1  ...
 *   deltaH1 = (deltaO1 w5 + deltaO2 w6) f'(inH1)     dL/dw1 = deltaH1 x1  ...
 * </pre>
 * It computes what {@link DeltaRule} computes for this shape, in the same order of operations.
 */
public final class ExerciseBackprop implements BackwardPass {

    private final Network network;
    private final Activation hidden;
    private final Activation output;
    private final Loss lossFunction;
    private final double[] outO = new double[2];
    private final double[] dLossDo = new double[2];

    private double x1;
    private double x2;
    private double w1;
    private double w2;
    private double w3;
    private double w4;
    private double w5;
    private double w6;
    private double w7;
    private double w8;
    private double inH1;
    private double inH2;
    private double outH1;
    private double outH2;
    private double inO1;
    private double inO2;
    private double loss = Double.NaN;
    private double deltaO1;
    private double deltaO2;
    private double deltaH1;
    private double deltaH2;
    private double dLossDw1;
    private double dLossDw2;
    private double dLossDw3;
    private double dLossDw4;
    private double dLossDw5;
    private double dLossDw6;
    private double dLossDw7;
    private double dLossDw8;

    /** The pass for a 2-2-2 network without biases; it reads w1..w8 afresh on every run. */
    public ExerciseBackprop(Network network, Loss loss) {
        Passes.check(network, loss);
        int[] sizes = network.sizes();
        if (!Arrays.equals(sizes, new int[] {2, 2, 2}) || network.hasBiases()) {
            throw new IllegalArgumentException("network " + Arrays.toString(sizes) + (network.hasBiases() ? " with biases" : "")
                    + "; allowed: the exercise's 2-2-2 shape without biases");
        }
        this.network = network;
        this.hidden = network.activation(1);
        this.output = network.activation(2);
        this.lossFunction = loss;
    }

    /** One sample's forward and backward pass, kept for reading. */
    public static ExerciseBackprop of(Network network, double[] x, double[] y, Loss loss) {
        return Passes.runOnce(new ExerciseBackprop(network, loss), network, x, y);
    }

    @Override
    public double run(double[] x, double[] y, double[] outputs, double[] gradient) {
        network.checkInput(x);
        lossFunction.checkTargets(y, 2);
        forward(x[0], x[1]);
        backward(y);
        outputs[0] = outO[0];
        outputs[1] = outO[1];
        gradient[0] = dLossDw1;
        gradient[1] = dLossDw2;
        gradient[2] = dLossDw3;
        gradient[3] = dLossDw4;
        gradient[4] = dLossDw5;
        gradient[5] = dLossDw6;
        gradient[6] = dLossDw7;
        gradient[7] = dLossDw8;
        return loss;
    }

    /** The forward pass at the network's current w1..w8. */
    private void forward(double x1, double x2) {
        this.x1 = x1;
        this.x2 = x2;
        // weight(layer, to, from): w1 is x1 -> h1, w2 is x1 -> h2, ..., w8 is h2 -> o2.
        w1 = network.weight(1, 1, 1);
        w2 = network.weight(1, 2, 1);
        w3 = network.weight(1, 1, 2);
        w4 = network.weight(1, 2, 2);
        w5 = network.weight(2, 1, 1);
        w6 = network.weight(2, 2, 1);
        w7 = network.weight(2, 1, 2);
        w8 = network.weight(2, 2, 2);

        inH1 = w1 * x1 + w3 * x2;
        inH2 = w2 * x1 + w4 * x2;
        outH1 = hidden.value(inH1);
        outH2 = hidden.value(inH2);
        inO1 = w5 * outH1 + w7 * outH2;
        inO2 = w6 * outH1 + w8 * outH2;
        outO[0] = output.value(inO1);
        outO[1] = output.value(inO2);
    }

    /** The loss against targets y, and the backward pass from it to dL/dw1..dL/dw8. */
    private void backward(double[] y) {
        loss = lossFunction.value(outO, y);
        lossFunction.gradient(outO, y, dLossDo);

        // f'(in) is taken with f(in) from the forward pass: sigmoid'(in) = out (1 - out) costs no exp.
        deltaO1 = dLossDo[0] * output.derivative(inO1, outO[0]);
        deltaO2 = dLossDo[1] * output.derivative(inO2, outO[1]);
        // Each hidden delta gathers the output deltas through the weights leaving that hidden unit.
        deltaH1 = (deltaO1 * w5 + deltaO2 * w6) * hidden.derivative(inH1, outH1);
        deltaH2 = (deltaO1 * w7 + deltaO2 * w8) * hidden.derivative(inH2, outH2);

        dLossDw1 = deltaH1 * x1;
        dLossDw2 = deltaH2 * x1;
        dLossDw3 = deltaH1 * x2;
        dLossDw4 = deltaH2 * x2;
        dLossDw5 = deltaO1 * outH1;
        dLossDw6 = deltaO2 * outH1;
        dLossDw7 = deltaO1 * outH2;
        dLossDw8 = deltaO2 * outH2;
    }

    public double inH1() { return inH1; }
    public double inH2() { return inH2; }
    public double outH1() { return outH1; }
    public double outH2() { return outH2; }
    public double inO1() { return inO1; }
    public double inO2() { return inO2; }
    public double outO1() { return outO[0]; }
    public double outO2() { return outO[1]; }
    public double loss() { return loss; }
    public double dLossDo1() { return dLossDo[0]; }
    public double dLossDo2() { return dLossDo[1]; }
    public double deltaO1() { return deltaO1; }
    public double deltaO2() { return deltaO2; }
    public double deltaH1() { return deltaH1; }
    public double deltaH2() { return deltaH2; }

    /** dL/dw1..dL/dw8. */
    public double[] gradient() {
        return new double[] {dLossDw1, dLossDw2, dLossDw3, dLossDw4, dLossDw5, dLossDw6, dLossDw7, dLossDw8};
    }

    /** dL/dw_k for k = 1..8. */
    public double dLossDw(int k) {
        if (k < 1 || k > 8) {
            throw new IllegalArgumentException("weight index k = " + k + "; allowed: 1 to 8 (w1..w8)");
        }
        return gradient()[k - 1];
    }

    /** The weights w1..w8 the pass used. */
    public double[] weights() {
        return new double[] {w1, w2, w3, w4, w5, w6, w7, w8};
    }

    /** w_k - learningRate * dL/dw_k for k = 1..8: the weights after one step. */
    public double[] updatedWeights(double learningRate) {
        double[] w = weights();
        double[] g = gradient();
        for (int k = 0; k < 8; k++) {
            w[k] -= learningRate * g[k];
        }
        return w;
    }

    /**
     * Every quantity of the last pass under its name in the derivation and in this class: inH1,
     * outH1, inH2, outH2, inO1, outO1, inO2, outO2, loss, dLossDo1, dLossDo2, deltaO1, deltaO2,
     * deltaH1, deltaH2, dLossDw1..dLossDw8, in that order.
     */
    public java.util.Map<String, Double> quantities() {
        java.util.Map<String, Double> q = new java.util.LinkedHashMap<>();
        String[] names = {"inH1", "outH1", "inH2", "outH2", "inO1", "outO1", "inO2", "outO2", "loss",
                "dLossDo1", "dLossDo2", "deltaO1", "deltaO2", "deltaH1", "deltaH2"};
        double[] values = {inH1, outH1, inH2, outH2, inO1, outO[0], inO2, outO[1], loss,
                dLossDo[0], dLossDo[1], deltaO1, deltaO2, deltaH1, deltaH2};
        for (int i = 0; i < names.length; i++) {
            q.put(names[i], values[i]);
        }
        double[] g = gradient();
        for (int k = 0; k < 8; k++) {
            q.put("dLossDw" + (k + 1), g[k]);
        }
        return q;
    }
}
