package backprop.view;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
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

    /** Name / value pairs as a two-column table. */
    public static Table values(String title, List<String> names, double[] values) {
        return columns(title, "quantity", names, Map.of("value", values));
    }
}
