package backprop.summary;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.SweepResult;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.after;
import static backprop.summary.Sentences.numbers;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomStartsTest {

    private static final Training EXERCISE = Training.of(Examples.exercise())
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100);
    private static final SweepResult SEEDS = EXERCISE.sweep().torchRandSeeds(0, 20).run();

    private static TrainingRun report(long seed, int epochs) {
        return Training.of(Examples.exercise(Activation.RELU, Initialiser.torchRand(seed)))
                .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.CROSS_ENTROPY).learningRate(2).epochs(epochs)
                .divergenceFactor(1e300).run();
    }

    /** Seed 20's draws and report 000's run from it: PyTorch's (torch-reference.json) and ASSIGNMENT.md's. */
    @Test
    void statesPyTorchsDrawsAndReport000sRunaway() {
        Statements s = RandomStarts.of(20, SEEDS, EXERCISE.run(), report(20, 100)).statements();
        double[] draws = numbers(sentence(s, 0).substring(sentence(s, 0).indexOf("gives")));
        assertArrayEquals(TorchReference.doubles("runs", "seed20_relu_cross_entropy_step2", "float32", "initial_weights"),
                draws, 5e-7);
        // sigmoid outputs lie in (0, 1): o2 cannot reach its target -0.07, so the half-sum loss stays above 0.07² / 2
        assertEquals(0.07 * 0.07 / 2, after(sentence(s, 3), "the same floor"), 1e-12);
        assertTrue(sentence(s, 3).contains("the loss at (0.23, 0)"), sentence(s, 3));
        assertTrue(sentence(s, 2).endsWith("whether longer training would bring them to the same end is not shown here."),
                sentence(s, 2));
        String runaway = sentence(s, 4);
        double o1 = TorchReference.doubles("runs", "seed20_relu_cross_entropy_step2", "float64", "o1")[99];
        double loss = TorchReference.doubles("runs", "seed20_relu_cross_entropy_step2", "float64", "loss")[99];
        assertEquals(o1, after(runaway, "o1 ="), o1 * 5e-6);      // ASSIGNMENT: about 4.2e6
        assertEquals(loss, after(runaway, "loss"), -loss * 5e-6); // ASSIGNMENT: about -295,000
        assertTrue(runaway.contains("it runs away"), runaway);
    }

    @Test
    void theSpreadIsOverTheSeedsAndNoSeedEndsAtTheGivenRun() {
        RandomStarts starts = RandomStarts.of(20, SEEDS, EXERCISE.run(), report(20, 100));
        double[] spread = starts.spread();
        double[] finals = SEEDS.finalLosses();
        java.util.Arrays.sort(finals);
        assertTrue(spread[0] >= finals[0] && spread[2] <= finals[finals.length - 1] && spread[0] < spread[1]);
        assertTrue(starts.closest() > 1e-3);
        assertEquals(0, RandomStarts.of(20, EXERCISE.sweep().givenWeights().run(), EXERCISE.run(), report(20, 100))
                .closest(), 0, "the given run itself is at distance 0");
    }

    @Test
    void refusesAnotherSeedsRunAndAShortRun() {
        assertThrows(IllegalArgumentException.class, () -> RandomStarts.of(20, SEEDS, EXERCISE.run(), report(21, 100)));
        assertThrows(IllegalArgumentException.class, () -> RandomStarts.of(20, SEEDS, EXERCISE.run(), report(20, 50)));
    }
}
