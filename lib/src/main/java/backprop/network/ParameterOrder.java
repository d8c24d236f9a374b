package backprop.network;

import org.ejml.data.DMatrixRMaj;

/**
 * Moves values between a row-major weight matrix (row = receiving unit) and the parameter order, which
 * lists the same weights column by column (grouped by sending unit, see {@link Network}). That is a
 * transpose. Done element by element in parameter order, every access to the matrix jumps a whole
 * row ahead, and for a wide layer (512 x 512 doubles = 2 MiB) nearly every one misses the cache: the
 * gradient copy and the update then cost more than the forward and backward passes together. Walking
 * strips of {@link #STRIP} columns uses each cache line of both arrays fully while it is loaded.
 */
final class ParameterOrder {

    /** Doubles per 64-byte cache line. */
    private static final int STRIP = 8;

    private ParameterOrder() {
    }

    /** {@code p[offset + from * rows + to] = m(to, from)} for every weight of m. */
    static void copy(DMatrixRMaj m, double[] p, int offset) {
        int rows = m.numRows;
        int cols = m.numCols;
        for (int first = 0; first < cols; first += STRIP) {
            int end = Math.min(first + STRIP, cols);
            for (int to = 0; to < rows; to++) {
                for (int from = first; from < end; from++) {
                    p[offset + from * rows + to] = m.data[to * cols + from];
                }
            }
        }
    }

    /** {@code m(to, from) -= rate * p[offset + from * rows + to]} for every weight of m. */
    static void subtractScaled(DMatrixRMaj m, double[] p, int offset, double rate) {
        int rows = m.numRows;
        int cols = m.numCols;
        for (int first = 0; first < cols; first += STRIP) {
            int end = Math.min(first + STRIP, cols);
            for (int to = 0; to < rows; to++) {
                for (int from = first; from < end; from++) {
                    m.data[to * cols + from] -= rate * p[offset + from * rows + to];
                }
            }
        }
    }
}
