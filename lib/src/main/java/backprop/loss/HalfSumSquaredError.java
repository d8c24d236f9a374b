package backprop.loss;

import backprop.autograd.Value;

import java.util.ArrayList;
import java.util.List;

/** L = 1/2 sum (o_k - y_k)^2; the 1/2 cancels the 2 of the square, so dL/do_k = o_k - y_k. */
final class HalfSumSquaredError implements Loss {

    @Override
    public String name() {
        return "half-sum-squared";
    }

    @Override
    public double value(double[] outputs, double[] targets) {
        Targets.checkSameLength(outputs, targets);
        double sum = 0;
        for (int k = 0; k < outputs.length; k++) {
            double e = outputs[k] - targets[k];
            sum += e * e;
        }
        return 0.5 * sum;
    }

    @Override
    public double[] gradient(double[] outputs, double[] targets, double[] dLossDo) {
        Targets.checkSameLength(outputs, targets);
        for (int k = 0; k < outputs.length; k++) {
            dLossDo[k] = outputs[k] - targets[k];
        }
        return dLossDo;
    }

    @Override
    public Value value(List<Value> outputs, double[] targets) {
        List<Value> squares = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            squares.add(outputs.get(k).sub(targets[k]).pow(2).mul(0.5));
        }
        return Value.sum(squares);
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
