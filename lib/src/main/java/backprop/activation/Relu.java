package backprop.activation;

import backprop.autograd.Value;

/** max(0, z); its derivative at exactly 0 is taken as 0, as PyTorch does. */
final class Relu implements Activation {

    @Override
    public String name() {
        return "relu";
    }

    @Override
    public double value(double z) {
        return z > 0 ? z : 0.0;
    }

    @Override
    public double derivative(double z) {
        return z > 0 ? 1.0 : 0.0;
    }

    @Override
    public double lowest() {
        return 0.0;
    }

    @Override
    public double highest() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public Value value(Value z) {
        return z.relu();
    }

    @Override
    public String toString() {
        return name();
    }
}
