package backprop.notebook;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an HTML {@code <table>}. Cells use each column's own print formatter, so a
 * notebook controls the digits shown with {@code column.setPrintFormatter(...)}. Long tables show
 * their first and last rows only, like pandas, so one careless cell cannot flood the notebook.
 */
final class TableHtml {

    static final int MAX_ROWS = 60;
    private static final int EDGE_ROWS = 25;

    private TableHtml() {
    }

    static String of(Table table) {
        StringBuilder html = new StringBuilder("<table class=\"backprop-table\">\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int rows = table.rowCount();
        boolean cut = rows > MAX_ROWS;
        for (int row = 0; row < rows; row++) {
            if (cut && row == EDGE_ROWS) {
                html.append("<tr><td colspan=\"").append(table.columnCount()).append("\">… ")
                        .append(rows - 2 * EDGE_ROWS).append(" more rows …</td></tr>\n");
                row = rows - EDGE_ROWS;
            }
            appendRow(html, table, row);
        }
        return html.append("</tbody>\n</table>").toString();
    }

    private static void appendRow(StringBuilder html, Table table, int row) {
        html.append("<tr>");
        for (Column<?> column : table.columns()) {
            html.append(column instanceof NumericColumn ? "<td style=\"text-align:right\">" : "<td>")
                    .append(escape(column.getString(row))).append("</td>");
        }
        html.append("</tr>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
