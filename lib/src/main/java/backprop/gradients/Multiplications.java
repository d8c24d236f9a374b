package backprop.gradients;

/**
 * Multiplies and counts: {@code m.times(a, b, c)} is a * b * c and adds 2 to {@link #count()}, so a
 * formula written with it says how many multiplications it took. Additions and subtractions are
 * not counted: the slope o (1 - o) of a sigmoid costs one multiplication.
 *
 * <pre>{@code
 * Multiplications m = new Multiplications();
 * double deltaO1 = m.times(o1 - y1, o1, 1 - o1);   // 2 multiplications
 * m.count()                                          // 2
 * }</pre>
 */
public final class Multiplications {

    private long count;

    /** The product of the factors (at least two); counts factors.length - 1 multiplications. */
    public double times(double... factors) {
        if (factors.length < 2) {
            throw new IllegalArgumentException(factors.length + " factor(s); allowed: 2 or more, as in times(a, b)");
        }
        double product = factors[0];
        for (int i = 1; i < factors.length; i++) {
            product *= factors[i];
        }
        count += factors.length - 1;
        return product;
    }

    /** The multiplications done so far. */
    public long count() {
        return count;
    }

    @Override
    public String toString() {
        return count + " multiplications";
    }
}
