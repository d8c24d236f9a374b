package backprop.network;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The strip-wise transposes must give exactly what the element-by-element loops gave. */
class ParameterOrderTest {

    private static final int[][] SHAPES = {{1, 1}, {2, 2}, {3, 11}, {13, 5}, {8, 8}, {9, 17}, {16, 24}, {40, 3}};

    @Test
    void copyListsTheMatrixColumnByColumn() {
        Random random = new Random(5);
        for (int[] shape : SHAPES) {
            DMatrixRMaj m = randomMatrix(shape[0], shape[1], random);
            double[] p = new double[m.getNumElements() + 3];
            ParameterOrder.copy(m, p, 2);
            double[] expected = new double[p.length];
            int k = 2;
            for (int from = 0; from < m.numCols; from++) {
                for (int to = 0; to < m.numRows; to++) {
                    expected[k++] = m.get(to, from);
                }
            }
            assertArrayEquals(expected, p, 0.0, () -> shape[0] + " x " + shape[1]);
        }
    }

    @Test
    void subtractScaledUpdatesEveryWeightFromItsOwnParameter() {
        Random random = new Random(6);
        for (int[] shape : SHAPES) {
            DMatrixRMaj m = randomMatrix(shape[0], shape[1], random);
            DMatrixRMaj expected = m.copy();
            double[] p = new double[m.getNumElements() + 4];
            for (int i = 0; i < p.length; i++) {
                p[i] = random.nextGaussian();
            }
            ParameterOrder.subtractScaled(m, p, 4, 0.37);
            int k = 4;
            for (int from = 0; from < m.numCols; from++) {
                for (int to = 0; to < m.numRows; to++) {
                    expected.data[to * m.numCols + from] -= 0.37 * p[k++];
                }
            }
            assertArrayEquals(expected.data, m.data, 0.0, () -> shape[0] + " x " + shape[1]);
        }
    }

    @Test
    void aDeadReluUnitsGradientIsPositiveZero() {
        // w1 = w3 = -1 make in_h1 < 0, so h1 is dead and dL/dw1, dL/dw3 are exactly 0.0, not -0.0.
        Network net = Network.of(new int[] {2, 2, 2}, Activation.RELU, false,
                Initialiser.given(-1, 0.5, -1, 0.5, 0.3, -0.2, 0.4, 0.6));
        Backprop pass = Backprop.of(net, new double[] {0.5, 0.3}, new double[] {0.23, -0.07}, Loss.HALF_SUM_SQUARED);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(pass.delta(1)[0]), "the case under test");
        double[] g = pass.gradient();
        assertEquals(0L, Double.doubleToRawLongBits(g[0]));
        assertEquals(0L, Double.doubleToRawLongBits(g[2]));
    }

    private static DMatrixRMaj randomMatrix(int rows, int cols, Random random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }
}
