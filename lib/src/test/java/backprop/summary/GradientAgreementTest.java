package backprop.summary;

import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.numbers;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientAgreementTest {

    private static final GradientAgreement EXERCISE = GradientAgreement.of(Examples.exercise(), Examples.EXERCISE_X,
            Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED, 1e-6);

    @Test
    void theTableShowsTheAssignmentsGradientEveryWay() {
        var table = EXERCISE.table();
        for (int column = 1; column <= 4; column++) {
            double[] shown = table.numberColumn(column).asDoubleArray();
            assertArrayEquals(BaselineReferenceTest.ASSIGNMENT_GRADIENT, shown, 1e-9, table.columnNames().get(column));
        }
    }

    @Test
    void thePassesAgreeToRoundingAndPassTheCheck() {
        Statements s = EXERCISE.statements(1e-6);
        double[] first = numbers(sentence(s, 0));
        assertTrue(Math.abs(first[0]) < 1e-15 && Math.abs(first[1]) < 1e-15, sentence(s, 0));
        String check = sentence(s, 1);
        assertTrue(check.contains("both pass at tolerance 1e-6"), check);
        double[] errors = numbers(check);   // ε's 1e-6, then the two errors
        assertTrue(errors[1] > 0 && errors[1] < 1e-7 && errors[2] > 0 && errors[2] < 1e-7, check);
    }

    @Test
    void aToleranceTighterThanTheDifferenceQuotientFails() {
        String check = sentence(EXERCISE.statements(1e-12), 1);
        assertTrue(check.contains("a gradient FAILS at tolerance 1e-12"), check);
    }
}
