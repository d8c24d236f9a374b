package backprop.notebook;

import java.util.List;

import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/** The entry point the kernel's service loader instantiates (see META-INF/services). */
public final class NotebookDisplay implements DisplayProvider {

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(new TableRenderer(), new ChartRenderer(), new ImageRenderer(), new HtmlRenderer(), new TextRenderer());
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        // The kernel consults transformers only for objects no renderer claimed, so duck-typed
        // toHtml() objects never steal the kernel's own rendering of collections or images.
        return List.of(new ToHtmlTransformer());
    }
}
