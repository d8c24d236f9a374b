package backprop.training;

import backprop.network.ForwardPass;
import backprop.network.Network;

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
        double m = 0;
        Network n = run.initialNetwork();
        for (int e = 1; e <= run.epochsRun(); e++) {
            ForwardPass pass = n.forward(x);
            for (int l = 1; l <= n.layerCount(); l++) {
                for (double z : pass.in(l)) {
                    m = Math.max(m, Math.abs(z));
                }
            }
            n = n.withParameters(run.epoch(e).weights());
        }
        return m;
    }
}
