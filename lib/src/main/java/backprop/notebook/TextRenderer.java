package backprop.notebook;

import org.rapaio.jupyter.kernel.display.MimeType;

/**
 * A String result keeps its line breaks: the kernel's own rendering sends it as HTML in which the
 * lines of a generated, multi-line statement run together. Breaks become {@code <br>} rather than a
 * {@code <pre>} block so long sentences still wrap in the page's own font.
 */
final class TextRenderer extends Renderer<String> {

    TextRenderer() {
        super(String.class, MimeType.HTML);
    }

    @Override
    String richForm(String text) {
        return TableHtml.escape(text).replace("\n", "<br>\n");
    }

    @Override
    String textForm(String text) {
        return text;
    }
}
