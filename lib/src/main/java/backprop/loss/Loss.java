package backprop.loss;

import backprop.autograd.Value;

import java.util.List;

/**
 * A loss L(o, y) of the network's outputs o against targets y: its value, its gradient dL/do for the
 * hand-written backward pass, and the same loss built from autograd primitives.
 */
public interface Loss {

    /** L = 1/2 * sum_k (o_k - y_k)^2, the exercise's loss. */
    Loss HALF_SUM_SQUARED = new SquaredError(SquaredError.Scale.HALF_SUM);
    /** torch.nn.MSELoss() over the output vector: mean_k (o_k - y_k)^2. */
    Loss MSE = new SquaredError(SquaredError.Scale.MEAN);
    /** MSELoss(o1, y1) + MSELoss(o2, y2) + ..., as the original report wrote it: sum_k (o_k - y_k)^2. */
    Loss MSE_SUMMED_PER_OUTPUT = new SquaredError(SquaredError.Scale.SUM);
    /** torch.nn.CrossEntropyLoss with the targets taken as class probabilities. */
    Loss CROSS_ENTROPY = new CrossEntropy(false);
    /** torch.nn.CrossEntropyLoss with the target a class index: y = {k}. */
    Loss CROSS_ENTROPY_CLASS_INDEX = new CrossEntropy(true);
    /** torch.nn.BCELoss (mean over outputs) for outputs and targets in [0, 1]. */
    Loss BINARY_CROSS_ENTROPY = new BinaryCrossEntropy();

    List<Loss> ALL = List.of(HALF_SUM_SQUARED, MSE, MSE_SUMMED_PER_OUTPUT, CROSS_ENTROPY,
            CROSS_ENTROPY_CLASS_INDEX, BINARY_CROSS_ENTROPY);

    String name();

    double value(double[] outputs, double[] targets);

    /** Writes dL/do_k into {@code dLossDo} and returns it. */
    double[] gradient(double[] outputs, double[] targets, double[] dLossDo);

    default double[] gradient(double[] outputs, double[] targets) {
        return gradient(outputs, targets, new double[outputs.length]);
    }

    /** The loss as an autograd expression of the outputs. */
    Value value(List<Value> outputs, double[] targets);

    /**
     * Throws an IllegalArgumentException naming the targets, their value and what is allowed when this
     * loss cannot take them for a network with {@code outputCount} outputs.
     */
    void checkTargets(double[] targets, int outputCount);

    /**
     * Why these targets make the loss misbehave although it accepts them (as PyTorch does), or null:
     * e.g. cross-entropy "probabilities" that are negative or do not sum to 1 make it unbounded below.
     */
    default String warning(double[] targets) {
        return null;
    }

    /** The least value the loss takes on targets it is meant for: falling below it means trouble. */
    default double lowerBound() {
        return 0.0;
    }

    static Loss named(String name) {
        for (Loss l : ALL) {
            if (l.name().equalsIgnoreCase(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("loss = \"" + name + "\" is unknown; allowed: "
                + ALL.stream().map(Loss::name).toList());
    }
}
