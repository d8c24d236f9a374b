package backprop.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
            double exponent = Math.log10(TickLabels.value(text));
            assertEquals(Math.rint(exponent), exponent, 1e-9, text + " in " + labels.texts());
        }
    }

    /** A curve from {@code from} to {@code to} over 300 epochs, steep at first as a loss curve is, on a log axis. */
    static XYChart logCurve(double from, double to) {
        double[] ys = IntStream.range(0, 300).mapToDouble(i -> from * Math.pow(to / from, Math.sqrt(i / 299.0))).toArray();
        return Charts.lines("from " + from + " to " + to, "epoch", "value", Map.of("run", ys), true);
    }

    /**
     * Ranges of the notebooks' log charts (exp. 8's gaps between hidden weights, 0.0059 to 0.0185;
     * exp. 5's distance to the least loss, 0.3 down to 1e-16; the chain's loss, 1 down to 1e-30;
     * losses over 1 to 1.5 decades) and around the places where the labelling changes (0.7 decades,
     * one power of ten on the axis, {@value LogAxis#MANY_DECADES} decades).
     */
    @ParameterizedTest
    @CsvSource({"0.0059, 0.0185", "0.0059, 0.012", "0.3, 1e-16", "0.32, 0.0098", "0.25, 0.04", "0.012, 0.09",
            "1, 1e5", "0.2, 3e-4", "0.5, 2", "2e-7, 8e-7", "0.0021, 0.0099", "0.0051, 0.0249", "0.021, 0.0211",
            "150, 2500", "0.21, 1e-15", "0.062, 0.012", "1, 1e-30", "0.5, 2e-6", "0.11, 1e-6", "1e-3, 1e3", "0.02, 0.02", "100, 100"})
    void logAxisLabelsReachBothEndsInOneFormat(double from, double to) {
        XYChart chart = logCurve(from, to);
        TickLabels labels = TickLabels.y(chart);
        double[] values = Arrays.stream(labels.values()).sorted().toArray();
        double[] ends = axisEnds(chart, Math.min(from, to), Math.max(from, to));

        assertTrue(values.length >= 2, "labels " + labels.texts());
        assertTrue(labels.smallestGap() >= MIN_GAP, "gap " + labels.smallestGap() + " px between " + labels.texts());
        assertOneFormat(labels.texts());
        // Powers of ten at one step of 1, 2, 5, 10 ... decades; every one of them on the axis labelled.
        double[] exponents = Arrays.stream(values).map(Math::log10).filter(e -> Math.abs(e - Math.rint(e)) < 1e-9).map(Math::rint).toArray();
        long step = exponents.length == values.length ? Math.round(exponents[1] - exponents[0]) : 1;
        double significand = step / Math.pow(10, Math.floor(Math.log10(step)));
        assertTrue(List.of(1.0, 2.0, 5.0).contains(significand), "a step of " + step + " decades in " + labels.texts());
        for (long k = (long) Math.ceil(Math.log10(ends[0]) - 1e-9); k <= Math.floor(Math.log10(ends[1]) + 1e-9); k++) {
            long decade = k;
            assertTrue(k % step != 0 || Arrays.stream(exponents).anyMatch(e -> e == decade),
                    "10^" + k + " is on the axis " + Arrays.toString(ends) + " but not among the labels " + labels.texts());
        }
        // An end is no further from the nearest label than the labels are apart, nor, within a decade a step, than 0.7 decades.
        double widestStep = IntStream.range(1, values.length).mapToDouble(i -> Math.log10(values[i] / values[i - 1])).max().orElse(0);
        double allowed = (widestStep <= 1 + 1e-9 ? Math.min(LogAxis.UNLABELLED_END, widestStep) : widestStep) + 1e-9;
        assertTrue(Math.log10(values[0] / ends[0]) <= allowed,
                "from the bottom " + ends[0] + " to the first label " + labels.texts() + ": more than " + allowed + " decades");
        assertTrue(Math.log10(ends[1] / values[values.length - 1]) <= allowed,
                "from the last label " + labels.texts() + " to the top " + ends[1] + ": more than " + allowed + " decades");
    }

    @ParameterizedTest
    @CsvSource({"0.3, 1e-16", "0.5, 2e-6", "1e-5, 1e-3", "1, 1e-30"})
    void powersOfTenTooSmallForDecimalsAreWrittenAsTenToAPower(double from, double to) {
        List<String> texts = TickLabels.y(logCurve(from, to)).texts();

        for (String text : texts) {
            assertTrue(text.matches("10\u207B?[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+"), text + " in " + texts);
        }
        assertTrue(texts.contains("10\u207B\u2075") || texts.contains("10\u207B\u2074") || texts.contains("10\u207B\u00B9\u2070"),
                "10⁻⁵, 10⁻⁴ or 10⁻¹⁰ among " + texts);
    }

    @Test
    void logLogLossCurvesLabelEveryPowerOfTenOfTheEpochs() {
        java.util.Map<String, backprop.training.TrainingRun> runs = new LinkedHashMap<>();
        for (double step : new double[] {0.5, 10}) {
            runs.put("step " + step, backprop.training.Training.of(backprop.network.Examples.exercise())
                    .data(backprop.network.Examples.EXERCISE_X, backprop.network.Examples.EXERCISE_Y)
                    .loss(backprop.loss.Loss.HALF_SUM_SQUARED).learningRate(step).epochs(1000).run());
        }
        XYChart chart = Charts.lossCurvesLogLog("loss", runs);
        TickLabels epochs = TickLabels.x(chart);

        assertTrue(chart.getStyler().isXAxisLogarithmic() && chart.getStyler().isYAxisLogarithmic());
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0), Arrays.stream(epochs.values()).boxed().toList());
        assertTrue(epochs.smallestGap() >= MIN_GAP, "gap " + epochs.smallestGap() + " px between " + epochs.texts());
        assertEquals("epoch (log scale)", chart.getXAxisTitle());
    }

    @Test
    void overManyDecadesTheOnlyTicksAreLabelled() {
        // Nine ticks and grid lines a decade over 14 decades are grey bands, not a grid; over 1.5 decades they help reading.
        assertEquals(0, TickLabels.unlabelledYTicks(logCurve(0.2, 1e-14)), "over 14 decades");
        assertTrue(TickLabels.unlabelledYTicks(logCurve(0.2, 1e-4)) >= 20, "over 3.3 decades");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10000, 1000000})
    void logEpochLabelsAreEveryPowerOfTenInOneFormat(int last) {
        int[] epochs = IntStream.iterate(1, e -> e <= last, e -> e * 10).toArray();
        double[] losses = Arrays.stream(epochs).mapToDouble(e -> 0.3 / Math.sqrt(e)).toArray();
        TickLabels labels = TickLabels.x(SweepCharts.atEpochs("t", epochs, "loss", Labelled.of("a", losses)));

        assertOneFormat(labels.texts());
        // One epoch alone still gets an axis of a decade.
        List<Integer> decades = IntStream.iterate(1, e -> e <= Math.max(last, 10), e -> e * 10).boxed().toList();
        assertEquals(decades, labels.texts().stream().map(t -> (int) Double.parseDouble(t)).toList());
        assertTrue(labels.smallestGap() >= MIN_GAP, "gap " + labels.smallestGap() + " px between " + labels.texts());
    }

    /**
     * The range the axis shows: the values' own, or wider where the chart set its ends (as
     * exponents when it plots log10 of the values on a linear axis).
     */
    private static double[] axisEnds(XYChart chart, double low, double high) {
        AxesChartStyler styler = chart.getStyler();
        boolean exponents = !styler.isYAxisLogarithmic();
        double min = styler.getYAxisMin() == null ? low : Math.min(low, exponents ? Math.pow(10, styler.getYAxisMin()) : styler.getYAxisMin());
        double max = styler.getYAxisMax() == null ? high : Math.max(high, exponents ? Math.pow(10, styler.getYAxisMax()) : styler.getYAxisMax());
        return new double[] {min, max};
    }

    /** All decimals (0.005, 0.01, 20) or all powers of ten (10⁻¹⁶, 10⁰): never 0.001 next to 10⁻⁴. */
    private static void assertOneFormat(List<String> texts) {
        long scientific = texts.stream().filter(TickLabels::scientific).count();
        assertTrue(scientific == 0 || scientific == texts.size(), "labels in two formats: " + texts);
    }

    /** Seed losses as exp. 7 draws them (1000 around 0.0099, or tightly around 0.0031), a wide and a symmetric spread. */
    static double[] spread(String shape) {
        Random random = new Random(7);
        return IntStream.range(0, 1000).mapToDouble(i -> switch (shape) {
            case "epoch 100" -> 0.0099 + 0.0006 * random.nextGaussian();
            case "epoch 1000" -> 0.0031 + 0.00002 * random.nextGaussian();
            case "wide" -> 1000 * random.nextDouble();
            default -> 3 * random.nextGaussian();
        }).toArray();
    }

    @ParameterizedTest
    @CsvSource({"epoch 100, 40", "epoch 1000, 40", "epoch 100, 10", "epoch 100, 100", "wide, 40", "symmetric, 25", "symmetric, 3"})
    void histogramLabelsAreAcrossRoundAndApart(String shape, int bins) {
        CategoryChart chart = Charts.histogram(shape, "loss", spread(shape), bins);
        TickLabels labels = TickLabels.x(chart);

        assertEquals(0, chart.getStyler().getXAxisLabelRotation(), "labels written across the axis");
        assertTrue(labels.texts().size() >= 2, "labels " + labels.texts());
        assertTrue(labels.smallestGap() >= MIN_GAP, "gap " + labels.smallestGap() + " px between " + labels.texts());
        assertOneFormat(labels.texts());
        double[] values = labels.texts().stream().mapToDouble(Double::parseDouble).toArray();
        double step = values[1] - values[0];
        double significand = step / Math.pow(10, Math.floor(Math.log10(step)));
        assertTrue(Math.abs(significand - Math.rint(significand)) < 1e-6 && List.of(1.0, 2.0, 5.0).contains(Math.rint(significand)),
                "step " + step + " in " + labels.texts());
        for (int i = 1; i < values.length; i++) {
            assertEquals(step, values[i] - values[i - 1], step * 1e-6, "steps of " + labels.texts());
            assertEquals(Math.rint(values[i] / step), values[i] / step, 1e-6, values[i] + " is a multiple of " + step);
        }
    }
}
