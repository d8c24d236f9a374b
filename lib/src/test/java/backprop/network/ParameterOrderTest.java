package backprop.network;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parameter order lists each weight matrix by sending unit, as the derivation numbers w1..w8. */
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
    void setIsTheInverseOfCopy() {
        Random random = new Random(6);
        for (int[] shape : SHAPES) {
            DMatrixRMaj m = randomMatrix(shape[0], shape[1], random);
            double[] p = new double[m.getNumElements() + 4];
            ParameterOrder.copy(m, p, 4);
            DMatrixRMaj back = new DMatrixRMaj(shape[0], shape[1]);
            ParameterOrder.set(back, p, 4);
            assertArrayEquals(m.data, back.data, 0.0, () -> shape[0] + " x " + shape[1]);
        }
    }

    @Test
    void theExercisesParametersAreW1ToW8OfTheDerivation() {
        // The exercise's reference (its PyTorch printouts): in_h1 = w1 x1 + w3 x2, in_o1 = w5 h1 + w7 h2, with w1..w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8.
        Network net = Examples.exercise();
        assertEquals(0.2, net.weight(1, 1, 1));
        assertEquals(0.5, net.weight(1, 1, 2));
        assertEquals(-0.4, net.weight(1, 2, 1));
        assertEquals(0.1, net.weight(2, 1, 1));
        assertEquals(-0.3, net.weight(2, 1, 2));
        assertEquals(0.8, net.weight(2, 2, 2));
        assertArrayEquals(new double[] {0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8}, net.parameters(), 0.0);
    }

    private static DMatrixRMaj randomMatrix(int rows, int cols, Random random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }
}
