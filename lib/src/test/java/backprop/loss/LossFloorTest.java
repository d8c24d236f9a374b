package backprop.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.activation.Activation;

import org.junit.jupiter.api.Test;

class LossFloorTest {

    private static final double[] Y = {0.23, -0.07};

    @Test
    void reluAndSigmoidCannotGoBelowZeroSoTheFloorIsHalfOfPoint07Squared() {
        LossFloor relu = LossFloor.of(Activation.RELU, Loss.HALF_SUM_SQUARED, Y);
        assertArrayEquals(new double[] {0.23, 0.0}, relu.closest(), 0.0);
        assertEquals(0.00245, relu.value(), 1e-18);
        assertTrue(relu.isLeast());
        assertEquals(relu.value(), LossFloor.of(Activation.SIGMOID, Loss.HALF_SUM_SQUARED, Y).value(), 0.0);
        // The per-output sum of MSELoss doubles it: the report's 0.0049.
        assertEquals(0.0049, LossFloor.of(Activation.RELU, Loss.MSE_SUMMED_PER_OUTPUT, Y).value(), 1e-18);
    }

    @Test
    void tanhReachesBothTargetsAndAFloorIsOnlyLeastForSquaredError() {
        assertEquals(0.0, LossFloor.of(Activation.TANH, Loss.HALF_SUM_SQUARED, Y).value(), 0.0);
        assertFalse(LossFloor.of(Activation.RELU, Loss.CROSS_ENTROPY, Y).isLeast());
        assertThrows(IllegalArgumentException.class, () -> LossFloor.of(null, Loss.MSE, Y));
    }
}
