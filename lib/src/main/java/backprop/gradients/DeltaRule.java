package backprop.gradients;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.ForwardPass;
import backprop.network.Network;
import backprop.network.ParameterOrder;
import org.ejml.data.DMatrixRMaj;

/**
 * The hand-written backward pass for a network of any shape, in the delta form of the derivation:
 * <pre>
 *   output:   delta_L = dL/dout_L * f_L'(in_L)
 *   hidden:   delta_l = (W_{l+1}^T delta_{l+1}) * f_l'(in_l)
 *   gradient: dL/dW_l = delta_l out_{l-1}^T,   dL/db_l = delta_l
 * </pre>
 * Each delta is computed once and shared by every weight below it: that reuse is backpropagation.
 * The forward pass is the network's own ({@link ForwardPass}). One instance keeps its buffers, so
 * training repeats {@link #run} without allocating; the accessors return copies.
 */
public final class DeltaRule implements BackwardPass {

    private final Network network;
    private final Loss lossFunction;
    private final ForwardPass forward;
    private final DMatrixRMaj[] delta;
    private final DMatrixRMaj[] dLossDw;
    /** W_{l+1}^T delta_{l+1}: the output deltas gathered back to layer l. */
    private final DMatrixRMaj[] gathered;
    private final double[] dLossDo;
    private double loss = Double.NaN;

    /** The pass for {@code network} with {@code loss}; it reads the network's weights afresh on every run. */
    public DeltaRule(Network network, Loss loss) {
        Passes.check(network, loss);
        this.network = network;
        this.lossFunction = loss;
        this.forward = new ForwardPass(network);
        int[] sizes = network.sizes();
        int layers = network.layerCount();
        delta = new DMatrixRMaj[layers + 1];
        dLossDw = new DMatrixRMaj[layers + 1];
        gathered = new DMatrixRMaj[layers + 1];
        for (int l = 1; l <= layers; l++) {
            delta[l] = new DMatrixRMaj(sizes[l], 1);
            dLossDw[l] = new DMatrixRMaj(sizes[l], sizes[l - 1]);
            gathered[l] = new DMatrixRMaj(sizes[l], 1);
        }
        dLossDo = new double[network.outputCount()];
    }

    /** One sample's forward and backward pass, kept for reading. */
    public static DeltaRule of(Network network, double[] x, double[] y, Loss loss) {
        return Passes.runOnce(new DeltaRule(network, loss), network, x, y);
    }

    @Override
    public double run(double[] x, double[] y, double[] outputs, double[] gradient) {
        lossFunction.checkTargets(y, network.outputCount());
        forward.run(x);
        int last = network.layerCount();
        double[] o = forward.outOf(last).data;
        loss = lossFunction.value(o, y);
        lossFunction.gradient(o, y, dLossDo);
        for (int l = last; l >= 1; l--) {
            double[] upstream = dLossDo;
            if (l < last) {
                network.transposeTimes(l + 1, delta[l + 1], gathered[l]);
                upstream = gathered[l].data;
            }
            Activation f = network.activation(l);
            double[] in = forward.inOf(l).data;
            double[] out = forward.outOf(l).data;
            // f'(in_l) given out_l = f(in_l): sigmoid and tanh then need no second exp/tanh.
            for (int i = 0; i < in.length; i++) {
                delta[l].data[i] = upstream[i] * f.derivative(in[i], out[i]);
            }
            outerProduct(delta[l], forward.outOf(l - 1), dLossDw[l]);
        }
        System.arraycopy(o, 0, outputs, 0, o.length);
        writeGradient(gradient);
        return loss;
    }

    /** dL/dW = delta out^T, entry by entry. */
    private static void outerProduct(DMatrixRMaj delta, DMatrixRMaj out, DMatrixRMaj dLossDw) {
        for (int to = 0; to < delta.numRows; to++) {
            for (int from = 0; from < out.numRows; from++) {
                dLossDw.data[to * out.numRows + from] = delta.data[to] * out.data[from];
            }
        }
    }

    /** Every dL/dp in the network's order: each layer's weights grouped by sending unit, then its biases. */
    private void writeGradient(double[] g) {
        int k = 0;
        for (int l = 1; l <= network.layerCount(); l++) {
            DMatrixRMaj d = dLossDw[l];
            ParameterOrder.copy(d, g, k);
            k += d.getNumElements();
            if (network.hasBiases()) {
                System.arraycopy(delta[l].data, 0, g, k, d.numRows);
                k += d.numRows;
            }
        }
    }

    public Network network() {
        return network;
    }

    /** The loss of the last {@link #run}. */
    public double loss() {
        return loss;
    }

    /** The net inputs in_l of layer l (1-based) of the last pass. */
    public double[] in(int layer) {
        return forward.in(layer);
    }

    /** The outputs out_l of layer l; layer 0 is the input x. */
    public double[] out(int layer) {
        return forward.out(layer);
    }

    /** The network's outputs o. */
    public double[] outputs() {
        return forward.outputs();
    }

    /** dL/do, the loss's gradient with respect to the outputs. */
    public double[] dLossDo() {
        return dLossDo.clone();
    }

    /** delta_l = dL/din_l of layer l (1-based). */
    public double[] delta(int layer) {
        return delta[checkLayer(layer)].data.clone();
    }

    /** dL/dW_l, shaped like W_l. */
    public DMatrixRMaj dLossDw(int layer) {
        return dLossDw[checkLayer(layer)].copy();
    }

    /** Every dL/dparameter, in the network's parameter order (w1.., then biases per layer). */
    public double[] gradient() {
        double[] g = new double[network.parameterCount()];
        writeGradient(g);
        return g;
    }

    private int checkLayer(int layer) {
        if (layer < 1 || layer > network.layerCount()) {
            throw new IllegalArgumentException("layer = " + layer + "; allowed: 1 to " + network.layerCount());
        }
        return layer;
    }
}
