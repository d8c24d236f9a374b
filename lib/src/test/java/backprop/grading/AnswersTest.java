package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import backprop.gradients.ReportFormulas;
import backprop.network.Examples;

class AnswersTest {

    /** The right backward pass, written as a student would. */
    static double[] backward(double[] w, double[] x, double[] y) {
        double h1 = s(w[0] * x[0] + w[2] * x[1]), h2 = s(w[1] * x[0] + w[3] * x[1]);
        double o1 = s(w[4] * h1 + w[6] * h2), o2 = s(w[5] * h1 + w[7] * h2);
        double d1 = (o1 - y[0]) * o1 * (1 - o1), d2 = (o2 - y[1]) * o2 * (1 - o2);
        double e1 = (d1 * w[4] + d2 * w[5]) * h1 * (1 - h1), e2 = (d1 * w[6] + d2 * w[7]) * h2 * (1 - h2);
        return new double[] {e1 * x[0], e2 * x[0], e1 * x[1], e2 * x[1], d1 * h1, d2 * h1, d1 * h2, d2 * h2};
    }

    static double s(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void theWorksheetTakesTheHandValuesTheGradedChecksTake() {
        // Notebook 02: a hand value the check cell calls right must not stop the worksheet table under it.
        assertEquals(Answers.HAND_TOLERANCE, backprop.view.Worksheet.HAND_ROUNDING);
    }

    @Test
    void theRightBackwardPassAndUpdatePass() {
        assertTrue(Answers.backward(AnswersTest::backward).assertPassed().passed());
        Check update = Answers.update((w, g, rate) -> {
            double[] next = w.clone();
            for (int k = 0; k < 8; k++) {
                next[k] -= rate * g[k];
            }
            return next;
        });
        assertEquals(16, update.items().size());
        assertTrue(update.passed(), update.toString());
    }

    @Test
    void bothReportFormulasFailOnDw1ToDw4AndTheErrorIsLargeAtTheSteepPoint() {
        for (Answers.Backward report : new Answers.Backward[] {ReportFormulas::reportA, ReportFormulas::reportB}) {
            Check check = Answers.backward(report);
            assertEquals(8, check.count(Check.Verdict.WRONG), check.toString());
            AssertionError error = assertThrows(AssertionError.class, check::assertPassed);
            assertTrue(error.getMessage().contains("dL/dw1 at the exercise: WRONG"), error.getMessage());
            assertFalse(error.getMessage().contains("dL/dw5"), "dL/dw5..8 are right in both reports: " + error.getMessage());
            // At the steep point the wrong formulas are off by more than 30 % of the true gradient, not in the fifth digit.
            Answers.Point steep = Answers.steepPoint();
            double[] right = backward(steep.w(), steep.x(), steep.y()), wrong = report.gradient(steep.w(), steep.x(), steep.y());
            for (int k = 0; k < 4; k++) {
                assertTrue(Math.abs(wrong[k] - right[k]) > 0.3 * Math.abs(right[k]), k + ": " + wrong[k] + " vs " + right[k]);
            }
        }
        // The exercise's printed values.
        assertEquals(-0.00843, ReportFormulas.reportA(Examples.EXERCISE_WEIGHTS, Examples.EXERCISE_X, Examples.EXERCISE_Y)[0], 5e-6);
        assertEquals(0.01458, ReportFormulas.reportB(Examples.EXERCISE_WEIGHTS, Examples.EXERCISE_X, Examples.EXERCISE_Y)[0], 5e-6);
    }

    @Test
    void aStubIsNotDoneYetAndOtherExceptionsAreWrongWithoutThrowing() {
        Check stub = Answers.backward((w, x, y) -> {
            throw new UnsupportedOperationException("not done yet");
        });
        assertEquals(16, stub.count(Check.Verdict.NOT_DONE));
        assertTrue(stub.toHtml().contains("not done yet"));
        Check broken = Answers.backward((w, x, y) -> new double[] {w[9]});
        assertEquals(16, broken.count(Check.Verdict.WRONG));
        assertTrue(broken.items().get(0).note().contains("ArrayIndexOutOfBoundsException"), broken.toString());
        Check shortAnswer = Answers.backward((w, x, y) -> new double[3]);
        assertTrue(shortAnswer.items().get(0).note().contains("returned 3 values"), shortAnswer.toString());
        AssertionError error = assertThrows(AssertionError.class, stub::assertPassed);
        assertTrue(error.getMessage().contains("0 of 16 right, 16 not done yet"), error.getMessage());
    }

    @Test
    void theHandCalculationIsCheckedWithinTheStatedToleranceAndNaNIsNotDoneYet() {
        Answers answers = Answers.handCalculation();
        assertEquals(0.5621765008857981, answers.expected("outH1"), 1e-15);
        assertEquals(0.2084, answers.expected("w1New"), 5e-5);
        Check check = answers.check("inH1", 0.25, "outH1", 0.5622, "loss", 0.2099, "dLossDw1", Double.NaN);
        assertEquals(Arrays.asList(Check.Verdict.RIGHT, Check.Verdict.RIGHT, Check.Verdict.WRONG, Check.Verdict.NOT_DONE),
                check.items().stream().map(Check.Item::verdict).toList());
        assertTrue(check.summary().startsWith("Hand calculation: 2 of 4 right, 1 wrong, 1 not done yet. "), check.summary());
        AssertionError error = assertThrows(AssertionError.class, check::assertPassed);
        assertTrue(error.getMessage().contains("loss: WRONG, yours 0.2099"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> answers.check("nothing", 1.0));
        assertThrows(IllegalArgumentException.class, () -> answers.check("inH1"));
        assertEquals(7, check.table().columnCount());
    }

    @Test
    void aFailedGradedCheckNamesTheExercisesNumbersAndAPassedOneDoesNot() {
        // Notebook 02's graded cells check the exercise's numbers (ASSIGNMENT.md), whatever its Hyperparameters cell holds.
        String failed = Answers.handCalculation().check("inH1", 0.3).summary();
        for (String number : new String[] {"x1, x2 = 0.5, 0.3", "y1, y2 = 0.23, -0.07", "w1..w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8",
                "learningRate = 1", "Hyperparameters cell"}) {
            assertTrue(failed.contains(number), number + " in: " + failed);
        }
        assertEquals("Hand calculation: all 1 right.", Answers.handCalculation().check("inH1", 0.25).summary());
        assertEquals("Hand calculation: 0 of 1 right, 1 not done yet.", Answers.handCalculation().check("inH1", Double.NaN).summary(),
                "the student edition's untouched cells are not done yet, not at other numbers");
        String ownNumbers = Answers.handCalculation(new double[] {1, 1, 1, 1, 1, 1, 1, 1}, new double[] {1, 0}, new double[] {0, 0}, 1)
                .check("inH1", 0.3).summary();
        assertEquals("Hand calculation: 0 of 1 right, 1 wrong.", ownNumbers, "the check cells on the student's own numbers need no reminder");
    }

    @Test
    void aWrongValueIsShownWithTheDigitsThatSetItApartFromTheExpectedOne() {
        Check check = Check.of("gradients").value("dLossDw5", 0.0821 + 3e-8, 0.0821, 1e-8).value("dLossDw6", 0.5, 0.5, 1e-8);

        assertEquals("WRONG", check.items().get(0).verdict().label(), "3e-8 off with a tolerance of 1e-8");
        assertFalse(check.table().getString(0, "your value").equals(check.table().getString(0, "expected")),
                "your value " + check.table().getString(0, "your value") + " and the expected one should differ on the page");
        assertEquals("0.5", check.table().getString(1, "your value"), "a right value at 6 significant digits");
    }
}
