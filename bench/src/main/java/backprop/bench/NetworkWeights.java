package backprop.bench;

import backprop.network.Network;
import org.ejml.data.DMatrixRMaj;

import java.lang.reflect.Field;

/**
 * Puts a network's weights back to where a benchmark started them. Network deliberately has no
 * in-place setter (only {@link Network#step} changes one), and building a new network to reset would
 * allocate inside the measured loop, hiding whether the step itself allocates. So the live weight
 * matrices are looked up once, at setup, and restored with plain array copies.
 */
final class NetworkWeights {

    private final double[][] live;
    private final double[][] saved;

    private NetworkWeights(double[][] live) {
        this.live = live;
        this.saved = new double[live.length][];
        for (int l = 0; l < live.length; l++) {
            saved[l] = live[l].clone();
        }
    }

    /** Remembers the network's current weights (the benchmarks use networks without biases). */
    static NetworkWeights of(Network network) {
        if (network.hasBiases()) {
            throw new IllegalArgumentException("the benchmarks restore weights only; this network has biases");
        }
        try {
            Field field = Network.class.getDeclaredField("weights");
            field.setAccessible(true);
            DMatrixRMaj[] matrices = (DMatrixRMaj[]) field.get(network);
            double[][] live = new double[matrices.length][];
            for (int l = 0; l < matrices.length; l++) {
                live[l] = matrices[l].data;
            }
            return new NetworkWeights(live);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Network's weight matrices are no longer a field named 'weights': "
                    + "update the benchmark's restore", e);
        }
    }

    void restore() {
        for (int l = 0; l < live.length; l++) {
            System.arraycopy(saved[l], 0, live[l], 0, saved[l].length);
        }
    }
}
