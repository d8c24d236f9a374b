package backprop.gradients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class OnePassTest {

    private static final Network NET = Examples.exercise();

    @Test
    void namesTheLossTheOutputGradientsAndTheWeightGradients() {
        OnePass half = OnePass.handWritten(NET, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        assertEquals(11, half.names().size());
        assertEquals("dL/do2", half.names().get(2));
        assertEquals(0.2097097937078311, half.value("loss"), 1e-16);
        assertEquals(-0.008421480461, half.value("dL/dw1"), 1e-12);
        assertEquals(9, OnePass.autograd(NET, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED).names().size());
        assertThrows(IllegalArgumentException.class, () -> half.value("dL/dw9"));
    }

    @Test
    void theMeanOfTwoOutputsIsTheHalfSumAndThePerOutputSumIsTwiceIt() {
        OnePass half = OnePass.handWritten(NET, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        OnePass mean = OnePass.handWritten(NET, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.MSE);
        OnePass sum = OnePass.handWritten(NET, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.MSE_SUMMED_PER_OUTPUT);
        assertEquals(11, mean.exactMultiplesOf(1, half));
        assertEquals(11, sum.exactMultiplesOf(2, half));
        assertEquals(0, sum.exactMultiplesOf(1, half));
        assertEquals(11, Arrays.stream(sum.ratioTo(half)).filter(r -> r == 2).count());
        OnePass auto = OnePass.autograd(NET, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        assertThrows(IllegalArgumentException.class, () -> auto.ratioTo(half));
    }
}
