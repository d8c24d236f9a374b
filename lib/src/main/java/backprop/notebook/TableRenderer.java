package backprop.notebook;

import org.rapaio.jupyter.kernel.display.MimeType;

import tech.tablesaw.api.Table;

/** A Tablesaw table as an HTML table. */
final class TableRenderer extends Renderer<Table> {

    TableRenderer() {
        super(Table.class, MimeType.HTML);
    }

    @Override
    String richForm(Table table) {
        return TableHtml.of(table);
    }

    @Override
    String textForm(Table table) {
        return table.print();
    }
}
