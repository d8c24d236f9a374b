package backprop.gradients;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slopes below what a central difference resolves are not called wrong; every other relative error is the plain one. */
class GradientCheckResolutionTest {

    @Test
    void aSaturatedUnitsTinyGradientsAgreeWithACentralDifferenceOfZero() {
        // Large weights: h2 = sigmoid(-4*4 + 5*(-3)) ≈ 3e-14, so every gradient through it is about 1e-14.
        Network net = Network.of(new int[] {2, 2, 2}, Activation.SIGMOID, false,
                Initialiser.given(3, -4, 2.5, 5, -6, 4, 7, -5));
        double[] x = {4, -3}, y = {0.23, -0.07};
        GradientCheck check = GradientCheck.of(net, x, y, Loss.MSE);
        double[] hand = check.gradient("hand-written"), numerical = check.numerical(), resolution = check.resolution();
        int tiny = 0;
        for (int k = 0; k < hand.length; k++) {
            if (Math.max(Math.abs(hand[k]), Math.abs(numerical[k])) <= resolution[k]) {
                tiny++;
                assertTrue(Math.abs(hand[k]) < 1e-12, "w" + (k + 1) + ": " + hand[k]);
            }
        }
        assertTrue(tiny > 0, "the saturated unit's weights should be below resolution");
        assertTrue(check.passes("hand-written", 1e-6) && check.passes("autograd", 1e-6),
                "hand-written " + check.maxRelativeError("hand-written") + ", autograd " + check.maxRelativeError("autograd"));
    }

    @Test
    void resolvedGradientsKeepThePlainRelativeError() {
        GradientCheck check = GradientCheck.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        double[] hand = check.gradient("hand-written"), numerical = check.numerical(), resolution = check.resolution();
        double plain = 0;
        for (int k = 0; k < hand.length; k++) {
            // The loss is about 0.21: four of its ulps over 2e-6 are about 5.6e-11.
            assertEquals(4 * Math.ulp(0.21) / 2e-6, resolution[k], 2 * Math.ulp(0.21) / 2e-6);
            assertTrue(Math.abs(hand[k]) > 1000 * resolution[k]);
            plain = Math.max(plain, GradientCheck.relativeError(hand[k], numerical[k]));
        }
        assertEquals(plain, check.maxRelativeError("hand-written"));
        // A wrong formula stays wrong.
        assertTrue(!check.with("report A", ReportFormulas.reportA(Examples.EXERCISE_WEIGHTS, Examples.EXERCISE_X,
                Examples.EXERCISE_Y)).passes("report A", 1e-6));
    }
}
