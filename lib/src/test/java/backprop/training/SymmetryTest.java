package backprop.training;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tied hidden units stay tied under gradient descent; the given weights are not tied. */
class SymmetryTest {

    private static TrainingRun run(Activation a, Initialiser init, Loss loss) {
        return Training.of(Examples.exercise(a, init)).data(EXERCISE_X, EXERCISE_Y).loss(loss).learningRate(1).epochs(50).run();
    }

    @Test
    void aZeroStartStaysTiedAndTheGivenStartIsNot() {
        TrainingRun zero = run(Activation.SIGMOID, Initialiser.zeros(), Loss.HALF_SUM_SQUARED);
        assertArrayEquals(new double[4], Symmetry.largestWeightGaps(zero));
        assertArrayEquals(new double[4], Symmetry.largestGradientGaps(zero));
        assertEquals(0, Symmetry.largestHiddenGap(zero, EXERCISE_X));
        assertTrue(Symmetry.tied(zero.finalWeights()));
        assertTrue(Symmetry.largestGradient(zero) > 0.01);

        TrainingRun given = run(Activation.SIGMOID, Initialiser.given(Examples.EXERCISE_WEIGHTS), Loss.HALF_SUM_SQUARED);
        assertFalse(Symmetry.tied(given.finalWeights()));
        assertTrue(Symmetry.largestWeightGaps(given)[0] >= 0.6, "|w1 - w2| starts at 0.6");
        assertTrue(Symmetry.largestHiddenGap(given, EXERCISE_X) > 0.01);
        assertEquals(List.of("w1 vs w2", "w3 vs w4", "w5 vs w7", "w6 vs w8"), Symmetry.pairNames());
    }

    @Test
    void floorsOfTiedHiddenUnitsOnTheTwoSampleTask() {
        double[][] y = {{0.8, 0.8}, {0.8, 0.2}};
        // equal outputs: o2 = 0.5 on both samples, (1/2 * 0.3^2 + 1/2 * 0.3^2) / 2 = 0.045; o1 = 0.8 costs nothing
        assertEquals(0.045, Symmetry.equalOutputsFloor(y), 1e-15);
        // one side of 1/2: o2 >= 1/2 leaves 0.2 at least 0.3 away on sample 2: 1/2 * 0.09 / 2 = 0.0225
        assertEquals(0.0225, Symmetry.tiedSigmoidFloor(y), 1e-15);
        assertEquals(0, Symmetry.tiedSigmoidFloor(new double[][] {{0.8, 0.2}, {0.9, 0.1}}), 0);
    }

    @Test
    void reluWithCrossEntropyFromZeroNeverMoves() {
        TrainingRun zero = run(Activation.RELU, Initialiser.zeros(), Loss.CROSS_ENTROPY);
        assertEquals(0, Symmetry.largestGradient(zero));
        // the report's float32 printout 0.1109035537; in double it is 0.16 ln 2
        assertEquals(0.1109035537, zero.finalLoss(), 1e-8);
        assertEquals(0.16 * Math.log(2), zero.finalLoss(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Symmetry.tied(new double[3]));
    }
}
