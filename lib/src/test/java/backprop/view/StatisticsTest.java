package backprop.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void maxAbsDifferenceTreatsTheSameBreakdownAsAgreement() {
        assertEquals(0.25, Statistics.maxAbsDifference(new double[] {1, -0.5, 3}, new double[] {1, -0.25, 3.125}));
        assertEquals(0, Statistics.maxAbsDifference(new double[] {NAN, INF}, new double[] {NAN, INF}));
        assertEquals(NAN, Statistics.maxAbsDifference(new double[] {1, NAN}, new double[] {1, 2}));
        assertEquals(INF, Statistics.maxAbsDifference(new double[] {INF}, new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.maxAbsDifference(new double[1], new double[2]));
        assertEquals("arrays of 1 and 2 values; allowed: the same length", e.getMessage());
    }

    @Test
    void relativeDifferenceIsToTheLargerMagnitude() {
        assertEquals(0.5, Statistics.relativeDifference(-2, -1));
        assertEquals(0, Statistics.relativeDifference(0, 0));
        assertEquals(1, Statistics.relativeDifference(0, 1e-300));
        // Report 003's float32 one-ulp difference at epoch 8.
        assertEquals(1.257e-7, Statistics.relativeDifference(0.11853284388780594, 0.11853282898664474), 1e-9);
        assertEquals(0.5, Statistics.maxRelativeDifference(new double[] {1, 4}, new double[] {1.1, 2}));
    }

    @Test
    void quantilesInterpolateLinearlyBetweenOrderStatistics() {
        double[] values = {3, 1, 4, 1, 5};
        // sorted 1 1 3 4 5: h = 4p
        assertEquals(1, Statistics.quantile(values, 0));
        assertEquals(3, Statistics.quantile(values, 0.5));
        assertEquals(5, Statistics.quantile(values, 1));
        assertEquals(1 + 0.6 * 2, Statistics.quantile(values, 0.4), 1e-15);
        assertArrayEquals(new double[] {1, 4.5}, Statistics.quantiles(values, 0.25, 0.875));
        assertEquals(7, Statistics.quantile(new double[] {7}, 0.3));
        assertEquals(INF, Statistics.quantile(new double[] {0, INF}, 1));
        assertEquals(3, values[0], "the caller's array stays unsorted");
    }

    @Test
    void quantilesRefuseNaNNoValuesAndPOutsideZeroToOne() {
        assertEquals("values contain NaN; allowed: numbers (leave out the runs that broke)",
                assertThrows(IllegalArgumentException.class, () -> Statistics.quantile(new double[] {1, NAN}, 0.5)).getMessage());
        assertEquals("values: none given; allowed: at least one value",
                assertThrows(IllegalArgumentException.class, () -> Statistics.quantile(new double[0], 0.5)).getMessage());
        assertEquals("p = 1.5; allowed: 0 to 1",
                assertThrows(IllegalArgumentException.class, () -> Statistics.quantile(new double[] {1}, 1.5)).getMessage());
    }

    @Test
    void dotIsTheSumOfProductsAndRefusesArraysOfDifferentLength() {
        assertEquals(1 * 0.5 - 2 * 0.25 + 3 * 4, Statistics.dot(new double[] {1, -2, 3}, new double[] {0.5, 0.25, 4}));
        assertEquals("2 and 1 values; allowed: two arrays of the same length",
                assertThrows(IllegalArgumentException.class, () -> Statistics.dot(new double[2], new double[1])).getMessage());
    }
}
