package backprop.network;

import backprop.activation.Activation;
import backprop.loss.Loss;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The hand-written backward pass for a network of any shape, in the delta form of the derivation:
 * <pre>
 *   forward:  in_l = W_l out_{l-1} (+ b_l),   out_l = f_l(in_l)
 *   output:   delta_L = dL/dout_L * f_L'(in_L)
 *   hidden:   delta_l = (W_{l+1}^T delta_{l+1}) * f_l'(in_l)
 *   gradient: dL/dW_l = delta_l out_{l-1}^T,   dL/db_l = delta_l
 * </pre>
 * Each delta is computed once and shared by every weight below it: that reuse is backpropagation.
 * One instance keeps its buffers, so training repeats {@link #run} without allocating; the accessors
 * return copies that stay valid after later runs.
 */
public final class Backprop {

    private final Network network;
    private final DMatrixRMaj[] in;
    private final DMatrixRMaj[] out;
    private final DMatrixRMaj[] delta;
    private final DMatrixRMaj[] dLossDw;
    private final DMatrixRMaj[] backpropagated;
    private final double[] dLossDo;
    private double loss = Double.NaN;

    /** Buffers for differentiating {@code network}, which it reads afresh on every run. */
    public Backprop(Network network) {
        this.network = network;
        int[] sizes = network.sizes();
        int layers = network.layerCount();
        in = new DMatrixRMaj[layers + 1];
        out = new DMatrixRMaj[layers + 1];
        delta = new DMatrixRMaj[layers + 1];
        dLossDw = new DMatrixRMaj[layers + 1];
        backpropagated = new DMatrixRMaj[layers + 1];
        out[0] = new DMatrixRMaj(sizes[0], 1);
        for (int l = 1; l <= layers; l++) {
            in[l] = new DMatrixRMaj(sizes[l], 1);
            out[l] = new DMatrixRMaj(sizes[l], 1);
            delta[l] = new DMatrixRMaj(sizes[l], 1);
            dLossDw[l] = new DMatrixRMaj(sizes[l], sizes[l - 1]);
            backpropagated[l] = new DMatrixRMaj(sizes[l], 1);
        }
        dLossDo = new double[network.outputCount()];
    }

    /** Forward and backward pass of one sample, returned for reading. */
    public static Backprop of(Network network, double[] x, double[] y, Loss loss) {
        return new Backprop(network).run(x, y, loss);
    }

    /** The forward pass only: fills in_l and out_l. */
    public Backprop forward(double[] x) {
        network.checkInput(x);
        System.arraycopy(x, 0, out[0].data, 0, x.length);
        for (int l = 1; l <= network.layerCount(); l++) {
            CommonOps_DDRM.mult(network.weightsOf(l - 1), out[l - 1], in[l]);
            DMatrixRMaj b = network.biasesOf(l - 1);
            if (b != null) {
                CommonOps_DDRM.addEquals(in[l], b);
            }
            Activation f = network.activation(l);
            for (int i = 0; i < in[l].numRows; i++) {
                out[l].data[i] = f.value(in[l].data[i]);
            }
        }
        loss = Double.NaN;
        return this;
    }

    /** Forward pass, loss, and backward pass for input x and target y. */
    public Backprop run(double[] x, double[] y, Loss lossFunction) {
        lossFunction.checkTargets(y, network.outputCount());
        forward(x);
        int last = network.layerCount();
        double[] outputs = out[last].data;
        loss = lossFunction.value(outputs, y);
        lossFunction.gradient(outputs, y, dLossDo);
        for (int l = last; l >= 1; l--) {
            double[] upstream = l == last ? dLossDo : backpropagated[l].data;
            if (l < last) {
                CommonOps_DDRM.multTransA(network.weightsOf(l), delta[l + 1], backpropagated[l]);
            }
            Activation f = network.activation(l);
            // f'(in_l) given out_l = f(in_l) from the forward pass: sigmoid and tanh then need no exp/tanh.
            for (int i = 0; i < delta[l].numRows; i++) {
                delta[l].data[i] = upstream[i] * f.derivative(in[l].data[i], out[l].data[i]);
            }
            outerProduct(delta[l], out[l - 1], dLossDw[l]);
        }
        return this;
    }

    /**
     * g = d o^T. EJML's multTransB computes it as a general product with a one-term inner sum per entry,
     * the largest single cost of a whole step at widths 8 to 128. Each entry is 0.0 + d_i o_j, as that
     * one-term sum gave it: a product of -0.0 (a dead ReLU unit) still reads 0.0, as in the autograd pass.
     */
    private static void outerProduct(DMatrixRMaj d, DMatrixRMaj o, DMatrixRMaj g) {
        int cols = o.numRows;
        for (int i = 0; i < d.numRows; i++) {
            double di = d.data[i];
            for (int j = 0; j < cols; j++) {
                g.data[i * cols + j] = 0.0 + di * o.data[j];
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
        return in[checkLayer(layer, 1)].data.clone();
    }

    /** The outputs out_l of layer l; layer 0 is the input x. */
    public double[] out(int layer) {
        return out[checkLayer(layer, 0)].data.clone();
    }

    /** The network's outputs o. */
    public double[] outputs() {
        return out(network.layerCount());
    }

    /** Writes the network's outputs into {@code o} (no allocation, for training loops). */
    public void outputsInto(double[] o) {
        System.arraycopy(out[network.layerCount()].data, 0, o, 0, o.length);
    }

    /** dL/do, the loss's gradient with respect to the outputs. */
    public double[] dLossDo() {
        return dLossDo.clone();
    }

    /** delta_l = dL/din_l of layer l (1-based). */
    public double[] delta(int layer) {
        return delta[checkLayer(layer, 1)].data.clone();
    }

    /** dL/dW_l, shaped like W_l. */
    public DMatrixRMaj dLossDw(int layer) {
        return dLossDw[checkLayer(layer, 1)].copy();
    }

    /** Every dL/dparameter, in the network's parameter order (w1.., then biases per layer). */
    public double[] gradient() {
        double[] g = new double[network.parameterCount()];
        gradientInto(g);
        return g;
    }

    /** Writes the gradient into {@code g} (no allocation, for training loops). */
    public void gradientInto(double[] g) {
        int k = 0;
        boolean biases = network.hasBiases();
        for (int l = 1; l <= network.layerCount(); l++) {
            DMatrixRMaj d = dLossDw[l];
            ParameterOrder.copy(d, g, k);
            k += d.getNumElements();
            if (biases) {
                for (int to = 0; to < d.numRows; to++) {
                    g[k++] = delta[l].data[to];
                }
            }
        }
    }

    private int checkLayer(int layer, int first) {
        if (layer < first || layer > network.layerCount()) {
            throw new IllegalArgumentException("layer = " + layer + "; allowed: " + first + " to " + network.layerCount());
        }
        return layer;
    }
}
