package backprop.view;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void theFirstFreeCornerWinsTopRightFirst() {
        double[] xs = {0.95, 0.05, 0.95};
        double[] ys = {0.95, 0.95, 0.05};
        assertEquals(LegendPosition.InsideSW, LegendCorner.place(java.util.List.of(xs), java.util.List.of(ys), 0.3, 0.2, true));
        assertEquals(LegendPosition.InsideNE, LegendCorner.place(java.util.List.of(new double[] {0.5}), java.util.List.of(new double[] {0.5}), 0.3, 0.2, true));
    }

    @Test
    void curvesInEveryCornerPushTheLegendBesideThePlotOrBelowItWhereTheTitleWouldNotFitBeside() {
        double[] xs = {0.95, 0.05, 0.95, 0.05, 0.06};
        double[] ys = {0.95, 0.95, 0.05, 0.05, 0.94};
        assertEquals(LegendPosition.OutsideE, LegendCorner.place(java.util.List.of(xs), java.util.List.of(ys), 0.3, 0.2, true));
        assertEquals(LegendPosition.OutsideS, LegendCorner.place(java.util.List.of(xs), java.util.List.of(ys), 0.3, 0.2, false));
        // Too tall to go below the plot too: inside, in the corner hiding fewest (one point, top right).
        assertEquals(LegendPosition.InsideNE, LegendCorner.place(java.util.List.of(xs), java.util.List.of(ys), 0.3, 0.7, false));
    }

    @Test
    void aLongTitlePutsTheLegendBelowThePlot() {
        // Curves in all four corners: outside there is room for the short title, not for the long one.
        double[] full = java.util.stream.IntStream.range(0, 200).mapToDouble(i -> i / 199.0).toArray();
        double[] rising = full.clone();
        double[] falling = java.util.Arrays.stream(full).map(x -> 1 - x).toArray();
        java.util.Map<String, double[]> series = new java.util.LinkedHashMap<>();
        series.put("rising", rising);
        series.put("falling", falling);

        XYChart shortTitle = Charts.lines("Loss", "epoch", "loss", series, false);
        XYChart longTitle = Charts.lines("Chain: loss per epoch (mean over the two samples), step 0.05, a title as wide as the whole chart is", "epoch",
                "loss", series, false);

        assertEquals(LegendPosition.OutsideE, shortTitle.getStyler().getLegendPosition());
        assertEquals(LegendPosition.OutsideS, longTitle.getStyler().getLegendPosition());
    }
}
