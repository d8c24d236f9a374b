package backprop.view;

import backprop.training.TrainingRun;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** XChart plots for the notebooks; a cell that ends in one shows it inline. */
public final class Charts {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;

    private Charts() {
    }

    /** Loss over epochs for each labelled run; log scale when asked and every loss is positive. */
    public static XYChart lossCurves(String title, Map<String, TrainingRun> runs, boolean logScale) {
        Map<String, double[]> series = new LinkedHashMap<>();
        runs.forEach((label, run) -> series.put(label, run.losses()));
        return lines(title, "epoch", "loss", series, logScale);
    }

    /** Loss over epochs of one run. */
    public static XYChart lossCurve(String title, TrainingRun run, boolean logScale) {
        return lossCurves(title, Map.of("loss", run), logScale);
    }

    /**
     * Curves y[i] at x = i + 1 (epochs count from 1). Non-finite points are left out, so a diverged
     * run still plots up to where it broke; a log axis falls back to linear (and says so in the title)
     * when a value is not positive.
     */
    public static XYChart lines(String title, String xLabel, String yLabel, Map<String, double[]> series, boolean logScale) {
        boolean allPositive = series.values().stream()
                .allMatch(ys -> java.util.Arrays.stream(ys).filter(Double::isFinite).allMatch(v -> v > 0));
        boolean log = logScale && allPositive;
        String shownTitle = logScale && !log ? title + " (linear axis: some values are not positive)" : title;
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(shownTitle)
                .xAxisTitle(xLabel).yAxisTitle(yLabel + (log ? " (log scale)" : "")).build();
        chart.getStyler().setYAxisLogarithmic(log);
        chart.getStyler().setMarkerSize(0);
        series.forEach((label, ys) -> {
            List<Double> xs = new ArrayList<>();
            List<Double> finite = new ArrayList<>();
            for (int i = 0; i < ys.length; i++) {
                if (Double.isFinite(ys[i])) {
                    xs.add(i + 1.0);
                    finite.add(ys[i]);
                }
            }
            if (!xs.isEmpty()) {
                XYSeries s = chart.addSeries(label, xs, finite);
                s.setMarker(SeriesMarkers.NONE);
            }
        });
        return chart;
    }

    /** A heat map of values[row][column], e.g. final loss by learning rate (rows) and epochs (columns). */
    public static HeatMapChart heatMap(String title, String xLabel, List<?> xs, String yLabel, List<?> ys, double[][] values) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
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
        chart.addSeries(title, xs, ys, cells);
        return chart;
    }

    /** A histogram of the finite values in {@code bins} equal bins. */
    public static CategoryChart histogram(String title, String xLabel, double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins = " + bins + "; allowed: 1 or more");
        }
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        double min = java.util.Arrays.stream(finite).min().orElse(0);
        double max = java.util.Arrays.stream(finite).max().orElse(1);
        double width = max > min ? (max - min) / bins : 1;
        int[] counts = new int[bins];
        for (double v : finite) {
            counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
        }
        List<String> labels = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            labels.add(String.format("%.3g", min + (b + 0.5) * width));
            ys.add(counts[b]);
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle("count").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.addSeries("count", labels, ys);
        return chart;
    }
}
