package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GradientChecksTest {

    @Test
    void theVerdictSaysRightOnlyBelowTheTolerance() {
        assertEquals("- Over both samples the largest relative error is 3.1e-10: the derivatives are right.",
                GradientChecks.verdict("Over both samples", 3.1e-10, 1e-6).toString());
        assertEquals("- Over both samples the largest relative error is 0.047: something is off.",
                GradientChecks.verdict("Over both samples", 0.047, 1e-6).toString());
        assertEquals("- Here the largest relative error is 1e-6: something is off.",
                GradientChecks.verdict("Here", 1e-6, 1e-6).toString());
    }
}
