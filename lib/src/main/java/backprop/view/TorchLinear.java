package backprop.view;

import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A network's parameters the way a PyTorch model of {@code nn.Linear} layers holds and prints them, so a
 * page can stand beside a PyTorch printout. {@code nn.Linear} keeps a layer's weight as
 * [receiving unit][sending unit] (row 1 of the hidden weight is x1 -> h1, x2 -> h1), while the library
 * numbers weights by sending unit (w1 is x1 -> h1, w2 is x1 -> h2); PyTorch prints tensors at 4 decimals.
 */
public final class TorchLinear {

    private TorchLinear() {
    }

    /** The connections of layer {@code layer} (from 1) in nn.Linear's row order, each after {@code prefix}. */
    public static List<String> roles(Network network, int layer, String prefix) {
        List<String> roles = new ArrayList<>();
        int below = network.sizes()[check(network, layer) - 1], here = network.sizes()[layer];
        for (int to = 0; to < here; to++) {
            for (int from = 0; from < below; from++) {
                roles.add(prefix + network.unitName(layer - 1, from) + " -> " + network.unitName(layer, to));
            }
        }
        return roles;
    }

    /**
     * The weights of layer {@code layer} in nn.Linear's row order, taken from {@code parameters}, a vector
     * in the library's parameter order: the network's own parameters, or a gradient of them.
     */
    public static double[] weights(Network network, double[] parameters, int layer) {
        if (parameters.length != network.parameterCount()) {
            throw new IllegalArgumentException("parameters: " + parameters.length + " values; allowed: exactly "
                    + network.parameterCount() + ", one per parameter of the network");
        }
        List<String> libraryOrder = network.parameterRoles();
        return roles(network, layer, "").stream().mapToDouble(r -> parameters[libraryOrder.indexOf(r)]).toArray();
    }

    /** The network's own weights of layer {@code layer} in nn.Linear's row order. */
    public static double[] weights(Network network, int layer) {
        return weights(network, network.parameters(), layer);
    }

    /**
     * Every layer's weight and bias as PyTorch prints them at 4 decimals, e.g.
     * "layer 1 weight: tensor([[0.1498, 0.1996], [0.2498, 0.2995]])", one line per tensor.
     */
    public static String print(Network network) {
        double[] p = network.parameters();
        List<String> libraryOrder = network.parameterRoles();
        StringJoiner lines = new StringJoiner("\n");
        for (int layer = 1; layer < network.sizes().length; layer++) {
            double[] w = weights(network, p, layer);
            int columns = network.sizes()[layer - 1];
            StringJoiner rows = new StringJoiner(", ", "[", "]");
            for (int r = 0; r < w.length / columns; r++) {
                double[] row = new double[columns];
                System.arraycopy(w, r * columns, row, 0, columns);
                rows.add(vector(row));
            }
            lines.add("layer " + layer + " weight: tensor(" + rows + ")");
            if (network.hasBiases()) {
                double[] b = new double[network.sizes()[layer]];
                for (int to = 0; to < b.length; to++) {
                    b[to] = p[libraryOrder.indexOf("bias -> " + network.unitName(layer, to))];
                }
                lines.add("layer " + layer + " bias:   tensor(" + vector(b) + ")");
            }
        }
        return lines.toString();
    }

    private static String vector(double[] values) {
        StringJoiner v = new StringJoiner(", ", "[", "]");
        for (double x : values) {
            v.add(String.format(Locale.ROOT, "%.4f", x));
        }
        return v.toString();
    }

    private static int check(Network network, int layer) {
        if (layer < 1 || layer >= network.sizes().length) {
            throw new IllegalArgumentException("layer = " + layer + "; allowed: 1 to " + (network.sizes().length - 1));
        }
        return layer;
    }
}
