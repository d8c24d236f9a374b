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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReluStallTest {

    private static final Training EXERCISE = Training.of(Examples.exercise())
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100);

    /** ASSIGNMENT.md: o2 stuck at 0, loss floor 1/2 * 0.07^2 = 0.00245; PyTorch's ReLU run ends there too. */
    @Test
    void reluSettlesOnTheFloorWithADeadOutput() {
        ReluStall stall = ReluStall.of(EXERCISE.network(Examples.exercise(Activation.RELU)).run(), EXERCISE.run());
        assertEquals(0.00245, stall.floor(), 1e-15);
        assertEquals(1, stall.o2ZeroFrom());
        Statements s = stall.statements();
        assertEquals("ReLU: o2 is exactly 0 from epoch 1 to the end (a dead unit: no gradient passes through it).",
                sentence(s, 0));
        double torchFinal = TorchReference.doubles("runs", "relu", "float64", "loss")[99];
        assertEquals(torchFinal, after(sentence(s, 1), "its loss is"), 1e-8);
        assertEquals(0.00245, after(sentence(s, 1), "= -0.07 is"), 0);
        assertEquals(TorchReference.doubles("runs", "exercise", "float64", "loss")[99],
                after(sentence(s, 1), "sigmoid run ends at"), 1e-7);
        assertTrue(sentence(s, 2).startsWith("The lower loss is that floor"), sentence(s, 2));
    }

    @Test
    void aLiveOutputIsNotCalledDead() {
        Statements s = ReluStall.of(EXERCISE.network(Examples.exercise(Activation.SIGMOID)).run(), EXERCISE.run())
                .statements();
        assertEquals("ReLU: o2 stays alive.", sentence(s, 0));
        assertTrue(sentence(s, 2).startsWith("The ReLU loss is not at that floor"), sentence(s, 2));
    }
}
