package backprop.activation;

import backprop.autograd.Value;

import java.util.List;

/**
 * A unit's activation function f: its value f(z), its derivative f'(z) for the hand-written backward
 * pass, and the same function built from autograd primitives, so automatic differentiation derives
 * its gradient independently of {@link #derivative(double)}.
 */
public interface Activation {

    /** The exercise's sigmoid written out as 1 / (1 + exp(-z)). */
    Activation SIGMOID = Sigmoid.writtenOut();
    /**
     * The framework's built-in sigmoid, as torch.sigmoid: one operation whose backward is y (1 - y)
     * from its output y, so its derivative is exactly 0 once y rounds to 1 (z &gt;= about 36.7 in double).
     */
    Activation BUILTIN_SIGMOID = Sigmoid.builtIn();
    Activation RELU = new Relu();
    Activation TANH = new Tanh();
    Activation IDENTITY = new Identity();
    /**
     * This library's careful sigmoid (not PyTorch's): derivative e^-|z| / (1 + e^-|z|)^2, which keeps
     * its digits at large |z| where torch.sigmoid's y (1 - y) is 0 and the written-out form's autograd is NaN.
     */
    Activation STABLE_SIGMOID = new StableSigmoid();

    /** Every activation, e.g. for a hyperparameter cell's list of choices. */
    List<Activation> ALL = List.of(SIGMOID, BUILTIN_SIGMOID, RELU, TANH, IDENTITY, STABLE_SIGMOID);

    /** The three forms of the sigmoid: written out, the framework's (torch.sigmoid) and this library's careful one. */
    List<Activation> SIGMOID_FORMS = List.of(SIGMOID, BUILTIN_SIGMOID, STABLE_SIGMOID);

    String name();

    double value(double z);

    /** df/dz at z. */
    double derivative(double z);

    /**
     * df/dz at z when the forward pass already has {@code value} = f(z). Equal to
     * {@link #derivative(double)}; a function whose derivative is a function of its value (sigmoid,
     * tanh) answers without evaluating f again, which halves the exp/tanh calls of a backward pass.
     */
    default double derivative(double z, double value) {
        return derivative(z);
    }

    /** The least value f approaches (the closure of its range): 0 for sigmoid and ReLU, -1 for tanh. */
    double lowest();

    /** The greatest value f approaches: 1 for sigmoid and tanh, infinity for ReLU. */
    double highest();

    /**
     * The output value nearest to target y that f can reach or approach: y clamped to
     * [{@link #lowest()}, {@link #highest()}]. A squared-error loss cannot fall below its value there.
     */
    default double closestReachable(double y) {
        return Math.min(highest(), Math.max(lowest(), y));
    }

    /** f applied to an autograd value. */
    Value value(Value z);

    /**
     * df/dz at z as automatic differentiation finds it: {@link #value(Value)} on a leaf, then
     * {@code backward()}. For the written-out sigmoid this is the chain through exp and the
     * reciprocal (NaN where e^-z overflows), for the built-in one torch's y (1 - y).
     */
    default double autogradDerivative(double z) {
        Value leaf = Value.of(z);
        value(leaf).backward();
        return leaf.grad();
    }

    /** Looks an activation up by its {@link #name()}, case-insensitively. */
    static Activation named(String name) {
        for (Activation a : ALL) {
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation = \"" + name + "\" is unknown; allowed: "
                + ALL.stream().map(Activation::name).toList());
    }
}
