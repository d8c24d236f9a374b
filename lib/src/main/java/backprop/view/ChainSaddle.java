package backprop.view;

import backprop.gradients.OriginalChainLoop;
import backprop.training.Epoch;
import backprop.training.TrainingRun;

import java.util.List;
import java.util.Map;

/**
 * The 3-layer chain e = w3 w2 w1 x learns e = -x when w1 w2 w3 = -1. Every gradient holds the product of
 * the other two weights, so at w1 = w2 = 0 all of them vanish although the loss is not 0: a saddle that a
 * run starting with the wrong sign of the product has to crawl past. This class draws the weights and
 * states from the runs how close they came to it and when the product got to -1.
 */
public final class ChainSaddle {

    /** Closer than this, w1's curve lies under w2's in {@link #weights}' chart. */
    static final double UNDER = 0.005;

    /** "Learned" means the product w1 w2 w3 within this distance of -1. */
    public static final double WITHIN = 0.01;

    /** Closer than this to w1 = w2 = 0 every gradient is below a tenth of its size at |w| ~ 1: near the saddle. */
    static final double NEAR = 0.1;

    private ChainSaddle() {
    }

    /**
     * w1, w2, w3 and their product after each epoch, for a chart. Past the saddle w1 and w2 grow alike and
     * w1's curve disappears under w2's: w2's label then says from which epoch on ("on w1") they stay within
     * {@value #UNDER} of each other (about a pixel of the chart's height).
     */
    public static Map<String, double[]> weights(TrainingRun run) {
        double[] w1 = series(run, 1), w2 = series(run, 2);
        int from = w1.length;
        while (from > 0 && Math.abs(w1[from - 1] - w2[from - 1]) < UNDER) {
            from--;
        }
        String w2Label = from == w1.length ? "w2" : "w2 (on w1 from epoch " + (from + 1) + ")";
        return Labelled.of("w1", w1, w2Label, w2, "w3", series(run, 3), "w1·w2·w3 (target −1)", products(run));
    }

    /**
     * Whether {@code run} has learned e = -x at its last epoch; how close (w1, w2) came to the origin in
     * {@code longRun}; the first epoch each of {@code longRun} and the original loop gets the product
     * within {@link #WITHIN} of -1.
     */
    public static Statements statements(TrainingRun run, TrainingRun longRun, OriginalChainLoop original) {
        double product = products(run)[run.epochsRun() - 1];
        List<Epoch> epochs = longRun.epochs();
        double closest = epochs.stream().mapToDouble(e -> Math.hypot(e.w(1), e.w(2))).min().orElseThrow();
        int reached = firstWithin(products(longRun)), originalReached = firstWithin(original.products());
        return Statements.of()
                .either(Math.abs(product + 1) < WITHIN, "After %s epochs w1·w2·w3 = %s (loss %s): e = −x is learned.",
                        "After %s epochs w1·w2·w3 = %s (loss %s): e = −x is not learned yet.", run.epochsRun(), product,
                        run.finalLoss())
                .either(closest < NEAR, "Within %2$s epochs, at an epoch end, (w1, w2) comes within %1$s of the origin, the saddle"
                        + " where every gradient vanishes.", "At the end of each of the %2$s epochs, (w1, w2) is at least %1$s from"
                        + " the origin, the saddle where every gradient vanishes.", closest, longRun.epochsRun())
                .either(reached > 0, "The product first gets within 0.01 of −1 at epoch %s.",
                        "Within %2$s epochs the product never gets within 0.01 of −1.", reached, longRun.epochsRun())
                .either(originalReached > 0, "The original loop (not gradient descent on L) gets there at epoch %s.",
                        "The original loop does not get there within %2$s epochs.", originalReached, original.epochs());
    }

    private static double[] series(TrainingRun run, int k) {
        return run.epochs().stream().mapToDouble(e -> e.w(k)).toArray();
    }

    private static double[] products(TrainingRun run) {
        return run.epochs().stream().mapToDouble(e -> e.w(1) * e.w(2) * e.w(3)).toArray();
    }

    /** The first epoch (from 1) whose product is within WITHIN of -1, or 0 if none. */
    private static int firstWithin(double[] products) {
        for (int i = 0; i < products.length; i++) {
            if (Math.abs(products[i] + 1) < WITHIN) {
                return i + 1;
            }
        }
        return 0;
    }
}
