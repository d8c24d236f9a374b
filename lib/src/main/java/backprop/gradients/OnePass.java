package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of one forward and backward pass, named in order, for comparing losses or methods: the
 * loss, then (hand-written pass only) dL/do_k of every output, then dL/dw of every parameter.
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
}
