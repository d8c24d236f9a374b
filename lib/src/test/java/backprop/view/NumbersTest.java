package backprop.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {

    @Test
    void withDigitsKeepsTheTrailingZerosAReportPrints() {
        assertEquals("0.350", Numbers.withDigits(0.35, 3));
        assertEquals("-0.00843", Numbers.withDigits(-0.00843161, 3));
        assertEquals("-8.93e-9", Numbers.withDigits(-8.92816e-9, 3));
        assertEquals("-50.90", Numbers.withDigits(-50.9014, 4));
        assertEquals("0", Numbers.withDigits(0, 3));
        assertThrows(IllegalArgumentException.class, () -> Numbers.withDigits(1, 0));
    }

    @Test
    void sixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.20971", Numbers.format(0.2097097937078311));
        assertEquals("0.0103428", Numbers.format(0.010342811));
        assertEquals("-0.412607", Numbers.format(-0.41260665307));
        assertEquals("0.5", Numbers.format(0.5));
        assertEquals("100", Numbers.format(100));
        assertEquals("727.16", Numbers.format(727.16));
        assertEquals("123457", Numbers.format(123456.7));
    }

    @Test
    void scientificBelowOneTenThousandthAndFromOneMillion() {
        assertEquals("0.0001", Numbers.format(1e-4));
        assertEquals("9.99999e-5", Numbers.format(0.0000999999));
        assertEquals("6.93889e-18", Numbers.format(6.938893903907228e-18));
        assertEquals("4.47e-309", Numbers.format(4.47e-309));
        assertEquals("4.2e6", Numbers.format(4.2e6));
        assertEquals("-295000", Numbers.format(-295_123, 3));
        // Rounding first: 999999.7 has six digits only as 1.00000e6.
        assertEquals("1e6", Numbers.format(999_999.7));
    }

    @Test
    void zeroNaNAndInfinities() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("∞", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-∞", Numbers.format(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", Numbers.full(Double.NaN));
    }

    @Test
    void fullPrecisionIsTheShortestTextThatReadsBackAsTheSameDouble() {
        assertEquals("0.2097097937078311", Numbers.full(0.2097097937078311));
        assertEquals("0.1", Numbers.full(0.1));
        assertEquals("0.30000000000000004", Numbers.full(0.1 + 0.2));
        assertEquals("0.11853284388780594", Numbers.full(0.11853284388780594));
        assertEquals("6.938893903907228e-18", Numbers.full(6.938893903907228e-18));
        for (double x : new double[] {Math.PI, 1 / 3.0, 2e-323, Double.MAX_VALUE, 0.008421480461, -1e300 / 7}) {
            assertEquals(x, Double.parseDouble(Numbers.full(x)), Numbers.full(x));
        }
    }

    @Test
    void namedValuesForSentences() {
        assertEquals("loss = 0.0103428", Numbers.named("loss", 0.010342811));
        assertEquals("o1 = 0.2378, o2 = 0.0736", Numbers.named(List.of("o1", "o2"), 0.2378, 0.0736));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numbers.named(List.of("o1"), 1, 2));
        assertEquals("2 values for 1 names; allowed: one value per name", e.getMessage());
    }

    @Test
    void refusesImpossibleDigitCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numbers.format(1, 0));
        assertEquals("significantDigits = 0; allowed: 1 to 17", e.getMessage());
    }
}
