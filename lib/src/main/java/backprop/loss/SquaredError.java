package backprop.loss;

import backprop.autograd.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * L = c sum_k (o_k - y_k)^2 over the n outputs, so dL/do_k = 2c (o_k - y_k). The scale c is what tells
 * the exercise's loss and torch's MSELoss apart:
 * <ul>
 *   <li>{@link Scale#HALF_SUM}, c = 1/2: the exercise's loss; the 1/2 cancels the 2 of the square.</li>
 *   <li>{@link Scale#MEAN}, c = 1/n: torch.nn.MSELoss over the output vector; for n = 2 it equals the
 *       exercise's loss.</li>
 *   <li>{@link Scale#SUM}, c = 1: MSELoss(o1, y1) + MSELoss(o2, y2) + ..., as the original report wrote
 *       it: twice the exercise's loss, so every gradient doubles, like doubling the learning rate.</li>
 * </ul>
 */
final class SquaredError implements Loss {

    /** The factor c in front of the sum of squares. */
    enum Scale {
        HALF_SUM("half-sum-squared"),
        MEAN("mse"),
        SUM("mse-summed-per-output");

        private final String lossName;

        Scale(String lossName) {
            this.lossName = lossName;
        }

        double factor(int outputCount) {
            return switch (this) {
                case HALF_SUM -> 0.5;
                case MEAN -> 1.0 / outputCount;
                case SUM -> 1.0;
            };
        }
    }

    private final Scale scale;

    SquaredError(Scale scale) {
        this.scale = scale;
    }

    @Override
    public String name() {
        return scale.lossName;
    }

    @Override
    public double value(double[] outputs, double[] targets) {
        Targets.checkSameLength(outputs, targets);
        double sum = 0;
        for (int k = 0; k < outputs.length; k++) {
            double e = outputs[k] - targets[k];
            sum += e * e;
        }
        return scale.factor(outputs.length) * sum;
    }

    @Override
    public double[] gradient(double[] outputs, double[] targets, double[] dLossDo) {
        Targets.checkSameLength(outputs, targets);
        double twiceC = 2.0 * scale.factor(outputs.length);
        for (int k = 0; k < outputs.length; k++) {
            dLossDo[k] = twiceC * (outputs[k] - targets[k]);
        }
        return dLossDo;
    }

    @Override
    public Value value(List<Value> outputs, double[] targets) {
        List<Value> squares = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            squares.add(outputs.get(k).sub(targets[k]).pow(2));
        }
        return Value.sum(squares).mul(scale.factor(outputs.size()));
    }

    @Override
    public void checkTargets(double[] targets, int outputCount) {
        Targets.checkFinite(targets, outputCount);
    }

    @Override
    public String toString() {
        return name();
    }
}
