package backprop.view;

import org.knowm.xchart.style.AxesChartStyler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ends of a log axis, which of its ticks carry labels, and one number format for all of them.
 * XChart ticks a log axis at every j x 10^k (j = 1..9) and labels either every tick or every power
 * of ten, each in the format of its own size ("1000" next to "1E4"); its axis ends where the data
 * end, so a curve from 0.006 to 0.019 had labels up to 0.01 and none above; over 30 decades its
 * labels run into each other. Here the ends are moved out to labelled ticks where a reader would
 * otherwise have to guess a stretch of the axis, one format serves the whole axis, and over more
 * than {@value #MANY_DECADES} decades, or where a power of ten is too small or too large to write as
 * a decimal, the chart plots log10 of its values on a linear axis labelled at every 1st, 2nd, 5th
 * ... power of ten, as many as fit, with grid lines at those only, and writes them 10⁻¹⁶, as a
 * reader would (XChart's own log axis can only write 1E-16).
 */
final class LogAxis {

    /**
     * Up to this many decades from end to end every tick j x 10^k is labelled. 9 and 10 are 0.046
     * decades apart: over 0.7 decades of a 400 px chart's y axis (about 280 px) that is 18 px,
     * room for a 13 px label and a gap.
     */
    static final double EVERY_TICK_DECADES = 0.7;
    /**
     * With labels at powers of ten, an end further than this from the nearest one is moved out to
     * the next: that adds at most 0.3 decades of empty axis, and a curve's end near a power of ten
     * is read against it.
     */
    static final double UNLABELLED_END = 0.7;
    /** Above this many decades the axis is drawn as exponents (see above): nine grid lines a decade would merge into grey bands. */
    static final int MANY_DECADES = 5;
    /** Moves the exponent axis' ends off the data, so XChart never mistakes equally spaced values for its ticks (unseen: 0.03 px). */
    private static final double HAIR = 1e-3;
    /** Labels from 1e-4 up to 1e6 are written as decimals, as {@link Numbers} writes such values; the labels of wider axes all in powers of ten. */
    private static final int SMALLEST_PLAIN_EXPONENT = -4;
    private static final int LARGEST_PLAIN_EXPONENT = 5;
    /** Superscript minus, then 0 to 9, as the tick labels write an exponent. */
    private static final String SUPERSCRIPTS = "\u207B\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    /** Whether the labels' font has those glyphs: without them it would draw boxes, and labels use the computer's 1e-16. */
    private static final boolean SUPERSCRIPTS_SHOWN = ChartStyle.TEXT_FONT.canDisplayUpTo(SUPERSCRIPTS) < 0;
    /** Slack for the rounding of log10 and of j x 10^k, far below a pixel. */
    private static final double SLACK = 1e-9;

    private final double min;
    private final double max;
    private final boolean decadesOnly;

    private LogAxis(double min, double max, boolean decadesOnly) {
        this.min = min;
        this.max = max;
        this.decadesOnly = decadesOnly;
    }

    /**
     * The axis for positive values from {@code low} to {@code high}. Within {@code everyTickDecades}
     * decades it ends on the ticks just outside the values and labels every tick (pass 0 where
     * labels are wide, on an x axis); otherwise it labels the powers of ten, and an end more than
     * {@value #UNLABELLED_END} decades from the nearest one is moved out to the next, as is one end
     * when only one power of ten would be on the axis.
     */
    static LogAxis spanning(double low, double high, double everyTickDecades) {
        if (!(low > 0) || !(high >= low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("low = " + low + ", high = " + high + "; allowed: 0 < low <= high < ∞");
        }
        double bottomTick = tickAtOrBelow(low);
        // A constant still gets an axis with two ends: from the tick at or below it to the next one up.
        double topTick = tickAtOrAbove(high > bottomTick ? high : bottomTick * (1 + 1e-6));
        if (Math.log10(topTick / bottomTick) <= everyTickDecades + SLACK) {
            return new LogAxis(bottomTick, topTick, false);
        }
        double lo = Math.log10(low);
        double hi = Math.log10(high);
        double belowLow = Math.floor(lo + SLACK);
        double aboveHigh = Math.ceil(hi - SLACK);
        double bottomGap = Math.ceil(lo - SLACK) - lo;   // from low up to the first power of ten on the axis
        double topGap = hi - Math.floor(hi + SLACK);     // from the last power of ten on the axis up to high
        boolean lowerBottom = bottomGap > UNLABELLED_END;
        boolean raiseTop = topGap > UNLABELLED_END;
        double bottom = lowerBottom ? belowLow : lo;
        double top = raiseTop ? aboveHigh : hi;
        if (Math.floor(top + SLACK) - Math.ceil(bottom - SLACK) < 1) {
            // One power of ten alone does not show the scale: reach the next one at the end nearer to it.
            if (bottomGap >= topGap && bottomGap > 0) {
                bottom = belowLow;
            } else {
                top = topGap > 0 ? aboveHigh : hi + 1;
            }
        }
        return new LogAxis(bottom == lo ? low : Math.pow(10, bottom), top == hi ? high : Math.pow(10, top), true);
    }

    /** How many decades lie between the ends. */
    double decades() {
        return Math.log10(max / min);
    }

    /** The tick values that carry a label: the powers of ten, or every j x 10^k, from end to end. */
    List<Double> labelled() {
        List<Double> values = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(min) + SLACK); k <= (int) Math.ceil(Math.log10(max) - SLACK); k++) {
            for (int j = 1; j <= (decadesOnly ? 1 : 9); j++) {
                double v = j * Math.pow(10, k);
                if (v >= min * (1 - SLACK) && v <= max * (1 + SLACK)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /**
     * "0.####" when every label is from 1e-4 up to 1e6 (0.005, 0.01, 20, 10000), "0E0" for all of
     * them otherwise (2E-7, 3E-7: only where every tick of a short axis is labelled, the others are
     * drawn {@link #asExponents}).
     */
    String pattern() {
        return plain() ? "0.####" : "0E0";
    }

    private boolean plain() {
        return labelled().stream().map(Math::log10)
                .allMatch(e -> e >= SMALLEST_PLAIN_EXPONENT - SLACK && e < LARGEST_PLAIN_EXPONENT + 1 - SLACK);
    }

    /**
     * Whether the chart plots log10 of its values on a linear y axis: when only powers of ten are
     * labelled and the axis spans over {@value #MANY_DECADES} decades or reaches a power of ten that
     * is not written as a decimal.
     */
    boolean asExponents() {
        return decadesOnly && (decades() > MANY_DECADES + SLACK || !plain());
    }

    /** The values as the chart plots them: themselves on a log axis, their log10 on an exponent axis (NaN where not positive). */
    double[] plotted(double[] values) {
        return asExponents() ? Arrays.stream(values).map(v -> v > 0 ? Math.log10(v) : Double.NaN).toArray() : values;
    }

    /** The axis' ends as log10 of the values, the scale on which a chart draws both kinds of log axis. */
    double[] plottedEnds() {
        return new double[] {Math.log10(min), Math.log10(max)};
    }

    /** Sets a chart's y axis to this one; its series must then be {@link #plotted}. */
    void applyToY(AxesChartStyler s) {
        if (asExponents()) {
            s.setYAxisLogarithmic(false);
            s.setYAxisMin(Math.log10(min) - HAIR).setYAxisMax(Math.log10(max) + HAIR);
            // XChart steps at 1, 2 or 5 x 10^k exponents from this spacing up: whole powers of ten need 0.75 decades or more a step.
            s.setYAxisTickMarkSpacingHint((int) Math.max(ChartStyle.Y_TICK_SPACING, Math.ceil(0.8 * Charts.HEIGHT / decades())));
            boolean plain = plain();
            s.setyAxisTickLabelsFormattingFunction(exponent -> powerOfTen(exponent, plain));
        } else {
            s.setYAxisLogarithmic(true);
            s.setYAxisMin(min).setYAxisMax(max);
            s.setYAxisLogarithmicDecadeOnly(decadesOnly);
            s.setYAxisDecimalPattern(pattern());
            s.setPlotGridLinesColor(ChartStyle.LOG_GRID);
        }
    }

    /** 10^exponent as the log axis writes it: 0.001 or 10⁻³; a fractional exponent (not expected) as its value. */
    private static String powerOfTen(double exponent, boolean plain) {
        long k = Math.round(exponent);
        if (Math.abs(exponent - k) > SLACK) {
            return Numbers.format(Math.pow(10, exponent), 3);
        }
        if (plain) {
            return Numbers.format(Math.pow(10, k));
        }
        String superscript = Long.toString(k).chars().mapToObj(c -> String.valueOf(SUPERSCRIPTS.charAt("-0123456789".indexOf(c))))
                .collect(Collectors.joining());
        return SUPERSCRIPTS_SHOWN ? "10" + superscript : "1e" + k;
    }

    /** Sets a chart's x axis to this one, and its grid to the light grey that a line at every j x 10^k needs. */
    void applyToX(AxesChartStyler s) {
        s.setPlotGridLinesColor(ChartStyle.LOG_GRID);
        s.setXAxisLogarithmic(true);
        s.setXAxisMin(min).setXAxisMax(max);
        s.setXAxisLogarithmicDecadeOnly(decadesOnly);
        s.setXAxisDecimalPattern(pattern());
    }

    /** The largest j x 10^k (j = 1..9) at or below v. */
    private static double tickAtOrBelow(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v) + SLACK));
        return Math.floor(v / decade + SLACK) * decade;
    }

    /** The smallest j x 10^k (j = 1..10) at or above v. */
    private static double tickAtOrAbove(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v) + SLACK));
        return Math.ceil(v / decade - SLACK) * decade;
    }
}
