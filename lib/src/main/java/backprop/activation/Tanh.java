package backprop.activation;

import backprop.autograd.Value;

final class Tanh implements Activation {

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public double value(double z) {
        return Math.tanh(z);
    }

    @Override
    public double derivative(double z) {
        return derivative(z, value(z));
    }

    @Override
    public double derivative(double z, double value) {
        return 1.0 - value * value;
    }

    @Override
    public double lowest() {
        return -1.0;
    }

    @Override
    public double highest() {
        return 1.0;
    }

    @Override
    public Value value(Value z) {
        return z.tanh();
    }

    @Override
    public String toString() {
        return name();
    }
}
