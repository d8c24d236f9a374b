package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class OutputsTest {

    @Test
    void keepsThePartsInTheOrderGiven() {
        Table table = Table.create("loss", DoubleColumn.create("loss", 0.5));
        Statements verdict = Statements.of().add("It falls.");

        assertEquals(java.util.List.of(table, verdict, "note"), Outputs.of(table, verdict, "note").parts());
    }

    @Test
    void aPartTheNotebookCannotShowIsNamedByItsPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Outputs.of("fine", 3.5));

        assertTrue(e.getMessage().startsWith("part 2 is a Double; allowed:"), e.getMessage());
    }
}
