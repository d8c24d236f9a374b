package backprop.training;

import backprop.network.ForwardPass;
import backprop.network.Network;

import java.util.function.DoubleUnaryOperator;

/** The net inputs z = in(layer) the units of a network see during a training run. */
public final class NetInputs {

    private NetInputs() {
    }

    /**
     * The largest |z| any hidden or output unit sees on input x in any epoch of the run (the forward
     * pass of epoch e uses the weights after e-1 updates). It says whether an activation's large-|z|
     * behaviour (saturation, overflow) can matter in that training at all.
     */
    public static double largestAbs(TrainingRun run, double[] x) {
        return largest(run, x, Math::abs);
    }

    /**
     * The highest z, sign kept: only large positive z makes torch.sigmoid's y(1-y) lose digits (1 - y
     * cancels), while large negative z costs it none.
     */
    public static double highest(TrainingRun run, double[] x) {
        return largest(run, x, z -> z);
    }

    /** The lowest z, sign kept: the written-out sigmoid's autograd gradient loses its value for large negative z. */
    public static double lowest(TrainingRun run, double[] x) {
        return -largest(run, x, z -> -z);
    }

    private static double largest(TrainingRun run, double[] x, DoubleUnaryOperator measure) {
        double m = Double.NEGATIVE_INFINITY;
        Network n = run.initialNetwork();
        for (int e = 1; e <= run.epochsRun(); e++) {
            ForwardPass pass = n.forward(x);
            for (int l = 1; l <= n.layerCount(); l++) {
                for (double z : pass.in(l)) {
                    m = Math.max(m, measure.applyAsDouble(z));
                }
            }
            n = n.withParameters(run.epoch(e).weights());
        }
        return m;
    }
}
