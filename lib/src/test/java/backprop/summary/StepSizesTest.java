package backprop.summary;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.after;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StepSizesTest {

    private static final Training EXERCISE = Training.of(Examples.exercise())
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100);

    /** Steps 0.5, 3 and 6: PyTorch's float64 runs (torch-reference.json) end lowest at step 6. */
    @Test
    void theLowestFinalLossIsPyTorchsAtTheSameStep() {
        StepSizes grid = StepSizes.of(EXERCISE, EXERCISE.network(Examples.exercise(Activation.RELU)), 0.5, 3, 6);
        double torch6 = TorchReference.doubles("runs", "step_6", "float64", "loss")[99];
        double torch3 = TorchReference.doubles("runs", "step_3", "float64", "loss")[99];
        assertEquals(true, torch6 < torch3);
        Statements s = grid.statements();
        String best = sentence(s, 0);
        assertEquals(100, after(best, "Sigmoid,"), 0);
        assertEquals(torch6, after(best, "grid,"), torch6 * 5e-6);
        assertEquals(6, after(best, "at step"), 0);
        assertEquals(true, best.endsWith("(its loss never rose from one epoch to the next)."), best);
        assertEquals("Within these 100 epochs, sigmoid steps that diverge: none; chaotic: none.", sentence(s, 1));
    }

    @Test
    void aBestRunAtRoundingLevelIsNamedNotLost() {
        // An identity network fits the sample to the last digits: the lowest final loss reads as 0, and its run is still found.
        Training identity = EXERCISE.network(Examples.exercise(Activation.IDENTITY)).epochs(1000);
        String best = sentence(StepSizes.of(identity, EXERCISE.network(Examples.exercise(Activation.RELU)), 0.5, 1).statements(), 0);
        assertEquals(true, best.startsWith("Sigmoid, 1000 epochs: the lowest final loss of the grid, < 1e-30, is at step 0.5"), best);
    }

    @Test
    void reluDivergesAtAHugeStep() {
        StepSizes grid = StepSizes.of(EXERCISE, EXERCISE.network(Examples.exercise(Activation.RELU)), 1, 500);
        assertEquals(true, sentence(grid.statements(), 2).startsWith("ReLU steps that diverge within them: 500;"),
                sentence(grid.statements(), 2));
    }
}
