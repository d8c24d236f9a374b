package backprop.view;

import org.knowm.xchart.style.AxesChartStyler;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;

/** The one look of every chart in the notebooks: white, light grid, readable type, {@link Palette} colours. */
final class ChartStyle {

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font TEXT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /**
     * Pixels XChart aims to leave between x ticks. It picks a step of 1, 2 or 5 x 10^k near this,
     * never below 0.57 of it: 90 px keeps even "5000" (about 32 px at 13 px) 20 px from its neighbour.
     */
    static final int X_TICK_SPACING = 90;
    static final int Y_TICK_SPACING = 60;

    private static final Color TEXT = new Color(0x222222);
    private static final Color TICK_TEXT = new Color(0x444444);
    private static final Color GRID = new Color(0xE5E5E5);
    /** A log axis draws a grid line at every 2..9 x 10^k as well: paler, or they crowd the curves. */
    static final Color LOG_GRID = new Color(0xF0F0F0);
    private static final Color FRAME = new Color(0xBBBBBB);
    private static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private ChartStyle() {
    }

    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartFontColor(TEXT);
        s.setChartTitleFont(TITLE_FONT);
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(TEXT_FONT);
        s.setAxisTickLabelsFont(TEXT_FONT);
        s.setAxisTickLabelsColor(TICK_TEXT);
        s.setLegendFont(TEXT_FONT);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(FRAME);
        s.setPlotBorderColor(FRAME);
        s.setAxisTickMarksColor(FRAME);
        // The plot's border already frames it; XChart's axis lines would draw a second frame a few pixels off.
        s.setAxisTicksLineVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setXAxisTickMarkSpacingHint(X_TICK_SPACING);
        s.setYAxisTickMarkSpacingHint(Y_TICK_SPACING);
        s.setSeriesColors(Palette.series());
        BasicStroke[] lines = new BasicStroke[Palette.series().length];
        Arrays.fill(lines, LINE);
        s.setSeriesLines(lines);
        s.setAntiAlias(true);
    }
}
