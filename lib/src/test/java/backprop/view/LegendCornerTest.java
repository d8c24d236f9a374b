package backprop.view;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegendCornerTest {

    /** A loss over 100 epochs: loss(e) for e = 1..100. */
    private static double[] over100Epochs(java.util.function.IntToDoubleFunction loss) {
        return IntStream.rangeClosed(1, 100).mapToDouble(loss).toArray();
    }

    @Test
    void fallingLossesLeaveTheTopRightFree() {
        XYChart chart = Charts.lines("falling", "epoch", "loss", Labelled.of(
                "baseline", over100Epochs(e -> 0.2 * Math.exp(-e / 20.0)), "variant", over100Epochs(e -> 0.3 * Math.exp(-e / 30.0))), true);
        assertEquals(LegendPosition.InsideNE, chart.getStyler().getLegendPosition());
    }

    @Test
    void aLossThatStaysFlatAndThenRunsAwayBelowZeroFillsTheTopAndTheRightEdge() {
        // As experiment 7's runaway runs: about 0 for 80 epochs, then down to -3e5.
        XYChart chart = Charts.lines("runaway", "epoch", "loss", Labelled.of(
                "given weights", over100Epochs(e -> -Math.exp(e / 8.7)), "seed 20", over100Epochs(e -> -Math.exp(e / 7.9))), false);
        assertEquals(LegendPosition.InsideSW, chart.getStyler().getLegendPosition());
    }

    @Test
    void risingCurvesLeaveTheTopLeftFree() {
        XYChart chart = Charts.lines("rising", "epoch", "output", Labelled.of(
                "o1", over100Epochs(e -> e), "o2", over100Epochs(e -> 0.5 * e)), false);
        assertEquals(LegendPosition.InsideNW, chart.getStyler().getLegendPosition());
    }

    @Test
    void theCornerHidingFewestPointsWinsAndTiesGoToTheTopRight() {
        double[] xs = {0.95, 0.05, 0.95};
        double[] ys = {0.95, 0.95, 0.05};
        assertEquals(LegendPosition.InsideSW, LegendCorner.freest(java.util.List.of(xs), java.util.List.of(ys), 0.3, 0.2));
        assertEquals(LegendPosition.InsideNE, LegendCorner.freest(java.util.List.of(new double[] {0.5}), java.util.List.of(new double[] {0.5}), 0.3, 0.2));
    }
}
