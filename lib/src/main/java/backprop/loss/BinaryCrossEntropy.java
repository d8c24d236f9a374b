package backprop.loss;

import backprop.autograd.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * torch.nn.BCELoss, mean over outputs: L = -(1/n) sum [y log o + (1 - y) log(1 - o)], for outputs of a
 * sigmoid. Like torch, each log is clamped at -100 so an output of exactly 0 or 1 gives a finite loss.
 */
final class BinaryCrossEntropy implements Loss {

    private static final double LOG_FLOOR = -100.0;

    @Override
    public String name() {
        return "binary-cross-entropy";
    }

    private static double clampedLog(double p) {
        return Math.max(Math.log(p), LOG_FLOOR);
    }

    private static void checkOutputs(double[] outputs) {
        for (int k = 0; k < outputs.length; k++) {
            if (!(outputs[k] >= 0 && outputs[k] <= 1)) {
                throw new IllegalArgumentException("output o" + (k + 1) + " = " + outputs[k]
                        + " for binary cross-entropy; allowed: [0, 1] (use a sigmoid output layer)");
            }
        }
    }

    @Override
    public double value(double[] outputs, double[] targets) {
        Targets.checkSameLength(outputs, targets);
        checkOutputs(outputs);
        double sum = 0;
        for (int k = 0; k < outputs.length; k++) {
            sum -= targets[k] * clampedLog(outputs[k]) + (1 - targets[k]) * clampedLog(1 - outputs[k]);
        }
        return sum / outputs.length;
    }

    @Override
    public double[] gradient(double[] outputs, double[] targets, double[] dLossDo) {
        Targets.checkSameLength(outputs, targets);
        checkOutputs(outputs);
        int n = outputs.length;
        for (int k = 0; k < n; k++) {
            double o = outputs[k];
            // torch bounds the denominator o(1 - o) below by its EPSILON, the float 1e-12f (9.99999996e-13),
            // so a saturated output stays finite: -1.000000004e12 at o = 0, y = 1, as torch gives.
            dLossDo[k] = (o - targets[k]) / Math.max(o * (1 - o), (double) 1e-12f) / n;
        }
        return dLossDo;
    }

    @Override
    public Value value(List<Value> outputs, double[] targets) {
        List<Value> terms = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            Value o = outputs.get(k);
            Value logO = o.log().mul(targets[k]);
            Value logOneMinusO = o.neg().add(1.0).log().mul(1 - targets[k]);
            terms.add(logO.add(logOneMinusO));
        }
        return Value.sum(terms).div(-outputs.size());
    }

    @Override
    public void checkTargets(double[] targets, int outputCount) {
        Targets.checkFinite(targets, outputCount);
        for (int k = 0; k < targets.length; k++) {
            if (targets[k] < 0 || targets[k] > 1) {
                throw new IllegalArgumentException("target y" + (k + 1) + " = " + targets[k]
                        + " for binary cross-entropy; allowed: [0, 1]");
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
