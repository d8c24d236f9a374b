package backprop.activation;

import java.util.function.DoublePredicate;

/**
 * Where the sigmoid 1 / (1 + e^-z) stops behaving like the mathematical function in a floating-point
 * format, found by bisection on that format's own arithmetic (not typed in):
 * from {@link #roundsToOneFrom()} on, sigma rounds to exactly 1, so y (1 - y) (torch.sigmoid's
 * backward) is exactly 0; the written-out form differentiated by autograd multiplies by r^2, r = sigma(z),
 * which below {@link #squareSubnormalBelow()} is no longer a normal number (the gradient loses digits) and
 * below {@link #squareZeroBelow()} is 0; below {@link #expOverflowsBelow()}, e^-z overflows to Infinity, and
 * that form gives Infinity * 0 = NaN.
 *
 * @param precision            "float64" or "float32"
 * @param roundsToOneFrom      the smallest z &gt; 0 at which sigma(z) == 1 in this format (up to bisection, 1e-12)
 * @param expOverflowsBelow    the z below which e^-z is Infinity in this format
 * @param squareSubnormalBelow the z below which sigma(z)^2 is below the format's smallest normal number
 * @param squareZeroBelow      the z below which sigma(z)^2 is 0
 */
public record SigmoidLimits(String precision, double roundsToOneFrom, double expOverflowsBelow, double squareSubnormalBelow,
                            double squareZeroBelow) {

    /** The limits in double precision: about 36.74, -709.78, -354.2 and -372.5. */
    public static SigmoidLimits float64() {
        return new SigmoidLimits("float64",
                boundary(z -> 1.0 / (1.0 + Math.exp(-z)) == 1.0, 0, 100),
                -boundary(t -> Double.isInfinite(Math.exp(t)), 0, 1000),
                -boundary(t -> square64(-t) < Double.MIN_NORMAL, 0, 700),
                -boundary(t -> square64(-t) == 0, 0, 700));
    }

    /** The limits in single precision (float32, PyTorch's default dtype): about 16.64, -88.72, -43.7 and -51.9. */
    public static SigmoidLimits float32() {
        return new SigmoidLimits("float32",
                boundary(z -> 1f / (1f + (float) Math.exp(-(float) z)) == 1f, 0, 100),
                -boundary(t -> Float.isInfinite((float) Math.exp((float) t)), 0, 1000),
                -boundary(t -> square32(-t) < Float.MIN_NORMAL, 0, 80),
                -boundary(t -> square32(-t) == 0f, 0, 80));
    }

    private static double square64(double z) {
        double r = 1.0 / (1.0 + Math.exp(-z));
        return r * r;
    }

    private static float square32(double z) {
        float r = 1f / (1f + (float) Math.exp(-(float) z));
        return r * r;
    }

    /** The smallest x in [lo, hi] where {@code test} turns true (false at lo, true at hi), by bisection. */
    static double boundary(DoublePredicate test, double lo, double hi) {
        if (test.test(lo) || !test.test(hi)) {
            throw new IllegalArgumentException("the test must be false at " + lo + " and true at " + hi);
        }
        while (hi - lo > 1e-12) {
            double mid = (lo + hi) / 2;
            if (test.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
