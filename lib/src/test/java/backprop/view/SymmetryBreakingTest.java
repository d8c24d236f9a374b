package backprop.view;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Dataset;
import backprop.training.SweepResult;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small random starts counted, and the two-sample task's findings for tied hidden units. */
class SymmetryBreakingTest {

    /** The loss of all-zero outputs on the exercise: 1/2 (0.23^2 + 0.07^2). */
    private static final double ALL_ZERO = 0.0289;

    private static Training exercise(Activation a) {
        return Training.of(Examples.exercise(a)).data(EXERCISE_X, EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED).learningRate(1).epochs(100);
    }

    @Test
    void sigmoidStartsAllLearnAndReluStartsWithDeadOutputsDoNot() {
        SweepResult sigmoid = exercise(Activation.SIGMOID).sweep().seeds(0, 20, s -> Initialiser.uniform(s, -0.01, 0.01))
                .learningRates(1).epochs(100).run();
        SweepResult relu = exercise(Activation.RELU).sweep().seeds(0, 20, s -> Initialiser.uniform(s, -0.01, 0.01))
                .learningRates(1).epochs(100).run();
        assertEquals(20, SymmetryBreaking.learned(sigmoid, ALL_ZERO));
        long reluLearned = SymmetryBreaking.learned(relu, ALL_ZERO);
        // a ReLU start that learns fits o1 (loss towards 1/2 0.07^2 = 0.00245); one that does not stays at or above 0.0289
        assertEquals(relu.runs().stream().filter(r -> r.finalLoss() < 0.02).count(), reluLearned);
        assertTrue(reluLearned > 0 && reluLearned < 20, "some ReLU starts have o1 dead from the start");

        TrainingRun zeroSigmoid = exercise(Activation.SIGMOID).network(Examples.exercise(Activation.SIGMOID, Initialiser.zeros())).run();
        TrainingRun zeroRelu = exercise(Activation.RELU).network(Examples.exercise(Activation.RELU, Initialiser.zeros())).run();
        var table = SymmetryBreaking.smallStarts("t", ALL_ZERO, Labelled.of("sigmoid", sigmoid, "relu", relu),
                Labelled.of("sigmoid", zeroSigmoid, "relu", zeroRelu));
        assertEquals(List.of(20.0, 20.0, 20.0), table.doubleColumn("sigmoid").asList().subList(0, 3));
        assertEquals((double) reluLearned, table.doubleColumn("relu").get(2));
        assertEquals(ALL_ZERO, table.doubleColumn("relu").get(5), 1e-17);
        assertEquals("from zeros: loss at epoch 100", table.stringColumn("").get(5));
        assertThrows(IllegalArgumentException.class, () -> SymmetryBreaking.smallStarts("t", ALL_ZERO,
                Labelled.of("sigmoid", sigmoid), Labelled.of("relu", zeroRelu)));
    }

    @Test
    void theZeroStartStallsAtTheEqualOutputsLossAndATiedStartGoesBelow() {
        double[][] x = {{1, 0}, {0, 1}}, y = {{0.8, 0.8}, {0.8, 0.2}};
        Training task = Training.of(Examples.exercise()).data(Dataset.of(x, y)).loss(Loss.HALF_SUM_SQUARED).learningRate(1).epochs(2000);
        TrainingRun zero = task.network(Examples.exercise(Activation.SIGMOID, Initialiser.zeros())).run();
        TrainingRun tied = task.network(Examples.exercise(Activation.SIGMOID, Initialiser.given(4, 4, -4, -4, 4, 1, 4, 1))).run();
        TrainingRun free = task.network(Examples.exercise(Activation.SIGMOID, Initialiser.given(Examples.EXERCISE_WEIGHTS))).run();
        List<String> s = SymmetryBreaking.twoSamples(zero, tied, free, x, y, Activation.SIGMOID).sentences();
        // o2 = 1/2 on both samples, 0.3 from each target: (1/2 0.3^2 + 1/2 0.3^2) / 2 = 0.045
        assertEquals("From zeros: largest |w1 − w2| = 0, so the hidden units stay tied.", s.get(0));
        assertTrue(s.get(1).endsWith("both samples see the same h. The loss ends at 0.045; the best with equal outputs on both"
                + " samples is 0.045."), s.get(1));
        assertTrue(s.get(2).startsWith("The tied start stays tied at every epoch") && s.get(2).contains("below the run from zeros (0.045)"));
        // 0.0383 against 0.045: a factor 1.18, indistinct on a log axis spanning 1e-13 to 1
        assertTrue(s.get(2).endsWith("; the two curves end so close that the log-scale loss chart hardly separates them."), s.get(2));
        // o2 >= 1/2 on both samples leaves 0.2 at least 0.3 away on one: 1/2 0.09 / 2 = 0.0225
        assertTrue(s.get(3).startsWith("No tied sigmoid network can go below 0.0225"));
        assertEquals(3, SymmetryBreaking.twoSamples(zero, tied, free, x, y, Activation.RELU).sentences().size());
        // a constant start that is not 0 is tied but not mirrored: w6 = w8 != 0, so o2 sends back different errors
        TrainingRun constant = task.network(Examples.exercise(Activation.SIGMOID, Initialiser.constant(0.3))).run();
        List<String> c = SymmetryBreaking.twoSamples(constant, tied, free, x, y, Activation.SIGMOID).sentences();
        assertEquals("From all 0.3: largest |w1 − w2| = 0, so the hidden units stay tied.", c.get(0));
        assertTrue(c.get(1).contains("the samples see different h"), c.get(1));
        // A start that diverged has no hidden values to compare: said, not a crash on its infinite weights.
        TrainingRun away = task.network(Examples.exercise(Activation.IDENTITY, Initialiser.constant(3))).learningRate(50).run();
        assertTrue(away.diverged());
        List<String> d = SymmetryBreaking.twoSamples(away, tied, free, x, y, Activation.IDENTITY).sentences();
        assertTrue(d.get(1).equals("The run from all 3 diverged at epoch " + away.divergenceEpoch()
                + ": it has no hidden values to compare."), d.get(1));
        var table = SymmetryBreaking.twoSamples("t", Labelled.of("zero", zero, "tied", tied));
        assertEquals(0.5, table.doubleColumn("o2, sample 1").get(0), 1e-12);
        assertEquals(0, table.doubleColumn("largest |w1 − w2|").get(1));
    }
}
