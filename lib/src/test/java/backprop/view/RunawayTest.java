package backprop.view;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report 000's experiment 7 (ASSIGNMENT.md): torch.manual_seed(20), ReLU, CrossEntropyLoss on the float
 * targets, step 2, diverges: o1 = 1648.78 at epoch 50, about 4.2e6 at epoch 100, loss about -295,000.
 */
class RunawayTest {

    private static final Training LIFTED = Training.of(Examples.exercise(Activation.RELU, Initialiser.torchRand(20)))
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.CROSS_ENTROPY).learningRate(2).epochs(100)
            .divergenceFactor(1e300);

    @Test
    void theReportsSeed20RunRunsAwayAndTheStopWouldHaveEndedIt() {
        TrainingRun seed20 = LIFTED.run();
        assertEquals(1648.78, seed20.epoch(50).o(1), 0.005);
        assertEquals(4.2e6, seed20.o(1), 0.05e6);
        assertEquals(-295000, seed20.finalLoss(), 1000);
        List<String> said = Runaway.statements(Labelled.of("seed 20", seed20), LIFTED.divergenceFactor(1e3)).sentences();
        int stop = LIFTED.divergenceFactor(1e3).run().divergenceEpoch();
        assertTrue(stop > 1 && stop < 100, "stop at " + stop);
        assertEquals("seed 20: o1 = 1648.78 at epoch 50 and " + Numbers.format(seed20.o(1)) + " at epoch 100, the loss "
                + Numbers.format(seed20.finalLoss()) + " at epoch 100; the loss falls at every epoch: a descent, not an"
                + " overshoot; the divergence stop would have ended it at epoch " + stop + ".", said.get(0));
        assertTrue(said.get(1).startsWith("Every start runs away"), said.get(1));
    }

    @Test
    void aBoundedRunIsNotCalledARunaway() {
        Training exercise = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .learningRate(1).epochs(20);
        List<String> said = Runaway.statements(Labelled.of("exercise", exercise.run()), exercise).sentences();
        assertTrue(said.get(0).endsWith("the divergence stop would not have ended it."), said.get(0));
        assertTrue(said.get(1).startsWith("Not every start runs away"), said.get(1));
    }
}
