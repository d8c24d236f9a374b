package backprop.training;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small steps descend monotonically and agree between the two backward passes; huge ones do not. */
class StepBehaviourTest {

    private static StepBehaviour grid(Activation activation, double... rates) {
        Training config = Training.of(Examples.exercise(activation)).data(EXERCISE_X, EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED);
        return StepBehaviour.of(config, config.sweep().learningRates(rates).epochs(1, 100, 1000).run());
    }

    @Test
    void theExerciseAtStepOneIsMonotoneAndOrderly() {
        StepBehaviour b = grid(Activation.SIGMOID, 0.5, 1);
        TrainingRun one = b.runs().get(1);
        assertEquals("monotone", b.status(one));
        assertFalse(b.chaotic(one));
        assertTrue(b.passDifference(1) < 1e-12, "hand-written and autograd differ by " + b.passDifference(1));
        assertEquals(one.finalLoss(), b.lowestFinalLoss());
        assertEquals("none", b.steps(b::chaotic));
        assertEquals("0.5, 1", b.steps(r -> true));
        assertEquals(java.util.List.of("grid — monotone: steps 0.5, 1; the loss rises at some epoch: none; diverged: none.",
                "Chaotic (late digits are rounding accidents): none; ends worse than at the start: none; stalls far above the best: none.",
                "Both outputs end exactly 0: none; a larger budget read a higher loss than a smaller one: none."),
                b.observations("grid").sentences());
    }

    @Test
    void hugeStepsAreChaoticAndReluStepsDieOrDiverge() {
        StepBehaviour sigmoid = grid(Activation.SIGMOID, 1, 200);
        assertTrue(sigmoid.chaotic(sigmoid.runs().get(1)), "step 200: pass difference " + sigmoid.passDifference(200));
        assertTrue(sigmoid.status(sigmoid.runs().get(1)).startsWith("chaotic; "));
        StepBehaviour relu = grid(Activation.RELU, 1, 50, 500);
        assertTrue(relu.worseThanStart(relu.runs().get(1)));
        assertTrue(relu.status(relu.runs().get(2)).startsWith("diverged at epoch "));
        assertTrue(Double.isNaN(relu.passDifference(500)));
    }

    @Test
    void theTableHasAColumnPerBudgetAndRefusesAnUnknownStep() {
        StepBehaviour b = grid(Activation.SIGMOID, 1);
        Table t = b.table("t");
        assertEquals(5, t.columnCount());
        assertEquals("monotone", t.stringColumn("behaviour").get(0));
        assertThrows(IllegalArgumentException.class, () -> b.passDifference(3));
    }
}
