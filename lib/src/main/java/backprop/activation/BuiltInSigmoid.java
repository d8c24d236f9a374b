package backprop.activation;

import backprop.autograd.Value;

/**
 * The sigmoid as a framework ships it (torch.sigmoid): one fused operation that never exponentiates a
 * positive number. Its derivative e^-|z| / (1 + e^-|z|)^2 is the library's own, more careful than
 * torch.sigmoid's backward y(1 - y), which is 0 from z ~ 37 on; the autograd node {@link Value#sigmoid()}
 * is torch's y(1 - y) (both held to torch in backprop.conformance.ActivationConformanceTest).
 */
final class BuiltInSigmoid implements Activation {

    @Override
    public String name() {
        return "builtin-sigmoid";
    }

    @Override
    public double value(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    @Override
    public double derivative(double z) {
        double e = Math.exp(-Math.abs(z));
        return e / ((1.0 + e) * (1.0 + e));
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
        return z.sigmoid();
    }

    @Override
    public String toString() {
        return name();
    }
}
