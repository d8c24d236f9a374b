package backprop.gradients;

import backprop.autograd.Value;
import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * The network's forward pass built as an autograd graph, then differentiated by {@link Value#backward()}:
 * the automatic counterpart of the hand-written {@link DeltaRule}. Activations and losses are expressed
 * through their autograd forms, so no hand-derived derivative is used here. Each run builds a fresh
 * graph from the network's parameters and keeps it for reading.
 */
public final class AutogradPass implements BackwardPass {

    private final Network network;
    private final Loss lossFunction;
    /** The graph's labels (w1.., x1, h1, o1..): the shape never changes, so they are made once. */
    private final List<String> parameterNames;
    private final String[][] unitNames;
    private final int[] sizes;
    private List<Value> parameters = List.of();
    private List<Value> inputs = List.of();
    private List<Value> outputs = List.of();
    private Value loss;

    /** The pass for {@code network} with {@code loss}; it reads the network's parameters on every run. */
    public AutogradPass(Network network, Loss loss) {
        Passes.check(network, loss);
        this.network = network;
        this.lossFunction = loss;
        this.parameterNames = network.parameterNames();
        this.sizes = network.sizes();
        this.unitNames = new String[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            unitNames[l] = new String[sizes[l]];
            for (int u = 0; u < sizes[l]; u++) {
                unitNames[l][u] = network.unitName(l, u);
            }
        }
    }

    /** Builds the graph of one sample, runs backward(), and keeps the graph for reading. */
    public static AutogradPass of(Network network, double[] x, double[] y, Loss loss) {
        return Passes.runOnce(new AutogradPass(network, loss), network, x, y);
    }

    @Override
    public double run(double[] x, double[] y, double[] outputs, double[] gradient) {
        network.checkInput(x);
        lossFunction.checkTargets(y, network.outputCount());
        parameters = new ArrayList<>(parameterNames.size());
        for (String name : parameterNames) {
            parameters.add(Value.of(0.0, name));
        }
        inputs = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            inputs.add(Value.of(0.0, unitNames[0][i]));
        }
        feed(x);
        build(y);
        loss.backward();
        return read(outputs, gradient);
    }

    /** The graph for targets y on the leaves: the forward pass in autograd operations, then the loss. */
    private void build(double[] y) {
        boolean biases = network.hasBiases();
        List<Value> out = inputs;
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            // Parameters come grouped by sending unit: weight (from, to) sits at k + from * sizes[l] + to.
            List<Value> next = new ArrayList<>(sizes[l]);
            for (int to = 0; to < sizes[l]; to++) {
                List<Value> terms = new ArrayList<>();
                for (int from = 0; from < sizes[l - 1]; from++) {
                    terms.add(parameters.get(k + from * sizes[l] + to).mul(out.get(from)));
                }
                if (biases) {
                    terms.add(parameters.get(k + sizes[l - 1] * sizes[l] + to));
                }
                Value in = Value.sum(terms);
                next.add(network.activation(l).value(in).label(unitNames[l][to]));
            }
            k += sizes[l - 1] * sizes[l] + (biases ? sizes[l] : 0);
            out = next;
        }
        this.outputs = out;
        loss = lossFunction.value(out, y).label("loss");
    }

    /**
     * Gives the leaves the network's current parameters, in its order, and the input x; the graph above them
     * holds the values of the last run until it is built or replayed ({@link AutogradReplay}).
     */
    void feed(double[] x) {
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int from = 1; from <= sizes[l - 1]; from++) {
                for (int to = 1; to <= sizes[l]; to++) {
                    parameters.get(k++).set(network.weight(l, to, from));
                }
            }
            for (int to = 1; network.hasBiases() && to <= sizes[l]; to++) {
                parameters.get(k++).set(network.bias(l, to));
            }
        }
        for (int i = 0; i < x.length; i++) {
            inputs.get(i).set(x[i]);
        }
    }

    /** Copies the outputs and dL/dp out of the graph; returns the loss. */
    double read(double[] outputs, double[] gradient) {
        for (int o = 0; o < outputs.length; o++) {
            outputs[o] = this.outputs.get(o).data();
        }
        for (int q = 0; q < gradient.length; q++) {
            gradient[q] = parameters.get(q).grad();
        }
        return loss.data();
    }

    public double loss() {
        return loss.data();
    }

    /** The loss node: the root of the graph. */
    public Value lossNode() {
        return loss;
    }

    public double[] outputs() {
        return outputs.stream().mapToDouble(Value::data).toArray();
    }

    /** The parameter leaves, named w1.. and b1.., carrying their gradients. */
    public List<Value> parameters() {
        return List.copyOf(parameters);
    }

    /** dL/dparameter for every parameter, in the network's order. */
    public double[] gradient() {
        return parameters.stream().mapToDouble(Value::grad).toArray();
    }

    /**
     * What the graph names, under the names the hand calculation uses: each unit's output as
     * "out" + its unit name (outH1, outO1 ...; units are named by {@link Network#unitName}), "loss",
     * and each parameter's gradient as "dLossD" + its name (dLossDw1 ..., dLossDb1 ...). The net
     * inputs and deltas are unnamed inner nodes of the graph and are not listed.
     */
    public java.util.Map<String, Double> quantities() {
        java.util.Map<String, Double> q = new java.util.LinkedHashMap<>();
        for (Value v : loss.topologicalOrder()) {
            String label = v.label();
            if (label != null && !v.op().isEmpty() && !label.equals("loss")) {
                q.put("out" + Character.toUpperCase(label.charAt(0)) + label.substring(1), v.data());
            }
        }
        q.put("loss", loss.data());
        for (Value p : parameters) {
            q.put("dLossD" + p.label(), p.grad());
        }
        return q;
    }
}
