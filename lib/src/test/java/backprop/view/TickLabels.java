package backprop.view;

import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisPair;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The tick labels XChart draws on a chart's axes, as text and box in chart pixels. XChart keeps
 * the ticks of its last paint in each axis; the chart is painted here at its own size, and the
 * boxes are placed as XChart's AxisTickLabels places them (x labels centred on their tick and
 * drawn only when inside the axis and the chart, y labels centred on theirs).
 */
record TickLabels(List<String> texts, List<Rectangle2D> boxes) {

    static TickLabels x(Chart<?, ?> chart) {
        FontRenderContext frc = paint(chart);
        Axis<?, ?> axis = axisPair(chart).getXAxis();
        AxisTickCalculator ticks = axis.getAxisTickCalculator();
        Font font = ((AxesChartStyler) chart.getStyler()).getAxisTickLabelsFont();
        List<String> texts = new ArrayList<>();
        List<Rectangle2D> boxes = new ArrayList<>();
        double left = axis.getBounds().getX();
        double width = axis.getBounds().getWidth();
        for (int i = 0; i < ticks.getTickLabels().size(); i++) {
            String text = ticks.getTickLabels().get(i);
            double at = left + ticks.getTickLocations().get(i);
            if (text == null || text.isBlank() || at <= left || at >= left + width) {
                continue;
            }
            Rectangle2D bounds = new TextLayout(text, font, frc).getBounds();
            double x = at - bounds.getWidth() / 2;
            if (x > 0 && x + bounds.getWidth() < chart.getWidth()) {
                texts.add(text);
                boxes.add(new Rectangle2D.Double(x, 0, bounds.getWidth(), bounds.getHeight()));
            }
        }
        return new TickLabels(texts, boxes);
    }

    static TickLabels y(Chart<?, ?> chart) {
        FontRenderContext frc = paint(chart);
        Axis<?, ?> axis = yAxis(chart);
        AxisTickCalculator ticks = axis.getAxisTickCalculator();
        Font font = ((AxesChartStyler) chart.getStyler()).getAxisTickLabelsFont();
        List<String> texts = new ArrayList<>();
        List<Rectangle2D> boxes = new ArrayList<>();
        double top = axis.getBounds().getY();
        double height = axis.getBounds().getHeight();
        for (int i = 0; i < ticks.getTickLabels().size(); i++) {
            String text = ticks.getTickLabels().get(i);
            double at = top + height - ticks.getTickLocations().get(i);
            if (text == null || text.isBlank() || at <= top || at >= top + height) {
                continue;
            }
            Rectangle2D bounds = new TextLayout(text, font, frc).getBounds();
            texts.add(text);
            boxes.add(new Rectangle2D.Double(0, at - bounds.getHeight() / 2, bounds.getWidth(), bounds.getHeight()));
        }
        return new TickLabels(texts, boxes);
    }

    /** How many ticks inside the y axis carry no label (on a log axis: those at 2..9 x 10^k). */
    static int unlabelledYTicks(Chart<?, ?> chart) {
        paint(chart);
        Axis<?, ?> axis = yAxis(chart);
        AxisTickCalculator ticks = axis.getAxisTickCalculator();
        double height = axis.getBounds().getHeight();
        int count = 0;
        for (int i = 0; i < ticks.getTickLabels().size(); i++) {
            String text = ticks.getTickLabels().get(i);
            double at = ticks.getTickLocations().get(i);
            if ((text == null || text.isBlank()) && at > 0 && at < height) {
                count++;
            }
        }
        return count;
    }

    /** The smallest space between neighbouring labels, along the axis; +infinity with fewer than two. */
    double smallestGap() {
        List<Rectangle2D> sorted = new ArrayList<>(boxes);
        boolean horizontal = sorted.stream().allMatch(b -> b.getY() == 0);
        sorted.sort((a, b) -> Double.compare(horizontal ? a.getX() : a.getY(), horizontal ? b.getX() : b.getY()));
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < sorted.size(); i++) {
            Rectangle2D a = sorted.get(i - 1);
            Rectangle2D b = sorted.get(i);
            gap = Math.min(gap, horizontal ? b.getX() - a.getMaxX() : b.getY() - a.getMaxY());
        }
        return gap;
    }

    private static FontRenderContext paint(Chart<?, ?> chart) {
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
            return g.getFontRenderContext();
        } finally {
            g.dispose();
        }
    }

    // XChart keeps its axes out of its public API; a test may look inside.
    private static AxisPair<?, ?> axisPair(Chart<?, ?> chart) {
        try {
            Field field = Chart.class.getDeclaredField("axisPair");
            field.setAccessible(true);
            return (AxisPair<?, ?>) field.get(chart);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("XChart " + Chart.class.getPackage().getImplementationVersion() + " has no axisPair", e);
        }
    }

    private static Axis<?, ?> yAxis(Chart<?, ?> chart) {
        try {
            Method getter = AxisPair.class.getDeclaredMethod("getYAxis");
            getter.setAccessible(true);
            return (Axis<?, ?>) getter.invoke(axisPair(chart));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("XChart's AxisPair has no getYAxis()", e);
        }
    }

    /** The labels' values, read as a reader reads them: 0.005, 20, 2E-7, or 10⁻¹⁶ (ten to a superscript power). */
    double[] values() {
        return texts.stream().mapToDouble(TickLabels::value).toArray();
    }

    static double value(String text) {
        if (!text.startsWith("10") || text.chars().noneMatch(c -> SUPERSCRIPTS.indexOf(c) >= 0)) {
            return Double.parseDouble(text);
        }
        StringBuilder exponent = new StringBuilder();
        text.substring(2).chars().forEach(c -> exponent.append("-0123456789".charAt(SUPERSCRIPTS.indexOf(c))));
        return Math.pow(10, Integer.parseInt(exponent.toString()));
    }

    /** Whether the label is a power of ten written as one (2E-7, 10⁻¹⁶), not as a decimal. */
    static boolean scientific(String text) {
        return text.contains("E") || text.chars().anyMatch(c -> SUPERSCRIPTS.indexOf(c) >= 0);
    }

    private static final String SUPERSCRIPTS = "\u207B\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
}
