package backprop.training;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import java.util.List;
import tech.tablesaw.api.Table;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small steps descend monotonically and agree between the two backward passes; huge ones do not. */
class StepBehaviourTest {

    private static StepBehaviour grid(Activation activation, double... rates) {
        Training config = Training.of(Examples.exercise(activation)).data(EXERCISE_X, EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED);
        return StepBehaviour.of(config, config.sweep().learningRates(rates).epochs(1, 100, 1000).run());
    }

    @Test
    void theExerciseAtStepOneIsMonotoneAndOrderly() {
        StepBehaviour b = grid(Activation.SIGMOID, 0.5, 1);
        TrainingRun one = b.runs().get(1);
        assertEquals("monotone", b.status(one));
        assertFalse(b.chaotic(one));
        assertTrue(b.passDifference(1) < 1e-12, "hand-written and autograd differ by " + b.passDifference(1));
        assertEquals(one.finalLoss(), b.lowestFinalLoss());
        assertEquals("none", b.steps(b::chaotic));
        assertEquals("0.5, 1", b.steps(r -> true));
        assertEquals(java.util.List.of("grid — monotone: steps 0.5, 1; the loss rises at some epoch: none; diverged: none.",
                "Chaotic (late digits are rounding accidents): none; ends worse than at the start: none; stalls far above the best: none.",
                "Both outputs end exactly 0: none; a larger budget read a higher loss than a smaller one: none."),
                b.observations("grid").sentences());
    }

    @Test
    void hugeStepsAreChaoticAndReluStepsDieOrDiverge() {
        StepBehaviour sigmoid = grid(Activation.SIGMOID, 1, 200);
        assertTrue(sigmoid.chaotic(sigmoid.runs().get(1)), "step 200: pass difference " + sigmoid.passDifference(200));
        assertTrue(sigmoid.status(sigmoid.runs().get(1)).startsWith("chaotic; "));
        StepBehaviour relu = grid(Activation.RELU, 1, 50, 500);
        assertTrue(relu.worseThanStart(relu.runs().get(1)));
        assertTrue(relu.status(relu.runs().get(2)).startsWith("diverged at epoch "));
        assertTrue(Double.isNaN(relu.passDifference(500)));
    }

    @Test
    void aChaoticRunsLateFiguresAreWrittenRoughlyAndADivergedCellSaysSo() {
        StepBehaviour sigmoid = grid(Activation.SIGMOID, 1, 200);
        TrainingRun step200 = sigmoid.runs().get(1);
        // Epoch 1 is computed before any update: both passes agree exactly, all six digits stand.
        assertEquals(backprop.view.Numbers.format(step200.lossAt(1)), sigmoid.lossShown(step200, 1));
        assertEquals("≈" + backprop.view.Numbers.format(step200.lossAt(1000), 3), sigmoid.lossShown(step200, 1000));
        assertTrue(sigmoid.status(step200).matches("chaotic; oscillating: rose in about \\d+ of 1000 epochs"),
                sigmoid.status(step200));
        TrainingRun step1 = sigmoid.runs().get(0);
        assertEquals(backprop.view.Numbers.format(step1.lossAt(1000)), sigmoid.lossShown(step1, 1000));
        StepBehaviour relu = grid(Activation.RELU, 1, 500);
        assertEquals("diverged", relu.lossShown(relu.runs().get(1), 100));
        assertEquals("diverged", relu.table("t").stringColumn("loss @1000").get(1));
    }

    @Test
    void aStalledStepIsMarkedWhereItIsListedAsMonotone() {
        Training config = Training.of(Examples.exercise(Activation.SIGMOID)).data(EXERCISE_X, EXERCISE_Y);
        StepBehaviour b = StepBehaviour.of(config, config.sweep().learningRates(50, 500).epochs(500, 1000).run());
        assertTrue(b.observations("g").sentences().get(0).startsWith("g — monotone: steps 50, 500 (stalled);"),
                b.observations("g").sentences().get(0));
    }

    @Test
    void theTableHasAColumnPerBudgetAndRefusesAnUnknownStep() {
        StepBehaviour b = grid(Activation.SIGMOID, 1);
        Table t = b.table("t");
        assertEquals(5, t.columnCount());
        assertEquals("monotone", t.stringColumn("behaviour").get(0));
        assertThrows(IllegalArgumentException.class, () -> b.passDifference(3));
    }

    @Test
    void theLowestLossStaysAboveTheSigmoidFloorAndBelowItWouldBeSaid() {
        StepBehaviour b = grid(Activation.SIGMOID, 1, 50);
        // Sigmoid outputs cannot reach y2 = -0.07: the 1/2-sum loss stays above 1/2 * 0.07^2 = 0.00245.
        List<String> said = b.againstFloor(Activation.SIGMOID, EXERCISE_Y).sentences();
        assertEquals(2, said.size());
        assertTrue(said.get(1).startsWith("The floor for sigmoid outputs: 0.00245; no run goes below it."), said.get(1));
        // Against a floor above the runs' losses (targets 5, far beyond sigmoid's range) the sentence must turn.
        List<String> wrong = b.againstFloor(Activation.SIGMOID, new double[] {5, 5}).sentences();
        assertTrue(wrong.get(1).endsWith("a run goes below it: look for an error."), wrong.get(1));
    }

    @Test
    void lossesAtRoundingLevelReadAsZeroNotAsStallsRisesOrWinners() {
        // An identity network fits one sample exactly: the loss falls to about 1e-33, where only rounding moves it.
        Training config = Training.of(Examples.exercise(Activation.IDENTITY)).data(EXERCISE_X, EXERCISE_Y);
        StepBehaviour b = StepBehaviour.of(config, config.sweep().learningRates(0.5, 1, 2).epochs(100, 1000).run());
        for (TrainingRun r : b.runs()) {
            assertTrue(r.finalLoss() < TrainingRun.ROUNDING_LOSS, r.learningRate() + ": " + r.finalLoss());
            assertEquals(0, r.readableLoss(1000));
            assertEquals("< 1e-30", b.lossShown(r, 1000));
            assertFalse(b.stalled(r) || b.chaotic(r) || b.risesAcrossBudgets(r), r.learningRate() + ": " + b.status(r));
            assertEquals(0, r.lossIncreases(), r.learningRate() + ": rises among rounding-level losses counted");
        }
        assertEquals("all tie", b.bestByBudget("t").stringColumn(1).get(1));
    }

    @Test
    void aRunEndingAboveItsFirstLossIsWorseThanAtTheStartWhateverTheBudgets() {
        // ReLU at step 20 kills every output and ends above the loss of epoch 1 (notebook 09); budgets 50 and 100 skip epoch 1.
        Training config = Training.of(Examples.exercise(Activation.RELU)).data(EXERCISE_X, EXERCISE_Y);
        StepBehaviour b = StepBehaviour.of(config, config.sweep().learningRates(20).epochs(50, 100).run());
        TrainingRun run = b.runs().get(0);
        assertTrue(run.finalLoss() > run.firstLoss(), run.finalLoss() + " vs " + run.firstLoss());
        assertTrue(b.worseThanStart(run));
    }

    @Test
    void aChaoticBestRunsLossIsGivenRoughlyNotToSixDigits() {
        // Notebook 09's grid at 1000 epochs: step 200 is chaotic (hand-written and autograd runs part), so its loss is known roughly.
        Training config = Training.of(Examples.exercise(Activation.SIGMOID)).data(EXERCISE_X, EXERCISE_Y);
        StepBehaviour b = StepBehaviour.of(config, config.sweep().learningRates(200).epochs(500, 1000).run());
        TrainingRun step200 = b.runs().get(0);
        assertTrue(b.chaotic(step200), "step 200 is no longer chaotic here");
        String said = b.againstFloor(Activation.SIGMOID, EXERCISE_Y).sentences().get(0);
        assertEquals("Lowest final loss of the runs that did not diverge: ≈"
                + backprop.view.Numbers.format(step200.finalLoss(), StepBehaviour.ROUGH_LOSS_DIGITS) + ".", said);
    }

    @Test
    void aStalledStepIsNamedWithItsOutputsAndItsSteepestGradient() {
        Training config = Training.of(Examples.exercise(Activation.SIGMOID)).data(EXERCISE_X, EXERCISE_Y);
        StepBehaviour b = StepBehaviour.of(config, config.sweep().learningRates(50, 500).epochs(500, 1000).run());
        List<String> said = b.stalls("sigmoid").sentences();
        assertEquals(1, said.size(), said.toString());
        TrainingRun step500 = config.learningRate(500).epochs(1000).run();
        double steepest = java.util.Arrays.stream(step500.last().gradients()).map(Math::abs).max().orElseThrow();
        assertTrue(said.get(0).startsWith("Step 500 stalls with o = (" + backprop.view.Numbers.format(step500.o(1)) + ", "),
                said.get(0));
        assertTrue(said.get(0).contains("in its last epoch is " + backprop.view.Numbers.format(steepest) + ","), said.get(0));
        assertTrue(said.get(0).endsWith("its units pass almost no gradient."), said.get(0));
        assertEquals(List.of("No step of the sigmoid grid stalls far above the best loss."),
                grid(Activation.SIGMOID, 0.5, 1).stalls("sigmoid").sentences());
    }

    @Test
    void aStallWithDeadUnitsSaysNoGradientAtAll() {
        // ReLU at step 100: both outputs die (o = 0) and every gradient is exactly 0 from then on.
        Training config = Training.of(Examples.exercise(Activation.RELU)).data(EXERCISE_X, EXERCISE_Y).loss(Loss.MSE);
        StepBehaviour b = StepBehaviour.of(config, config.sweep().learningRates(1, 100).epochs(100, 300).run());
        List<String> said = b.stalls("relu").sentences();
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("Step 100 stalls with o = (0, 0); its largest |dL/dw| in its last epoch is 0,"), said.get(0));
        assertTrue(said.get(0).endsWith(": its units pass no gradient at all."), said.get(0));
    }
}
