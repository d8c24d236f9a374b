package backprop.notebook;

import backprop.view.Html;

/** HTML taken from an object's toHtml(), kept with the object's toString for the text fallback. */
record HtmlFragment(String html, String text) implements Html {

    @Override
    public String toHtml() {
        return html;
    }

    @Override
    public String toString() {
        return text;
    }
}
