package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChartBuilder;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplaySystem;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** The adapter as the kernel sees it: found by the service loader, consulted by its DisplaySystem. */
class KernelDisplayTest {

    @Test
    void theServiceFileNamesOurProvider() {
        List<String> providers = ServiceLoader.load(DisplayProvider.class).stream()
                .map(provider -> provider.type().getName()).toList();
        assertEquals(List.of(NotebookDisplay.class.getName()), providers);
    }

    @Test
    void theKernelRendersTablesChartsAndToHtmlObjectsThroughUs() {
        DisplaySystem display = DisplaySystem.inst();
        display.refreshSpiDisplayHandlers();

        DisplayData table = display.render(Table.create("t", IntColumn.create("epoch", 1, 2)));
        assertTrue(((String) table.data().get("text/html")).startsWith("<table"));

        DisplayData chart = display.render(new XYChartBuilder().width(100).height(80).build());
        assertTrue(chart.data().containsKey("image/png"));

        DisplayData report = display.render(new DisplayRenderersTest.Report());
        assertEquals("<p>loss 0.21</p>", report.data().get("text/html"));

        // what we do not claim keeps the kernel's own rendering
        assertEquals("42", display.render(42).data().get("text/html"));
    }

    /** Only this package may use the kernel: elsewhere the library must work without it. */
    @Test
    void noOtherPackageOfTheLibraryUsesTheKernel() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !classes.relativize(f).startsWith(Path.of("backprop", "notebook")))
                    .filter(KernelDisplayTest::mentionsKernel)
                    .map(f -> classes.relativize(f).toString()).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean mentionsKernel(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/rapaio/jupyter");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
