package backprop.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;

import org.junit.jupiter.api.Test;

class ProbabilityTargetsTest {

    /** The exercise's targets: S = 0.16, so dL/do1 <= 0.16 - 0.23 and dL/do2 >= 0 + 0.07. */
    private static final double[] Y = {0.23, -0.07};

    @Test
    void theExerciseTargetsKeepBothGradientsAwayFromZero() {
        ProbabilityTargets t = ProbabilityTargets.of(Y);
        assertEquals(0.16, t.sum(), 1e-15);
        assertEquals(-0.07, t.gradientAtMost(1), 1e-15);
        assertEquals(0.07, t.gradientAtLeast(2), 1e-15);
        assertEquals(-0.23, t.gradientAtLeast(1), 1e-15);
        assertEquals(0.23, t.gradientAtMost(2), 1e-15);
        assertTrue(t.pushesUp(1));
        assertFalse(t.pushesDown(1));
        assertTrue(t.pushesDown(2));
        assertFalse(t.pushesUp(2));
        assertTrue(t.gradientNeverVanishes());
    }

    @Test
    void torchsGradientAndAnyOtherLieWithinTheBounds() {
        double[] torch = TorchReference.doubles("losses", "cross_entropy_prob_invalid_exercise", "float64", "grad_input");
        ProbabilityTargets t = ProbabilityTargets.of(TorchReference.doubles("losses", "cross_entropy_prob_invalid_exercise", "target"));
        Random random = new Random(5);
        for (int i = 0; i < 1000; i++) {
            double[] o = {random.nextGaussian() * 10, random.nextGaussian() * 10};
            double[] g = i == 0 ? torch : Loss.CROSS_ENTROPY.gradient(o, Y);
            for (int c = 1; c <= 2; c++) {
                assertTrue(g[c - 1] <= t.gradientAtMost(c) && g[c - 1] >= t.gradientAtLeast(c), "dL/do" + c + " = " + g[c - 1]);
            }
        }
    }

    @Test
    void aDistributionLetsTheGradientVanish() {
        ProbabilityTargets valid = ProbabilityTargets.of(0.77, 0.23);
        assertEquals(1.0, valid.sum(), 1e-15);
        assertFalse(valid.pushesUp(1) || valid.pushesDown(1) || valid.pushesUp(2) || valid.pushesDown(2));
        assertFalse(valid.gradientNeverVanishes());
        assertTrue(valid.leastOn(Activation.SIGMOID).isEmpty());
        // One-hot targets: dL/do1 = p1 - 1 < 0 everywhere, yet it comes as near 0 as one likes, so no bound excludes 0.
        assertFalse(ProbabilityTargets.of(1, 0).gradientNeverVanishes());
    }

    @Test
    void onTheSigmoidSquareTheLeastValueIsAtTheCornerTheGradientsPointTo() {
        LossFloor least = ProbabilityTargets.of(Y).leastOn(Activation.SIGMOID).orElseThrow();
        assertArrayEquals(new double[] {1, 0}, least.closest(), 0.0);
        // L = S log(e^1 + e^0) - y1 * 1 - y2 * 0
        assertEquals(0.16 * Math.log(1 + Math.E) - 0.23, least.value(), 1e-15);
        assertTrue(least.isLeast());
        LossFloor tanh = ProbabilityTargets.of(Y).leastOn(Activation.TANH).orElseThrow();
        assertArrayEquals(new double[] {1, -1}, tanh.closest(), 0.0);
        assertEquals(0.16 * Math.log(Math.E + 1 / Math.E) - 0.23 - 0.07, tanh.value(), 1e-15);
    }

    @Test
    void reluOutputsPushedUpHaveNoLeastValue() {
        assertTrue(ProbabilityTargets.of(Y).leastOn(Activation.RELU).isEmpty());
    }

    @Test
    void badTargetsAreRefusedWithTheirValue() {
        assertThrows(IllegalArgumentException.class, () -> ProbabilityTargets.of((double[]) null));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityTargets.of(0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProbabilityTargets.of(0.5, Double.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProbabilityTargets.of(Y).gradientAtMost(3));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityTargets.of(Y).leastOn(null));
    }
}
