package backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.loss.Loss;
import backprop.network.Examples;

import org.junit.jupiter.api.Test;

class ScaledRunsTest {

    private static TrainingRun run(Loss loss, double step) {
        return Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(loss)
                .learningRate(step).epochs(50).run();
    }

    @Test
    void thePerOutputSumAtStepOneIsTheHalfSumAtStepTwo() {
        ScaledRuns s = ScaledRuns.compare(run(Loss.MSE_SUMMED_PER_OUTPUT, 1), run(Loss.HALF_SUM_SQUARED, 2), 2);
        assertTrue(s.identical(), s.toString());
        assertEquals(50, s.exactLossEpochs());
    }

    @Test
    void thePerOutputSumAtStepOneIsNotTheHalfSumAtStepOne() {
        ScaledRuns s = ScaledRuns.compare(run(Loss.MSE_SUMMED_PER_OUTPUT, 1), run(Loss.HALF_SUM_SQUARED, 1), 2);
        assertFalse(s.identical());
        assertTrue(s.maxWeightDifference() > 0.01, s.toString());
        assertEquals(1, s.exactLossEpochs()); // only the first epoch, before the steps differ
    }
}
