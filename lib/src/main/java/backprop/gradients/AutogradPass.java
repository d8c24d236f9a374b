package backprop.gradients;

import backprop.autograd.Value;
import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * The network's forward pass built as an autograd graph, then differentiated by {@link Value#backward()}:
 * the automatic counterpart of the hand-written {@link backprop.network.Backprop}. Activations and losses
 * are expressed through their autograd forms, so no hand-derived derivative is used here.
 */
public final class AutogradPass {

    private final List<Value> parameters;
    private final List<Value> outputs;
    private final Value loss;

    private AutogradPass(List<Value> parameters, List<Value> outputs, Value loss) {
        this.parameters = parameters;
        this.outputs = outputs;
        this.loss = loss;
    }

    /** Builds the graph of one sample, runs backward(), and keeps the graph for reading. */
    public static AutogradPass of(Network network, double[] x, double[] y, Loss loss) {
        network.checkInput(x);
        loss.checkTargets(y, network.outputCount());
        int[] sizes = network.sizes();
        boolean biases = network.hasBiases();
        double[] p = network.parameters();
        List<String> names = network.parameterNames();
        List<Value> parameters = new ArrayList<>(p.length);
        for (int k = 0; k < p.length; k++) {
            parameters.add(Value.of(p[k], names.get(k)));
        }

        List<Value> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            out.add(Value.of(x[i], network.unitName(0, i)));
        }
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
                next.add(network.activation(l).value(in).label(network.unitName(l, to)));
            }
            k += sizes[l - 1] * sizes[l] + (biases ? sizes[l] : 0);
            out = next;
        }
        Value lossNode = loss.value(out, y).label("loss");
        lossNode.backward();
        return new AutogradPass(List.copyOf(parameters), List.copyOf(out), lossNode);
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
        return parameters;
    }

    /** dL/dparameter for every parameter, in the network's order. */
    public double[] gradient() {
        double[] g = new double[parameters.size()];
        for (int k = 0; k < g.length; k++) {
            g[k] = parameters.get(k).grad();
        }
        return g;
    }
}
