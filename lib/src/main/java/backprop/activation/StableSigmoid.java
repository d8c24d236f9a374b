package backprop.activation;

import backprop.autograd.Value;

/**
 * This library's own careful sigmoid, NOT PyTorch's behaviour: the value as e^z / (1 + e^z) for
 * z &lt; 0 (so e is never raised to a large positive power) and the derivative
 * e^-|z| / (1 + e^-|z|)^2, which equals sigma (1 - sigma) without ever forming 1 - sigma. It keeps
 * the true (tiny) derivative where torch.sigmoid's y (1 - y) has rounded to 0, and gives no NaN
 * where the written-out form's e^-z overflows: a reference for the other two forms.
 */
final class StableSigmoid implements Activation {

    @Override
    public String name() {
        return "stable-sigmoid";
    }

    @Override
    public double value(double z) {
        return stableValue(z);
    }

    @Override
    public double derivative(double z) {
        return stableDerivative(z);
    }

    @Override
    public double lowest() {
        return 0.0;
    }

    @Override
    public double highest() {
        return 1.0;
    }

    /** One autograd node ({@link Value#stableSigmoid()}) with the careful derivative. */
    @Override
    public Value value(Value z) {
        return z.stableSigmoid();
    }

    @Override
    public String toString() {
        return name();
    }

    static double stableValue(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    static double stableDerivative(double z) {
        double e = Math.exp(-Math.abs(z));
        return e / ((1.0 + e) * (1.0 + e));
    }
}
