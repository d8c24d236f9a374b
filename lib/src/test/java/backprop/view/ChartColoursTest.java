package backprop.view;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartColoursTest {

    @Test
    void aSeriesKeepsTheColourOfItsPlaceWhenOneBeforeItDrawsNothing() {
        XYChart chart = Charts.lines("three runs, the second left out", "epoch", "loss", Labelled.of(
                "baseline", new double[] {0.2, 0.1}, "variant", new double[0],
                "second variant", new double[] {0.3, 0.15}, "diverged", new double[] {Double.NaN, Double.NaN}), true);
        Charts.image(chart, 1);   // XChart fills in the styles it was not given when it paints

        assertEquals(List.of("baseline", "second variant"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(Palette.BASELINE, chart.getSeriesMap().get("baseline").getLineColor());
        assertEquals(Palette.GREEN, chart.getSeriesMap().get("second variant").getLineColor());
    }

    @Test
    void seriesBeyondThePaletteRepeatItsColoursDashedThenDottedAndTheirTallLegendGoesBesideThePlot() {
        int colours = Palette.series().length;
        Map<String, double[]> series = new LinkedHashMap<>();
        for (int i = 0; i < 2 * colours + 1; i++) {
            series.put("run " + i, new double[] {0.3 - 0.01 * i, 0.1});
        }
        XYChart chart = Charts.lines("many runs", "epoch", "loss", series, true);
        Charts.image(chart, 1);

        XYSeries first = chart.getSeriesMap().get("run 0");
        XYSeries secondRound = chart.getSeriesMap().get("run " + colours);
        XYSeries thirdRound = chart.getSeriesMap().get("run " + 2 * colours);
        assertEquals(Palette.BASELINE, secondRound.getLineColor());
        assertEquals(Palette.BASELINE, thirdRound.getLineColor());
        assertNull(first.getLineStyle().getDashArray());
        assertNotNull(secondRound.getLineStyle().getDashArray());
        assertNotNull(thirdRound.getLineStyle().getDashArray());
        assertFalse(Arrays.equals(secondRound.getLineStyle().getDashArray(), thirdRound.getLineStyle().getDashArray()));
        assertNull(chart.getSeriesMap().get("run " + (colours - 1)).getLineStyle().getDashArray());
        assertEquals(Styler.LegendPosition.OutsideE, chart.getStyler().getLegendPosition());
        XYChart two = Charts.lines("two runs", "epoch", "loss", Labelled.of("a", new double[] {0.2, 0.1},
                "b", new double[] {0.3, 0.15}), false);
        assertNotEquals(Styler.LegendPosition.OutsideE, two.getStyler().getLegendPosition());
    }

    @Test
    void aCurveDrawnOverAnotherIsDashedAndTheLegendSaysWhichItLiesOnAndWhetherTheValuesAreTheSame() {
        double[] halfSum = {0.3, 0.2, 0.12, 0.08};
        double[] mean = halfSum.clone();
        mean[2] *= 1 + 1e-12;                              // rounding apart
        double[] close = halfSum.clone();
        close[1] *= 1 + 1e-4;                              // apart, but by far less than a pixel
        double[] apart = {0.3, 0.22, 0.15, 0.11};          // 0.11 against 0.08 on a log axis: well apart
        XYChart chart = Charts.lines("losses", "epoch", "loss", Labelled.of("half-sum", halfSum, "mean", mean,
                "close", close, "per-output sum", apart), true);
        Charts.image(chart, 1);

        assertEquals(List.of("half-sum", "mean (same values as half-sum)", "close (on half-sum at this scale)", "per-output sum"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertNull(chart.getSeriesMap().get("half-sum").getLineStyle().getDashArray());
        XYSeries dashed = chart.getSeriesMap().get("mean (same values as half-sum)");
        assertNotNull(dashed.getLineStyle().getDashArray());
        assertEquals(Palette.VARIANT, dashed.getLineColor());
        assertNull(chart.getSeriesMap().get("per-output sum").getLineStyle().getDashArray());
        // Drawn as one path through the points and more on the straight lines between them (in log10 on this axis).
        double[] xs = dashed.getXData();
        double[] ys = dashed.getYData();
        assertTrue(dashed.isSmooth() && xs.length > halfSum.length);
        for (int k = 0; k < xs.length; k++) {
            int before = (int) Math.floor(xs[k]) - 1;
            double t = xs[k] - 1 - before;
            double onTheLine = before + 1 < mean.length
                    ? Math.pow(10, (1 - t) * Math.log10(mean[before]) + t * Math.log10(mean[before + 1])) : mean[before];
            assertEquals(onTheLine, ys[k], 1e-12 * onTheLine, "point " + k + " at x = " + xs[k]);
        }
    }

    @Test
    void curvesThatPartByMoreThanAPixelSomewhereAreDrawnAsTheyAre() {
        double[] first = {1, 2, 3, 4, 5};
        double[] second = {1, 2, 3.05, 4, 5};             // 0.05 of a 4-wide axis: 1 % of the plot's height
        XYChart chart = Charts.lines("close", "x", "y", Labelled.of("first", first, "second", second), false);
        Charts.image(chart, 1);

        assertEquals(List.of("first", "second"), List.copyOf(chart.getSeriesMap().keySet()));
        assertNull(chart.getSeriesMap().get("second").getLineStyle().getDashArray());
    }

    @Test
    void aLogChartDrawnLinearSaysWhyWhereTheTitleLineHasRoomAndOnlyThatItIsLinearElse() {
        Map<String, double[]> negative = Labelled.of("loss", new double[] {0.2, -0.1, -5});
        assertEquals("Loss (linear axis: some values are not positive)", Charts.lines("Loss", "epoch", "loss", negative, true).getTitle());
        String wide = "The original's check, sample 2: each cause's share of the printed mismatch";
        assertEquals(wide + " (linear axis)", Charts.lines(wide, "epoch", "%", negative, true).getTitle());
    }

    @Test
    void theFirstTwoSeriesAreBaselineAndVariant() {
        XYChart chart = Charts.lines("two runs", "epoch", "loss", Labelled.of(
                "baseline", new double[] {0.2, 0.1}, "variant", new double[] {0.3, 0.15}), false);
        Charts.image(chart, 1);

        assertEquals(Palette.BASELINE, chart.getSeriesMap().get("baseline").getLineColor());
        assertEquals(Palette.VARIANT, chart.getSeriesMap().get("variant").getLineColor());
    }
}
