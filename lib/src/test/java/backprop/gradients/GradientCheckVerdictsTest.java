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
}
