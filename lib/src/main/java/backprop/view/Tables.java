package backprop.view;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * Small Tablesaw tables of named quantities; a cell that ends in one shows it as an HTML table.
 * Number columns keep their doubles and print with {@link Numbers#format(double)} (6 significant
 * digits); {@link #fullPrecision} switches a table to every digit. A table with more than
 * {@value #MAX_NUMBER_COLUMNS} number columns is wider than a notebook page: {@link #transpose} or
 * {@link #split} it.
 */
public final class Tables {

    /** Number columns that fit a notebook at a normal window width (about 1000 px) at 6 digits. */
    public static final int MAX_NUMBER_COLUMNS = 8;

    private Tables() {
    }

    /** One row per name, one column per labelled array: e.g. gradients of two methods side by side. */
    public static Table columns(String title, String nameHeader, List<String> names, Map<String, double[]> columns) {
        Table t = Table.create(title).addColumns(StringColumn.create(nameHeader, names));
        columns.forEach((header, values) -> {
            checkLength(header, values, names, nameHeader);
            t.addColumns(DoubleColumn.create(header, values));
        });
        return sixDigits(t);
    }

    /**
     * Like {@link #columns} with every value written by {@code format} (e.g. "%.3g") into a text
     * column; prefer {@link #columns}, whose numbers stay numbers.
     */
    public static Table formatted(String title, String nameHeader, List<String> names, Map<String, double[]> columns, String format) {
        Table t = Table.create(title).addColumns(StringColumn.create(nameHeader, names));
        columns.forEach((header, values) -> {
            checkLength(header, values, names, nameHeader);
            String[] text = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                text[i] = String.format(Locale.ROOT, format, values[i]);
            }
            t.addColumns(StringColumn.create(header, text));
        });
        return t;
    }

    /** Name / value pairs as a two-column table. */
    public static Table values(String title, List<String> names, double[] values) {
        return columns(title, "quantity", names, Map.of("value", values));
    }

    /** Every number column of {@code table} prints with 6 significant digits; returns the table. */
    public static Table sixDigits(Table table) {
        return printed(table, Numbers::format);
    }

    /** Every number column prints with {@code significantDigits}, e.g. 3 for differences; returns the table. */
    public static Table digits(Table table, int significantDigits) {
        Numbers.format(1, significantDigits); // refuses a bad count now, not at the first print
        return printed(table, v -> Numbers.format(v, significantDigits));
    }

    /** One column prints with {@code significantDigits} (e.g. differences beside values in full); returns the column. */
    public static DoubleColumn digits(DoubleColumn column, int significantDigits) {
        Numbers.format(1, significantDigits); // refuses a bad count now, not at the first print
        column.setPrintFormatter(formatter(v -> Numbers.format(v, significantDigits)));
        return column;
    }

    /**
     * Every number column prints each double in full ({@link Numbers#full}): for the one page
     * where agreement to the last digit is the point. Returns the table.
     */
    public static Table fullPrecision(Table table) {
        return printed(table, Numbers::full);
    }

    /**
     * Rows become columns: the first column's entries (names such as w1..w8) become the headers,
     * every other column (which must hold numbers) becomes a row named by its header. A table of 8
     * weights for 3 runs turns from 3 columns wide and 8 high into 8 wide and 3 high, or back.
     */
    public static Table transpose(Table table) {
        List<Column<?>> columns = table.columns();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table \"" + table.name() + "\" has no columns; allowed: a name column and number columns");
        }
        Column<?> names = columns.get(0);
        List<NumericColumn<?>> numbers = numberColumns(table, columns.subList(1, columns.size()));
        Set<String> seen = new HashSet<>();
        Table t = Table.create(table.name()).addColumns(StringColumn.create("",
                numbers.stream().map(Column::name).toArray(String[]::new)));
        for (int row = 0; row < table.rowCount(); row++) {
            String header = names.getString(row);
            if (!seen.add(header)) {
                throw new IllegalArgumentException("\"" + header + "\" names two rows of \"" + table.name()
                        + "\"; allowed: distinct names, as they become column headers");
            }
            double[] values = new double[numbers.size()];
            for (int c = 0; c < numbers.size(); c++) {
                values[c] = numbers.get(c).getDouble(row);
            }
            t.addColumns(DoubleColumn.create(header, values));
        }
        return sixDigits(t);
    }

    /**
     * The table in parts of at most {@code numberColumns} number columns each, every part led by
     * the first column (the row names), titled "title (1/3)", "title (2/3)" ...; a cell that ends
     * in the array shows the parts one under another.
     */
    public static Table[] split(Table table, int numberColumns) {
        if (numberColumns < 1) {
            throw new IllegalArgumentException("numberColumns = " + numberColumns + "; allowed: 1 or more");
        }
        List<Column<?>> columns = table.columns();
        List<Column<?>> rest = columns.subList(1, columns.size());
        int parts = Math.max(1, (rest.size() + numberColumns - 1) / numberColumns);
        List<Table> result = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            String title = parts == 1 ? table.name() : table.name() + " (part " + (p + 1) + " of " + parts + ")";
            // The parts share the whole's columns (a Tablesaw column may sit in several tables), print formats included.
            Table part = Table.create(title).addColumns(columns.get(0));
            rest.subList(p * numberColumns, Math.min(rest.size(), (p + 1) * numberColumns)).forEach(part::addColumns);
            result.add(part);
        }
        return result.toArray(Table[]::new);
    }

    private static List<NumericColumn<?>> numberColumns(Table table, List<Column<?>> columns) {
        List<NumericColumn<?>> numbers = new ArrayList<>();
        for (Column<?> c : columns) {
            if (!(c instanceof NumericColumn<?> n)) {
                throw new IllegalArgumentException("column \"" + c.name() + "\" of \"" + table.name() + "\" holds "
                        + c.type().name() + "; allowed: numbers in every column after the first");
            }
            numbers.add(n);
        }
        return numbers;
    }

    private static Table printed(Table table, DoubleFunction<String> format) {
        NumberColumnFormatter formatter = formatter(format);
        for (Column<?> c : table.columns()) {
            if (c instanceof DoubleColumn d) {
                d.setPrintFormatter(formatter);
            }
        }
        return table;
    }

    private static NumberColumnFormatter formatter(DoubleFunction<String> format) {
        return new NumberColumnFormatter() {
            @Override
            public String format(double value) {
                return format.apply(value);
            }
        };
    }

    private static void checkLength(String header, double[] values, List<String> names, String nameHeader) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("column \"" + header + "\" has " + values.length + " values; allowed: "
                    + names.size() + ", one per " + nameHeader);
        }
    }
}
