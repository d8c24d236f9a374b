package backprop.training;

/**
 * The allowed values of the training settings, stated once: {@link Training}, {@link Sweep} and
 * {@link Hyperparameters} all check through here, so they accept exactly the same values.
 */
final class Rules {

    private Rules() {
    }

    /** A step size: finite and &gt; 0. */
    static double learningRate(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + "; allowed: a finite number > 0, e.g. 1.0");
        }
        return value;
    }

    /** Divergence is declared beyond factor * max(1, |first loss|): finite and &gt; 1. */
    static double divergenceFactor(double factor) {
        if (!(factor > 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("divergenceFactor = " + factor + "; allowed: a finite number > 1, e.g. 1000");
        }
        return factor;
    }
}
