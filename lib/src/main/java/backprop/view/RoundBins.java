package backprop.view;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Equal histogram bins whose width is a round number (1, 2 or 5 x 10^k) and whose centres are
 * multiples of it, so every bar stands at a round value and a label under it can say which. Only
 * every n-th bar is labelled (n = 1, 2, 5, 10, 20, ...), the fewest that keep the labels apart
 * when written across the axis, so the labels step by a round number too.
 */
final class RoundBins {

    /** Width in pixels the bars of a {@value Charts#WIDTH} px chart share, at least (its y axis and margins take the rest). */
    static final int PLOT_WIDTH = 560;
    /** Space between neighbouring labels: the 13 px font's full height, so they never read as one number. */
    static final int LABEL_GAP = 13;
    private static final double[] ROUND = {1, 2, 5};
    /** Slack for the rounding of log10 and of ratios of round numbers. */
    private static final double SLACK = 1e-9;

    private final double width;
    private final long firstMultiple;
    private final int[] counts;

    private RoundBins(double width, long firstMultiple, int[] counts) {
        this.width = width;
        this.firstMultiple = firstMultiple;
        this.counts = counts;
    }

    /** Bins of the round width that makes their number nearest to {@code bins}, over the finite values. */
    static RoundBins of(double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins = " + bins + "; allowed: 1 or more");
        }
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        double min = Arrays.stream(finite).min().orElse(0);
        double max = Arrays.stream(finite).max().orElse(0);
        // Values equal but for rounding get one bar, labelled with their value to about 5 digits: bins 1e-5 of it
        // wide (of 1 at 0).
        boolean equal = max - min <= 1e-9 * Math.max(Math.abs(min), Math.abs(max));
        double span = equal ? bins * (max != 0 ? Math.abs(max) * 1e-5 : 1e-5) : max - min;
        double width = roundNear(span / bins);
        long first = multiple(min, width);
        int[] counts = new int[(int) (multiple(max, width) - first + 1)];
        for (double v : finite) {
            counts[(int) (multiple(v, width) - first)]++;
        }
        return new RoundBins(width, first, counts);
    }

    int[] counts() {
        return counts.clone();
    }

    double width() {
        return width;
    }

    /** The centre of bin i: a multiple of the width. */
    double centre(int i) {
        return (firstMultiple + i) * width;
    }

    /**
     * One label per bin: the centre of every n-th bin written by {@link Numbers#format(double)},
     * a single space under the others (XChart needs text there).
     */
    List<String> labels(Font font) {
        FontRenderContext frc = new FontRenderContext(null, true, false);
        double widest = 0;
        for (int i = 0; i < counts.length; i++) {
            widest = Math.max(widest, font.getStringBounds(Numbers.format(centre(i)), frc).getWidth());
        }
        double pitch = (double) PLOT_WIDTH / counts.length;
        long every = 1;
        // Label steps 1, 2, 5, 10, ... x 10^k from the width up; only whole numbers of bins qualify.
        for (int k = 0; every * pitch < widest + LABEL_GAP; k++) {
            double step = ROUND[k % 3] * Math.pow(10, Math.floor(Math.log10(width) + SLACK) + k / 3);
            double bins = step / width;
            if (bins > 1 - SLACK && Math.abs(bins - Math.rint(bins)) < SLACK) {
                every = Math.round(bins);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            labels.add((firstMultiple + i) % every == 0 ? Numbers.format(centre(i)) : " ");
        }
        return labels;
    }

    /** The 1, 2 or 5 x 10^k nearest to {@code target} in ratio. */
    private static double roundNear(double target) {
        double decade = Math.pow(10, Math.floor(Math.log10(target)));
        double best = decade;
        for (double r : new double[] {1, 2, 5, 10}) {
            if (Math.abs(Math.log(r * decade / target)) < Math.abs(Math.log(best / target))) {
                best = r * decade;
            }
        }
        return best;
    }

    /** The multiple of {@code width} nearest to v: the bin holding v (a value half-way goes up). */
    private static long multiple(double v, double width) {
        return (long) Math.floor(v / width + 0.5);
    }
}
