package backprop.summary;

import backprop.gradients.GradientCheck;
import backprop.gradients.OriginalChainLoop;
import backprop.network.Examples;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.after;
import static backprop.summary.Sentences.numbers;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckTimingTest {

    /**
     * ASSIGNMENT.md: the printed pair is epoch index 77, second sample (x = -1); 0.003970 is the exact gradient at
     * the old weights, 0.004164 at the new ones; the update order's error is about 0.04 % on dw2.
     */
    @Test
    void splitsThePrintedMismatchAsTheAssignmentExplainsIt() {
        Statements s = CheckTiming.of(OriginalChainLoop.original()).statements();
        assertEquals("The loop prints the quoted line \"dl/dw3 反向传播求得:0.003970,定义求得0.004164\" at epoch index 77,"
                + " sample 2 (x = -1).", sentence(s, 0));
        String w3 = sentence(s, 1);
        assertTrue(w3.endsWith("0.003970 is the exact gradient at the old weights, 0.004164 at the new ones."), w3);
        double[] shares = numbers(w3);   // mismatch, timing, order (percent)
        assertEquals(100 * (0.003970 - 0.004164) / 0.004164, shares[0], 0.01);
        assertEquals(shares[0], shares[1], 0.01, "the timing is the whole of dw3's mismatch: " + w3);
        assertEquals(0, shares[2], 0.01, "w3 is used before any update: " + w3);
        assertEquals(-0.04, after(sentence(s, 2), "the update order"), 0.005);
        assertTrue(sentence(s, 2).endsWith("a real but much smaller error."), sentence(s, 2));
    }

    @Test
    void aLoopThatNeverPrintsTheLineIsRefused() {
        OriginalChainLoop other = OriginalChainLoop.run(new double[] {0.3, -0.2, -0.5}, Examples.CHAIN_X, Examples.CHAIN_Y,
                Examples.CHAIN_LEARNING_RATE, Examples.CHAIN_EPOCHS, GradientCheck.DEFAULT_EPSILON);
        assertThrows(IllegalArgumentException.class, () -> CheckTiming.of(other));
    }
}
