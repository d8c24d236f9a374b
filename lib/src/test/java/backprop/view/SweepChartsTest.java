package backprop.view;

import backprop.network.Examples;
import backprop.training.SweepResult;
import backprop.training.Training;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepChartsTest {

    @Test
    void heatMapAndEpochSeries() {
        SweepResult grid = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).sweep()
                .learningRates(0.5, 1).epochs(1, 10).run();
        assertEquals(1, SweepCharts.logLossHeatMap("t", grid).getSeriesMap().size());
        XYChart chart = SweepCharts.atEpochs("t", new int[] {1, 10, 100}, "loss", Labelled.of("a", new double[] {1, 0.1, 0.01}));
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        XYChart linear = SweepCharts.atEpochs("t", new int[] {1, 10}, "loss", Labelled.of("a", new double[] {1, -1}));
        assertTrue(!linear.getStyler().isYAxisLogarithmic());
        assertThrows(IllegalArgumentException.class, () -> SweepCharts.atEpochs("t", new int[] {1}, "loss", Labelled.of("a", new double[] {1, 2})));
        // Epoch 0 has no place on a log axis.
        assertThrows(IllegalArgumentException.class, () -> SweepCharts.atEpochs("t", new int[] {0, 10}, "loss", Labelled.of("a", new double[] {1, 2})));
    }
}
