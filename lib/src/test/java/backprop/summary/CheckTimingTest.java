package backprop.summary;

import backprop.gradients.GradientCheck;
import backprop.gradients.OriginalChainLoop;
import backprop.network.Examples;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.after;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckTimingTest {

    /**
     * ASSIGNMENT.md: the printed pair is epoch index 77, second sample (x = -1); 0.003970 is the exact gradient at
     * the old weights, 0.004164 at the new ones; the update order's error is about 0.04 % on dw2. The shares of a
     * weight add up to its whole mismatch (b − c = (b − g(w)) + (g(w) − c)).
     */
    @Test
    void splitsThePrintedMismatchAsTheAssignmentExplainsIt() {
        Statements s = CheckTiming.of(OriginalChainLoop.original()).statements();
        assertEquals("The quoted line is printed, digit for digit, at epoch index 77, sample 2.", sentence(s, 0));
        assertTrue(sentence(s, 1).startsWith("Its 0.003970 is the exact dL/dw3 at the old weights (0.00397"), sentence(s, 1));
        String w3 = sentence(s, 2);
        assertTrue(w3.startsWith("dL/dw3, in % of |c|: update order 0 %"), w3);
        assertEquals(100 * (0.003970 - 0.004164) / 0.004164, after(w3, "whole mismatch,"), 0.01);
        String w2 = sentence(s, 3);
        assertEquals(-0.04, after(w2, "update order"), 0.005);
        assertTrue(w2.endsWith("the update order's error is real but much smaller."), w2);
        for (String w : new String[] {w2, sentence(s, 4)}) {
            assertEquals(after(w, "whole mismatch"), after(w, "update order") + after(w, "check timing"), 1e-4, w);
        }
        assertTrue(sentence(s, 4).contains("they nearly cancel"), sentence(s, 4));
        assertEquals("The remedy: compute all gradients at one point, check them there, then update.", sentence(s, 5));
        assertEquals(6, s.sentences().size());
    }

    @Test
    void aLoopThatNeverPrintsTheLineIsRefused() {
        OriginalChainLoop other = OriginalChainLoop.run(new double[] {0.3, -0.2, -0.5}, Examples.CHAIN_X, Examples.CHAIN_Y,
                Examples.CHAIN_LEARNING_RATE, Examples.CHAIN_EPOCHS, GradientCheck.DEFAULT_EPSILON);
        assertThrows(IllegalArgumentException.class, () -> CheckTiming.of(other));
    }
}
