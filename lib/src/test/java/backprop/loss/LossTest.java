package backprop.loss;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class LossTest {

    @Test
    void crossEntropyWithProbabilityTargetsIsMinusSumYLogSoftmax() {
        double[] o = {0.4, -1.2, 2.0};
        double[] y = {0.2, 0.3, 0.5};
        double sum = Math.exp(0.4) + Math.exp(-1.2) + Math.exp(2.0);
        double expected = -(0.2 * Math.log(Math.exp(0.4) / sum) + 0.3 * Math.log(Math.exp(-1.2) / sum)
                + 0.5 * Math.log(Math.exp(2.0) / sum));
        assertEquals(expected, Loss.CROSS_ENTROPY.value(o, y), 1e-15);
        assertArrayEquals(new double[] {Math.exp(0.4) / sum - 0.2, Math.exp(-1.2) / sum - 0.3, Math.exp(2.0) / sum - 0.5},
                Loss.CROSS_ENTROPY.gradient(o, y), 1e-15);
    }

    @Test
    void crossEntropyWithAClassIndexEqualsOneHotProbabilities() {
        double[] o = {0.4, -1.2, 2.0};
        assertEquals(Loss.CROSS_ENTROPY.value(o, new double[] {0, 1, 0}),
                Loss.CROSS_ENTROPY_CLASS_INDEX.value(o, new double[] {1}), 1e-15);
        assertArrayEquals(Loss.CROSS_ENTROPY.gradient(o, new double[] {0, 1, 0}),
                Loss.CROSS_ENTROPY_CLASS_INDEX.gradient(o, new double[] {1}), 1e-15);
    }

    @Test
    void crossEntropyWarnsAboutInvalidProbabilities() {
        // Bounded outputs (sigmoid) keep the loss above a finite floor, so the warning must not promise minus infinity.
        assertEquals("target y2 = -0.07 is a negative probability: cross-entropy is then unbounded below as a"
                + " function of the outputs; with unbounded outputs (ReLU, identity) training can drive it to minus"
                + " infinity", Loss.CROSS_ENTROPY.warning(new double[] {0.23, -0.07}));
        assertNotNull(Loss.CROSS_ENTROPY.warning(new double[] {0.23, 0.07}));
        assertNull(Loss.CROSS_ENTROPY.warning(new double[] {0.77, 0.23}));
    }

    @Test
    void binaryCrossEntropyIsTheMeanOverOutputs() {
        double[] o = {0.3, 0.9};
        double[] y = {0.0, 1.0};
        assertEquals(-(Math.log(0.7) + Math.log(0.9)) / 2, Loss.BINARY_CROSS_ENTROPY.value(o, y), 1e-15);
        assertArrayEquals(new double[] {1 / 0.7 / 2, -1 / 0.9 / 2}, Loss.BINARY_CROSS_ENTROPY.gradient(o, y), 1e-15);
        // torch clamps log at -100 so a saturated output stays finite.
        assertEquals(50.0, Loss.BINARY_CROSS_ENTROPY.value(new double[] {0.0, 1.0}, new double[] {1.0, 1.0}), 0.0);
    }

    @Test
    void mseReductions() {
        double[] o = {1.0, 2.0, 4.0};
        double[] y = {0.0, 0.0, 0.0};
        assertEquals(21.0 / 3, Loss.MSE.value(o, y), 1e-15);
        assertEquals(21.0, Loss.MSE_SUMMED_PER_OUTPUT.value(o, y), 1e-15);
        assertArrayEquals(new double[] {2.0 / 3, 4.0 / 3, 8.0 / 3}, Loss.MSE.gradient(o, y), 1e-15);
    }
}
