package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One number for a gradient check over several samples: the worst of both passes on every sample. */
class LargestRelativeErrorTest {

    @Test
    void isTheWorstOfEverySampleAndBothPasses() {
        var chain = Examples.chain().withParameters(Examples.CHAIN_WEIGHTS);
        double both = GradientCheck.largestRelativeError(chain, Examples.CHAIN_X, Examples.CHAIN_Y, Loss.HALF_SUM_SQUARED, 1e-6);
        double worst = 0;
        for (int s = 0; s < 2; s++) {
            GradientCheck c = GradientCheck.of(chain, Examples.CHAIN_X[s], Examples.CHAIN_Y[s], Loss.HALF_SUM_SQUARED, 1e-6);
            worst = Math.max(worst, Math.max(c.maxRelativeError("hand-written"), c.maxRelativeError("autograd")));
        }
        assertEquals(worst, both, 0);
        // L is quadratic in each single weight, so the central difference is exact up to rounding
        assertTrue(both > 0 && both < 1e-6, "relative error " + both);
        assertThrows(IllegalArgumentException.class, () -> GradientCheck.largestRelativeError(chain, Examples.CHAIN_X,
                new double[][] {{1}}, Loss.HALF_SUM_SQUARED, 1e-6));
    }
}
