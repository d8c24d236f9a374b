package backprop.view;

import org.knowm.xchart.style.Styler.LegendPosition;

import java.util.List;

/**
 * The corner of the plot where a legend hides the fewest points of the curves. A loss falling from
 * the top left leaves the top right free, but a loss that stays flat and then runs away below zero
 * fills it; a legend laid over a curve hides exactly the part a reader came to see.
 */
final class LegendCorner {

    /** The corners in order of preference when several are equally free: the usual place first. */
    private static final List<LegendPosition> CORNERS = List.of(
            LegendPosition.InsideNE, LegendPosition.InsideNW, LegendPosition.InsideSE, LegendPosition.InsideSW);

    private LegendCorner() {
    }

    /**
     * The freest corner for a legend {@code width} x {@code height} (fractions of the plot) over curves
     * given as points (x, y) already scaled to the plot, 0 to 1 from left to right and bottom to top.
     */
    static LegendPosition freest(List<double[]> xs, List<double[]> ys, double width, double height) {
        LegendPosition best = CORNERS.get(0);
        long fewest = Long.MAX_VALUE;
        for (LegendPosition corner : CORNERS) {
            boolean right = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideSE;
            boolean top = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideNW;
            long hidden = 0;
            for (int s = 0; s < xs.size(); s++) {
                for (int i = 0; i < xs.get(s).length; i++) {
                    double x = xs.get(s)[i];
                    double y = ys.get(s)[i];
                    if ((right ? x >= 1 - width : x <= width) && (top ? y >= 1 - height : y <= height)) {
                        hidden++;
                    }
                }
            }
            if (hidden < fewest) {
                fewest = hidden;
                best = corner;
            }
        }
        return best;
    }
}
