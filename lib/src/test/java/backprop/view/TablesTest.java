package backprop.view;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
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

    private static Table weights() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("given", new double[] {0.2084210480461, -0.4126066530, 6.938893903907228e-18});
        columns.put("seed 20", new double[] {0.5, Double.NaN, 4.2e6});
        return Tables.columns("weights after 1 step", "weight", List.of("w1", "w2", "w3"), columns);
    }

    @Test
    void columnsPrintSixDigitsAndKeepTheDoubles() {
        Table t = weights();
        assertEquals("0.208421", t.doubleColumn("given").getString(0));
        assertEquals("6.93889e-18", t.doubleColumn("given").getString(2));
        assertEquals("NaN", t.doubleColumn("seed 20").getString(1));
        assertEquals("4.2e6", t.doubleColumn("seed 20").getString(2));
        assertEquals(0.2084210480461, t.doubleColumn("given").get(0));
    }

    @Test
    void fullPrecisionAndFewerDigitsOnRequest() {
        assertEquals("0.2084210480461", Tables.fullPrecision(weights()).doubleColumn("given").getString(0));
        assertEquals("-0.413", Tables.digits(weights(), 3).doubleColumn("given").getString(1));
    }

    @Test
    void transposeTurnsRowNamesIntoHeaders() {
        Table t = Tables.transpose(weights());

        assertEquals("weights after 1 step", t.name());
        assertEquals(List.of("", "w1", "w2", "w3"), t.columnNames());
        assertEquals(List.of("given", "seed 20"), t.stringColumn("").asList());
        assertEquals(-0.4126066530, t.doubleColumn("w2").get(0));
        assertEquals("4.2e6", t.doubleColumn("w3").getString(1));
    }

    @Test
    void transposeRefusesTextValuesAndRepeatedNames() {
        Table text = Table.create("t", StringColumn.create("name", "a"), StringColumn.create("v", "x"));
        assertEquals("column \"v\" of \"t\" holds STRING; allowed: numbers in every column after the first",
                assertThrows(IllegalArgumentException.class, () -> Tables.transpose(text)).getMessage());
        Table twice = Tables.values("t", List.of("a", "a"), new double[] {1, 2});
        assertEquals("\"a\" names two rows of \"t\"; allowed: distinct names, as they become column headers",
                assertThrows(IllegalArgumentException.class, () -> Tables.transpose(twice)).getMessage());
    }

    @Test
    void splitKeepsTheNamesAndTheFormatInEveryPart() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int epoch = 1; epoch <= 20; epoch++) {
            columns.put("epoch " + epoch, new double[] {1.0 / epoch, -0.1 / epoch});
        }
        Table wide = Tables.fullPrecision(Tables.columns("loss", "run", List.of("a", "b"), columns));

        Table[] parts = Tables.split(wide, Tables.MAX_NUMBER_COLUMNS);

        assertEquals(3, parts.length);
        assertEquals(List.of("loss (part 1 of 3)", "loss (part 2 of 3)", "loss (part 3 of 3)"), List.of(parts[0].name(), parts[1].name(), parts[2].name()));
        assertEquals(List.of(9, 9, 5), List.of(parts[0].columnCount(), parts[1].columnCount(), parts[2].columnCount()));
        assertEquals(List.of("run", "epoch 17", "epoch 18", "epoch 19", "epoch 20"), parts[2].columnNames());
        assertEquals("0.3333333333333333", parts[0].doubleColumn("epoch 3").getString(0));
        assertEquals("weights after 1 step", Tables.split(weights(), 8)[0].name());
    }
}
