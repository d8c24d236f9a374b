package backprop.notebook;

import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.internal.chartpart.Chart;

import backprop.view.Charts;
import backprop.view.Html;
import backprop.view.Outputs;
import tech.tablesaw.api.Table;

/**
 * The JJava extension that shows the library's results: the kernel finds it through
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when {@code %classpath} adds the jar.
 * Each result also carries a text/plain form, for front ends without HTML and for stable diffs: a table's
 * with every row, as its HTML (Tablesaw's own print() would stop at 20).
 */
public final class NotebookDisplay implements Extension {

    static final int CHART_SCALE = 2;

    @Override
    public void install(BaseKernel kernel) {
        register(kernel.getRenderer());
    }

    /** Registers every form with {@code renderer}; a kernel's or a bare one, as the tests use. */
    static void register(Renderer renderer) {
        // One group per library, so a notebook that lacks XChart (say) still gets tables.
        guarded(() -> html(renderer, Table.class, TableHtml::of, Table::printAll));
        guarded(() -> html(renderer, Table[].class, NotebookDisplay::tablesHtml, NotebookDisplay::tablesText));
        guarded(() -> chartPng(renderer));
        png(renderer, BufferedImage.class, image -> image, image -> "Image " + image.getWidth() + " x " + image.getHeight());
        html(renderer, Html.class, Html::toHtml, NotebookDisplay::stableText);
        guarded(() -> html(renderer, Outputs.class, NotebookDisplay::outputsHtml, NotebookDisplay::outputsText));
        // Generated sentences span lines; text/plain would show them in a monospaced block.
        html(renderer, String.class, text -> TableHtml.escape(text).replace("\n", "<br>\n"), text -> text);
        // Checked last by the kernel (Object is the end of every type's inheritance): any public String toHtml().
        renderer.createRegistration(Object.class).preferring(MIMEType.TEXT_HTML).register((value, context) -> {
            Method toHtml = toHtmlMethod(value.getClass());
            if (toHtml != null) {
                context.renderIfRequested(MIMEType.TEXT_HTML, () -> invoke(toHtml, value));
                context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> stableText(value));
            }
        });
    }

    private static <T> void html(Renderer renderer, Class<T> type, Function<T, String> html, Function<T, String> text) {
        renderer.createRegistration(type).preferring(MIMEType.TEXT_HTML).register((value, context) -> {
            context.renderIfRequested(MIMEType.TEXT_HTML, () -> html.apply(value));
            context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text.apply(value));
        });
    }

    private static <T> void png(Renderer renderer, Class<T> type, Function<T, BufferedImage> image, Function<T, String> text) {
        renderer.createRegistration(type).preferring(MIMEType.IMAGE_PNG).register((value, context) -> {
            context.renderIfRequested(MIMEType.IMAGE_PNG, () -> Png.base64(image.apply(value)));
            context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text.apply(value));
        });
    }

    /**
     * Charts are drawn at {@value #CHART_SCALE}x and shown at their own size (Jupyter's image/png
     * width and height metadata, honoured by JupyterLab and nbconvert's HTML): sharp on screens
     * with two device pixels per CSS pixel, a few tens of kB per chart. SVG was the alternative;
     * XChart writes its text as outlines there, 100 kB for 100 epochs and over 1 MB for 5000.
     */
    @SuppressWarnings("rawtypes")
    private static void chartPng(Renderer renderer) {
        renderer.createRegistration(Chart.class).preferring(MIMEType.IMAGE_PNG).register((chart, context) -> {
            context.renderIfRequested(MIMEType.IMAGE_PNG, (type, out) -> {
                out.putData(type, Png.base64(Charts.image(chart, CHART_SCALE)));
                out.putMetaData(type, Map.of("width", chart.getWidth(), "height", chart.getHeight()));
            });
            context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> chartText(chart));
        });
    }

    private static String tablesHtml(Table[] parts) {
        return Arrays.stream(parts).map(TableHtml::of).collect(Collectors.joining("\n"));
    }

    private static String tablesText(Table[] parts) {
        return Arrays.stream(parts).map(Table::printAll).collect(Collectors.joining("\n\n"));
    }

    /** Each part as it shows on its own, one under another (a String as an escaped paragraph). */
    private static String outputsHtml(Outputs outputs) {
        return outputs.parts().stream().map(part -> part instanceof Table table ? TableHtml.of(table)
                : part instanceof Table[] tables ? tablesHtml(tables)
                : part instanceof Html html ? html.toHtml()
                : "<p>" + TableHtml.escape(part.toString()).replace("\n", "<br>\n") + "</p>")
                .collect(Collectors.joining("\n"));
    }

    private static String outputsText(Outputs outputs) {
        return outputs.parts().stream().map(part -> part instanceof Table table ? table.printAll()
                : part instanceof Table[] tables ? tablesText(tables)
                : part instanceof Html ? stableText(part) : part.toString())
                .collect(Collectors.joining("\n\n"));
    }

    private static void guarded(Runnable registration) {
        try {
            registration.run();
        } catch (NoClassDefFoundError missing) {
            // That library is not on this notebook's class path: nothing of its kind can be shown.
        }
    }

    @SuppressWarnings("rawtypes")
    private static String chartText(Chart chart) {
        String title = chart.getTitle();
        return chart.getClass().getSimpleName() + (title == null || title.isBlank() ? "" : ": " + title);
    }

    /** toString, unless that is Object's: its hash code would be a new number on every run. */
    static String stableText(Object value) {
        try {
            boolean own = value.getClass().getMethod("toString").getDeclaringClass() != Object.class;
            return own ? value.toString() : "[HTML output]";
        } catch (NoSuchMethodException impossible) {
            return "[HTML output]";
        }
    }

    static Method toHtmlMethod(Class<?> type) {
        try {
            Method method = type.getMethod("toHtml");
            return method.getReturnType() == String.class && !Modifier.isStatic(method.getModifiers()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String invoke(Method toHtml, Object value) {
        try {
            // A class declared in a notebook cell is not public, so its public methods need this.
            toHtml.trySetAccessible();
            return (String) toHtml.invoke(value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("toHtml() of " + value.getClass().getName() + " is not accessible", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("toHtml() of " + value.getClass().getName() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
