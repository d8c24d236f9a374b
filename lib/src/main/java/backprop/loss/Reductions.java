package backprop.loss;

/** How a loss's reduction scales with the number of outputs, measured against another loss. */
public final class Reductions {

    private Reductions() {
    }

    /**
     * loss(o[0..n), y[0..n)) / reference(o[0..n), y[0..n)) for n = 1 .. o.length: e.g. MSELoss's mean
     * against the 1/2-sum gives 2/n, the per-output sum gives 2 for every n.
     */
    public static double[] ratioByOutputCount(Loss loss, Loss reference, double[] o, double[] y) {
        Targets.checkSameLength(o, y);
        double[] ratios = new double[o.length];
        for (int n = 1; n <= o.length; n++) {
            double[] on = java.util.Arrays.copyOf(o, n);
            double[] yn = java.util.Arrays.copyOf(y, n);
            ratios[n - 1] = loss.value(on, yn) / reference.value(on, yn);
        }
        return ratios;
    }
}
