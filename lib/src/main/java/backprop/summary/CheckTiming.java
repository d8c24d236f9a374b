package backprop.summary;

import backprop.gradients.OriginalChainLoop;
import backprop.view.Statements;

/**
 * The chain example's printed 2-5 % gradient-check mismatch, split by cause: the original checks after
 * all three updates (finite differences at the new weights, backprop values from the old ones), and,
 * separately, it updates w3 before propagating through it (and w2 before w1). The first explains the
 * printed line; the second is real but much smaller.
 */
public final class CheckTiming {

    private final OriginalChainLoop.Step quoted;

    private CheckTiming(OriginalChainLoop.Step quoted) {
        this.quoted = quoted;
    }

    /** The step of {@code loop} that prints {@link OriginalChainLoop#QUOTED_LINE}, e.g. of the original loop. */
    public static CheckTiming of(OriginalChainLoop loop) {
        return new CheckTiming(loop.printing(OriginalChainLoop.QUOTED_LINE).orElseThrow(() -> new IllegalArgumentException(
                "the loop never prints \"" + OriginalChainLoop.QUOTED_LINE + "\"; allowed: OriginalChainLoop.original()")));
    }

    public OriginalChainLoop.Step quoted() {
        return quoted;
    }

    public Statements statements() {
        OriginalChainLoop.Step s = quoted;
        double order1 = s.percent(s.orderError(1), 1), timing1 = s.percent(s.timingError(1), 1);
        return Statements.of()
                .add("The loop prints the quoted line \"%s\" at epoch index %s, sample %s (x = %s).",
                        OriginalChainLoop.QUOTED_LINE, s.epoch(), s.sample() + 1, s.x())
                .add("Of its %s %% mismatch on dL/dw3, the check timing contributes %s %% and the update order %s %%:"
                        + " %s is the exact gradient at the old weights, %s at the new ones.", s.percent(s.mismatch(3), 3),
                        s.percent(s.timingError(3), 3), s.percent(s.orderError(3), 3),
                        OriginalChainLoop.pythonF(s.exactBefore()[2]), OriginalChainLoop.pythonF(s.exactAfter()[2]))
                .add("On dL/dw2 the check timing contributes %s %%, the update order %s %%%s.",
                        s.percent(s.timingError(2), 2), s.percent(s.orderError(2), 2),
                        Math.abs(s.orderError(2)) < Math.abs(s.timingError(2)) / 10 ? ": a real but much smaller error" : "")
                .addIf(order1 * timing1 < 0 && Math.abs(order1 + timing1) < Math.abs(order1) / 10, "On dL/dw1 the update"
                        + " order's %s %% and the timing's %s %% nearly cancel: the late check hides that error.", order1, timing1)
                .add("The remedy: compute all gradients at one point, check them there, then update.");
    }
}
