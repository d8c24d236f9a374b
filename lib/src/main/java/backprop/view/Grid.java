package backprop.view;

/** Equally spaced sample points, for tables and charts of a function such as an activation. */
public final class Grid {

    private Grid() {
    }

    /**
     * {@code points} values from {@code from} to {@code to}, both ends included, equally spaced:
     * {@code linear(-6, 6, 13)} is -6, -5, ..., 6. The ends are exact; no rounding error piles up.
     */
    public static double[] linear(double from, double to, int points) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("from = " + from + ", to = " + to + "; allowed: finite numbers with from < to");
        }
        if (points < 2) {
            throw new IllegalArgumentException("points = " + points + "; allowed: 2 or more (both ends are included)");
        }
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            // from + i * step would drift; weighting the two ends keeps x[0] = from and x[points - 1] = to.
            double t = (double) i / (points - 1);
            x[i] = i == points - 1 ? to : from + t * (to - from);
        }
        return x;
    }
}
