package backprop.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.XYChart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tick labels a reader can take in: apart from each other, at round numbers, decades on log axes. */
class ChartTicksTest {

    /** Half the 13 px label font: less and neighbouring numbers read as one. */
    private static final double MIN_GAP = 6.5;

    /** Baseline and variant losses falling from 0.21 to the order of {@code floor}, as the experiments' runs do. */
    static XYChart twoRuns(int epochs, double floor, boolean log) {
        double[] baseline = new double[epochs];
        double[] variant = new double[epochs];
        for (int i = 0; i < epochs; i++) {
            baseline[i] = floor + 0.2 * Math.exp(-5.0 * i / epochs);
            variant[i] = floor + 0.2 * Math.exp(-9.0 * i / epochs);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("baseline", baseline);
        series.put("variant", variant);
        return Charts.lines("loss over " + epochs + " epochs", "epoch", "loss", series, log);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 1000, 5000})
    void epochLabelsStandApart(int epochs) {
        TickLabels labels = TickLabels.x(twoRuns(epochs, 0.01, false));

        assertTrue(labels.texts().size() >= 2, "labels " + labels.texts());
        assertTrue(labels.smallestGap() >= MIN_GAP, "gap " + labels.smallestGap() + " px between " + labels.texts());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1000, 5000})
    void epochLabelsAreRoundNumbersAtOneStep(int epochs) {
        TickLabels labels = TickLabels.x(twoRuns(epochs, 0.01, false));

        double step = Double.parseDouble(labels.texts().get(1)) - Double.parseDouble(labels.texts().get(0));
        double significand = step / Math.pow(10, Math.floor(Math.log10(step)));
        assertTrue(significand == 1 || significand == 2 || significand == 5, "step " + step + " in " + labels.texts());
        for (String text : labels.texts()) {
            assertEquals(0, Double.parseDouble(text) % step, text + " in " + labels.texts());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1000, 5000})
    void lossLabelsStandApart(int epochs) {
        TickLabels labels = TickLabels.y(twoRuns(epochs, 0.01, false));

        assertTrue(labels.texts().size() >= 3, "labels " + labels.texts());
        assertTrue(labels.smallestGap() >= MIN_GAP, "gap " + labels.smallestGap() + " px between " + labels.texts());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-2, 1e-4, 1e-8, 1e-15})
    void logLossLabelsArePowersOfTenStandingApart(double floor) {
        TickLabels labels = TickLabels.y(twoRuns(1000, floor, true));

        assertTrue(labels.texts().size() >= 2, "labels " + labels.texts());
        assertTrue(labels.smallestGap() >= MIN_GAP, "gap " + labels.smallestGap() + " px between " + labels.texts());
        for (String text : labels.texts()) {
            double exponent = Math.log10(Double.parseDouble(text));
            assertEquals(Math.rint(exponent), exponent, 1e-9, text + " in " + labels.texts());
        }
    }

    @Test
    void aLogAxisOverManyDecadesDrawsNoHorizontalGridLines() {
        // Nine lines a decade over 14 decades are grey bands, not a grid; over 1.5 decades they help reading.
        double[] toMachinePrecision = IntStream.range(0, 600).mapToDouble(i -> 0.2 * Math.pow(10, -i / 40.0)).toArray();
        assertFalse(Charts.lines("distance", "epoch", "loss", Map.of("run", toMachinePrecision), true)
                .getStyler().isPlotGridHorizontalLinesVisible(), "over 15 decades");
        assertTrue(twoRuns(1000, 1e-2, true).getStyler().isPlotGridHorizontalLinesVisible(), "over 1.5 decades");
        assertTrue(Charts.lines("distance", "epoch", "loss", Map.of("run", toMachinePrecision), false)
                .getStyler().isPlotGridHorizontalLinesVisible(), "on a linear axis");
    }

    @Test
    void aLogAxisWithinADecadeLabelsMoreThanOneTick() {
        double[] falling = IntStream.range(0, 100).mapToDouble(i -> 0.012 + 0.05 * Math.exp(-i / 20.0)).toArray();
        TickLabels labels = TickLabels.y(Charts.lines("seed 2", "epoch", "loss", Map.of("run", falling), true));

        assertTrue(labels.texts().size() >= 3, "labels " + labels.texts());
        assertTrue(labels.smallestGap() >= MIN_GAP, "gap " + labels.smallestGap() + " px between " + labels.texts());
    }
}
