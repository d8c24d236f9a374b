package backprop.activation;

import backprop.autograd.Value;

/** f(z) = z: no activation, as in the 3-layer chain example. */
final class Identity implements Activation {

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public double value(double z) {
        return z;
    }

    @Override
    public double derivative(double z) {
        return 1.0;
    }

    @Override
    public double lowest() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double highest() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public Value value(Value z) {
        return z;
    }

    @Override
    public String toString() {
        return name();
    }
}
