package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Network;

/** The checks every backward pass makes when it is built. */
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
}
