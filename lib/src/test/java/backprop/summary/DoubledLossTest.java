package backprop.summary;

import backprop.conformance.TorchReference;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoubledLossTest {

    private static final Training EXERCISE = Training.of(Examples.exercise())
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100);

    /** PyTorch's run on MSELoss(o1, y1) + MSELoss(o2, y2), step 1: the run the summary calls the doubled loss. */
    @Test
    void theDoubledLossRunIsPyTorchsAndEqualsTheDoubledStep() {
        TrainingRun doubledLoss = EXERCISE.loss(Loss.MSE_SUMMED_PER_OUTPUT).run();
        assertArrayEquals(TorchReference.doubles("runs", "mse_sum_of_two", "float64", "loss"), doubledLoss.losses(), 1e-12);
        DoubledLoss facts = DoubledLoss.of(doubledLoss, EXERCISE.learningRate(2).run());
        assertTrue(facts.doubles());
        Statements s = facts.statements();
        assertEquals("MSELoss(o1, y1) + MSELoss(o2, y2) is exactly twice the 1/2-sum loss and doubles every gradient.",
                sentence(s, 0));
        assertEquals("MSELoss over the 2-vector equals the 1/2-sum loss.", sentence(s, 1));
        assertTrue(sentence(s, 2).startsWith("Training on the doubled loss ends at exactly the weights"), sentence(s, 2));
    }

    @Test
    void anotherStepIsNotTheSameRun() {
        String s = sentence(DoubledLoss.of(EXERCISE.loss(Loss.MSE_SUMMED_PER_OUTPUT).run(),
                EXERCISE.learningRate(3).run()).statements(), 2);
        assertTrue(s.startsWith("Doubled loss and doubled step end ") && Sentences.numbers(s)[0] > 1e-3, s);
    }
}
