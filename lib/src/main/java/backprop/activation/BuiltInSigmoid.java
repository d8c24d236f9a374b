package backprop.activation;

import backprop.autograd.Value;

/**
 * The sigmoid as PyTorch ships it (torch.sigmoid): the value 1 / (1 + e^-z), as one operation, and
 * the backward pass y (1 - y) computed from the output y (torch's sigmoid_backward). In double
 * precision y rounds to exactly 1 from z of about 36.7 on, so the derivative is exactly 0 there
 * (about 16.6 in float32); for very negative z, e^-z overflows, y = 1 / Infinity = 0 and the
 * derivative 0 (no NaN, unlike the written-out form differentiated by autograd). The more careful
 * derivative e^-|z| / (1 + e^-|z|)^2 is not PyTorch's: it is this library's {@link StableSigmoid}.
 */
final class BuiltInSigmoid implements Activation {

    @Override
    public String name() {
        return "builtin-sigmoid";
    }

    @Override
    public double value(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public double derivative(double z) {
        return derivative(z, value(z));
    }

    /** y (1 - y) from the output, as torch's sigmoid_backward. */
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

    /** One autograd node ({@link Value#sigmoid()}), with torch's backward y (1 - y). */
    @Override
    public Value value(Value z) {
        return z.sigmoid();
    }

    @Override
    public String toString() {
        return name();
    }
}
