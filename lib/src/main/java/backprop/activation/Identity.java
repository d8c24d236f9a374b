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
    public Value value(Value z) {
        return z;
    }

    @Override
    public String toString() {
        return name();
    }
}
