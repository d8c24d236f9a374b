package backprop.training;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Network;
import backprop.view.Numbers;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The check a notebook runs in the cell right after its Hyperparameters cell:
 * <pre>
 *   Hyperparameters.check(Examples.exercise()).learningRate(learningRate).epochs(epochs).initialisation(initialisation)
 * </pre>
 * A bad value stops Run All there, under the cell the student edited, with one line that names the
 * setting, its value and what is allowed. Without it the same mistake surfaces cells later, and the
 * kernel prints every stack frame of the exception and the whole source of every notebook method on
 * the way, which buries that line.
 *
 * <p>The rules are the library's own (Training, Network, Loss): a value passes here exactly when the
 * notebook's later calls accept it. Initial weights, inputs and targets are checked against the network
 * given to {@link #check(Network)}. A passing check shows what it checked.
 */
public final class Hyperparameters {

    private final Network network;
    /** What passed, each once, in order: a setting named by two checks (an epoch count, then its order) shows once. */
    private final Set<String> checked = new LinkedHashSet<>();

    private Hyperparameters(Network network) {
        this.network = network;
    }

    /** Checks of settings that do not depend on a network: step sizes, epochs, counts. */
    public static Hyperparameters check() {
        return new Hyperparameters(null);
    }

    /** Checks that can also test initial weights, inputs and targets against {@code network}'s shape. */
    public static Hyperparameters check(Network network) {
        return new Hyperparameters(Rules.given("network", network, "a Network, e.g. Examples.exercise()"));
    }

    /** The step size {@code learningRate}: finite and > 0. */
    public Hyperparameters learningRate(double value) {
        return learningRate("learningRate", value);
    }

    public Hyperparameters learningRate(String name, double value) {
        try {
            Rules.learningRate(name, value);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
        checked.add(Numbers.named(name, value));
        return this;
    }

    /** Several step sizes, e.g. a grid: at least one, each finite and > 0. */
    public Hyperparameters learningRates(String name, double... values) {
        try {
            Rules.learningRates(name, values);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage() + (values == null ? "" : " (in " + Arrays.toString(values) + ")"));
        }
        checked.add(name + " = " + Arrays.stream(values).mapToObj(Numbers::format).toList());
        return this;
    }

    /** The epochs to report, {@code epochs}: at least one, each 1 or more. */
    public Hyperparameters epochs(int... values) {
        return epochs("epochs", values);
    }

    /** Epoch counts under another name (e.g. longEpochs): at least one, each 1 or more. */
    public Hyperparameters epochs(String name, int... values) {
        try {
            Rules.epochs(name, values);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage() + (values == null || values.length < 2 ? "" : " (in " + Arrays.toString(values) + ")"));
        }
        checked.add(name + " = " + (values.length == 1 ? String.valueOf(values[0]) : Arrays.toString(values)));
        return this;
    }

    /** A count of things (seeds, bins...): 1 or more. */
    public Hyperparameters count(String name, long value) {
        if (value < 1) {
            throw problem(name + " = " + value + "; allowed: 1 or more");
        }
        checked.add(name + " = " + value);
        return this;
    }

    /** A choice by number (a sample, an epoch index...): {@code from} to {@code to}, both included. */
    public Hyperparameters inRange(String name, long value, long from, long to) {
        if (value < from || value > to) {
            throw problem(name + " = " + value + "; allowed: " + from + " to " + to);
        }
        checked.add(name + " = " + value);
        return this;
    }

    /** A choice among the few a notebook is written for, e.g. {@code Activation.SIGMOID_FORMS} in experiment 2. */
    public <T> Hyperparameters oneOf(String name, T value, List<T> allowed) {
        if (!allowed.contains(value)) {
            throw problem(name + " = " + value + "; allowed: one of " + allowed);
        }
        checked.add(name + " = " + value);
        return this;
    }

    /** A value that must come after another setting's, e.g. a late epoch after the last reported one. */
    public Hyperparameters after(String name, long value, String earlierName, long earlier) {
        if (value <= earlier) {
            throw problem(name + " = " + value + "; allowed: more than " + earlierName + " = " + earlier);
        }
        checked.add(name + " = " + value);
        return this;
    }

    /** A tolerance, scale or percentage: finite and > 0. */
    public Hyperparameters positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw problem(name + " = " + value + "; allowed: a finite number > 0");
        }
        checked.add(Numbers.named(name, value));
        return this;
    }

    /** The initial weights {@code initialisation}: they must fit the network's shape. */
    public Hyperparameters initialisation(Initialiser initialiser) {
        return initialisation("initialisation", initialiser);
    }

    public Hyperparameters initialisation(String name, Initialiser initialiser) {
        return initialisation(name, shape(), initialiser);
    }

    /** Initial weights for another network of the notebook than the one checked, e.g. the chain's {@code chainWeights}. */
    public Hyperparameters initialisation(String name, Network shape, Initialiser initialiser) {
        if (initialiser == null) {
            throw problem(name + " = null; allowed: an Initialiser, e.g. Initialiser.given(Examples.EXERCISE_WEIGHTS)");
        }
        Network net;
        try {
            net = Network.of(shape.sizes(), shape.activations().toArray(new Activation[0]), shape.hasBiases(), initialiser);
        } catch (IllegalArgumentException e) {
            throw problem(name + ": " + e.getMessage());
        }
        checked.add(name + " (" + net.parameterCount() + " weights)");
        return this;
    }

    /** Inputs for the network: one finite value per input unit and sample. */
    public Hyperparameters inputs(String name, double[]... samples) {
        Network net = shape();
        for (int s = 0; s < samples.length; s++) {
            try {
                net.checkInput(samples[s]);
            } catch (IllegalArgumentException e) {
                throw problem(name + sample(s, samples.length) + " = " + Arrays.toString(samples[s]) + ": " + e.getMessage());
            }
        }
        checked.add(name);
        return this;
    }

    /** Targets for {@code loss} on the network's outputs. */
    public Hyperparameters targets(String name, Loss loss, double[]... samples) {
        if (loss == null) {
            throw problem("the loss for " + name + " = null; allowed: one of " + Loss.ALL.stream().map(Loss::name).toList());
        }
        int outputs = shape().outputCount();
        for (int s = 0; s < samples.length; s++) {
            if (samples[s] == null) {
                throw problem(name + sample(s, samples.length) + " = null; allowed: " + outputs + " targets");
            }
            try {
                loss.checkTargets(samples[s], outputs);
            } catch (IllegalArgumentException e) {
                throw problem(name + sample(s, samples.length) + " = " + Arrays.toString(samples[s]) + " for " + loss.name()
                        + ": " + e.getMessage());
            }
        }
        checked.add(name);
        return this;
    }

    /** A probability distribution over the network's outputs: one entry per output, each 0 or more, summing to 1. */
    public Hyperparameters distribution(String name, double... values) {
        int outputs = shape().outputCount();
        double sum = values == null ? Double.NaN : Arrays.stream(values).sum();
        if (values == null || values.length != outputs || Arrays.stream(values).anyMatch(v -> !(v >= 0))
                || !(Math.abs(sum - 1) <= 1e-9)) {
            throw problem(name + " = " + Arrays.toString(values) + "; allowed: " + outputs + " entries, each 0 or more,"
                    + " summing to 1");
        }
        checked.add(name);
        return this;
    }

    private Network shape() {
        if (network == null) {
            throw new IllegalStateException("this check needs the network: start it with Hyperparameters.check(network)");
        }
        return network;
    }

    private static String sample(int s, int count) {
        return count == 1 ? "" : "[" + s + "]";
    }

    /**
     * Without stack frames the kernel prints the message and nothing else: the frames would only
     * show this class, and the cell to fix is the one above.
     */
    private static IllegalArgumentException problem(String what) {
        IllegalArgumentException e = new IllegalArgumentException(
                "Hyperparameters: " + what + ". Change it in the Hyperparameters cell, then Run All.");
        e.setStackTrace(new StackTraceElement[0]);
        return e;
    }

    @Override
    public String toString() {
        return "Hyperparameters checked: " + String.join(", ", checked);
    }
}
