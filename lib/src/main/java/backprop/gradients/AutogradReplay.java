package backprop.gradients;

import backprop.activation.Activation;
import backprop.autograd.Tape;
import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training loop's fast path for automatic differentiation: {@link AutogradPass}'s graph, built once
 * per target and then replayed ({@link Tape}) with the network's current parameters and each sample's
 * input, instead of a fresh graph of new {@code Value}s every step. The numbers are AutogradPass's bit
 * for bit: every node runs the same operation's formulas in the same order (AutogradReplayTest).
 *
 * <p>A graph is replayed only where its shape cannot have changed. The network's shape, activations and
 * loss are fixed for one pass; the targets can shape the graph (a class index picks an output, target
 * values are constants in it), so each distinct target vector gets its own graph, up to
 * {@link #MAX_GRAPHS}; further targets get a fresh graph per step. The library's own activations and
 * losses build graphs whose shape depends on nothing else; any other activation or loss might branch on
 * a value, so with one of those every step builds a fresh graph.
 */
public final class AutogradReplay implements BackwardPass {

    /** How many distinct target vectors keep a graph: a classification's classes, a small table's rows. */
    static final int MAX_GRAPHS = 64;

    private final Network network;
    private final Loss lossFunction;
    private final boolean replayable;
    private final AutogradPass fresh;
    private final List<Recorded> recorded = new ArrayList<>();

    /** A graph built for one target vector, and its tape. */
    private record Recorded(double[] targets, AutogradPass graph, Tape tape) {
    }

    public AutogradReplay(Network network, Loss loss) {
        this.fresh = new AutogradPass(network, loss);
        this.network = network;
        this.lossFunction = loss;
        this.replayable = Loss.ALL.contains(loss) && Activation.ALL.containsAll(network.activations());
    }

    @Override
    public double run(double[] x, double[] y, double[] outputs, double[] gradient) {
        for (int i = 0; i < recorded.size(); i++) {
            Recorded r = recorded.get(i);
            // Arrays.equals compares the doubles' bits: the graph's constants are exactly these targets.
            if (Arrays.equals(r.targets, y)) {
                network.checkInput(x);
                r.graph.feed(x);
                r.tape.replay();
                return r.graph.read(outputs, gradient);
            }
        }
        if (!replayable || recorded.size() == MAX_GRAPHS) {
            return fresh.run(x, y, outputs, gradient);
        }
        AutogradPass graph = new AutogradPass(network, lossFunction);
        double loss = graph.run(x, y, outputs, gradient);
        recorded.add(new Recorded(y.clone(), graph, new Tape(graph.lossNode())));
        return loss;
    }
}
