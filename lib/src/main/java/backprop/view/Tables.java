package backprop.view;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small Tablesaw tables of named quantities; a cell that ends in one shows it as an HTML table. */
public final class Tables {

    private Tables() {
    }

    /** One row per name, one column per labelled array: e.g. gradients of two methods side by side. */
    public static Table columns(String title, String nameHeader, List<String> names, Map<String, double[]> columns) {
        Table t = Table.create(title).addColumns(StringColumn.create(nameHeader, names));
        columns.forEach((header, values) -> {
            if (values.length != names.size()) {
                throw new IllegalArgumentException("column \"" + header + "\" has " + values.length + " values; allowed: "
                        + names.size() + ", one per " + nameHeader);
            }
            t.addColumns(DoubleColumn.create(header, values));
        });
        return t;
    }

    /**
     * Like {@link #columns} with every value written by {@code format} (e.g. "%.6g"): for values whose
     * plain decimal form would be hundreds of digits long (1e-300) and for NaN/Infinity shown as such.
     */
    public static Table formatted(String title, String nameHeader, List<String> names, Map<String, double[]> columns, String format) {
        Table t = Table.create(title).addColumns(StringColumn.create(nameHeader, names));
        columns.forEach((header, values) -> {
            if (values.length != names.size()) {
                throw new IllegalArgumentException("column \"" + header + "\" has " + values.length + " values; allowed: "
                        + names.size() + ", one per " + nameHeader);
            }
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
}
