package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportFormulasTest {

    private final double[] w = Examples.EXERCISE_WEIGHTS, x = Examples.EXERCISE_X, y = Examples.EXERCISE_Y;

    @Test
    void theReportsPrintedValues() {
        assertEquals(-0.00843, ReportFormulas.reportA(w, x, y)[0], 5e-6);
        assertEquals(+0.01458, ReportFormulas.reportB(w, x, y)[0], 5e-6);
    }

    @Test
    void outputLayerRightHiddenLayerCaughtByTheCheck() {
        double[] truth = ExerciseBackprop.of(Examples.exercise(), x, y, Loss.HALF_SUM_SQUARED).gradient();
        GradientCheck check = GradientCheck.of(Examples.exercise(), x, y, Loss.HALF_SUM_SQUARED)
                .with("A", ReportFormulas.reportA(w, x, y)).with("B", ReportFormulas.reportB(w, x, y));
        for (int k = 4; k < 8; k++) {
            assertEquals(truth[k], ReportFormulas.reportA(w, x, y)[k], 1e-15);
            assertEquals(truth[k], ReportFormulas.reportB(w, x, y)[k], 1e-15);
        }
        assertFalse(check.passes("A", 1e-6));
        assertFalse(check.passes("B", 1e-6));
    }

    @Test
    void badShape() {
        assertThrows(IllegalArgumentException.class, () -> ReportFormulas.reportA(new double[3], x, y));
    }
}
