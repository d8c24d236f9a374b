package backprop.summary;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.numbers;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvalidTargetsTest {

    private static final Training CROSS_ENTROPY = Training.of(Examples.exercise(Activation.RELU))
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.CROSS_ENTROPY).learningRate(1).epochs(100);
    private static final TrainingRun VALID = CROSS_ENTROPY.network(InvalidTargets.logits())
            .data(Examples.EXERCISE_X, InvalidTargets.VALID_TARGETS).run();

    /** PyTorch's ReLU run on the float targets (torch-reference.json) and the printout of ASSIGNMENT.md. */
    @Test
    void statesThePrintoutsRunAtEpochs50And100() {
        Statements s = InvalidTargets.of(CROSS_ENTROPY.run(), VALID).statements();
        double[] n = numbers(sentence(s, 0));   // step, 50, o1, o2, loss, 3 printout, 100, o1, loss, 2 printout
        double[] o1 = TorchReference.doubles("runs", "cross_entropy_relu", "float64", "o1");
        double[] loss = TorchReference.doubles("runs", "cross_entropy_relu", "float64", "loss");
        assertEquals(o1[49], n[2], 5e-4);
        assertEquals(0, n[3], 0);
        assertEquals(loss[49], n[4], 5e-6);
        assertEquals(o1[99], n[9], 5e-3);
        assertEquals(loss[99], n[10], 5e-4);
        assertEquals(13.3109, n[2], 5e-5);
        assertEquals(-0.93176, n[4], 5e-6);
        assertEquals(727.16, n[9], 5e-3);
        assertEquals(-50.90, n[10], 5e-3);
        assertTrue(sentence(s, 0).contains("(printout 727.16, -50.90)"), "quoted as printed, trailing zero kept: " + sentence(s, 0));
        assertTrue(sentence(s, 1).startsWith("The loss falls every epoch and is unbounded below"), sentence(s, 1));
        assertTrue(sentence(s, 3).startsWith("With a valid target distribution, (1 − y1, y1) = (0.77, 0.23) from the exercise's y1, on logits"), sentence(s, 3));
    }

    @Test
    void theInvalidRunIsNoValidSetupAndShortRunsAreRefused() {
        TrainingRun invalid = CROSS_ENTROPY.run();
        assertTrue(sentence(InvalidTargets.of(invalid, invalid).statements(), 3).startsWith("Even the valid setup"));
        assertThrows(IllegalArgumentException.class, () -> InvalidTargets.of(CROSS_ENTROPY.epochs(50).run(), VALID));
    }
}
