package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatementsTest {

    @Test
    void numbersAreWrittenAtSixSignificantDigitsAndOnlyTrueSentencesAreKept() {
        Statements s = Statements.of()
                .add("The loss falls from %s to %s in %s epochs.", 0.2097097937078311, 0.010342811, 100)
                .addIf(false, "never said")
                .either(1.0 > 2.0, "bigger", "not bigger, %s", 1e-9);

        assertEquals(List.of("The loss falls from 0.20971 to 0.0103428 in 100 epochs.", "not bigger, 1e-9"), s.sentences());
        assertEquals("- The loss falls from 0.20971 to 0.0103428 in 100 epochs.\n- not bigger, 1e-9", s.toString());
    }

    @Test
    void htmlIsAnEscapedList() {
        assertEquals("<ul>\n<li>loss &lt; 0.00245 &amp; falling</li>\n</ul>", Statements.of().add("loss < %s & falling", 0.00245).toHtml());
    }

    @Test
    void labelledKeepsTheOrderAndRefusesARepeatedLabel() {
        assertEquals(List.of("b", "a", "c"), List.copyOf(Labelled.of("b", 1, "a", 2, "c", 3).keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Labelled.of("a", 1, "a", 2));
        assertEquals("label \"a\" given twice; allowed: each label once", e.getMessage());
    }
}
