package backprop.loss;

import backprop.autograd.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * torch.nn.CrossEntropyLoss on one sample: the outputs are logits, log_softmax(o)_c = o_c - logsumexp(o).
 * With probability targets L = -sum_c y_c log_softmax(o)_c and dL/do_c = softmax(o)_c * sum(y) - y_c;
 * with a class index k, L = -log_softmax(o)_k. Like torch, probability targets are not validated:
 * a negative one makes the loss unbounded below in the outputs, non-negative ones not summing to 1 keep it
 * at least 0 but move its minimum away from the entropy of y (see {@link #warning}).
 */
final class CrossEntropy implements Loss {

    private final boolean classIndex;

    CrossEntropy(boolean classIndex) {
        this.classIndex = classIndex;
    }

    @Override
    public String name() {
        return classIndex ? "cross-entropy-class-index" : "cross-entropy";
    }

    private static double max(double[] o) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : o) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** sum_c exp(o_c - max): shifting by the maximum keeps every exponent <= 0, so nothing overflows. */
    private static double shiftedSumExp(double[] o, double max) {
        double sum = 0;
        for (double v : o) {
            sum += Math.exp(v - max);
        }
        return sum;
    }

    private static double logSumExp(double[] o) {
        double max = max(o);
        return max + Math.log(shiftedSumExp(o, max));
    }

    @Override
    public double value(double[] outputs, double[] targets) {
        double lse = logSumExp(outputs);
        if (classIndex) {
            return lse - outputs[(int) targets[0]];
        }
        Targets.checkSameLength(outputs, targets);
        double loss = 0;
        for (int c = 0; c < outputs.length; c++) {
            loss -= targets[c] * (outputs[c] - lse);
        }
        return loss;
    }

    @Override
    public double[] gradient(double[] outputs, double[] targets, double[] dLossDo) {
        double max = max(outputs);
        double sumExp = shiftedSumExp(outputs, max);
        if (classIndex) {
            int k = (int) targets[0];
            for (int c = 0; c < outputs.length; c++) {
                dLossDo[c] = Math.exp(outputs[c] - max) / sumExp - (c == k ? 1.0 : 0.0);
            }
            return dLossDo;
        }
        Targets.checkSameLength(outputs, targets);
        double targetSum = 0;
        for (double y : targets) {
            targetSum += y;
        }
        for (int c = 0; c < outputs.length; c++) {
            dLossDo[c] = Math.exp(outputs[c] - max) / sumExp * targetSum - targets[c];
        }
        return dLossDo;
    }

    @Override
    public Value value(List<Value> outputs, double[] targets) {
        Value lse = Value.logSumExp(outputs);
        if (classIndex) {
            return lse.sub(outputs.get((int) targets[0]));
        }
        List<Value> terms = new ArrayList<>();
        for (int c = 0; c < outputs.size(); c++) {
            terms.add(outputs.get(c).sub(lse).mul(-targets[c]));
        }
        return Value.sum(terms);
    }

    @Override
    public void checkTargets(double[] targets, int outputCount) {
        if (!classIndex) {
            Targets.checkFinite(targets, outputCount);
            return;
        }
        if (targets == null || targets.length != 1) {
            throw new IllegalArgumentException("targets must hold one class index for " + name()
                    + "; allowed: {k} with k an integer in [0, " + (outputCount - 1) + "]");
        }
        double k = targets[0];
        if (!(k >= 0 && k < outputCount && k == Math.rint(k))) {
            throw new IllegalArgumentException("targets[0] = " + k + " is not a class index; allowed: an integer in [0, "
                    + (outputCount - 1) + "]");
        }
    }

    @Override
    public String warning(double[] targets) {
        if (classIndex) {
            return null;
        }
        double sum = 0;
        for (int c = 0; c < targets.length; c++) {
            if (targets[c] < 0) {
                return "target y" + (c + 1) + " = " + targets[c] + " is a negative probability: "
                        + "cross-entropy is then unbounded below as a function of the outputs; with unbounded"
                        + " outputs (ReLU, identity) training can drive it to minus infinity";
            }
            sum += targets[c];
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            return "targets sum to " + sum + ", not 1: they are not a probability distribution, so the loss's "
                    + "minimum is not the entropy of y";
        }
        return null;
    }

    @Override
    public double lowerBound() {
        // The entropy of a valid target distribution is >= 0, so a negative loss means invalid targets.
        return 0.0;
    }

    @Override
    public String toString() {
        return name();
    }
}
