package backprop.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.StringJoiner;

/**
 * How the notebooks write numbers: {@value #DIGITS} significant digits unless a page is about
 * agreement to the last digit ({@link #full}). Trailing zeros are dropped (0.5, not 0.500000);
 * magnitudes below 1e-4 or from 1e6 up are written in scientific notation (6.93889e-18, 4.2e6),
 * where a plain decimal would be a row of zeros; zero is 0 (also -0.0), the non-finite values
 * NaN, ∞ and -∞. Rounding is half-even on the exact binary value, so no locale or JDK changes a digit.
 */
public final class Numbers {

    /** Significant digits of {@link #format(double)}: enough to see a change in a loss, few enough to read. */
    public static final int DIGITS = 6;

    /** Below this magnitude a plain decimal starts with four or more zeros. */
    private static final double SMALLEST_PLAIN = 1e-4;
    /** From this magnitude a plain decimal has seven or more digits before the point. */
    private static final double LARGEST_PLAIN = 1e6;
    /** Seventeen significant digits identify every double. */
    private static final int MAX_DIGITS = 17;

    private Numbers() {
    }

    /** {@code x} to {@value #DIGITS} significant digits. */
    public static String format(double x) {
        return format(x, DIGITS);
    }

    /** {@code x} to {@code significantDigits} (1 to 17) significant digits. */
    public static String format(double x, int significantDigits) {
        checkDigits(significantDigits);
        if (!Double.isFinite(x) || x == 0) {
            return special(x);
        }
        return write(rounded(x, significantDigits));
    }

    /**
     * {@code x} to exactly {@code significantDigits} (1 to 17), trailing zeros kept: 0.350 to 3 digits, as
     * a report that printed 3 digits wrote it.
     */
    public static String withDigits(double x, int significantDigits) {
        checkDigits(significantDigits);
        if (!Double.isFinite(x) || x == 0) {
            return special(x);
        }
        return write(new BigDecimal(x).round(new MathContext(significantDigits, RoundingMode.HALF_EVEN)));
    }

    private static void checkDigits(int significantDigits) {
        if (significantDigits < 1 || significantDigits > MAX_DIGITS) {
            throw new IllegalArgumentException("significantDigits = " + significantDigits + "; allowed: 1 to " + MAX_DIGITS);
        }
    }

    /**
     * {@code x} with the fewest significant digits (at most 17) that read back as exactly this
     * double: for the pages where two computations agree, or not, in the last bit.
     */
    public static String full(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return special(x);
        }
        for (int digits = 1; digits < MAX_DIGITS; digits++) {
            BigDecimal candidate = rounded(x, digits);
            if (candidate.doubleValue() == x) {
                return write(candidate);
            }
        }
        return write(rounded(x, MAX_DIGITS));
    }

    /** "name = value" for a sentence, e.g. {@code named("loss", 0.0103428)} is "loss = 0.0103428". */
    public static String named(String name, double value) {
        return name + " = " + format(value);
    }

    /** "w1 = 0.208421, w2 = -0.412607": one {@link #named} pair per name, in order. */
    public static String named(List<String> names, double... values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + names.size() + " names; allowed: one value per name");
        }
        StringJoiner text = new StringJoiner(", ");
        for (int i = 0; i < values.length; i++) {
            text.add(named(names.get(i), values[i]));
        }
        return text.toString();
    }

    private static BigDecimal rounded(double x, int digits) {
        return new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String special(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        return "0";
    }

    /** Decides plain or scientific after rounding, so 999999.7 becomes 1e6, not 1000000. */
    private static String write(BigDecimal d) {
        double magnitude = Math.abs(d.doubleValue());
        if (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN) {
            return d.toPlainString();
        }
        int exponent = d.precision() - d.scale() - 1;
        return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }
}
