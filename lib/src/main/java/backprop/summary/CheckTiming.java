package backprop.summary;

import backprop.gradients.OriginalChainLoop;
import backprop.view.OriginalCheck;
import backprop.view.Statements;

/**
 * The chain example's printed 2-5 % gradient-check mismatch, split by cause: the original checks after
 * all three updates (finite differences at the new weights, backprop values from the old ones), and,
 * separately, it updates w3 before propagating through it (and w2 before w1). The sentences are
 * {@link OriginalCheck}'s for the quoted step (notebook 13 states them at length), closed by the remedy.
 */
public final class CheckTiming {

    private final OriginalChainLoop loop;
    private final OriginalChainLoop.Step quoted;

    private CheckTiming(OriginalChainLoop loop, OriginalChainLoop.Step quoted) {
        this.loop = loop;
        this.quoted = quoted;
    }

    /** The step of {@code loop} that prints {@link OriginalChainLoop#QUOTED_LINE}, e.g. of the original loop. */
    public static CheckTiming of(OriginalChainLoop loop) {
        return new CheckTiming(loop, loop.printing(OriginalChainLoop.QUOTED_LINE).orElseThrow(() -> new IllegalArgumentException(
                "the loop never prints \"" + OriginalChainLoop.QUOTED_LINE + "\"; allowed: OriginalChainLoop.original()")));
    }

    public OriginalChainLoop.Step quoted() {
        return quoted;
    }

    public Statements statements() {
        return OriginalCheck.quoted(loop).addAll(OriginalCheck.shares(quoted))
                .add("The remedy: compute all gradients at one point, check them there, then update.");
    }
}
