package backprop.view;

import backprop.gradients.GradientCheck;
import backprop.gradients.OriginalChainLoop;
import backprop.loss.Loss;
import backprop.network.Examples;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the chain page states about the original program's gradient check ({@link OriginalChainLoop}):
 * whether the quoted line is printed, how each printed mismatch splits into the update order's and the
 * check timing's share, how that looks over the whole run, and what a check at one point gives instead.
 * Shares are in % of |c|, the magnitude of the check value, as in {@link OriginalChainLoop.Step#shares}.
 */
public final class OriginalCheck {

    private OriginalCheck() {
    }

    /** Where the material's quoted line is printed, and the exact gradients its two numbers are. */
    public static Statements quoted(OriginalChainLoop loop) {
        var quoted = loop.printing(OriginalChainLoop.QUOTED_LINE);
        if (quoted.isEmpty()) {
            return Statements.of().add("The quoted line is not printed with these hyperparameters (it belongs to"
                    + " the original setting).");
        }
        OriginalChainLoop.Step s = quoted.get();
        return Statements.of().add("The quoted line is printed, digit for digit, at epoch index %s, sample %s.", s.epoch(),
                        s.sample() + 1)
                .add("Its 0.003970 is the exact dL/dw3 at the old weights (%s), 0.004164 at the new (%s).",
                        s.exactBefore()[2], s.exactAfter()[2]);
    }

    /**
     * The step's three mismatches b − c, each split into update order b − g(w) and check timing g(w) − c,
     * in % of |c| (b: the printed backprop value, c: the printed check, g(w): the exact gradient at the old
     * weights). A check at rounding level ({@link OriginalChainLoop.Step#readable}) is said to be one instead.
     */
    public static Statements shares(OriginalChainLoop.Step step) {
        double[] w1 = step.shares(1), w2 = step.shares(2), w3 = step.shares(3);
        if (!step.readable()) {
            List<String> unreadable = IntStream.rangeClosed(1, 3).filter(k -> !step.readable(k)).mapToObj(k -> "dL/dw" + k).toList();
            return Statements.of().add("At epoch index %s, sample %s, %s. |c| is below %s for %s, so the split in %% of"
                    + " |c| shows rounding only (NaN where c is exactly 0).%s", step.epoch(), step.sample() + 1, whyVanishing(step),
                    OriginalChainLoop.ROUNDING_LEVEL, Statements.listed(unreadable),
                    converged(step) ? " An earlier checkEpochIndex shows the causes." : "");
        }
        return Statements.of().add("dL/dw3, in %% of |c|: update order %s %% (dL/dw3 is formed before any update), so the whole"
                        + " mismatch, %s %%, is check timing.", w3[1], w3[0])
                .add("dL/dw2, in %% of |c|: update order %s %%, check timing %s %%, whole mismatch %s %%%s.", w2[1], w2[2],
                        w2[0], w2[1] != 0 && Math.abs(w2[1]) < Math.abs(w2[2]) / 10 ? ": the update order's error is real but much smaller" : "")
                .either(Math.abs(w1[1]) > 10 * Math.abs(w1[0]), "dL/dw1, in %% of |c|: update order %s %%, check timing"
                        + " %s %%: they nearly cancel, so the whole mismatch, %s %%, hides a real error of the update order."
                        + " Not by chance: the loop forms dL/dw1 with the new w2 and w3, so it differs from the gradient at"
                        + " the new weights, where the check is taken, only through the change of e.",
                        "dL/dw1, in %% of |c|: update order %s %%, check timing %s %%, whole mismatch %s %%.", w1[1], w1[2], w1[0]);
    }

    /**
     * Over every printed check above rounding level: how many dL/dw3 lines are 2–5 % apart, and how large the
     * update order's share is.
     */
    public static Statements overall(OriginalChainLoop loop) {
        double[] w3Mismatch = loop.allShares("mismatch", 3), w2Order = loop.allShares("order", 2),
                w2Mismatch = loop.allShares("mismatch", 2);
        Statements s = Statements.of().addIf(loop.atRoundingLevel(3) > 0, "%s of the %s checks of dL/dw3 are at rounding"
                + " level (|c| below %s: the run has converged there, or sits where every gradient vanishes) and are left"
                + " out below.", loop.atRoundingLevel(3), loop.steps().size(), OriginalChainLoop.ROUNDING_LEVEL);
        if (w3Mismatch.length == 0 || w2Order.length == 0) {
            return s.add("No printed check is above rounding level: there is no share to read.");
        }
        double orderMedian = Statistics.quantile(w2Order, 0.5);
        return s.add("%s of the %s printed dl/dw3 lines%s are 2–5 %% apart, none of it from the update order.",
                        Arrays.stream(w3Mismatch).filter(m -> m >= 2 && m <= 5).count(), w3Mismatch.length,
                        loop.atRoundingLevel(3) > 0 ? " above rounding level" : "")
                .add("The update order's share on dL/dw2: median %s %%, at most %s %%.", orderMedian,
                        Arrays.stream(w2Order).max().orElse(0))
                .either(orderMedian > 0 && Statistics.quantile(w3Mismatch, 0.5) > 10 * orderMedian, "So the mismatch of"
                        + " dL/dw3 and dL/dw2 (medians %s %% and %s %%) comes from checking at the new weights; on dL/dw2 the"
                        + " update order adds a real but much smaller error.", "With these hyperparameters the update order's"
                        + " share is not small against the check timing's.", Statistics.quantile(w3Mismatch, 0.5),
                        Statistics.quantile(w2Mismatch, 0.5));
    }

    /** The same step checked the right way: all gradients at the old weights, checked there. */
    public static Statements atOnePoint(OriginalChainLoop.Step step, double epsilon) {
        GradientCheck check = GradientCheck.of(Examples.chain().withParameters(step.before()), new double[] {step.x()},
                new double[] {step.label()}, Loss.HALF_SUM_SQUARED, epsilon);
        double error = check.maxRelativeError("hand-written");
        if (!step.readable()) {
            return Statements.of().add("At this step the gradients are at rounding level (below %s), where even a check at"
                    + " one point differs by a relative %s%s.", OriginalChainLoop.ROUNDING_LEVEL, error,
                    converged(step) ? ": pick an earlier checkEpochIndex" : ": where the gradients vanish there is no"
                            + " cause to split");
        }
        return Statements.of().add("Checked where they were computed, the gradients agree with the central difference"
                + " to a relative %s (the printed check: %s %% on dL/dw3).", error, step.shares(3)[0]);
    }

    /** e − ê of the step, at the weights before it. */
    private static double error(OriginalChainLoop.Step step) {
        double[] w = step.before();
        return w[0] * w[1] * w[2] * step.x() - step.label();
    }

    /** Whether the sample is fitted (|e − ê| below 1e-5): small gradients there are a converged run's. */
    private static boolean converged(OriginalChainLoop.Step step) {
        return Math.abs(error(step)) < Math.sqrt(OriginalChainLoop.ROUNDING_LEVEL);
    }

    /**
     * Why the step's gradients are small: a fitted sample, or weights near 0. Each gradient of the chain is
     * (e − ê) times the other two weights (times x): two weights near 0 are a saddle where all three vanish,
     * one weight near 0 silences the two gradients it enters.
     */
    private static String whyVanishing(OriginalChainLoop.Step step) {
        if (converged(step)) {
            return "the run has converged";
        }
        double[] w = step.before();
        List<String> small = IntStream.rangeClosed(1, 3).filter(k -> Math.abs(w[k - 1]) < Math.sqrt(OriginalChainLoop.ROUNDING_LEVEL))
                .mapToObj(k -> "w" + k).toList();
        return "the gradients are small although e − ê = " + Numbers.format(error(step)) + (small.size() >= 2
                ? ": " + String.join(" and ", small) + " are (nearly) 0, a saddle where every gradient vanishes"
                : small.size() == 1 ? ": " + small.get(0) + " is (nearly) 0, and each gradient it enters with it" : "");
    }
}
