package backprop.training;

import java.util.Arrays;

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

    /** Several step sizes: at least one, each finite and &gt; 0. */
    static double[] learningRates(String name, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " = " + Arrays.toString(values)
                    + "; allowed: one or more finite numbers > 0, e.g. {0.1, 1, 10}");
        }
        for (int i = 0; i < values.length; i++) {
            learningRate(name + "[" + i + "]", values[i]);
        }
        return values.clone();
    }

    /** An epoch count: 1 or more. */
    static int epochs(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " = " + value + "; allowed: 1 or more, e.g. 100");
        }
        return value;
    }

    /** Several epoch counts: at least one, each 1 or more. */
    static int[] epochs(String name, int[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " = " + Arrays.toString(values)
                    + "; allowed: one or more epoch counts >= 1, e.g. {1, 10, 50, 100}");
        }
        for (int i = 0; i < values.length; i++) {
            epochs(values.length == 1 ? name : name + "[" + i + "]", values[i]);
        }
        return values.clone();
    }

    /** Divergence is declared beyond factor * max(1, |first loss|): finite and &gt; 1. */
    static double divergenceFactor(double factor) {
        if (!(factor > 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("divergenceFactor = " + factor + "; allowed: a finite number > 1, e.g. 1000");
        }
        return factor;
    }

    /** Any setting that must be given: not null. */
    static <T> T given(String name, T value, String example) {
        if (value == null) {
            throw new IllegalArgumentException(name + " = null; allowed: " + example);
        }
        return value;
    }

    /** Two runs to compare: of networks with the same number of parameters; returns the epochs both reached. */
    static int comparableEpochs(TrainingRun a, TrainingRun b) {
        int p = a.initialNetwork().parameterCount(), q = b.initialNetwork().parameterCount();
        if (p != q) {
            throw new IllegalArgumentException("runs with " + p + " and " + q + " parameters; allowed: two runs of the same network");
        }
        return Math.min(a.epochsRun(), b.epochsRun());
    }
}
