package backprop.network;

import backprop.activation.Activation;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The forward pass of a {@link Network}, layer by layer:
 * <pre>
 *   in_l = W_l out_{l-1} (+ b_l),   out_l = f_l(in_l),   out_0 = x
 * </pre>
 * One instance keeps its buffers, so a backward pass can repeat {@link #run} without allocating; the
 * accessors return copies that stay valid after later runs.
 */
public final class ForwardPass {

    private final Network network;
    private final DMatrixRMaj[] in;
    private final DMatrixRMaj[] out;

    /** Buffers for {@code network}, whose weights it reads afresh on every run. */
    public ForwardPass(Network network) {
        this.network = network;
        int[] sizes = network.sizes();
        in = new DMatrixRMaj[sizes.length];
        out = new DMatrixRMaj[sizes.length];
        out[0] = new DMatrixRMaj(sizes[0], 1);
        for (int l = 1; l < sizes.length; l++) {
            in[l] = new DMatrixRMaj(sizes[l], 1);
            out[l] = new DMatrixRMaj(sizes[l], 1);
        }
    }

    /** Fills in_l and out_l for input x with the network's current weights. */
    public ForwardPass run(double[] x) {
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
        return this;
    }

    public Network network() {
        return network;
    }

    /** The net inputs in_l of layer l (1-based). */
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

    /** in_l itself, for the backward pass that ran this forward pass: read, never written. */
    public DMatrixRMaj inOf(int layer) {
        return in[layer];
    }

    /** out_l itself (out_0 = x), for the backward pass: read, never written. */
    public DMatrixRMaj outOf(int layer) {
        return out[layer];
    }

    private int checkLayer(int layer, int first) {
        if (layer < first || layer > network.layerCount()) {
            throw new IllegalArgumentException("layer = " + layer + "; allowed: " + first + " to " + network.layerCount());
        }
        return layer;
    }
}
