package backprop.view;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorksheetTest {

    private static Worksheet exercise() {
        return Worksheet.of(List.of("x1", "x2", "w1", "w2", "w3", "w4"), 0.5, 0.3, 0.2, -0.4, 0.5, 0.6);
    }

    @Test
    void aStepShowsItsFormulaWithTheNumbersPutInAndIsRememberedForLaterSteps() {
        Worksheet sheet = exercise();
        double inH2 = -0.4 * 0.5 + 0.6 * 0.3;
        Worksheet.Step step = sheet.step("inH2", "w2*x1 + w4*x2", inH2);
        assertEquals("-0.4*0.5 + 0.6*0.3", step.substituted());
        assertEquals("0.5*(-0.4) - (-0.4)", sheet.step("a", "x1*w2 - w2", 0.5 * -0.4 + 0.4).substituted());
        assertEquals("(-0.4)^2", sheet.step("b", "w2^2", 0.16).substituted());
        double outH2 = 1 / (1 + Math.exp(-inH2));
        Worksheet.Step next = sheet.step("outH2", "1/(1 + exp(-inH2))", outH2);
        assertEquals("1/(1 + exp(-(-0.02)))", next.substituted());
        assertEquals(0.4950001666600003, sheet.value("outH2"), 1e-16);
        Table t = sheet.table("Hidden layer", step, next);
        assertEquals(List.of("quantity", "formula", "with the numbers", "value"), t.columnNames());
        assertEquals("0.495", t.doubleColumn("value").getString(1));
    }

    @Test
    void theEvaluatorKnowsPrecedencePowersAndUnaryMinus() {
        Worksheet sheet = Worksheet.of(List.of("a", "b"), 3, -2);
        assertEquals(-9, sheet.step("c", "-a^2", -9).value());
        assertEquals(1, sheet.step("d", "a + b*2 - -2", 1).value());
        assertEquals(0.125, sheet.step("e", "0.5*(a + b)^2/4", 0.125).value());
        assertEquals(12.5, sheet.step("f", "2.5e1/2", 12.5).value());
        assertEquals(Math.exp(-1), sheet.step("g", "exp(b/2)", Math.exp(-1)).value());
    }

    @Test
    void aValueThatIsNotTheFormulasIsRefused() {
        Worksheet sheet = exercise();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sheet.step("inH1", "w1*x1 + w3*x2", 0.3));
        assertEquals("inH1 = 0.3, but w1*x1 + w3*x2 = 0.25 with the values above; allowed: the value of the formula shown, "
                + "or a hand value within 0.0001 of it", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sheet.step("inH1", "w1*x1 + w3*x2", 0.25 + 1.5e-4));
        assertThrows(IllegalArgumentException.class, () -> sheet.step("inH1", "w1*x1 + w9*x2", 0.25));
        assertThrows(IllegalArgumentException.class, () -> sheet.step("inH1", "w1*x1 +", 0.1));
        assertThrows(IllegalArgumentException.class, () -> sheet.step("inH1", "(w1*x1", 0.1));
        assertThrows(IllegalArgumentException.class, () -> Worksheet.of(List.of("a"), 1, 2));
    }

    @Test
    void aHandValueToFourDecimalsIsKeptUsedLaterAndShownBesideWhatTheFormulaGives() {
        Worksheet sheet = exercise();
        Worksheet.Step inH1 = sheet.step("inH1", "w1*x1 + w3*x2", 0.25);
        Worksheet.Step outH1 = sheet.step("outH1", "1/(1 + exp(-inH1))", 0.5622);      // 0.562177 by the formula
        assertTrue(outH1.typed());
        assertEquals(1 / (1 + Math.exp(-0.25)), outH1.formulaValue(), 1e-16);
        assertEquals(0.5622, sheet.value("outH1"));
        // The next step is checked against the typed value: 0.5622 * 0.1 = 0.05622 exactly.
        Worksheet.Step next = sheet.step("t", "outH1*0.1", 0.05622);
        assertEquals("0.5622*0.1", next.substituted());
        assertTrue(!next.typed());
        Table t = sheet.table("Hidden layer", inH1, outH1, next);
        assertEquals(List.of("quantity", "formula", "with the numbers", "value", "the formula gives"), t.columnNames());
        assertEquals(List.of("", "0.562177", ""), t.stringColumn("the formula gives").asList());
        assertEquals(4, sheet.table("computed only", inH1).columnCount());
        // 0.495 typed where the formula gives 0.4950001667: written with the digits that tell them apart.
        Worksheet other = exercise();
        other.step("inH2", "w2*x1 + w4*x2", -0.02);
        Worksheet.Step outH2 = other.step("outH2", "1/(1 + exp(-inH2))", 0.495);
        assertEquals(List.of("0.4950002"), other.table("t", outH2).stringColumn("the formula gives").asList());
    }

    @Test
    void aValueNotWorkedOutYetIsShownAsNaNAndLaterStepsFollow() {
        Worksheet sheet = exercise();
        Worksheet.Step inH1 = sheet.step("inH1", "w1*x1 + w3*x2", Double.NaN);
        Worksheet.Step outH1 = sheet.step("outH1", "1/(1 + exp(-inH1))", Double.NaN);
        assertTrue(Double.isNaN(sheet.value("outH1")) && !inH1.typed() && !outH1.typed());
        assertEquals(4, sheet.table("not done yet", inH1, outH1).columnCount());
    }

    @Test
    void compareListsTheQuantitiesOthersNameWithTheLargestDifference() {
        Worksheet sheet = exercise();
        sheet.step("inH1", "w1*x1 + w3*x2", 0.25);
        sheet.step("outH1", "1/(1 + exp(-inH1))", 1 / (1 + Math.exp(-0.25)));
        Table t = sheet.compare("check", Labelled.of("A", Map.of("inH1", 0.25, "outH1", 0.6), "B", Map.of("outH1", 0.5621765008857981)));
        assertEquals(List.of("inH1", "outH1"), t.stringColumn("quantity").asList());
        assertEquals("", t.stringColumn("B").get(0));
        assertEquals(0, t.doubleColumn("largest |difference|").get(0));
        assertTrue(Math.abs(t.doubleColumn("largest |difference|").get(1) - 0.0378234991) < 1e-9);
        assertEquals(0.6 - sheet.value("outH1"), sheet.largestDifference(Map.of("outH1", 0.6)), 1e-15);
    }
}
