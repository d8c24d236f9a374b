package backprop.view;

/** Something that shows itself as HTML in a notebook cell (diagrams, formatted reports). */
public interface Html {

    String toHtml();
}
