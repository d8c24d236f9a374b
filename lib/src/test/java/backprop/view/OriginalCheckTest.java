package backprop.view;

import backprop.gradients.OriginalChainLoop;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain page's sentences about the original program's check (golden facts from ASSIGNMENT.md). */
class OriginalCheckTest {

    private static final OriginalChainLoop ORIGINAL = OriginalChainLoop.original();

    @Test
    void theQuotedLineIsFoundAndItsTwoNumbersAreTheGradientsAtTheOldAndTheNewWeights() {
        List<String> s = OriginalCheck.quoted(ORIGINAL).sentences();
        // the material: epoch index 77, second sample; 0.003970 exact at the old weights, 0.004164 at the new
        assertEquals("The quoted line is printed, digit for digit, at epoch index 77, sample 2.", s.get(0));
        assertTrue(s.get(1).matches("Its 0.003970 is the exact dL/dw3 at the old weights \\(0\\.00397\\d*\\), 0.004164 at the new"
                + " \\(0\\.00416\\d*\\)\\."), s.get(1));
        OriginalChainLoop elsewhere = OriginalChainLoop.run(Examples.CHAIN_WEIGHTS, Examples.CHAIN_X, Examples.CHAIN_Y, 0.05, 20, 1e-6);
        assertTrue(OriginalCheck.quoted(elsewhere).sentences().get(0).startsWith("The quoted line is not printed"));
    }

    @Test
    void theStepSplitsIntoUpdateOrderAndCheckTiming() {
        List<String> s = OriginalCheck.shares(ORIGINAL.step(77, 1)).sentences();
        assertTrue(s.get(0).startsWith("dL/dw3, in % of |c|: update order 0 % (dL/dw3 is formed before any update), so the"
                + " whole mismatch, -4.6"), s.get(0));
        // "a real but much smaller error (about 0.04 % on dw2 at that point)"
        assertTrue(s.get(1).startsWith("dL/dw2, in % of |c|: update order -0.04"), s.get(1));
        assertTrue(s.get(2).contains("they nearly cancel"), s.get(2));
    }

    @Test
    void aConvergedRunsChecksAreRoundingAndNoShareIsReadFromThem() {
        // Step 0.2: e = -x is learned within about 50 epochs; by epoch index 77 every gradient is about 1e-16.
        OriginalChainLoop fast = OriginalChainLoop.run(Examples.CHAIN_WEIGHTS, Examples.CHAIN_X, Examples.CHAIN_Y, 0.2, 160, 1e-6);
        OriginalChainLoop.Step late = fast.step(77, 1);
        assertTrue(Math.abs(late.checked()[2]) < OriginalChainLoop.ROUNDING_LEVEL, "dL/dw3 = " + late.checked()[2]);
        List<String> shares = OriginalCheck.shares(late).sentences();
        assertEquals(1, shares.size());
        assertTrue(shares.get(0).startsWith("At epoch index 77, sample 2, the run has converged"), shares.get(0));
        assertTrue(OriginalCheck.atOnePoint(late, 1e-6).sentences().get(0).startsWith("At this step the gradients are at rounding level"));
        long left = fast.atRoundingLevel(3);
        assertTrue(left > 0 && fast.allShares("mismatch", 3).length == fast.steps().size() - left);
        assertTrue(OriginalCheck.overall(fast).sentences().get(0).startsWith(left + " of the 320 checks of dL/dw3 are at rounding level"),
                OriginalCheck.overall(fast).sentences().get(0));
        assertTrue(java.util.Arrays.stream(fast.series("timing", 3, 1)).anyMatch(Double::isNaN));
        // The original run never gets there: nothing is left out, and the sentences stay as they were.
        assertEquals(0, ORIGINAL.atRoundingLevel(1) + ORIGINAL.atRoundingLevel(2) + ORIGINAL.atRoundingLevel(3));
    }

    @Test
    void aRunStartedOnTheSaddleIsNotCalledConverged() {
        // w1 = w2 = 0: every gradient of the chain is a product with w1 or w2 (or h = 0), so nothing moves while e − ê = ∓1.
        OriginalChainLoop stuck = OriginalChainLoop.run(new double[] {0, 0, 0.5}, Examples.CHAIN_X, Examples.CHAIN_Y, 0.05, 160, 1e-6);
        OriginalChainLoop.Step step = stuck.step(77, 1);
        String said = OriginalCheck.shares(step).sentences().get(0);
        assertTrue(said.startsWith("At epoch index 77, sample 2, the gradients are small although e − ê = -1: w1 and w2 are"
                + " (nearly) 0, a saddle where every gradient vanishes."), said);
        assertFalse(said.contains("converged") || said.contains("earlier checkEpochIndex"), said);
        String one = OriginalCheck.atOnePoint(step, 1e-6).sentences().get(0);
        assertTrue(one.endsWith("where the gradients vanish there is no cause to split."), one);
    }

    @Test
    void overTheRunTheTimingDominatesAndACheckAtOnePointAgrees() {
        List<String> s = OriginalCheck.overall(ORIGINAL).sentences();
        assertTrue(s.get(0).endsWith("of the 320 printed dl/dw3 lines are 2–5 % apart, none of it from the update order."), s.get(0));
        // ASSIGNMENT.md: the original prints percent-level (2-5 %) mismatches.
        java.util.regex.Matcher medians = java.util.regex.Pattern
                .compile("So the mismatch of dL/dw3 and dL/dw2 \\(medians (\\S+) % and (\\S+) %\\) comes from checking at the new weights.*")
                .matcher(s.get(2));
        assertTrue(medians.matches(), s.get(2));
        assertTrue(Double.parseDouble(medians.group(1)) > 2 && Double.parseDouble(medians.group(1)) < 6, s.get(2));
        assertTrue(Double.parseDouble(medians.group(2)) > 1 && Double.parseDouble(medians.group(2)) < 5, s.get(2));
        String one = OriginalCheck.atOnePoint(ORIGINAL.step(77, 1), 1e-6).sentences().get(0);
        double relative = Double.parseDouble(one.replaceAll(".*to a relative (\\S+) \\(.*", "$1"));
        assertTrue(relative < 1e-6, one);
    }
}
