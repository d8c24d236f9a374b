package backprop.view;

import java.awt.Color;

/**
 * One colour per role, the same in every notebook, so a reader who has learnt "blue is the
 * baseline" on one page need not look at the legend on the next. The colours are Okabe and Ito's
 * palette for colour-blind readers (distinct under the common colour-vision deficiencies and in
 * grey print), strongest first.
 */
public final class Palette {

    /** The run every experiment starts from: the given weights, sigmoid, 1/2-sum loss, step 1. */
    public static final Color BASELINE = new Color(0x0072B2);
    /** The run with the one change an experiment makes. */
    public static final Color VARIANT = new Color(0xD55E00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLACK = Color.BLACK;

    private Palette() {
    }

    /** Colours of a chart's series in the order they are added: the first is the baseline, the second the variant. */
    public static Color[] series() {
        return new Color[] {BASELINE, VARIANT, GREEN, PURPLE, ORANGE, SKY_BLUE, BLACK};
    }
}
