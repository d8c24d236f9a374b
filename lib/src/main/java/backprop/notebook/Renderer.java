package backprop.notebook;

import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.MimeType;

/**
 * A renderer that produces one rich form plus a text/plain fallback.
 *
 * <p>The kernel asks with mime {@code null} for a cell's result: then both forms go out, and the front
 * end picks the richest it can show. {@code display("text", x)} and the like ask for one form only.
 */
abstract class Renderer<T> implements DisplayRenderer {

    private final Class<T> type;
    private final MimeType rich;

    Renderer(Class<T> type, MimeType rich) {
        this.type = type;
        this.rich = rich;
    }

    abstract String richForm(T value);

    abstract String textForm(T value);

    @Override
    public final Class<?> rendererClass() {
        return type;
    }

    @Override
    public final boolean canRender(String mime) {
        return mime == null || rich == parse(mime) || MimeType.TEXT == parse(mime);
    }

    @Override
    public final DisplayData render(String mime, Object o) {
        T value = type.cast(o);
        if (mime != null && MimeType.TEXT == parse(mime)) {
            return DisplayData.fromText(textForm(value));
        }
        DisplayData data = DisplayData.withType(rich.longType(), richForm(value));
        if (mime == null) {
            data.putText(textForm(value));
        }
        return data;
    }

    private static MimeType parse(String mime) {
        try {
            return MimeType.from(mime, null);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
