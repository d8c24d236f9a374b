package backprop.loss;

import backprop.autograd.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * torch.nn.MSELoss. Averaged over the n outputs it is (1/n) sum (o_k - y_k)^2, which for n = 2 equals
 * the exercise's 1/2-sum loss. Summed per output, MSELoss(o1,y1) + MSELoss(o2,y2) = sum (o_k - y_k)^2:
 * twice the exercise's loss, so every gradient doubles, like doubling the learning rate.
 */
final class MeanSquaredError implements Loss {

    private final boolean mean;

    MeanSquaredError(boolean mean) {
        this.mean = mean;
    }

    private double scale(int n) {
        return mean ? 1.0 / n : 1.0;
    }

    @Override
    public String name() {
        return mean ? "mse" : "mse-summed-per-output";
    }

    @Override
    public double value(double[] outputs, double[] targets) {
        Targets.checkSameLength(outputs, targets);
        double sum = 0;
        for (int k = 0; k < outputs.length; k++) {
            double e = outputs[k] - targets[k];
            sum += e * e;
        }
        return scale(outputs.length) * sum;
    }

    @Override
    public double[] gradient(double[] outputs, double[] targets, double[] dLossDo) {
        Targets.checkSameLength(outputs, targets);
        double twiceScale = 2.0 * scale(outputs.length);
        for (int k = 0; k < outputs.length; k++) {
            dLossDo[k] = twiceScale * (outputs[k] - targets[k]);
        }
        return dLossDo;
    }

    @Override
    public Value value(List<Value> outputs, double[] targets) {
        List<Value> squares = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            squares.add(outputs.get(k).sub(targets[k]).pow(2));
        }
        Value sum = Value.sum(squares);
        return mean ? sum.div(outputs.size()) : sum;
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
