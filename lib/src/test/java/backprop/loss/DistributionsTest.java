package backprop.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void softmaxIsStableAndMatchesTheCrossEntropyGradient() {
        assertArrayEquals(new double[] {1 / (1 + Math.exp(-1)), 1 / (1 + Math.exp(1))}, Distributions.softmax(new double[] {1, 0}), 1e-16);
        assertArrayEquals(new double[] {1, 0}, Distributions.softmax(new double[] {1000, 0}), 0.0);
        // dL/do = softmax(o) * sum(y) - y for probability targets.
        double[] o = {0.3, -1.2};
        double[] y = {0.23, -0.07};
        double[] p = Distributions.softmax(o);
        double[] g = Loss.CROSS_ENTROPY.gradient(o, y);
        assertEquals(p[0] * 0.16 - 0.23, g[0], 1e-16);
        assertThrows(IllegalArgumentException.class, () -> Distributions.softmax(new double[0]));
    }

    @Test
    void entropiesAreTheLeastCrossEntropies() {
        double[] y = {0.77, 0.23};
        double h = Distributions.entropy(y);
        assertEquals(-(0.77 * Math.log(0.77) + 0.23 * Math.log(0.23)), h, 1e-16);
        assertEquals(h, Loss.CROSS_ENTROPY.value(new double[] {Math.log(0.77), Math.log(0.23)}, y), 1e-15);
        assertEquals(0.0, Distributions.entropy(new double[] {1, 0}), 0.0);
        double[] b = {0.23, 0.07};
        assertEquals(Loss.BINARY_CROSS_ENTROPY.value(b, b), Distributions.meanBinaryEntropy(b), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Distributions.entropy(new double[] {1.07, -0.07}));
    }

    @Test
    void reductionRatiosAreTwoOverNAndTwo() {
        double[] o = {0.48, 0.53, 0.10, 0.90};
        double[] y = {0.23, -0.07, 0.50, 0.20};
        assertArrayEquals(new double[] {2, 1, 2.0 / 3, 0.5}, Reductions.ratioByOutputCount(Loss.MSE, Loss.HALF_SUM_SQUARED, o, y), 1e-15);
        assertArrayEquals(new double[] {2, 2, 2, 2}, Reductions.ratioByOutputCount(Loss.MSE_SUMMED_PER_OUTPUT, Loss.HALF_SUM_SQUARED, o, y), 1e-15);
    }
}
