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
import org.rapaio.jupyter.kernel.display.DisplayData;

import backprop.view.Html;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DisplayRenderersTest {

    private static Table weights() {
        return Table.create("weights <after 1 step>",
                StringColumn.create("name", "w1", "w<2>"),
                DoubleColumn.create("value", 0.2084, -0.4126));
    }

    @Test
    void tableIsAnEscapedHtmlTableWithATextFallback() {
        Map<String, Object> data = new TableRenderer().render(null, weights()).data();

        String html = (String) data.get("text/html");
        assertTrue(html.startsWith("<table"), html);
        assertTrue(html.contains("<caption>weights &lt;after 1 step&gt;</caption>"), html);
        assertTrue(html.contains("<th>name</th><th>value</th>"), html);
        assertTrue(html.contains("<td>w&lt;2&gt;</td><td style=\"text-align:right\">-0.4126</td>"), html);
        assertTrue(((String) data.get("text/plain")).contains("0.2084"));
    }

    @Test
    void askingForTextGivesTextOnly() {
        DisplayData text = new TableRenderer().render("text", weights());

        assertEquals(1, text.data().size());
        assertTrue(text.data().containsKey("text/plain"));
    }

    @Test
    void renderersDeclineFormsTheyCannotProduce() {
        assertTrue(new TableRenderer().canRender(null));
        assertTrue(new TableRenderer().canRender("html"));
        assertFalse(new TableRenderer().canRender("png"));
        assertFalse(new ChartRenderer().canRender("html"));
        assertFalse(new ChartRenderer().canRender("no/such-type"));
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
    void everyKindOfXChartIsAPngOfItsOwnSize() throws IOException {
        XYChart xy = new XYChartBuilder().width(320).height(200).title("loss").build();
        xy.addSeries("loss", new double[] {1, 2, 3}, new double[] {0.21, 0.19, 0.18});
        CategoryChart bars = new CategoryChartBuilder().width(300).height(180).build();
        bars.addSeries("count", List.of("a", "b"), List.of(3, 5));
        HeatMapChart heat = new HeatMapChartBuilder().width(280).height(160).build();
        heat.addSeries("loss", new int[] {1, 2}, new int[] {1, 2}, new int[][] {{0, 1}, {2, 3}});
        Chart<?, ?>[] charts = {xy, bars, heat};
        for (Chart<?, ?> chart : charts) {
            DisplayData data = new ChartRenderer().render(null, chart);
            BufferedImage image = decodePng(data);
            assertEquals(chart.getWidth(), image.getWidth());
            assertEquals(chart.getHeight(), image.getHeight());
        }
        assertEquals("XYChart: loss", new ChartRenderer().render(null, xy).data().get("text/plain"));
    }

    @Test
    void bufferedImageIsAPng() throws IOException {
        BufferedImage image = new BufferedImage(7, 5, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(3, 2, 0xFF112233);

        BufferedImage decoded = decodePng(new ImageRenderer().render(null, image));

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
        Map<String, Object> data = new HtmlRenderer().render(null, diagram).data();

        assertEquals("<svg><text>w1</text></svg>", data.get("text/html"));
        assertEquals("diagram", data.get("text/plain"));
    }

    @Test
    void multiLineStringsKeepTheirLineBreaksAndAreEscaped() {
        Map<String, Object> data = new TextRenderer().render(null, "o2 = 0 from epoch 1.\nloss < 0.003 & falling").data();

        assertEquals("o2 = 0 from epoch 1.<br>\nloss &lt; 0.003 &amp; falling", data.get("text/html"));
        assertEquals("o2 = 0 from epoch 1.\nloss < 0.003 & falling", data.get("text/plain"));
    }

    @Test
    void anHtmlTypeWithoutItsOwnToStringGetsAStableTextFallback() {
        Html anonymous = () -> "<i>x</i>";

        assertEquals("[HTML output]", new HtmlRenderer().render(null, anonymous).data().get("text/plain"));
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
        ToHtmlTransformer transformer = new ToHtmlTransformer();
        HtmlRenderer renderer = new HtmlRenderer();

        assertTrue(transformer.canTransform(new Report()));
        assertEquals("<p>loss 0.21</p>", renderer.render(null, (Html) transformer.transform(new Report())).data().get("text/html"));
        assertEquals("<b>cell</b>", renderer.render(null, (Html) transformer.transform(new CellReport())).data().get("text/html"));
        assertFalse(transformer.canTransform(new NotHtml()));
        assertFalse(transformer.canTransform("a string"));
        assertFalse(transformer.canTransform(null));
    }

    private static BufferedImage decodePng(DisplayData data) throws IOException {
        String base64 = (String) data.data().get("image/png");
        assertNotNull(base64, "no image/png in " + data.data().keySet());
        byte[] bytes = Base64.getDecoder().decode(base64);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
