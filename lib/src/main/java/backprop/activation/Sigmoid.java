package backprop.activation;

import backprop.autograd.Value;

/**
 * sigma(z) = 1 / (1 + e^-z), written out as in the exercise. Its hand-written derivative
 * sigma(1 - sigma) loses every digit once sigma rounds to 1 (z above ~37); its autograd form (the chain
 * neg, exp, +1, ^-1) keeps the tiny true value there but overflows e^-z for z below ~-709.78 and gives
 * NaN, where the built-in {@link BuiltInSigmoid} (torch.sigmoid) gives 0.
 */
final class Sigmoid implements Activation {

    @Override
    public String name() {
        return "sigmoid";
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
        return z.neg().exp().add(1.0).pow(-1.0);
    }

    @Override
    public String toString() {
        return name();
    }
}
