package backprop.gradients;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Network;
import backprop.view.Statistics;
import backprop.view.Tables;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gradient of a sigmoid network without biases computed two ways, each multiplication counted
 * with {@link Multiplications}, from the same stored forward pass (not counted):
 * <ul>
 *   <li>{@link #perWeight}: every weight on its own, by the chain rule with nothing shared between
 *       weights. For a weight from unit j of layer l-1 into unit i of layer l,
 *       dL/dw = g(l, i) * f'(in_i) * out_j, where g(l, i) = dL/dout_i is worked out afresh for this
 *       weight: g(L, i) = dL/do_i, and g(l, i) = sum over units k of layer l+1 of
 *       w_ki * f'(in_k) * g(l+1, k). A slope f'(in) = out (1 - out) costs one multiplication.</li>
 *   <li>{@link #deltaForm}: each delta once, from the layer above, then one product per weight.</li>
 * </ul>
 * Both gradients equal {@link DeltaRule}'s; only the work differs. The closed forms of the two
 * counts are {@link #perWeightFormula} and {@link #deltaFormula}.
 */
public final class MultiplicationCount {

    /** A gradient (in the network's parameter order) and the multiplications it took. */
    public record Counted(double[] gradient, long multiplications) {
    }

    private MultiplicationCount() {
    }

    /** Every weight on its own, by the chain rule, nothing shared between weights. */
    public static Counted perWeight(Network network, double[] x, double[] y) {
        Forward f = Forward.of(network, x, y);
        Multiplications m = new Multiplications();
        int[] n = network.sizes();
        double[] g = new double[network.parameterCount()];
        int k = 0;
        for (int l = 1; l < n.length; l++) {
            for (int j = 0; j < n[l - 1]; j++) {          // parameter order: by sending unit,
                for (int i = 0; i < n[l]; i++) {          // then by receiving unit
                    double dLossDout = dLossDout(f, m, l, i);
                    g[k++] = m.times(dLossDout, m.times(f.out[l][i], 1 - f.out[l][i]), f.out[l - 1][j]);
                }
            }
        }
        return new Counted(g, m.count());
    }

    /** dL/dout of unit i in layer l, from the outputs down, recomputed on every call. */
    private static double dLossDout(Forward f, Multiplications m, int l, int i) {
        int last = f.out.length - 1;
        if (l == last) {
            return f.dLossDo[i];
        }
        double sum = 0;
        for (int k = 0; k < f.out[l + 1].length; k++) {
            double slope = m.times(f.out[l + 1][k], 1 - f.out[l + 1][k]);
            sum += m.times(f.weights[l + 1].get(k, i), slope, dLossDout(f, m, l + 1, k));
        }
        return sum;
    }

    /** The delta form: each delta once, from the layer above; then one product per weight. */
    public static Counted deltaForm(Network network, double[] x, double[] y) {
        Forward f = Forward.of(network, x, y);
        Multiplications m = new Multiplications();
        int[] n = network.sizes();
        int last = n.length - 1;
        double[][] delta = new double[last + 1][];
        delta[last] = new double[n[last]];
        for (int i = 0; i < n[last]; i++) {
            delta[last][i] = m.times(f.dLossDo[i], m.times(f.out[last][i], 1 - f.out[last][i]));
        }
        for (int l = last - 1; l >= 1; l--) {
            delta[l] = new double[n[l]];
            for (int i = 0; i < n[l]; i++) {
                double back = 0;                          // (W_{l+1}^T delta_{l+1})_i
                for (int k = 0; k < n[l + 1]; k++) {
                    back += m.times(f.weights[l + 1].get(k, i), delta[l + 1][k]);
                }
                delta[l][i] = m.times(back, m.times(f.out[l][i], 1 - f.out[l][i]));
            }
        }
        double[] g = new double[network.parameterCount()];
        int k = 0;
        for (int l = 1; l <= last; l++) {
            for (int j = 0; j < n[l - 1]; j++) {
                for (int i = 0; i < n[l]; i++) {
                    g[k++] = m.times(delta[l][i], f.out[l - 1][j]);
                }
            }
        }
        return new Counted(g, m.count());
    }

    /**
     * The count of {@link #perWeight} in closed form: sum over layers l of n_{l-1} n_l (G_l + 3), where
     * G_L = 0 and G_l = n_{l+1} (3 + G_{l+1}) is the cost of one dL/dout in layer l.
     */
    public static long perWeightFormula(int[] n) {
        checkSizes(n);
        int last = n.length - 1;
        long[] cost = new long[last + 1];
        for (int l = last - 1; l >= 1; l--) {
            cost[l] = n[l + 1] * (3 + cost[l + 1]);
        }
        long total = 0;
        for (int l = 1; l <= last; l++) {
            total += (long) n[l - 1] * n[l] * (cost[l] + 3);
        }
        return total;
    }

    /**
     * The count of {@link #deltaForm} in closed form: 2 per output delta, n_{l+1} + 2 per hidden delta
     * of layer l, 1 per weight.
     */
    public static long deltaFormula(int[] n) {
        checkSizes(n);
        int last = n.length - 1;
        long total = 2L * n[last];
        for (int l = 1; l < last; l++) {
            total += (long) n[l] * (n[l + 1] + 2);
        }
        for (int l = 1; l <= last; l++) {
            total += (long) n[l - 1] * n[l];
        }
        return total;
    }

    /**
     * One row per shape: weights, multiplications of the forward pass (one per weight), of each
     * weight on its own and of the delta form, their ratios, and each gradient's largest difference
     * from {@link DeltaRule}. Each shape is a sigmoid network without biases, weights uniform in
     * [-1, 1] (seed 7), inputs 0.1, 0.2, ... and targets from 0.2 to 0.8.
     */
    public static Table table(String title, List<int[]> shapes) {
        int rows = shapes.size();
        String[] names = new String[rows];
        long[] weights = new long[rows];
        long[] perWeight = new long[rows];
        long[] delta = new long[rows];
        double[] ratio = new double[rows];
        double[] overForward = new double[rows];
        double[] perWeightError = new double[rows];
        double[] deltaError = new double[rows];
        for (int r = 0; r < rows; r++) {
            int[] n = shapes.get(r);
            checkSizes(n);
            Network net = Network.of(n, Activation.SIGMOID, false, Initialiser.uniform(7, -1, 1));
            double[] x = new double[n[0]];
            double[] y = new double[n[n.length - 1]];
            for (int i = 0; i < x.length; i++) {
                x[i] = 0.1 * (i + 1);
            }
            for (int i = 0; i < y.length; i++) {
                y[i] = 0.2 + 0.6 * i / Math.max(1, y.length - 1);
            }
            Counted a = perWeight(net, x, y);
            Counted b = deltaForm(net, x, y);
            double[] reference = DeltaRule.of(net, x, y, Loss.HALF_SUM_SQUARED).gradient();
            names[r] = Arrays.stream(n).mapToObj(String::valueOf).collect(Collectors.joining("-"));
            weights[r] = net.parameterCount();
            perWeight[r] = a.multiplications();
            delta[r] = b.multiplications();
            ratio[r] = (double) a.multiplications() / b.multiplications();
            overForward[r] = (double) b.multiplications() / weights[r];
            perWeightError[r] = Statistics.maxAbsDifference(a.gradient(), reference);
            deltaError[r] = Statistics.maxAbsDifference(b.gradient(), reference);
        }
        return Tables.digits(Table.create(title).addColumns(
                StringColumn.create("network", names),
                LongColumn.create("weights = forward pass", weights),
                LongColumn.create("each weight on its own", perWeight),
                LongColumn.create("delta form", delta),
                DoubleColumn.create("on its own ÷ delta", ratio),
                DoubleColumn.create("delta ÷ forward", overForward),
                DoubleColumn.create("max |on its own − DeltaRule|", perWeightError),
                DoubleColumn.create("max |delta − DeltaRule|", deltaError)), 3);
    }

    /**
     * Whether every row of {@code counts}, a {@link #table} of {@code shapes}, counted exactly what
     * {@link #perWeightFormula} and {@link #deltaFormula} predict for its shape.
     */
    public static boolean closedFormsHold(Table counts, List<int[]> shapes) {
        if (counts.rowCount() != shapes.size()) {
            throw new IllegalArgumentException("counts has " + counts.rowCount() + " rows for " + shapes.size()
                    + " shapes; allowed: the table(...) of these shapes, one row per shape");
        }
        for (int r = 0; r < shapes.size(); r++) {
            if (counts.longColumn("each weight on its own").get(r) != perWeightFormula(shapes.get(r))
                    || counts.longColumn("delta form").get(r) != deltaFormula(shapes.get(r))) {
                return false;
            }
        }
        return true;
    }

    private static void checkSizes(int[] n) {
        if (n == null || n.length < 2 || Arrays.stream(n).anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("layer sizes " + Arrays.toString(n) + "; allowed: 2 or more layers of 1 or more units");
        }
    }

    /** The stored forward pass both ways start from: out_0 .. out_L, dL/do, W_1 .. W_L. */
    private record Forward(double[][] out, double[] dLossDo, DMatrixRMaj[] weights) {
        static Forward of(Network net, double[] x, double[] y) {
            if (net.hasBiases() || net.activations().stream().anyMatch(a -> a != Activation.SIGMOID)) {
                throw new IllegalArgumentException("network " + net + "; allowed: sigmoid units without biases (the count takes f' = out (1 - out))");
            }
            DeltaRule pass = DeltaRule.of(net, x, y, Loss.HALF_SUM_SQUARED);
            int layers = net.layerCount();
            double[][] out = new double[layers + 1][];
            DMatrixRMaj[] weights = new DMatrixRMaj[layers + 1];
            for (int l = 0; l <= layers; l++) {
                out[l] = pass.out(l);
            }
            for (int l = 1; l <= layers; l++) {
                weights[l] = net.weights(l);
            }
            return new Forward(out, pass.dLossDo(), weights);
        }
    }
}
