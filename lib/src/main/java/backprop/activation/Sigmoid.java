package backprop.activation;

import java.util.function.UnaryOperator;

import backprop.autograd.Value;

/**
 * sigma(z) = 1 / (1 + e^-z), in the two forms the exercise compares; they differ only in their autograd
 * graph.
 *
 * <ul>
 *   <li>{@link Activation#SIGMOID}, written out as in the exercise: autograd differentiates the chain
 *       neg, exp, +1, ^-1. That keeps the tiny true derivative once sigma has rounded to 1 (z above ~37),
 *       but e^-z overflows for z below ~-709.78 and the gradient is NaN.</li>
 *   <li>{@link Activation#BUILTIN_SIGMOID}, as PyTorch ships it (torch.sigmoid): one autograd node,
 *       {@link Value#sigmoid()}, whose backward is y (1 - y) from the output y (torch's sigmoid_backward):
 *       exactly 0 from z ~ 36.7 on (~16.6 in float32), and 0 rather than NaN for very negative z.</li>
 * </ul>
 *
 * The hand-written derivative is sigma (1 - sigma) from the value, the formula of the derivation, in
 * both. The careful derivative e^-|z| / (1 + e^-|z|)^2 is not PyTorch's: it is this library's
 * {@link StableSigmoid}.
 */
final class Sigmoid implements Activation {

    private final String name;
    private final UnaryOperator<Value> graph;

    Sigmoid(String name, UnaryOperator<Value> graph) {
        this.name = name;
        this.graph = graph;
    }

    /** The exercise's form: 1 / (1 + e^-z) built from primitive autograd operations. */
    static Sigmoid writtenOut() {
        return new Sigmoid("sigmoid", z -> z.neg().exp().add(1.0).pow(-1.0));
    }

    /** torch.sigmoid's form: one fused node with backward y (1 - y). */
    static Sigmoid builtIn() {
        return new Sigmoid("builtin-sigmoid", Value::sigmoid);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double value(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public double derivative(double z) {
        return derivative(z, value(z));
    }

    @Override
    public double derivative(double z, double value) {
        return value * (1.0 - value);
    }

    @Override
    public double lowest() {
        return 0.0;
    }

    @Override
    public double highest() {
        return 1.0;
    }

    @Override
    public Value value(Value z) {
        return graph.apply(z);
    }

    @Override
    public String toString() {
        return name();
    }
}
