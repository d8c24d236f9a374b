package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginalChainLoopTest {

    @Test
    void reproducesTheQuotedLineAtEpochIndex77SecondSample() {
        OriginalChainLoop loop = OriginalChainLoop.original();
        OriginalChainLoop.Step step = loop.step(77, 1);
        assertEquals(-1.0, step.x());
        assertEquals(OriginalChainLoop.QUOTED_LINE, step.line(3));
        // 0.003970 is the exact gradient at the old weights, 0.004164 the exact one at the new weights
        assertEquals(step.exactBefore()[2], step.backprop()[2], 0);
        assertEquals(step.exactAfter()[2], step.checked()[2], 1e-9);
        assertEquals(1, loop.steps().stream().filter(s -> s.line(3).equals(OriginalChainLoop.QUOTED_LINE)).count());
    }

    @Test
    void theTwoSharesAddUpToTheMismatch() {
        OriginalChainLoop.Step step = OriginalChainLoop.original().step(77, 1);
        for (int k = 1; k <= 3; k++) {
            assertEquals(step.mismatch(k), step.orderError(k) + step.timingError(k), 1e-15);
        }
        assertEquals(0, step.orderError(3));                                              // w3's gradient precedes every update
        assertEquals(0.0423, Math.abs(step.percent(step.orderError(2), 2)), 0.001);          // "about 0.04 % on dw2"
        assertTrue(Math.abs(step.percent(step.timingError(2), 2)) > 1.5);
    }

    @Test
    void findsTheStepThatPrintsALineAndSplitsItsMismatchInPercent() {
        OriginalChainLoop loop = OriginalChainLoop.original();
        OriginalChainLoop.Step step = loop.printing(OriginalChainLoop.QUOTED_LINE).orElseThrow();
        assertEquals(77, step.epoch());
        assertEquals(1, step.sample());
        assertTrue(loop.printing("dl/dw3 反向传播求得:9.999999,定义求得9.999999").isEmpty());
        for (int k = 1; k <= 3; k++) {
            double[] shares = step.shares(k);
            assertEquals(100 * step.mismatch(k) / Math.abs(step.checked()[k - 1]), shares[0], 1e-12);
            assertEquals(shares[0], shares[1] + shares[2], 1e-12);
        }
        // the quoted pair 0.003970 vs 0.004164 is (0.003970 - 0.004164) / 0.004164, about -4.66 %
        assertEquals(-4.66, step.shares(3)[0], 0.02);
    }

    @Test
    void allSharesHasOneMagnitudePerStep() {
        OriginalChainLoop loop = OriginalChainLoop.original();
        double[] order = loop.allShares("order", 2);
        assertEquals(loop.steps().size(), order.length);
        OriginalChainLoop.Step step = loop.step(77, 1);
        assertEquals(Math.abs(step.shares(2)[1]), order[2 * 77 + 1], 0);
        assertEquals(0, java.util.Arrays.stream(loop.allShares("order", 3)).max().orElseThrow(), 0);
        assertThrows(IllegalArgumentException.class, () -> loop.allShares("speed", 1));
    }

    @Test
    void exactGradientIsTheLibrarysBackpropOnTheChainNetwork() {
        double[] w = {0.31, -0.7, 1.3};
        for (int s = 0; s < 2; s++) {
            double[] library = DeltaRule.of(Examples.chain().withParameters(w), Examples.CHAIN_X[s], Examples.CHAIN_Y[s],
                    Loss.HALF_SUM_SQUARED).gradient();
            assertArrayEquals(library, OriginalChainLoop.exactGradient(w, Examples.CHAIN_X[s][0], Examples.CHAIN_Y[s][0]), 1e-15);
        }
    }

    @Test
    void checkAtTheOldWeightsAgreesWithTheExactGradient() {
        for (OriginalChainLoop.Step s : OriginalChainLoop.original().steps()) {
            assertArrayEquals(s.exactBefore(), s.checkedBefore(), 1e-8);
        }
    }

    @Test
    void pythonFormatting() {
        assertEquals("0.003970", OriginalChainLoop.pythonF(0.0039704042));
        assertEquals("-0.000000", OriginalChainLoop.pythonF(-1e-9));
        assertEquals("0.000000", OriginalChainLoop.pythonF(0.0));
        assertEquals("0.125000", OriginalChainLoop.pythonF(0.125));
        assertEquals("0.000000", OriginalChainLoop.pythonF(0.0000005));   // exactly 5.00000000000000000e-7 is a bit below: rounds down
        assertEquals("1.000000", OriginalChainLoop.pythonF(0.9999995));
    }

    @Test
    void lossesAndProductsFollowTheRun() {
        OriginalChainLoop loop = OriginalChainLoop.original();
        assertEquals(160, loop.epochs());
        double[] w = Examples.CHAIN_WEIGHTS;
        assertEquals(OriginalChainLoop.loss(w, 1, -1), loop.steps().get(0).loss(), 0);
        double[] last = loop.finalWeights();
        assertEquals(last[0] * last[1] * last[2], loop.products()[159], 0);
        assertEquals(loop.contributions().rowCount(), 3);
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> OriginalChainLoop.run(new double[2], Examples.CHAIN_X, Examples.CHAIN_Y, 0.05, 10, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> OriginalChainLoop.original().step(160, 0));
    }

    @Test
    void theChartSeriesHoldEachNonZeroShareOfEveryEpoch() {
        OriginalChainLoop loop = OriginalChainLoop.original();
        var series = loop.shareSeries(1);
        assertEquals(java.util.List.of("check timing, dL/dw3", "check timing, dL/dw2", "update order, dL/dw2",
                "check timing, dL/dw1", "update order, dL/dw1"), java.util.List.copyOf(series.keySet()));
        series.values().forEach(v -> assertEquals(160, v.length));
        // ASSIGNMENT.md, epoch index 77, x = -1: 0.003970 against 0.004164 on dw3; the update order about 0.04 % on dw2
        assertEquals(100 * (0.004164 - 0.003970) / 0.004164, series.get("check timing, dL/dw3")[77], 0.01);
        assertEquals(0.04, series.get("update order, dL/dw2")[77], 0.005);
    }
}
