package backprop.view;

import backprop.training.SweepResult;
import org.knowm.xchart.HeatMapChart;

import java.util.Arrays;
import java.util.List;

/** Charts of a {@link SweepResult} over step sizes and epoch budgets. */
public final class SweepCharts {

    private SweepCharts() {
    }

    /**
     * log10 of the loss during each budget epoch (columns) for each step size (rows) of the sweep's first
     * initialisation, rounded to 2 decimals: 0.01 and 0.001 differ by one unit. A cell whose loss is not
     * positive, or whose run had diverged before that epoch, is left blank. The colour scale spans exactly
     * the values shown.
     */
    public static HeatMapChart logLossHeatMap(String title, SweepResult result) {
        double[][] values = Arrays.stream(result.lossGrid(result.initialisers().get(0)))
                .map(row -> Arrays.stream(row).map(v -> v > 0 ? Math.round(Math.log10(v) * 100) / 100.0 : Double.NaN).toArray())
                .toArray(double[][]::new);
        List<String> budgets = Arrays.stream(result.checkpoints()).mapToObj(String::valueOf).toList();
        List<String> steps = Arrays.stream(result.learningRates()).mapToObj(Numbers::format).toList();
        return Charts.heatMap(title, "epochs N", budgets, "step size", steps, values);
    }
}
