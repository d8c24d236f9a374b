package backprop.training;

import backprop.view.Numbers;

/** Why and when training stopped early: the loss or a weight became NaN/infinite, or the loss ran away. */
public record Divergence(int epoch, String reason) {

    /**
     * The divergence after epoch {@code epoch}, or null while the run is healthy: a non-finite loss or
     * weight, or |loss| beyond {@code limit}.
     */
    static Divergence check(int epoch, double loss, double[] weights, double limit) {
        if (!Double.isFinite(loss)) {
            return new Divergence(epoch, "the loss became " + loss);
        }
        for (int k = 0; k < weights.length; k++) {
            if (!Double.isFinite(weights[k])) {
                return new Divergence(epoch, "parameter " + (k + 1) + " became " + weights[k]);
            }
        }
        if (Math.abs(loss) > limit) {
            // Say which way: a loss that falls below -limit did not overshoot, it has no lower bound here.
            String shown = Numbers.format(Math.abs(loss));
            String bound = Numbers.format(limit);
            return new Divergence(epoch, "|loss| = " + shown + " exceeded " + bound
                    + (loss > 0 ? " (the loss grew past it)" : " (the loss fell below -" + bound + ")"));
        }
        return null;
    }

    @Override
    public String toString() {
        return "diverged at epoch " + epoch + ": " + reason;
    }
}
