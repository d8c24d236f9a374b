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
    void theFirstTwoSeriesAreBaselineAndVariant() {
        XYChart chart = Charts.lines("two runs", "epoch", "loss", Labelled.of(
                "baseline", new double[] {0.2, 0.1}, "variant", new double[] {0.3, 0.15}), false);
        Charts.image(chart, 1);

        assertEquals(Palette.BASELINE, chart.getSeriesMap().get("baseline").getLineColor());
        assertEquals(Palette.VARIANT, chart.getSeriesMap().get("variant").getLineColor());
    }
}
