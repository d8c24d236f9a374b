package backprop.view;

import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.gradients.GradientSource;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.Map;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunComparisonTest {

    private static TrainingRun run(Loss loss, double rate, int epochs) {
        return Training.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).loss(loss).learningRate(rate).epochs(epochs).run();
    }

    @Test
    void sideBySideListsLossAndOutputsOfEachRunAtTheEpochsAllReached() {
        Map<String, TrainingRun> runs = new LinkedHashMap<>();
        runs.put("a", run(Loss.HALF_SUM_SQUARED, 1.0, 100));
        runs.put("b", run(Loss.HALF_SUM_SQUARED, 0.5, 50));
        Table t = RunComparison.sideBySide("t", runs, 1, 10, 50, 100);
        assertEquals(3, t.rowCount());
        assertEquals(java.util.List.of("epoch", "loss (a)", "loss (b)", "o1 (a)", "o1 (b)", "o2 (a)", "o2 (b)"), t.columnNames());
        assertEquals(runs.get("a").epoch(50).o(2), t.doubleColumn("o2 (a)").get(2), 0.0);
        assertEquals(0.2097097937078311, t.doubleColumn("loss (b)").get(0), 1e-15);
    }

    @Test
    void lastEpochListsLossOutputsAndWeightsOfEachRun() {
        Map<String, TrainingRun> runs = new LinkedHashMap<>();
        runs.put("a", run(Loss.HALF_SUM_SQUARED, 1.0, 100));
        runs.put("b", run(Loss.HALF_SUM_SQUARED, 0.5, 50));
        Table t = RunComparison.lastEpoch("t", runs);
        assertEquals(java.util.List.of("quantity", "a", "b"), t.columnNames());
        assertEquals(java.util.List.of("loss", "o1", "o2", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"),
                t.stringColumn("quantity").asList());
        // ASSIGNMENT.md: after 100 epochs at step 1, o1 = 0.2378, o2 = 0.0736, loss = 0.0103428.
        assertEquals(0.0103428, t.doubleColumn("a").get(0), 5e-8);
        assertEquals(0.2378, t.doubleColumn("a").get(1), 5e-5);
        assertEquals(0.0736, t.doubleColumn("a").get(2), 5e-5);
        assertEquals(runs.get("b").w(8), t.doubleColumn("b").get(10), 0.0);
    }

    @Test
    void handWrittenAndAutogradRunsDifferOnlyInTheLastBits() {
        TrainingRun hand = run(Loss.HALF_SUM_SQUARED, 1.0, 100);
        TrainingRun auto = Training.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).learningRate(1.0).epochs(100)
                .gradients(GradientSource.AUTOGRAD).run();
        double max = RunComparison.maxDifference(hand, auto);
        assertTrue(max < 1e-15, "max difference " + max);
        Table d = RunComparison.differences("d", hand, auto, 1, 100, 200);
        assertEquals(2, d.rowCount());
        assertEquals("0", d.doubleColumn("|loss difference|").getString(0));
        double g = d.doubleColumn("max |gradient difference|").get(0);
        assertEquals(g == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3g", g), d.doubleColumn("max |gradient difference|").getString(0));
        assertTrue(d.doubleColumn("max |weight difference|").max() <= max);
    }

    @Test
    void summedMseAtStepSIsHalfSumAtStep2S() {
        // Every gradient of MSELoss(o1,y1) + MSELoss(o2,y2) is exactly twice the 1/2-sum one: scaling by 2 is exact.
        TrainingRun summed = run(Loss.MSE_SUMMED_PER_OUTPUT, 0.5, 100);
        TrainingRun half = run(Loss.HALF_SUM_SQUARED, 1.0, 100);
        Table d = RunComparison.differences("d", summed, half, 1, 10, 100);
        assertEquals(0.0, d.doubleColumn("max |weight difference|").max(), 0.0);
        assertEquals(0.0, d.doubleColumn("max |output difference|").max(), 0.0);
        assertEquals(half.epoch(10).loss(), d.doubleColumn("|loss difference|").get(1), 1e-15);
    }

    @Test
    void runsOfDifferentShapesAreRefused() {
        TrainingRun exercise = run(Loss.HALF_SUM_SQUARED, 1.0, 2);
        TrainingRun chain = Training.of(Examples.chain()).data(new double[] {1}, new double[] {-1}).learningRate(0.05).epochs(2).run();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunComparison.maxDifference(exercise, chain));
        assertTrue(e.getMessage().contains("[2, 2, 2]"));
    }
    @Test
    void sameTrainingSaysRoundingOnlyWhenTheRunsAgreeToRounding() {
        TrainingRun hand = run(Loss.HALF_SUM_SQUARED, 1.0, 100);
        TrainingRun auto = Training.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).learningRate(1.0).epochs(100)
                .gradients(GradientSource.AUTOGRAD).run();
        java.util.List<String> same = RunComparison.sameTraining(hand, auto).sentences();
        assertTrue(same.get(0).startsWith("Over 100 epochs any loss, output, gradient or weight"), same.get(0));
        assertEquals("The two give the same training, up to the rounding of different operation orders.", same.get(1));
        assertEquals(2, same.size());
        // step 1 against step 0.5: not the same training
        assertEquals("The two give the same training bit for bit.", RunComparison.sameTraining(hand, hand).sentences().get(1));
        assertEquals("The two runs differ by more than rounding.",
                RunComparison.sameTraining(hand, run(Loss.HALF_SUM_SQUARED, 0.5, 100)).sentences().get(1));
    }
}
