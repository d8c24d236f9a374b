package backprop.summary;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.after;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZeroStartsTest {

    private static final Training ZEROS = Training.of(Examples.exercise(Activation.SIGMOID, Initialiser.zeros()))
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100);
    private static final TrainingRun SIGMOID = ZEROS.run();
    private static final Training RELU = ZEROS.network(Examples.exercise(Activation.RELU, Initialiser.zeros()));

    /** PyTorch's zero-start runs (torch-reference.json) and report 000's printout 0.1109035537 (ASSIGNMENT.md). */
    @Test
    void statesPyTorchsZeroStartsAndReport000sConstantLoss() {
        Statements s = ZeroStarts.of(SIGMOID, RELU.run(), RELU.loss(Loss.CROSS_ENTROPY).run()).statements();
        assertEquals(TorchReference.doubles("runs", "zeros_sigmoid", "float64", "loss")[99],
                after(sentence(s, 0), "final loss"), 1e-7);
        assertTrue(sentence(s, 0).contains("stay exact copies"), sentence(s, 0));
        assertEquals(0.0289, after(sentence(s, 1), "the loss stays"), 0);
        assertTrue(sentence(s, 2).contains("o1 = o2 = 0 and every gradient exactly 0 in all 100 epochs"), sentence(s, 2));
        double torch64 = TorchReference.doubles("runs", "zeros_relu_cross_entropy", "float64", "loss")[99];
        double torch32 = TorchReference.doubles("runs", "zeros_relu_cross_entropy", "float32", "loss")[99];
        assertEquals(0.1109035537, torch32, 5e-11);
        String loss = sentence(s, 3);
        assertEquals(torch64, after(loss, "Its loss is"), 5e-11);
        assertEquals(torch64, after(loss, "ln 2 ="), 5e-11);
        String rounded = sentence(s, 4);   // float32(0.16 ln 2) = 0.1109035462, the float just below 0.1109035537
        assertEquals((float) torch64, after(rounded, "ln 2 is"), 5e-11);
        assertEquals(Math.nextDown((float) 0.1109035537), (float) torch64);
        assertTrue(rounded.endsWith(", 1 float32 step below the printout 0.1109035537."), rounded);
        assertEquals("The same loss summed in float32 the way PyTorch sums it gives the printed value exactly"
                + " (notebook 11, section 3).", sentence(s, 5));
        assertTrue(sentence(s, 1).contains("h = ReLU(0) = 0 zeroes dL/dw5..w8"), sentence(s, 1));
    }

    @Test
    void aRunThatMovesIsNotCalledStuck() {
        TrainingRun given = ZEROS.network(Examples.exercise(Activation.RELU)).run();
        Statements s = ZeroStarts.of(given, given, given).statements();
        assertTrue(sentence(s, 0).startsWith("Zero start, sigmoid: the symmetry breaks"), sentence(s, 0));
        assertTrue(sentence(s, 1).startsWith("Zero start, ReLU: the weights move"), sentence(s, 1));
        assertTrue(sentence(s, 2).contains("something moves"), sentence(s, 2));
        assertTrue(sentence(s, 3).startsWith("Its loss changes"), sentence(s, 3));
    }
}
