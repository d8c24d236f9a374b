package backprop.view;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TablesTest {

    @Test
    void formattedWritesEachValueWithTheFormatIncludingNaNAndInfinity() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("a", new double[] {4.47e-309, Double.NaN, Double.POSITIVE_INFINITY});
        columns.put("b", new double[] {1, 0.5, -2});
        Table t = Tables.formatted("t", "z", List.of("1", "2", "3"), columns, "%.3g");
        assertEquals(List.of("z", "a", "b"), t.columnNames());
        assertEquals("4.47e-309", t.stringColumn("a").get(0));
        assertEquals("NaN", t.stringColumn("a").get(1));
        assertEquals("Infinity", t.stringColumn("a").get(2));
        assertEquals("-2.00", t.stringColumn("b").get(2));
    }

    @Test
    void formattedRefusesAColumnOfTheWrongLength() {
        Map<String, double[]> columns = Map.of("a", new double[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tables.formatted("t", "z", List.of("1", "2"), columns, "%g"));
        assertEquals("column \"a\" has 1 values; allowed: 2, one per z", e.getMessage());
    }
}
