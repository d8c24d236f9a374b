package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of one forward and backward pass, named in order, for comparing losses or methods: the
 * loss, then (hand-written pass only) dL/do_k of every output, then dL/dw of every parameter.
 *
 * {@link #column} gives the exercise's pass as one column of a table instead (h1, h2, o1, o2, loss, dL/dw1..8),
 * so passes with different activations or gradient sources can stand side by side.
 *
 * @param names  "loss", "dL/do1", ..., "dL/dw1", ...
 * @param values the numbers, in the order of {@code names}
 */
public record OnePass(List<String> names, double[] values) {

    public OnePass {
        names = List.copyOf(names);
        values = values.clone();
        if (names.size() != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + names.size() + " names; allowed: one value per name");
        }
    }

    /** The hand-written delta-rule pass: loss, dL/do_k, dL/dw. */
    public static OnePass handWritten(Network network, double[] x, double[] y, Loss loss) {
        DeltaRule pass = DeltaRule.of(network, x, y, loss);
        List<String> names = new ArrayList<>(List.of("loss"));
        List<Double> values = new ArrayList<>(List.of(pass.loss()));
        double[] dLossDo = pass.dLossDo();
        for (int k = 0; k < dLossDo.length; k++) {
            names.add("dL/do" + (k + 1));
            values.add(dLossDo[k]);
        }
        return withGradient(names, values, network, pass.gradient());
    }

    /** The automatic (reverse-mode) pass: loss and dL/dw. */
    public static OnePass autograd(Network network, double[] x, double[] y, Loss loss) {
        AutogradPass pass = AutogradPass.of(network, x, y, loss);
        return withGradient(new ArrayList<>(List.of("loss")), new ArrayList<>(List.of(pass.loss())), network, pass.gradient());
    }

    private static OnePass withGradient(List<String> names, List<Double> values, Network network, double[] gradient) {
        List<String> parameters = network.parameterNames();
        for (int k = 0; k < gradient.length; k++) {
            names.add("dL/d" + parameters.get(k));
            values.add(gradient[k]);
        }
        return new OnePass(names, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Entry by entry this pass's value divided by {@code other}'s. */
    public double[] ratioTo(OnePass other) {
        checkSameNames(other);
        double[] r = new double[values.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = values[i] / other.values[i];
        }
        return r;
    }

    /** How many entries are bit for bit {@code factor} times {@code other}'s (Double.compare == 0). */
    public int exactMultiplesOf(double factor, OnePass other) {
        checkSameNames(other);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(values[i], factor * other.values[i]) == 0) {
                n++;
            }
        }
        return n;
    }

    /** The value named {@code name}, e.g. "dL/dw1". */
    public double value(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("name = \"" + name + "\"; allowed: one of " + names);
        }
        return values[i];
    }

    private void checkSameNames(OnePass other) {
        if (!names.equals(other.names)) {
            throw new IllegalArgumentException("passes with names " + names + " and " + other.names
                    + "; allowed: two passes of the same kind on the same network");
        }
    }

    /** The row names of a {@link #column}: h1, h2, o1, o2, loss, dL/dw1 ... dL/dw8. */
    public static final List<String> QUANTITIES = quantities();

    /**
     * h1, h2, o1, o2, the loss and the 8 gradients of one pass of the 2-2-2 exercise network on (x, y).
     * With {@link GradientSource#AUTOGRAD}, o1, o2, the loss and the gradients come from the autograd
     * graph (h1, h2, which the graph does not keep, from the same network's hand-written forward pass).
     */
    public static double[] column(Network network, double[] x, double[] y, Loss loss, GradientSource source) {
        ExerciseBackprop hand = ExerciseBackprop.of(network, x, y, loss);
        double[] c = new double[QUANTITIES.size()];
        c[0] = hand.outH1();
        c[1] = hand.outH2();
        if (source == GradientSource.AUTOGRAD) {
            AutogradPass auto = AutogradPass.of(network, x, y, loss);
            c[2] = auto.outputs()[0];
            c[3] = auto.outputs()[1];
            c[4] = auto.loss();
            System.arraycopy(auto.gradient(), 0, c, 5, 8);
        } else {
            c[2] = hand.outO1();
            c[3] = hand.outO2();
            c[4] = hand.loss();
            System.arraycopy(hand.gradient(), 0, c, 5, 8);
        }
        return c;
    }

    private static List<String> quantities() {
        List<String> q = new ArrayList<>(List.of("h1", "h2", "o1", "o2", "loss"));
        for (int k = 1; k <= 8; k++) {
            q.add("dL/dw" + k);
        }
        return List.copyOf(q);
    }
}
