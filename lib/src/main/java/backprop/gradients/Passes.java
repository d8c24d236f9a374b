package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Network;

/** What every backward pass does alike: the checks when it is built, one pass kept for reading. */
final class Passes {

    private Passes() {
    }

    static void check(Network network, Loss loss) {
        if (network == null) {
            throw new IllegalArgumentException("network = null; allowed: a Network, e.g. Examples.exercise()");
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss = null; allowed: one of " + Loss.ALL);
        }
    }

    /** Runs {@code pass} once on one sample and returns it, so that its quantities can be read. */
    static <P extends BackwardPass> P runOnce(P pass, Network network, double[] x, double[] y) {
        pass.run(x, y, new double[network.outputCount()], new double[network.parameterCount()]);
        return pass;
    }
}
