package backprop.view;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void theFirstTwoSeriesAreBaselineAndVariant() {
        XYChart chart = Charts.lines("two runs", "epoch", "loss", Labelled.of(
                "baseline", new double[] {0.2, 0.1}, "variant", new double[] {0.3, 0.15}), false);
        Charts.image(chart, 1);

        assertEquals(Palette.BASELINE, chart.getSeriesMap().get("baseline").getLineColor());
        assertEquals(Palette.VARIANT, chart.getSeriesMap().get("variant").getLineColor());
    }
}
