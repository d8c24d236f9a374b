package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuantitiesTest {

    @Test
    void theWrittenOutPassNamesEveryQuantityOfTheDerivation() {
        Map<String, Double> q = ExerciseBackprop.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED).quantities();
        assertEquals(23, q.size());
        assertEquals(List.of("inH1", "outH1"), q.keySet().stream().limit(2).toList());
        assertEquals(0.25, q.get("inH1"), 1e-16);
        assertEquals(0.5621765008857981, q.get("outH1"), 1e-16);
        assertEquals(0.2097097937078311, q.get("loss"), 1e-16);
        assertEquals(-0.008421480461, q.get("dLossDw1"), 1e-12);
        assertEquals(0.073844661211, q.get("dLossDw8"), 1e-12);
    }

    @Test
    void autogradNamesUnitOutputsLossAndParameterGradients() {
        Map<String, Double> q = AutogradPass.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED).quantities();
        assertEquals(4 + 1 + 8, q.size());
        assertEquals(0.4950001666600003, q.get("outH2"), 1e-15);
        assertEquals(0.47694575860699684, q.get("outO1"), 1e-15);
        assertEquals(0.2097097937078311, q.get("loss"), 1e-15);
        assertEquals(0.083866099538, q.get("dLossDw6"), 1e-12);
        Map<String, Double> biased = AutogradPass.of(Examples.stepByStep(), Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y, Loss.HALF_SUM_SQUARED).quantities();
        assertEquals(true, biased.containsKey("dLossDb1"));
    }
}
