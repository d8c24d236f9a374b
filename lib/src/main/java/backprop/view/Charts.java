package backprop.view;

import backprop.training.TrainingRun;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * XChart plots for the notebooks; a cell that ends in one shows it inline. Every chart has the
 * {@link ChartStyle} look, its series take the {@link Palette} colours by their place in the order given
 * (first the baseline, then the variant; a place left empty keeps its colour unused), and its axes are labelled at round numbers: linear axes in the
 * {@link Numbers} format, log axes in one format each ({@link LogAxis}).
 */
public final class Charts {

    /** Size in CSS pixels on the page; {@link #image} draws it at a multiple of that for sharp screens. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;
    /** Sample points of {@link #functions}: smooth at {@value #WIDTH} px. */
    public static final int FUNCTION_SAMPLES = 241;
    /** The plot inside a chart of {@link #WIDTH} x {@link #HEIGHT}, and a legend's parts, in pixels: estimates for placing the legend. */
    private static final double PLOT_WIDTH = WIDTH - 100;
    private static final double PLOT_HEIGHT = HEIGHT - 110;
    private static final double LEGEND_ROW = 22;
    private static final double LEGEND_PADDING = 14;
    /** Around a legend's longest label: its line sample, the gaps and the border. */
    private static final double LEGEND_FRAME = 46;
    /** The least room left of the plot (the y axis' title and labels): where a title centred on the plot may still reach. */
    private static final double NARROWEST_Y_AXIS = 60;
    /**
     * The lines of the 1st, 2nd, 3rd round through the palette: when a chart has more series than colours, the
     * next series repeat the colours dashed, then dotted, so no two series look alike.
     */
    private static final BasicStroke[] ROUNDS = {null,
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {9f, 5f}, 0f),
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.5f, 5f}, 0f)};

    /** Curves this close, relative to the larger value at every point, have the same values but for rounding. */
    private static final double ROUNDING = 1e-9;
    /** The longest piece, in pixels, of a dashed curve's path ({@link #alongTheLine}). */
    private static final double PIECE_PIXELS = 4;
    /** Two curves closer than this at every point (a fraction of the plot's height: about a pixel) draw as one line. */
    private static final double LIES_ON = 0.004;

    /** Yellow to blue-green ("YlGnBu", light half): ordered in lightness, readable in grey and with colour-blindness. */
    private static final Color[] HEAT_COLOURS = {new Color(0xFFFFD9), new Color(0xC7E9B4), new Color(0x7FCDBB), new Color(0x41B6C4)};

    private Charts() {
    }

    /** Loss over epochs for each labelled run; log scale when asked and every loss is positive. */
    public static XYChart lossCurves(String title, Map<String, TrainingRun> runs, boolean logScale) {
        return lines(title, "epoch", "loss", losses(runs), logScale);
    }

    /**
     * Loss over epochs for each labelled run, both axes logarithmic: for a family of runs that part in
     * their first few epochs (large steps) and in their last hundreds (small ones), each stretch gets
     * its room. The loss axis falls back to linear as in {@link #lossCurves}.
     */
    public static XYChart lossCurvesLogLog(String title, Map<String, TrainingRun> runs) {
        return lines(title, "epoch", "loss", losses(runs), true, true);
    }

    /** Each run's loss per epoch, under its label, in the runs' order. */
    private static Map<String, double[]> losses(Map<String, TrainingRun> runs) {
        Map<String, double[]> series = new LinkedHashMap<>();
        runs.forEach((label, run) -> series.put(label, run.losses()));
        return series;
    }

    /** Loss over epochs of one run. */
    public static XYChart lossCurve(String title, TrainingRun run, boolean logScale) {
        return lossCurves(title, Map.of("loss", run), logScale);
    }

    /**
     * Curves y[i] at x = i + 1 (epochs count from 1). Non-finite points are left out, so a diverged
     * run still plots up to where it broke; a log axis falls back to linear (and says so in the title)
     * when a value is not positive. A log axis has labels at round values up to both ends, in one
     * format ({@link LogAxis}).
     */
    public static XYChart lines(String title, String xLabel, String yLabel, Map<String, double[]> series, boolean logScale) {
        return lines(title, xLabel, yLabel, series, logScale, false);
    }

    private static XYChart lines(String title, String xLabel, String yLabel, Map<String, double[]> series, boolean logScale,
            boolean logEpochs) {
        boolean allPositive = series.values().stream()
                .allMatch(ys -> Arrays.stream(ys).filter(Double::isFinite).allMatch(v -> v > 0));
        boolean log = logScale && allPositive;
        String shownTitle = logScale && !log ? linearFallbackTitle(title) : title;
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(shownTitle)
                .xAxisTitle(xLabel + (logEpochs ? " (log scale)" : "")).yAxisTitle(yLabel + (log ? " (log scale)" : "")).build();
        ChartStyle.apply(chart.getStyler());
        int longest = series.values().stream().mapToInt(ys -> ys.length).max().orElse(1);
        LogAxis epochAxis = logEpochs ? LogAxis.spanning(1, longest, 0) : null;
        if (logEpochs) {
            epochAxis.applyToX(chart.getStyler());
        } else {
            // Each epoch owns the unit interval around it. Besides, XChart puts the ticks of equally
            // spaced x values on every k-th point (1, 5, 9, ...); with the axis ends off that grid it
            // steps at round numbers (10, 20, 50, ...) instead.
            chart.getStyler().setXAxisMin(0.5).setXAxisMax(longest + 0.5);
            chart.getStyler().setxAxisTickLabelsFormattingFunction(Numbers::format);
        }
        LogAxis axis = log ? logAxis(series) : null;
        if (log) {
            axis.applyToY(chart.getStyler());
        } else {
            // A log axis keeps XChart's own labels: a formatting function would replace its decade ticks.
            chart.getStyler().setyAxisTickLabelsFormattingFunction(Numbers::format);
        }
        chart.getStyler().setLegendVisible(series.size() > 1);
        List<Curve> curves = new ArrayList<>();
        int place = 0;
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            // A series takes the colour of its place even when one before it draws nothing (an empty
            // array, or no finite value): a run keeps its colour in every chart of a notebook.
            int at = place++;
            double[] ys = log ? axis.plotted(entry.getValue()) : entry.getValue();
            double[] xs = IntStream.range(0, ys.length).filter(i -> Double.isFinite(ys[i])).mapToDouble(i -> i + 1.0).toArray();
            double[] finite = Arrays.stream(ys).filter(Double::isFinite).toArray();
            if (xs.length > 0) {
                curves.add(new Curve(entry.getKey(), at, xs, finite,
                        Arrays.stream(xs).map(x -> logEpochs ? scaled(Math.log10(x), epochAxis.plottedEnds()) : (x - 0.5) / longest).toArray(),
                        Arrays.stream(finite).map(y -> log && !axis.asExponents() ? Math.log10(y) : y).toArray()));
            }
        }
        double[] yEnds = log ? axis.plottedEnds() : null;
        List<double[]> plottedXs = curves.stream().map(Curve::xOnPlot).toList();
        List<double[]> plottedYs = scaledToOne(curves.stream().map(Curve::yOnPlot).toList(), yEnds);
        Color[] colours = Palette.series();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            Curve curve = curves.get(i);
            Curve beneath = null;
            for (int j = 0; j < i && beneath == null; j++) {
                if (Arrays.equals(plottedXs.get(i), plottedXs.get(j)) && Statistics.maxAbsDifference(plottedYs.get(i), plottedYs.get(j)) <= LIES_ON) {
                    beneath = curves.get(j);
                }
            }
            // A curve drawn over another shows only itself: dashed, and named in the legend, it lets the one beneath
            // show; the legend tells equal values from values merely too close to part at this scale.
            String label = beneath == null ? curve.label()
                    : curve.label() + (Statistics.maxRelativeDifference(curve.ys(), beneath.ys()) <= ROUNDING
                            ? " (same values as " + beneath.label() + ")" : " (on " + beneath.label() + " at this scale)");
            BasicStroke round = ROUNDS[curve.place() / colours.length % ROUNDS.length];
            boolean dashed = round != null || beneath != null;
            XYSeries s;
            if (dashed) {
                // XChart draws a straight series segment by segment, starting the dash pattern afresh on each, so
                // segments shorter than a dash come out solid. A smooth series is one path, dashed throughout;
                // its pieces bend between points, by at most a seventh of their height: cut into pieces of a
                // few pixels along the straight line, the bends stay under a pixel.
                double[][] path = alongTheLine(curve, plottedXs.get(i), plottedYs.get(i), logEpochs, log && !axis.asExponents());
                s = chart.addSeries(label, path[0], path[1]);
                s.setSmooth(true);
                s.setLineStyle(round != null ? round : ROUNDS[1]);
            } else {
                s = chart.addSeries(label, curve.xs(), curve.ys());
            }
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(colours[curve.place() % colours.length]);
            labels.add(label);
        }
        // Inside the plot, so it keeps the full width, in a corner the curves leave free; else beside it,
        // where the plot narrows by the legend's width and the title, centred on the plot, must still fit.
        double legendWidth = legendWidth(labels);
        chart.getStyler().setLegendPosition(LegendCorner.place(plottedXs, plottedYs,
                Math.min(1, legendWidth / PLOT_WIDTH), (LEGEND_ROW * labels.size() + LEGEND_PADDING) / PLOT_HEIGHT,
                textWidth(ChartStyle.TITLE_FONT, shownTitle) <= WIDTH + NARROWEST_Y_AXIS - legendWidth - 2 * LEGEND_PADDING));
        return chart;
    }

    /**
     * The curve's points with more between them on the straight line from each to the next, as the axes draw
     * it (in log10 of x or y on a log axis), so that no piece is more than {@value #PIECE_PIXELS} pixels
     * long or high on the plot; {@code xOnPlot} and {@code yOnPlot} are the points scaled to 0..1 of the plot.
     */
    private static double[][] alongTheLine(Curve curve, double[] xOnPlot, double[] yOnPlot, boolean logX, boolean logY) {
        double[] xs = curve.xs();
        double[] ys = curve.ys();
        DoubleStream.Builder pathX = DoubleStream.builder();
        DoubleStream.Builder pathY = DoubleStream.builder();
        pathX.add(xs[0]);
        pathY.add(ys[0]);
        for (int k = 1; k < xs.length; k++) {
            double pixels = Math.max(Math.abs(xOnPlot[k] - xOnPlot[k - 1]) * PLOT_WIDTH, Math.abs(yOnPlot[k] - yOnPlot[k - 1]) * PLOT_HEIGHT);
            int pieces = Math.max(1, (int) Math.ceil(pixels / PIECE_PIXELS));
            for (int piece = 1; piece <= pieces; piece++) {
                double t = (double) piece / pieces;
                pathX.add(between(xs[k - 1], xs[k], t, logX));
                pathY.add(between(ys[k - 1], ys[k], t, logY));
            }
        }
        return new double[][] {pathX.build().toArray(), pathY.build().toArray()};
    }

    /** The point a fraction t of the way from a to b, on a linear or a logarithmic axis. */
    private static double between(double a, double b, double t, boolean log) {
        return log ? Math.pow(10, Math.log10(a) + t * (Math.log10(b) - Math.log10(a))) : a + t * (b - a);
    }

    /** One series as drawn: its label, its place in the chart's order (its colour), its finite points, and those points on the plot. */
    private record Curve(String label, int place, double[] xs, double[] ys, double[] xOnPlot, double[] yOnPlot) {
    }

    /** The title of a log chart drawn linear: with the reason where it fits on the chart's line, else shorter. */
    private static String linearFallbackTitle(String title) {
        String reason = title + " (linear axis: some values are not positive)";
        return textWidth(ChartStyle.TITLE_FONT, reason) <= WIDTH - 2 * LEGEND_PADDING ? reason : title + " (linear axis)";
    }

    /**
     * The values scaled to 0 (the axis' bottom) to 1 (its top), as they stand on the plot's height;
     * without {@code ends} the axis runs from the least value to the greatest, as XChart draws it.
     */
    private static List<double[]> scaledToOne(List<double[]> ys, double[] ends) {
        DoubleSummaryStatistics range = ys.stream().flatMapToDouble(Arrays::stream).summaryStatistics();
        double[] axis = ends != null ? ends : new double[] {range.getMin(), range.getMax()};
        return ys.stream().map(y -> Arrays.stream(y).map(v -> scaled(v, axis)).toArray()).toList();
    }

    /** {@code v} from 0 at {@code ends[0]} to 1 at {@code ends[1]}. */
    private static double scaled(double v, double[] ends) {
        return ends[1] > ends[0] ? (v - ends[0]) / (ends[1] - ends[0]) : 0.5;
    }

    /** The text's width in pixels, written in {@code font} as XChart writes it (antialiased, fractional metrics). */
    private static double textWidth(Font font, String text) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    /** The width of a legend with these labels, in pixels. */
    private static double legendWidth(Collection<String> labels) {
        return LEGEND_FRAME + labels.stream().mapToDouble(label -> textWidth(ChartStyle.TEXT_FONT, label)).max().orElse(0);
    }

    /** The log axis from the least to the greatest positive finite value (0.1 to 1, XChart's own, when there is none). */
    private static LogAxis logAxis(Map<String, double[]> series) {
        DoubleSummaryStatistics positive = series.values().stream().flatMapToDouble(Arrays::stream)
                .filter(v -> Double.isFinite(v) && v > 0).summaryStatistics();
        return positive.getCount() == 0 ? LogAxis.spanning(0.1, 1, LogAxis.EVERY_TICK_DECADES)
                : LogAxis.spanning(positive.getMin(), positive.getMax(), LogAxis.EVERY_TICK_DECADES);
    }

    /**
     * Curves y(x) for each labelled function, sampled at {@value #FUNCTION_SAMPLES} points from
     * {@code from} to {@code to}: e.g. an activation and its derivative over z. Labels go in a
     * legend in the top left corner; ticks sit at round numbers on both axes.
     */
    public static XYChart functions(String title, String xLabel, double from, double to,
                                    Map<String, java.util.function.DoubleUnaryOperator> functions) {
        double[] x = Grid.linear(from, to, FUNCTION_SAMPLES);
        Map<String, double[]> series = new LinkedHashMap<>();
        functions.forEach((label, f) -> series.put(label, Arrays.stream(x).map(f).toArray()));
        return curves(title, xLabel, "value", x, series);
    }

    /**
     * Curves through the points (x[i], y[i]) of each labelled series, all on the same x values
     * (unlike {@link #lines}, whose x is the epoch). Non-finite points are left out.
     */
    public static XYChart curves(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setxAxisTickLabelsFormattingFunction(Numbers::format);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(Numbers::format);
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        double low = Arrays.stream(x).filter(Double::isFinite).min().orElse(0);
        double high = Arrays.stream(x).filter(Double::isFinite).max().orElse(1);
        if (high > low) {
            // With the axis ends on equally spaced x values XChart ticks every k-th value (-6, -5.4, -4.8 ...);
            // ends a hair outside make it step at round numbers (-6, -4, -2 ...), as in lines().
            double hair = (high - low) * 1e-6;
            chart.getStyler().setXAxisMin(low - hair).setXAxisMax(high + hair);
        }
        series.forEach((label, ys) -> {
            if (ys.length != x.length) {
                throw new IllegalArgumentException("series \"" + label + "\" has " + ys.length + " values; allowed: "
                        + x.length + ", one per x");
            }
            List<Double> xs = new ArrayList<>();
            List<Double> finite = new ArrayList<>();
            for (int i = 0; i < ys.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(ys[i])) {
                    xs.add(x[i]);
                    finite.add(ys[i]);
                }
            }
            if (!xs.isEmpty()) {
                chart.addSeries(label, xs, finite).setMarker(SeriesMarkers.NONE);
            }
        });
        return chart;
    }

    /** A heat map of values[row][column], e.g. final loss by learning rate (rows) and epochs (columns). */
    public static HeatMapChart heatMap(String title, String xLabel, List<?> xs, String yLabel, List<?> ys, double[][] values) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < ys.size(); r++) {
            for (int c = 0; c < xs.size(); c++) {
                double v = values[r][c];
                cells.add(new Number[] {c, r, Double.isFinite(v) ? v : Double.NaN});
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min <= max) {
            // XChart's colour scale starts from Double.MIN_VALUE (the smallest positive double), which breaks all-negative maps.
            chart.getStyler().setMin(min).setMax(max > min ? max : min + 1);
        }
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(ChartStyle.TEXT_FONT);
        // Light colours only, so the black values stay readable on every cell.
        chart.getStyler().setRangeColors(HEAT_COLOURS);
        // XChart 3.8.8 writes the cells with a DecimalFormat pattern, the colour legend with this function.
        chart.getStyler().setHeatMapValueDecimalPattern(cellPattern(values));
        chart.getStyler().setHeatMapDecimalValueFormatter(v -> Numbers.format(v, 3));
        chart.addSeries(title, xs, ys, cells);
        return chart;
    }

    /** Four decimals while every value is 0 or from 1e-4 to 1e6 (0.0049, 1.2, 3.5); three significant digits in scientific notation otherwise. */
    private static String cellPattern(double[][] values) {
        boolean plain = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(Double::isFinite)
                .map(Math::abs).allMatch(v -> v == 0 || (v >= 1e-4 && v < 1e6));
        return plain ? "0.####" : "0.##E0";
    }

    /**
     * A histogram of the finite values in about {@code bins} equal bins (a factor of 1.6 at most):
     * their width is a round number and their centres are its multiples ({@link RoundBins}), and
     * the labels, across the axis, stand under every bar or every 2nd, 5th, 10th ... where they fit.
     */
    public static CategoryChart histogram(String title, String xLabel, double[] values, int bins) {
        RoundBins round = RoundBins.of(values, bins);
        List<Integer> counts = Arrays.stream(round.counts()).boxed().toList();
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle("count").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        // A line behind every bar would run between the bars like a second set of bars.
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.addSeries("count", round.labels(ChartStyle.TEXT_FONT), counts);
        return chart;
    }

    /**
     * The chart drawn {@code scale} times its size in each direction: at 2 it stays sharp on
     * screens with two device pixels per CSS pixel when the page shows it at its own size.
     */
    public static BufferedImage image(Chart<?, ?> chart, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale = " + scale + "; allowed: 1 or more");
        }
        BufferedImage image = new BufferedImage(chart.getWidth() * scale, chart.getHeight() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // Pure strokes: with the default normalisation a gently falling curve steps from pixel row to pixel row.
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }
}
