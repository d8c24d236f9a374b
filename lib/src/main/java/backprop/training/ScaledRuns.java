package backprop.training;

/**
 * Whether run {@code a} is run {@code b} with its loss and every gradient multiplied by {@code factor}
 * and the same weights and outputs: e.g. a loss twice as large at step s against the original loss at
 * step 2s (doubling the loss doubles the gradient, which doubles the step). Measured over every epoch
 * both runs reached.
 *
 * @param factor                the factor a's loss and gradients should carry
 * @param epochs                the epochs compared
 * @param maxWeightDifference   max |w_a - w_b| after each update
 * @param maxOutputDifference   max |o_a - o_b|
 * @param maxGradientDifference max |dL/dw_a - factor * dL/dw_b|
 * @param exactLossEpochs       epochs whose loss_a is bit for bit factor * loss_b
 */
public record ScaledRuns(double factor, int epochs, double maxWeightDifference, double maxOutputDifference,
                         double maxGradientDifference, int exactLossEpochs) {

    /** Compares a with b over the epochs both reached. */
    public static ScaledRuns compare(TrainingRun a, TrainingRun b, double factor) {
        int epochs = Rules.comparableEpochs(a, b);
        double weights = 0;
        double outputs = 0;
        double gradients = 0;
        int exactLoss = 0;
        for (int e = 1; e <= epochs; e++) {
            Epoch x = a.epoch(e);
            Epoch y = b.epoch(e);
            weights = Math.max(weights, maxAbs(x.weights(), y.weights(), 1));
            for (int s = 0; s < x.outputs().length; s++) {
                outputs = Math.max(outputs, maxAbs(x.outputs()[s], y.outputs()[s], 1));
            }
            gradients = Math.max(gradients, maxAbs(x.gradients(), y.gradients(), factor));
            exactLoss += Double.compare(x.loss(), factor * y.loss()) == 0 ? 1 : 0;
        }
        return new ScaledRuns(factor, epochs, weights, outputs, gradients, exactLoss);
    }

    /** Same weights and outputs in every epoch, gradients exactly factor times, loss exactly factor times. */
    public boolean identical() {
        return maxWeightDifference == 0 && maxOutputDifference == 0 && maxGradientDifference == 0 && exactLossEpochs == epochs;
    }

    private static double maxAbs(double[] a, double[] b, double factor) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - factor * b[i]);
            m = Double.isNaN(d) ? Double.NaN : Math.max(m, d);
        }
        return m;
    }
}
