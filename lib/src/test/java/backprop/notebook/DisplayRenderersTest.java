package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import backprop.view.Html;
import backprop.view.Outputs;
import backprop.view.Statements;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The adapter through JJava's own Renderer, as the kernel uses it, without a kernel. */
class DisplayRenderersTest {

    private static final Renderer RENDERER = new Renderer();

    static {
        NotebookDisplay.register(RENDERER);
    }

    private static Map<String, Object> render(Object value) {
        return data(RENDERER.render(value));
    }

    /** The MIME bundle as Jupyter receives it: type name -> content. */
    private static Map<String, Object> data(DisplayData display) {
        Map<String, Object> bundle = new java.util.TreeMap<>();
        for (String type : List.of("text/plain", "text/html", "image/png", "text/markdown")) {
            Object content = display.getData(MIMEType.parse(type));
            if (content != null) {
                bundle.put(type, content);
            }
        }
        return bundle;
    }

    private static Table weights() {
        return Table.create("weights <after 1 step>",
                StringColumn.create("name", "w1", "w<2>"),
                DoubleColumn.create("value", 0.2084, -0.4126));
    }

    @Test
    void tableIsAnEscapedHtmlTableWithATextFallback() {
        Map<String, Object> data = render(weights());

        String html = (String) data.get("text/html");
        assertTrue(html.startsWith("<table"), html);
        assertTrue(html.contains("<caption>weights &lt;after 1 step&gt;</caption>"), html);
        assertTrue(html.contains("<th>name</th><th>value</th>"), html);
        assertTrue(html.contains("<td>w&lt;2&gt;</td><td style=\"text-align:right\">-0.4126</td>"), html);
        assertTrue(((String) data.get("text/plain")).contains("0.2084"));
    }

    @Test
    void aLongTableKeepsEveryRowInItsTextFormAsInItsHtml() {
        // Tablesaw's own print() stops at 20 rows with a "..." row; a hand-in read as text must not lose rows.
        double[] values = java.util.stream.IntStream.rangeClosed(1, 25).mapToDouble(i -> 1000 + i).toArray();
        Table t = Table.create("25 rows", DoubleColumn.create("value", values));
        for (Object shown : List.of(t, new Table[] {t}, Outputs.of(t))) {
            String text = (String) render(shown).get("text/plain");
            assertTrue(text.contains("1001") && text.contains("1011") && text.contains("1025"), text);
            assertFalse(text.contains("..."), text);
        }
    }

    @Test
    void askingForTextGivesTextOnly() {
        Map<String, Object> text = data(RENDERER.renderAs(weights(), "text/plain"));

        assertEquals(List.of("text/plain"), List.copyOf(text.keySet()));
        assertTrue(((String) text.get("text/plain")).contains("-0.4126"));
    }

    @Test
    void aChartAskedForHtmlGivesNoHtml() {
        assertFalse(data(RENDERER.renderAs(new XYChartBuilder().width(50).height(40).build(), "text/html")).containsKey("text/html"));
    }

    @Test
    void longTablesShowTheirFirstAndLastRows() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        String html = TableHtml.of(Table.create(DoubleColumn.create("epoch", values)));

        assertTrue(html.contains(">24<") && html.contains(">975<") && html.contains(">999<"), html);
        assertFalse(html.contains(">500<"));
        assertTrue(html.contains("950 more rows"));
    }

    @Test
    void everyKindOfXChartIsAPngAtTwiceItsSizeShownAtItsSize() throws Exception {
        XYChart xy = new XYChartBuilder().width(320).height(200).title("loss").build();
        xy.addSeries("loss", new double[] {1, 2, 3}, new double[] {0.21, 0.19, 0.18});
        CategoryChart bars = new CategoryChartBuilder().width(300).height(180).build();
        bars.addSeries("count", List.of("a", "b"), List.of(3, 5));
        HeatMapChart heat = new HeatMapChartBuilder().width(280).height(160).build();
        heat.addSeries("loss", new int[] {1, 2}, new int[] {1, 2}, new int[][] {{0, 1}, {2, 3}});
        Chart<?, ?>[] charts = {xy, bars, heat};
        for (Chart<?, ?> chart : charts) {
            DisplayData display = RENDERER.render(chart);
            BufferedImage image = decodePng(data(display));
            assertEquals(2 * chart.getWidth(), image.getWidth());
            assertEquals(2 * chart.getHeight(), image.getHeight());
            assertEquals(Map.of("image/png", Map.of("width", chart.getWidth(), "height", chart.getHeight())), metadata(display));
        }
        assertEquals("XYChart: loss", render(xy).get("text/plain"));
    }

    @Test
    void splitTablesShowOneUnderAnother() {
        Table[] parts = {weights(), Table.create("second", DoubleColumn.create("loss", 0.0103428))};

        Map<String, Object> data = render(parts);

        String html = (String) data.get("text/html");
        assertEquals(2, html.split("<table").length - 1, html);
        assertTrue(html.indexOf("weights &lt;after 1 step&gt;") < html.indexOf("<caption>second</caption>"), html);
        assertTrue(((String) data.get("text/plain")).contains("0.0103428"));
    }

    @Test
    void outputsShowATableAndItsSentencesInOrder() {
        Outputs both = Outputs.of(weights(), Statements.of().add("w1 is %s.", 0.2084), "a <note>");

        Map<String, Object> data = render(both);

        String html = (String) data.get("text/html");
        assertTrue(html.indexOf("<caption>weights &lt;after 1 step&gt;</caption>") < html.indexOf("<li>w1 is 0.2084.</li>"), html);
        assertTrue(html.indexOf("<li>w1 is 0.2084.</li>") < html.indexOf("a &lt;note&gt;"), html);
        String text = (String) data.get("text/plain");
        assertTrue(text.contains("-0.4126") && text.contains("- w1 is 0.2084.") && text.endsWith("a <note>"), text);
    }

    /** JJava keeps the metadata to itself until it sends the message. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(DisplayData display) throws ReflectiveOperationException {
        java.lang.reflect.Field field = DisplayData.class.getDeclaredField("metadata");
        field.setAccessible(true);
        return (Map<String, Object>) field.get(display);
    }

    @Test
    void bufferedImageIsAPng() throws IOException {
        BufferedImage image = new BufferedImage(7, 5, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(3, 2, 0xFF112233);

        BufferedImage decoded = decodePng(render(image));

        assertEquals(7, decoded.getWidth());
        assertEquals(0xFF112233, decoded.getRGB(3, 2));
    }

    @Test
    void htmlTypesShowTheirHtml() {
        Html diagram = new Html() {
            @Override
            public String toHtml() {
                return "<svg><text>w1</text></svg>";
            }

            @Override
            public String toString() {
                return "diagram";
            }
        };
        Map<String, Object> data = render(diagram);

        assertEquals("<svg><text>w1</text></svg>", data.get("text/html"));
        assertEquals("diagram", data.get("text/plain"));
    }

    @Test
    void multiLineStringsKeepTheirLineBreaksAndAreEscaped() {
        Map<String, Object> data = render("o2 = 0 from epoch 1.\nloss < 0.003 & falling");

        assertEquals("o2 = 0 from epoch 1.<br>\nloss &lt; 0.003 &amp; falling", data.get("text/html"));
        assertEquals("o2 = 0 from epoch 1.\nloss < 0.003 & falling", data.get("text/plain"));
    }

    @Test
    void anHtmlTypeWithoutItsOwnToStringGetsAStableTextFallback() {
        Html anonymous = () -> "<i>x</i>";

        assertEquals("[HTML output]", render(anonymous).get("text/plain"));
    }

    /** Public, as a type of the core library would be; it does not know the Html interface. */
    public static final class Report {
        public String toHtml() {
            return "<p>loss 0.21</p>";
        }
    }

    /** Not public, like a class declared in a notebook cell. */
    static final class CellReport {
        public String toHtml() {
            return "<b>cell</b>";
        }
    }

    static final class NotHtml {
        public int toHtml() {
            return 1;
        }
    }

    @Test
    void anyPublicToHtmlMethodIsEnough() {
        assertEquals("<p>loss 0.21</p>", render(new Report()).get("text/html"));
        assertEquals("<b>cell</b>", render(new CellReport()).get("text/html"));
        assertEquals(List.of("text/plain"), List.copyOf(render(new NotHtml()).keySet()));
    }

    @Test
    void whatWeDoNotClaimKeepsTheKernelsPlainText() {
        assertEquals(Map.of("text/plain", "42"), render(42));
        assertEquals(Map.of("text/plain", "[0.5, 0.3]"), render(List.of(0.5, 0.3)));
    }

    private static BufferedImage decodePng(Map<String, Object> data) throws IOException {
        String base64 = (String) data.get("image/png");
        assertNotNull(base64, "no image/png in " + data.keySet());
        byte[] bytes = Base64.getDecoder().decode(base64);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}

