package backprop.view;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report 000's "step 0.5" printout (ASSIGNMENT.md, "Original printouts"): the run on the doubled loss
 * (two per-output MSELoss summed) at step 0.5 reproduces it; the 1/2-sum loss at step 1 has its weights
 * but half its loss; the 1/2-sum loss at step 0.5 is far off.
 */
class PrintedRunTest {

    private static final Training REPORT = Training.of(Examples.exercise(Activation.SIGMOID))
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).epochs(100);
    private static final PrintedRun STEP_HALF = PrintedRun.of("report 000")
            .at(50, "o1 o2 loss w1..w8", "0.2758 0.1304 0.04224893078 0.7606 -0.3133 0.8363 0.6520 -0.7251 -2.3611 -0.9798 -0.7355")
            .at(100, "loss w1..w8", "0.02068568580 0.9865 -0.2037 0.9719 0.7178 -0.8628 -2.8459 -1.0866 -1.1112");

    @Test
    void theDoubledLossAtTheLabelledStepReproducesThePrintout() {
        TrainingRun doubled = REPORT.loss(Loss.MSE_SUMMED_PER_OUTPUT).learningRate(0.5).run();
        TrainingRun twiceTheStep = REPORT.learningRate(1).run();
        TrainingRun labelled = REPORT.learningRate(0.5).run();
        assertTrue(STEP_HALF.reproducedBy(doubled));
        assertTrue(STEP_HALF.largestValueDifference(doubled) <= 5e-5);
        assertTrue(STEP_HALF.largestLossRelativeDifference(doubled) < 1e-6);
        assertFalse(STEP_HALF.reproducedBy(twiceTheStep));
        assertEquals(0.5, STEP_HALF.largestLossRelativeDifference(twiceTheStep), 1e-6);
        assertTrue(STEP_HALF.largestValueDifference(twiceTheStep) <= 5e-5, "the same weights and outputs");
        assertFalse(STEP_HALF.reproducedBy(labelled));
        assertTrue(STEP_HALF.largestValueDifference(labelled) > 0.1);
    }

    @Test
    void eachRowReadsItsOwnQuantityAtItsOwnEpoch() {
        TrainingRun run = REPORT.learningRate(1).run();
        assertEquals(20, STEP_HALF.rows().size());
        assertEquals(List.of("o1 @50", "o2 @50", "loss @50", "w1 @50"), STEP_HALF.rows().subList(0, 4));
        assertEquals("w8 @100", STEP_HALF.rows().get(19));
        double[] ours = STEP_HALF.valuesOf(run);
        assertEquals(run.epoch(50).o(2), ours[1]);
        assertEquals(run.epoch(50).loss(), ours[2]);
        assertEquals(run.epoch(50).w(1), ours[3]);
        assertEquals(run.epoch(100).loss(), ours[11]);
        assertEquals(run.epoch(100).w(8), ours[19]);
        assertEquals(-1.1112, STEP_HALF.printed()[19]);
        Table t = STEP_HALF.against("t", Labelled.of("ours", run));
        assertEquals(List.of("printed", "report 000", "ours"), t.columnNames());
        assertEquals("0.6520", t.getString(6, "report 000"), "as printed, trailing zero kept");
    }

    @Test
    void aRunThatStoppedEarlyReproducesNothing() {
        TrainingRun short50 = REPORT.loss(Loss.MSE_SUMMED_PER_OUTPUT).learningRate(0.5).epochs(50).run();
        assertTrue(Double.isNaN(STEP_HALF.valuesOf(short50)[19]));
        assertFalse(STEP_HALF.reproducedBy(short50));
        assertTrue(STEP_HALF.verdict(Labelled.of("short", short50)).sentences().get(0).startsWith("short does not reproduce"));
    }

    @Test
    void badQuantitiesAndCountsAreRefusedWithTheRule() {
        PrintedRun p = PrintedRun.of("r");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.at(1, "x1", "0.5"));
        assertTrue(e.getMessage().startsWith("quantity \"x1\"; allowed:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.at(1, "o1 o2", "0.5"));
        assertThrows(IllegalArgumentException.class, () -> p.at(0, "o1", "0.5"));
        assertThrows(IllegalArgumentException.class, () -> p.at(1, "o1", "zero"));
        assertThrows(IllegalArgumentException.class, () -> PrintedRun.of(" "));
    }
}
