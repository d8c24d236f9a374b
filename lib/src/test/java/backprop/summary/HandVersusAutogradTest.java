package backprop.summary;

import backprop.gradients.GradientSource;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.numbers;
import static backprop.summary.Sentences.sentence;
import static backprop.summary.Sentences.states;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandVersusAutogradTest {

    private static final Training EXERCISE = Training.of(Examples.exercise())
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(30);

    private static Statements statements(double autogradStep) {
        return HandVersusAutograd.of(EXERCISE.gradients(GradientSource.HAND_WRITTEN).run(),
                EXERCISE.gradients(GradientSource.AUTOGRAD).learningRate(autogradStep).run(), 1e-6).statements(1e-6);
    }

    /** ASSIGNMENT.md: the true dL/dw1 -0.008421480461; report A prints -0.00843, report B +0.01458. */
    @Test
    void theReportsFormulasAgainstTheTrueGradient() {
        Statements s = statements(1);
        String a = sentence(s, 1), b = sentence(s, 2);
        states(-0.00843, 5e-6, a, 0);
        states(-0.008421480461, 5e-9, a, 1);
        assertTrue(a.contains("the gradient check fails it"), a);
        states(0.01458, 5e-6, b, 0);
        assertTrue(b.contains("the wrong sign"), b);
    }

    @Test
    void aCheckThatFailsTheTrueGradientTooJudgesNothing() {
        // ε = 1e-12: L(w ± ε) differ in their last few bits only, so the central difference is off by about 1e-4 / 1e-2.
        String a = sentence(HandVersusAutograd.of(EXERCISE.gradients(GradientSource.HAND_WRITTEN).run(),
                EXERCISE.gradients(GradientSource.AUTOGRAD).run(), 1e-12).statements(1e-6), 1);
        assertTrue(a.contains("the check cannot judge it, since the check also fails the true gradient"), a);
    }

    @Test
    void theTwoBackwardPassesTrainAlikeAndADifferentRunShows() {
        double same = numbers(sentence(statements(1), 0))[1];
        assertTrue(same < 1e-15, "hand-written vs autograd: " + same);
        double apart = numbers(sentence(statements(1.5), 0))[1];
        assertTrue(apart > 1e-3, "a run at another step must not pass as the same: " + apart);
    }
}
