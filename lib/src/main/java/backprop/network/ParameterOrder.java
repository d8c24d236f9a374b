package backprop.network;

import org.ejml.data.DMatrixRMaj;

/**
 * Moves values between a row-major weight matrix (row = receiving unit) and the parameter order, which
 * lists the same weights grouped by sending unit (see {@link Network}): w1 = x1 -&gt; h1, w2 = x1 -&gt; h2, ...
 */
public final class ParameterOrder {

    private ParameterOrder() {
    }

    /** {@code p[offset + from * rows + to] = m(to, from)} for every weight of m. */
    public static void copy(DMatrixRMaj m, double[] p, int offset) {
        for (int from = 0; from < m.numCols; from++) {
            for (int to = 0; to < m.numRows; to++) {
                p[offset + from * m.numRows + to] = m.data[to * m.numCols + from];
            }
        }
    }

    /** {@code m(to, from) = p[offset + from * rows + to]} for every weight of m. */
    public static void set(DMatrixRMaj m, double[] p, int offset) {
        for (int from = 0; from < m.numCols; from++) {
            for (int to = 0; to < m.numRows; to++) {
                m.data[to * m.numCols + from] = p[offset + from * m.numRows + to];
            }
        }
    }
}
