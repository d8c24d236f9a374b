package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrintoutTest {

    @Test
    void agreesWithinHalfAUnitOfTheLastPrintedDigit() {
        assertEquals(0.00005, Printout.halfLastDigit("13.3109"), 1e-20);
        assertEquals(0.5, Printout.halfLastDigit("0"), 0.0);
        assertEquals(0.005, Printout.halfLastDigit("-50.90"), 1e-20);
        Printout p = Printout.of("t").add("o1", "13.3109", 13.31088608).add("loss", "-50.90", -50.9014).add("w1", "0.4236", 0.4287);
        assertEquals(2, p.agreeing());
        assertEquals(3, p.count());
        assertEquals("no", p.table().stringColumn("agrees").get(2));
        assertEquals("-50.90", p.table().stringColumn("printed").get(1));
        assertThrows(IllegalArgumentException.class, () -> p.add("x", "0,5", 0.5));
        assertEquals("- 2 of the 3 printed values are reproduced to the digits printed; the table marks the one that differs.",
                p.verdict().toString());
        assertEquals("- The printed value is reproduced to the digits printed.",
                Printout.of("t").add("o2", "0", 0.0).verdict().toString());
        assertEquals("- The printed value is not reproduced to the digits printed; the table shows by how much.",
                Printout.of("t").add("o2", "0.5", 0.6).verdict().toString());
        assertEquals("- None of the 2 printed values are reproduced to the digits printed; the table marks the 2 that differ.",
                Printout.of("t").add("o1", "0.5", 0.6).add("o2", "0.5", 0.6).verdict().toString());
    }

    @Test
    void addAllTakesAPrintoutsListInOrder() {
        Printout p = Printout.of("t").addAll(java.util.List.of("a", "b", "c"), "0.0010, -0.0226 13.3109",
                0.00104, -0.02266, 13.31094);
        assertEquals(3, p.count());
        assertEquals(2, p.agreeing());   // -0.02266 is 6e-5 from -0.0226, more than half a unit (5e-5)
        assertThrows(IllegalArgumentException.class,
                () -> Printout.of("t").addAll(java.util.List.of("a", "b"), "0.1", 0.1, 0.2));
    }

    @Test
    void showsTheTableAndTheVerdictUnderIt() {
        Printout p = Printout.of("t").add("loss", "0.2984", 0.298371109);

        java.util.List<Object> parts = p.shown().parts();
        assertEquals(p.table().print(), ((tech.tablesaw.api.Table) parts.get(0)).print());
        assertEquals(p.verdict().toString(), parts.get(1).toString());
        String full = ((tech.tablesaw.api.Table) p.shownInFull().parts().get(0)).print();
        assertEquals(true, full.contains("0.298371109"), full);
    }

    @Test
    void inFullTheComputedValueKeepsEveryDigitAndTheDifferenceThree() {
        // report 000's float32 printout against 0.16 ln 2 in double: 0.1109035537 - 0.11090354888959125 = 4.81040875e-9
        tech.tablesaw.api.Table t = Printout.of("t").add("loss", "0.1109035537", 0.16 * Math.log(2)).tableInFull();
        assertEquals("0.11090354888959125", t.getString(0, "computed here"));
        assertEquals("4.81e-9", t.getString(0, "|difference|"));
    }
}
