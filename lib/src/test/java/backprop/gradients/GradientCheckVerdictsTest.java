package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GradientCheckVerdictsTest {

    @Test
    void aWrongHiddenGradientFailsOnExactlyThoseWeights() {
        double[] wrong = AutogradPass.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED).gradient();
        wrong[0] *= 1.001;
        wrong[3] = -wrong[3];
        GradientCheck check = GradientCheck.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED)
                .with("wrong", wrong);
        assertEquals(List.of(), check.failing("autograd", 1e-6));
        assertEquals(List.of("w1", "w4"), check.failing("wrong", 1e-6));
        var table = check.verdicts(1e-6);
        assertEquals(3, table.rowCount());
        assertEquals("passes", table.stringColumn("verdict").get(0));
        assertEquals("FAILS", table.stringColumn("verdict").get(2));
        assertEquals("w1 w4", table.stringColumn("parameters that fail").get(2));
    }

    @Test
    void theFailingGradientsAreThoseWithAWrongWeightInTheirOrder() {
        double[] wrongW1 = AutogradPass.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED).gradient();
        wrongW1[0] *= 1.001;
        double[] wrongW8 = wrongW1.clone();
        wrongW8[0] /= 1.001;
        wrongW8[7] = -wrongW8[7];
        GradientCheck check = GradientCheck.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED)
                .with("wrong w8", wrongW8).with("wrong w1", wrongW1);
        assertEquals(List.of("wrong w8", "wrong w1"), check.failingGradients(1e-6));
        // A relative error is at most 2 (opposite signs): at tolerance 3 every gradient passes.
        assertEquals(List.of(), check.failingGradients(3));
    }
}
