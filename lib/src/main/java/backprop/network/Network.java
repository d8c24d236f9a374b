package backprop.network;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fully connected feed-forward network of any layer sizes: layer l computes
 * in_l = W_l out_{l-1} (+ b_l) and out_l = f_l(in_l), W_l being a sizes[l] x sizes[l-1] EJML matrix
 * (row = receiving unit, column = sending unit).
 *
 * <p>Parameters are numbered layer by layer, the weights grouped by sending unit and then the biases,
 * so for the exercise's 2-2-2 network parameter k is exactly w_k of the derivation
 * (w1: x1-&gt;h1, w2: x1-&gt;h2, w3: x2-&gt;h1, ...). Weights are named w1, w2, ... and biases b1, b2, ...
 *
 * <p>Only {@link #setParameters} changes a network, and training calls it only on its own copy: what
 * a notebook cell built stays as it was. The forward pass is {@link #forward}; the backward passes
 * (package {@code backprop.gradients}) read the weights through {@link #weight} and
 * {@link #transposeTimes}.
 */
public final class Network {

    private final int[] sizes;
    private final Activation[] activations;
    private final DMatrixRMaj[] weights;
    private final DMatrixRMaj[] biases;

    private Network(int[] sizes, Activation[] activations, boolean hasBiases) {
        this.sizes = sizes;
        this.activations = activations;
        int layers = sizes.length - 1;
        this.weights = new DMatrixRMaj[layers];
        this.biases = hasBiases ? new DMatrixRMaj[layers] : null;
        for (int l = 0; l < layers; l++) {
            weights[l] = new DMatrixRMaj(sizes[l + 1], sizes[l]);
            if (hasBiases) {
                biases[l] = new DMatrixRMaj(sizes[l + 1], 1);
            }
        }
    }

    /** A network with one activation in every layer. */
    public static Network of(int[] sizes, Activation activation, boolean biases, Initialiser initialiser) {
        checkSizes(sizes);
        Activation[] each = new Activation[sizes.length - 1];
        Arrays.fill(each, activation);
        return of(sizes, each, biases, initialiser);
    }

    /** A network with an activation per layer: {@code activations[l]} follows layer l + 1. */
    public static Network of(int[] sizes, Activation[] activations, boolean biases, Initialiser initialiser) {
        checkSizes(sizes);
        if (activations == null || activations.length != sizes.length - 1) {
            throw new IllegalArgumentException("activations: " + (activations == null ? "null" : activations.length + " given")
                    + "; allowed: exactly " + (sizes.length - 1) + ", one per non-input layer");
        }
        for (int l = 0; l < activations.length; l++) {
            if (activations[l] == null) {
                throw new IllegalArgumentException("activations[" + l + "] = null; allowed: one of " + Activation.ALL);
            }
        }
        if (initialiser == null) {
            throw new IllegalArgumentException("initialiser = null; allowed: an Initialiser, e.g. Initialiser.zeros()");
        }
        return new Network(sizes.clone(), activations.clone(), biases).filled("initial ", initialiser.parameters(sizes.clone(), biases));
    }

    /** This network with {@code p} as its parameters, each finite; a bad one is named ({@code what} + "w3 = NaN"). */
    private Network filled(String what, double[] p) {
        setParameters(p);
        for (int k = 0; k < p.length; k++) {
            if (!Double.isFinite(p[k])) {
                throw new IllegalArgumentException(what + parameterNames().get(k) + " = " + p[k] + "; allowed: a finite number");
            }
        }
        return this;
    }

    private static void checkSizes(int[] sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("layer sizes = " + Arrays.toString(sizes)
                    + "; allowed: at least two layers (inputs and outputs), e.g. {2, 2, 2}");
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("layer sizes[" + l + "] = " + sizes[l] + " in " + Arrays.toString(sizes)
                        + "; allowed: 1 or more units per layer");
            }
        }
    }

    /** Units per layer, inputs first. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Number of weight layers (the exercise has 2). */
    public int layerCount() {
        return weights.length;
    }

    public int inputCount() {
        return sizes[0];
    }

    public int outputCount() {
        return sizes[sizes.length - 1];
    }

    public boolean hasBiases() {
        return biases != null;
    }

    /** The activation after weight layer {@code layer} (1-based, as in the derivation). */
    public Activation activation(int layer) {
        return activations[checkLayer(layer) - 1];
    }

    public List<Activation> activations() {
        return List.of(activations);
    }

    /** A copy of W_layer (1-based): row i, column j is the weight from unit j of layer-1 to unit i. */
    public DMatrixRMaj weights(int layer) {
        return weights[checkLayer(layer) - 1].copy();
    }

    /** A copy of b_layer (1-based) as a column, or null without biases. */
    public DMatrixRMaj biases(int layer) {
        return biases == null ? null : biases[checkLayer(layer) - 1].copy();
    }

    /** The same network with another activation in every layer. */
    public Network withActivation(Activation activation) {
        return of(sizes, activation, hasBiases(), Initialiser.given(parameters()));
    }

    /** The same shape and activations with these parameters. */
    public Network withParameters(double... parameters) {
        return new Network(sizes.clone(), activations.clone(), hasBiases()).filled("", parameters);
    }

    public Network copy() {
        return withParameters(parameters());
    }

    public int parameterCount() {
        return Initialiser.count(sizes, hasBiases());
    }

    /** Every parameter in the network's order (see the class comment). */
    public double[] parameters() {
        double[] p = new double[parameterCount()];
        int k = 0;
        for (int l = 0; l < weights.length; l++) {
            ParameterOrder.copy(weights[l], p, k);
            k += weights[l].getNumElements();
            if (biases != null) {
                System.arraycopy(biases[l].data, 0, p, k, biases[l].numRows);
                k += biases[l].numRows;
            }
        }
        return p;
    }

    /** w1, w2, ... for the weights and b1, b2, ... for the biases, in parameter order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        int w = 0;
        int b = 0;
        for (int l = 0; l < weights.length; l++) {
            for (int i = 0; i < weights[l].getNumElements(); i++) {
                names.add("w" + (++w));
            }
            for (int i = 0; biases != null && i < sizes[l + 1]; i++) {
                names.add("b" + (++b));
            }
        }
        return names;
    }

    /** Which connection each parameter is, e.g. "x1 -> h1" or "bias -> o2", in parameter order. */
    public List<String> parameterRoles() {
        List<String> roles = new ArrayList<>();
        for (int l = 0; l < weights.length; l++) {
            for (int from = 0; from < sizes[l]; from++) {
                for (int to = 0; to < sizes[l + 1]; to++) {
                    roles.add(unitName(l, from) + " -> " + unitName(l + 1, to));
                }
            }
            for (int to = 0; biases != null && to < sizes[l + 1]; to++) {
                roles.add("bias -> " + unitName(l + 1, to));
            }
        }
        return roles;
    }

    /** x1.. for inputs, o1.. for outputs, h1.. for one hidden layer (h1_1.. for several). */
    public String unitName(int layer, int unit) {
        if (layer == 0) {
            return "x" + (unit + 1);
        }
        if (layer == sizes.length - 1) {
            return "o" + (unit + 1);
        }
        return sizes.length == 3 ? "h" + (unit + 1) : "h" + layer + "_" + (unit + 1);
    }

    /** The forward pass for input {@code x}: every layer's in_l and out_l. */
    public ForwardPass forward(double[] x) {
        return new ForwardPass(this).run(x);
    }

    /** The outputs for input {@code x}. */
    public double[] output(double[] x) {
        return forward(x).outputs();
    }

    /**
     * The weight of layer {@code layer} from unit {@code from} of the layer below to unit {@code to}, all
     * counted from 1 as in the derivation: for the exercise, w5 = weight(2, 1, 1) (h1 -&gt; o1).
     */
    public double weight(int layer, int to, int from) {
        DMatrixRMaj w = weights[checkLayer(layer) - 1];
        return w.data[(to - 1) * w.numCols + (from - 1)];
    }

    /** The bias of unit {@code unit} (counted from 1) in layer {@code layer}: for b1 of a 2-2-2 net, bias(1, 1). */
    public double bias(int layer, int unit) {
        if (biases == null) {
            throw new IllegalStateException("bias: this network has no biases");
        }
        return biases[checkLayer(layer) - 1].data[unit - 1];
    }

    /** {@code result} = W_layer^T v: how the delta rule gathers the deltas of layer {@code layer} downwards. */
    public void transposeTimes(int layer, DMatrixRMaj v, DMatrixRMaj result) {
        CommonOps_DDRM.multTransA(weights[checkLayer(layer) - 1], v, result);
    }

    /**
     * Sets every parameter in place, in the network's order (see the class comment). Training sets its own
     * copy after every update, which may hold NaN or infinite values just before it stops as diverged.
     */
    public void setParameters(double... p) {
        if (p == null || p.length != parameterCount()) {
            throw new IllegalArgumentException("parameters: " + (p == null ? "null" : p.length + " values") + "; allowed: exactly "
                    + parameterCount() + ", one per parameter");
        }
        int k = 0;
        for (int l = 0; l < weights.length; l++) {
            ParameterOrder.set(weights[l], p, k);
            k += weights[l].getNumElements();
            if (biases != null) {
                System.arraycopy(p, k, biases[l].data, 0, biases[l].numRows);
                k += biases[l].numRows;
            }
        }
    }

    /** Throws unless x has one finite value per input unit. */
    public void checkInput(double[] x) {
        if (x == null || x.length != sizes[0]) {
            throw new IllegalArgumentException("input x has " + (x == null ? "no" : x.length) + " values; allowed: exactly "
                    + sizes[0] + ", one per input unit");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("input x" + (i + 1) + " = " + x[i] + "; allowed: a finite number");
            }
        }
    }

    /** W of weight layer {@code index} (0-based) itself, for the forward pass: no copy per step. */
    DMatrixRMaj weightsOf(int index) {
        return weights[index];
    }

    /** b of weight layer {@code index} (0-based) itself, or null. */
    DMatrixRMaj biasesOf(int index) {
        return biases == null ? null : biases[index];
    }

    private int checkLayer(int layer) {
        if (layer < 1 || layer > weights.length) {
            throw new IllegalArgumentException("layer = " + layer + "; allowed: 1 to " + weights.length);
        }
        return layer;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Network ").append(Arrays.toString(sizes));
        s.append(biases == null ? " without biases, " : " with biases, ").append(Arrays.toString(activations));
        List<String> names = parameterNames();
        double[] p = parameters();
        s.append(':');
        for (int k = 0; k < p.length; k++) {
            s.append(' ').append(names.get(k)).append('=').append(p[k]);
        }
        return s.toString();
    }
    /**
     * "w1 (x1 -> h1)", "b1 (bias -> h1)", ...: each parameter's name with its role, in parameter order, for
     * tables of networks whose numbering differs from other write-ups (read the role, not the name).
     */
    public List<String> parameterLabels() {
        List<String> names = parameterNames(), roles = parameterRoles();
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            labels.add(names.get(k) + " (" + roles.get(k) + ")");
        }
        return labels;
    }
}
