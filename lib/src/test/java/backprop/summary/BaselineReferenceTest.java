package backprop.summary;

import backprop.conformance.TorchReference;
import backprop.gradients.ExerciseBackprop;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static backprop.summary.Sentences.sentence;
import static backprop.summary.Sentences.states;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineReferenceTest {

    /** dL/dw1..w8 at the given weights, ASSIGNMENT.md. */
    static final double[] ASSIGNMENT_GRADIENT = {-0.008421480461, 0.012606653078, -0.005052888277, 0.007563991847,
            0.034632989287, 0.083866099538, 0.030494578557, 0.073844661211};

    private static final ExerciseBackprop PASS = ExerciseBackprop.of(Examples.exercise(), Examples.EXERCISE_X,
            Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED);

    private static TrainingRun baseline(double step, int epochs) {
        return Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(step)
                .epochs(epochs).run();
    }

    /** The quoted printouts against PyTorch's own run (not against this library): a typo would show. */
    @Test
    void theQuotedReferencesAreWhatPyTorchPrints() {
        double[] loss32 = TorchReference.doubles("runs", "exercise", "float32", "loss");
        assertArrayEquals(Arrays.copyOf(loss32, 11), BaselineReference.LOSS_PRINTOUT, 5e-11);
        double[] grads = TorchReference.doubles("exercise_one_step", "sigmoid_written_out", "float64", "grads");
        assertArrayEquals(grads, BaselineReference.GRADIENT, 1e-12);   // printed to 12 decimals
        assertArrayEquals(ASSIGNMENT_GRADIENT, BaselineReference.GRADIENT, 0);
        double[] o1 = TorchReference.doubles("runs", "exercise", "float64", "o1");
        double[] o2 = TorchReference.doubles("runs", "exercise", "float64", "o2");
        double[] loss = TorchReference.doubles("runs", "exercise", "float64", "loss");
        assertArrayEquals(new double[] {o1[99], o2[99], loss[99]}, BaselineReference.EPOCH_100, 5e-5);
    }

    @Test
    void theExerciseAgreesWithEveryReference() {
        BaselineReference reference = BaselineReference.of(PASS, baseline(1, 100));
        Statements s = reference.statements();
        assertEquals("5 of 5 reference comparisons agree within their tolerance.", sentence(s, 0));
        String at100 = sentence(s, 1);
        states(0.2378, 5e-5, at100, 1);   // after "epoch 100": o1, o2, loss to the printout's digits
        states(0.0736, 5e-5, at100, 2);
        states(0.0103428, 5e-8, at100, 3);
    }

    @Test
    void anotherStepDisagreesAndTooShortARunIsRefused() {
        BaselineReference wrongStep = BaselineReference.of(PASS, baseline(2, 100));
        assertTrue(wrongStep.agreeing() <= 2, Arrays.toString(wrongStep.differences()));
        assertTrue(sentence(wrongStep.statements(), 0).startsWith(wrongStep.agreeing() + " of 5"));
        assertThrows(IllegalArgumentException.class, () -> BaselineReference.of(PASS, baseline(1, 50)));
    }
}
