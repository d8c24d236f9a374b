package backprop.notebook;

import org.rapaio.jupyter.kernel.display.MimeType;

import backprop.view.Html;

/** Anything that implements {@link Html}: its own HTML, with its toString as the fallback. */
final class HtmlRenderer extends Renderer<Html> {

    HtmlRenderer() {
        super(Html.class, MimeType.HTML);
    }

    @Override
    String richForm(Html value) {
        return value.toHtml();
    }

    @Override
    String textForm(Html value) {
        return textOf(value);
    }

    /** toString, unless that is Object's: its hash code would be a new number on every run. */
    static String textOf(Object value) {
        try {
            boolean own = value.getClass().getMethod("toString").getDeclaringClass() != Object.class;
            return own ? value.toString() : "[HTML output]";
        } catch (NoSuchMethodException impossible) {
            return "[HTML output]";
        }
    }
}
