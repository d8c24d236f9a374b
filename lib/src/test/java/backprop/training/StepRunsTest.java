package backprop.training;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run per step, labelled by the step; the rising ones picked out; the same runs as a sweep's. */
class StepRunsTest {

    private static final Training SETUP = Training.of(Examples.exercise(Activation.SIGMOID)).data(EXERCISE_X, EXERCISE_Y)
            .loss(Loss.HALF_SUM_SQUARED).epochs(300);

    @Test
    void eachStepIsTrainedOnceAndLabelledByIt() {
        Map<String, TrainingRun> runs = StepRuns.of(SETUP, 0.5, 1, 200);
        assertEquals(List.of("step 0.5", "step 1", "step 200"), List.copyOf(runs.keySet()));
        assertEquals(300, runs.get("step 1").epochsRun());
        assertEquals(1, runs.get("step 1").learningRate());
        // Experiment 2's step-1 run (Report 000 and ASSIGNMENT.md): loss 0.0211 at epoch 50.
        assertEquals(0.0211, runs.get("step 1").lossAt(50), 5e-5);
        assertThrows(IllegalArgumentException.class, () -> StepRuns.of(SETUP, 0.5, -1));
    }

    @Test
    void risingKeepsTheRunsWhoseLossGoesUpSomewhere() {
        Map<String, TrainingRun> runs = StepRuns.of(SETUP, 1, 200);
        Map<String, TrainingRun> rising = StepRuns.rising(runs);
        assertEquals(List.of("step 200"), List.copyOf(rising.keySet()));
        List<Double> losses = java.util.Arrays.stream(runs.get("step 200").losses()).boxed().toList();
        boolean goesUp = false;
        for (int e = 1; e < losses.size(); e++) {
            goesUp |= losses.get(e) > losses.get(e - 1);
        }
        assertTrue(goesUp, "step 200 was picked without a rise");
    }

    @Test
    void theGapToASweepOfTheSameSetupIsZeroAndToAnotherLossIsNot() {
        Map<String, TrainingRun> runs = StepRuns.of(SETUP, 0.5, 2);
        SweepResult same = SETUP.sweep().learningRates(0.5, 2).epochs(10, 300).run();
        assertEquals(0, StepRuns.largestGapToSweep(runs, same));
        SweepResult other = SETUP.loss(Loss.MSE_SUMMED_PER_OUTPUT).sweep().learningRates(0.5, 2).epochs(300).run();
        assertTrue(StepRuns.largestGapToSweep(runs, other) > 1e-3);
    }
}
