package backprop.view;

import backprop.training.SweepResult;
import backprop.training.TrainingRun;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;

/** Charts of a {@link SweepResult} over step sizes and epoch budgets. */
public final class SweepCharts {

    private SweepCharts() {
    }

    /**
     * log10 of the loss during each budget epoch (columns) for each step size (rows) of the sweep's first
     * initialisation, rounded to 2 decimals: 0.01 and 0.001 differ by one unit. A cell whose loss is not
     * positive or at rounding level ({@link TrainingRun#atRoundingLevel}: its log would stretch the scale by
     * thirty decades of noise), or whose run had diverged before that epoch, has no value: XChart draws it
     * black. The colour scale spans exactly the values shown.
     */
    public static HeatMapChart logLossHeatMap(String title, SweepResult result) {
        String label = result.initialisers().get(0);
        double[][] values = Arrays.stream(result.learningRates()).mapToObj(rate -> result.run(label, rate))
                .map(run -> Arrays.stream(run.checkpoints()).mapToDouble(run::readableLoss)
                        .map(v -> v > 0 ? Math.round(Math.log10(v) * 100) / 100.0 : Double.NaN).toArray())
                .toArray(double[][]::new);
        List<String> budgets = Arrays.stream(result.checkpoints()).mapToObj(String::valueOf).toList();
        List<String> steps = Arrays.stream(result.learningRates()).mapToObj(Numbers::format).toList();
        return Charts.heatMap(title, "epochs N", budgets, "step size", steps, values);
    }

    /**
     * Values read at a sweep's checkpoint epochs (e.g. 1, 10, 50, 100, 1000), one labelled series each,
     * on log-log axes (the y axis falls back to linear when a value is not positive): e.g. the quantiles
     * of the seeds' losses and the given run's loss. The first series takes the baseline colour. Each value
     * is a marker; the straight segments between checkpoints are not the values between them.
     */
    public static XYChart atEpochs(String title, int[] epochs, String yLabel, Map<String, double[]> series) {
        if (epochs.length == 0 || Arrays.stream(epochs).min().getAsInt() < 1) {
            throw new IllegalArgumentException("epochs = " + Arrays.toString(epochs) + "; allowed: one or more, each 1 or more");
        }
        boolean positive = series.values().stream().flatMapToDouble(Arrays::stream).filter(Double::isFinite).allMatch(v -> v > 0);
        XYChart chart = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT).title(title)
                .xAxisTitle("epoch (log scale)").yAxisTitle(yLabel + (positive ? " (log scale)" : "")).build();
        ChartStyle.apply(chart.getStyler());
        LogAxis.spanning(Arrays.stream(epochs).min().getAsInt(), Arrays.stream(epochs).max().getAsInt(), 0)
                .applyToX(chart.getStyler());
        DoubleSummaryStatistics values = series.values().stream().flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite).summaryStatistics();
        LogAxis axis = positive && values.getCount() > 0
                ? LogAxis.spanning(values.getMin(), values.getMax(), LogAxis.EVERY_TICK_DECADES) : null;
        if (axis != null) {
            axis.applyToY(chart.getStyler());
        } else {
            chart.getStyler().setYAxisLogarithmic(positive);
        }
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        double[] xs = Arrays.stream(epochs).asDoubleStream().toArray();
        series.forEach((label, ys) -> {
            if (ys.length != xs.length) {
                throw new IllegalArgumentException("series \"" + label + "\" has " + ys.length + " values; allowed: " + xs.length + ", one per epoch");
            }
            // The values exist only at the checkpoints: markers show where, the lines only join them.
            chart.addSeries(label, xs, axis == null ? ys : axis.plotted(ys)).setMarker(SeriesMarkers.CIRCLE);
        });
        return chart;
    }
}
