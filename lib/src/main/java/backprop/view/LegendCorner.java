package backprop.view;

import org.knowm.xchart.style.Styler.LegendPosition;

import java.util.List;

/**
 * A corner of the plot where a legend hides no point of the curves, or, when the curves reach into
 * every corner, the right of the plot, outside it. A loss falling from the top left leaves the top
 * right free, but a loss that stays flat and then runs away below zero fills it; a legend laid over
 * a curve hides exactly the part a reader came to see, so a narrower plot is the better price. Where
 * the title would not fit over the narrower plot (XChart centres it there and cuts what overflows),
 * the legend goes below the plot, which gets lower instead; only a legend too tall for that stays
 * inside, in the corner where it hides the fewest points.
 */
final class LegendCorner {

    /** The corners in order of preference when several are equally free: the usual place first. */
    private static final List<LegendPosition> CORNERS = List.of(
            LegendPosition.InsideNE, LegendPosition.InsideNW, LegendPosition.InsideSE, LegendPosition.InsideSW);

    private LegendCorner() {
    }

    /** A legend taller than this share of the plot crosses the curves' lines in any corner, whatever their sampled points say. */
    private static final double TALLEST_INSIDE = 0.6;
    /** XChart draws the axes' ranges over this share of the plot, centred (its default plot content size). */
    private static final double CONTENT = 0.92;

    /**
     * The first free corner for a legend {@code width} x {@code height} (fractions of the plot) over
     * curves given as points (x, y) scaled to their axes, 0 to 1 from one end to the other; when none
     * is free (none is for a legend taller than {@value #TALLEST_INSIDE} of the plot),
     * {@link LegendPosition#OutsideE} if {@code roomOutside}, else {@link LegendPosition#OutsideS} if the
     * legend is no taller than that, else the corner hiding fewest.
     */
    static LegendPosition place(List<double[]> xs, List<double[]> ys, double width, double height, boolean roomOutside) {
        LegendPosition best = CORNERS.get(0);
        long fewest = Long.MAX_VALUE;
        for (LegendPosition corner : CORNERS) {
            boolean right = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideSE;
            boolean top = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideNW;
            long hidden = 0;
            for (int s = 0; s < xs.size(); s++) {
                for (int i = 0; i < xs.get(s).length; i++) {
                    double x = (1 - CONTENT) / 2 + CONTENT * xs.get(s)[i];
                    double y = (1 - CONTENT) / 2 + CONTENT * ys.get(s)[i];
                    if ((right ? x >= 1 - width : x <= width) && (top ? y >= 1 - height : y <= height)) {
                        hidden++;
                    }
                }
            }
            if (hidden == 0 && height <= TALLEST_INSIDE) {
                return corner;
            }
            if (hidden < fewest) {
                fewest = hidden;
                best = corner;
            }
        }
        if (roomOutside) {
            return LegendPosition.OutsideE;
        }
        return height <= TALLEST_INSIDE ? LegendPosition.OutsideS : best;
    }
}
