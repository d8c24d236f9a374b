package backprop.training;

import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * How closely two training runs of the same network agree over every epoch both ran, number by
 * number (loss, each output, each gradient, each weight after the update): how many are bit-for-bit
 * identical, the largest absolute difference, the largest difference in units in the last place
 * (ulp) and the largest relative one, and where that is.
 *
 * @param epochs           epochs compared (those both runs reached)
 * @param compared         numbers compared
 * @param identical        of those, bit-for-bit identical
 * @param maxAbsDifference largest |a - b|
 * @param maxUlps          largest |a - b| / ulp(max(|a|, |b|))
 * @param worstRelative    largest |a - b| / max(|a|, |b|)
 * @param worstWhere       which number that is, e.g. "dL/dw2 in epoch 10" ("-" if all are identical)
 * @param worstValue       its value in the first run
 */
public record Agreement(int epochs, int compared, int identical, double maxAbsDifference, double maxUlps,
                        double worstRelative, String worstWhere, double worstValue) {

    /** Compares run a with run b. */
    public static Agreement of(TrainingRun a, TrainingRun b) {
        Network shape = a.initialNetwork();
        int epochs = Rules.comparableEpochs(a, b);
        int compared = 0;
        int identical = 0;
        double maxAbs = 0;
        double maxUlps = 0;
        double worst = 0;
        double worstValue = 0;
        String where = "-";
        for (int e = 1; e <= epochs; e++) {
            List<String> names = new ArrayList<>();
            List<double[]> pairs = new ArrayList<>();
            collect(a.epoch(e), b.epoch(e), shape.parameterNames(), names, pairs);
            for (int i = 0; i < pairs.size(); i++) {
                double x = pairs.get(i)[0];
                double y = pairs.get(i)[1];
                compared++;
                if (Double.compare(x, y) == 0) {
                    identical++;
                    continue;
                }
                double scale = Math.max(Math.abs(x), Math.abs(y));
                double d = Math.abs(x - y);
                maxAbs = Math.max(maxAbs, d);
                maxUlps = Math.max(maxUlps, d / Math.ulp(scale));
                if (d / scale > worst) {
                    worst = d / scale;
                    where = names.get(i) + " in epoch " + e;
                    worstValue = x;
                }
            }
        }
        return new Agreement(epochs, compared, identical, maxAbs, maxUlps, worst, where, worstValue);
    }

    /** No difference above this is one rounding error of numbers below about 1000: such a difference has grown, step by step. */
    public static final double GROWN = 1e-12;

    /**
     * Whether the runs parted beyond rounding: at a large step training is chaotic, each epoch magnifies
     * the last-bit differences of the two orders of operations, and late digits say nothing about the formulas.
     */
    public boolean grown() {
        return maxAbsDifference > GROWN;
    }

    /** Whether every compared number is bit-for-bit identical. */
    public boolean allIdentical() {
        return identical == compared;
    }

    /**
     * Significant digits every compared number agrees to at least: floor(-log10(worstRelative)),
     * 17 when all are identical (a double carries about 16).
     */
    public int digits() {
        return worstRelative == 0 ? 17 : (int) Math.floor(-Math.log10(worstRelative));
    }

    private static void collect(Epoch x, Epoch y, List<String> parameters, List<String> names, List<double[]> pairs) {
        names.add("loss");
        pairs.add(new double[] {x.loss(), y.loss()});
        for (int s = 0; s < x.outputs().length; s++) {
            for (int k = 0; k < x.outputs()[s].length; k++) {
                names.add("o" + (k + 1) + (x.outputs().length > 1 ? " (sample " + (s + 1) + ")" : ""));
                pairs.add(new double[] {x.outputs()[s][k], y.outputs()[s][k]});
            }
        }
        for (int k = 0; k < parameters.size(); k++) {
            names.add("dL/d" + parameters.get(k));
            pairs.add(new double[] {x.gradients()[k], y.gradients()[k]});
        }
        for (int k = 0; k < parameters.size(); k++) {
            names.add(parameters.get(k) + " after");
            pairs.add(new double[] {x.weights()[k], y.weights()[k]});
        }
    }
}
