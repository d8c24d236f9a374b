package backprop.loss;

import backprop.activation.Activation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Float targets y as torch's CrossEntropyLoss reads them, class probabilities, and what they allow
 * the loss to do. With S = sum y the gradient is dL/do_c = softmax(o)_c S - y_c, and softmax(o)_c
 * lies in (0, 1) whatever the outputs, so
 * <pre>
 *   min(0, S) - y_c  &lt;=  dL/do_c  &lt;=  max(0, S) - y_c .
 * </pre>
 * When the upper bound is negative, o_c is pushed up at every step and the gradient never vanishes;
 * when the lower bound is positive, o_c is pushed down at every step. For a distribution
 * (y_c &gt;= 0, S = 1) neither bound excludes 0 and the loss has its minimum H(y) where softmax(o) = y;
 * the exercise's y = (0.23, -0.07) gives bounds -0.07 and 0.07: a loss without a minimum.
 */
public final class ProbabilityTargets {

    private final double[] y;
    private final double sum;

    private ProbabilityTargets(double[] y) {
        this.y = y;
        this.sum = Arrays.stream(y).sum();
    }

    /** The targets y_1 .. y_K (at least two, finite): no sign or sum is required, as in torch. */
    public static ProbabilityTargets of(double... y) {
        if (y == null || y.length < 2 || !Arrays.stream(y).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("y = " + Arrays.toString(y) + "; allowed: two or more finite targets");
        }
        return new ProbabilityTargets(y.clone());
    }

    public double[] targets() {
        return y.clone();
    }

    /** S = y_1 + ... + y_K. */
    public double sum() {
        return sum;
    }

    /** max(0, S) - y_c: dL/do_c is never above it (c from 1). */
    public double gradientAtMost(int c) {
        return Math.max(0, sum) - y[check(c)];
    }

    /** min(0, S) - y_c: dL/do_c is never below it (c from 1). */
    public double gradientAtLeast(int c) {
        return Math.min(0, sum) - y[check(c)];
    }

    /** Whether dL/do_c &lt; 0 for every output: gradient descent raises o_c at every step. */
    public boolean pushesUp(int c) {
        return gradientAtMost(c) < 0;
    }

    /** Whether dL/do_c &gt; 0 for every output: gradient descent lowers o_c at every step. */
    public boolean pushesDown(int c) {
        return gradientAtLeast(c) > 0;
    }

    /** Whether some dL/do_c is kept away from 0, so that no outputs at all make the gradient vanish. */
    public boolean gradientNeverVanishes() {
        for (int c = 1; c <= y.length; c++) {
            if (pushesUp(c) || pushesDown(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least cross-entropy over outputs in [lowest, highest] of {@code output} (for each output),
     * when every dL/do_c has a fixed sign: the loss then falls along each axis, so its least value on
     * that box is at the corner with o_c = highest where o_c is pushed up and lowest where it is pushed
     * down. Empty when some sign is not fixed (the least value may be inside the box) or when that
     * corner is infinite (a ReLU output pushed up: the loss has no least value).
     */
    public Optional<LossFloor> leastOn(Activation output) {
        if (output == null) {
            throw new IllegalArgumentException("output = null; allowed: an Activation, e.g. Activation.SIGMOID");
        }
        double[] corner = new double[y.length];
        for (int c = 1; c <= y.length; c++) {
            if (!pushesUp(c) && !pushesDown(c)) {
                return Optional.empty();
            }
            corner[c - 1] = pushesUp(c) ? output.highest() : output.lowest();
        }
        if (!Arrays.stream(corner).allMatch(Double::isFinite)) {
            return Optional.empty();
        }
        return Optional.of(new LossFloor(corner, Loss.CROSS_ENTROPY.value(corner, y), true));
    }

    private int check(int c) {
        if (c < 1 || c > y.length) {
            throw new IllegalArgumentException("output c = " + c + "; allowed: 1 to " + y.length);
        }
        return c - 1;
    }
}
