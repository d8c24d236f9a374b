package backprop.view;

import backprop.network.Network;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A drawing of a small network as inline SVG: units as labelled circles (x1, x2, h1, h2, o1, o2) in
 * layers from left to right, every connection an arrow labelled with its parameter name (w1, w2, ...,
 * and b1, b2, ... from a "+1" bias unit below each layer when the network has biases), optionally with
 * the parameter's value ("w1 = 0.2"). The text is deterministic: the same network gives the same SVG.
 *
 * <pre>
 *   NetworkDiagram.of(Examples.exercise())               // names only
 *   NetworkDiagram.of(Examples.exercise()).withValues()  // names and values
 * </pre>
 */
public final class NetworkDiagram implements Html {

    private static final double RADIUS = 21;
    private static final double BIAS_RADIUS = 14;
    private static final double LAYER_GAP = 250;
    /** Vertical distance between units; more where many connections fan out between two layers. */
    private static final double UNIT_GAP = 100;
    private static final double MAX_UNIT_GAP = 160;
    private static final double MARGIN_X = 50;
    private static final double MARGIN_TOP = 30;
    private static final double CAPTION_SPACE = 40;
    /** Where along a bias connection, from the +1 unit, its label sits (weight labels: see {@link #labelFraction}). */
    private static final double BIAS_LABEL_AT = 0.62;
    /** Approximate width of one character of a 13 px label, for the label's background. */
    private static final double CHAR_WIDTH = 7.4;
    private static final String[] FILL = {"#dbeafe", "#dcfce7", "#ffedd5"};
    private static final String[] STROKE = {"#1d4ed8", "#15803d", "#c2410c"};

    private final Network network;
    private final boolean values;
    private final double unitGap;

    private NetworkDiagram(Network network, boolean values) {
        this.network = network;
        this.values = values;
        int[] sizes = network.sizes();
        int pairs = 0;
        for (int l = 1; l < sizes.length; l++) {
            pairs = Math.max(pairs, sizes[l - 1] * sizes[l]);
        }
        this.unitGap = Math.min(MAX_UNIT_GAP, UNIT_GAP * Math.max(1.0, Math.sqrt(pairs / 4.0)));
    }

    /** The diagram of {@code network}, each connection labelled with its parameter's name. */
    public static NetworkDiagram of(Network network) {
        if (network == null) {
            throw new IllegalArgumentException("network = null; allowed: a Network, e.g. Examples.exercise()");
        }
        return new NetworkDiagram(network.copy(), false);
    }

    /** The same diagram with each parameter's value beside its name ("w1 = 0.2"). */
    public NetworkDiagram withValues() {
        return new NetworkDiagram(network, true);
    }

    /** The same diagram with names only. */
    public NetworkDiagram withoutValues() {
        return new NetworkDiagram(network, false);
    }

    /** The unit labels, layer by layer: x1, x2, h1, h2, o1, o2 for the exercise. */
    public List<String> unitLabels() {
        List<String> labels = new ArrayList<>();
        int[] sizes = network.sizes();
        for (int l = 0; l < sizes.length; l++) {
            for (int i = 0; i < sizes[l]; i++) {
                labels.add(network.unitName(l, i));
            }
        }
        return labels;
    }

    /** The connection labels in parameter order: "w1", ... or "w1 = 0.2", ... with values. */
    public List<String> edgeLabels() {
        List<String> names = network.parameterNames();
        double[] p = network.parameters();
        List<String> labels = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            labels.add(values ? names.get(k) + " = " + format(p[k]) : names.get(k));
        }
        return labels;
    }

    /** Number of drawn connections: one per parameter (weights, and biases from the +1 units). */
    public int edgeCount() {
        return network.parameterCount();
    }

    /** The inline {@code <svg>} element. */
    @Override
    public String toHtml() {
        return svg();
    }

    /** The SVG text (same as {@link #toHtml()}). */
    public String svg() {
        int[] sizes = network.sizes();
        int maxUnits = 0;
        for (int n : sizes) {
            maxUnits = Math.max(maxUnits, n);
        }
        boolean biases = network.hasBiases();
        double columnHeight = (maxUnits - 1) * unitGap;
        double biasY = MARGIN_TOP + RADIUS + columnHeight + (biases ? 0.85 * unitGap : 0);
        double width = 2 * MARGIN_X + 2 * RADIUS + (sizes.length - 1) * LAYER_GAP;
        double height = biasY + (biases ? BIAS_RADIUS : RADIUS) + CAPTION_SPACE;

        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" font-family=\"sans-serif\" role=\"img\">\n");
        s.append("<title>").append(escape(title())).append("</title>\n");
        s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/>"
                + "</marker></defs>\n");

        // Connections first, so units and labels are drawn over them.
        List<String> labels = edgeLabels();
        StringBuilder labelText = new StringBuilder();
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            double labelAt = labelFraction(sizes, l, maxUnits);
            for (int from = 0; from < sizes[l - 1]; from++) {
                for (int to = 0; to < sizes[l]; to++) {
                    double x1 = unitX(l - 1);
                    double y1 = unitY(l - 1, from, sizes, maxUnits);
                    double x2 = unitX(l);
                    double y2 = unitY(l, to, sizes, maxUnits);
                    edge(s, labelText, "edge weight", x1, y1, RADIUS, x2, y2, labels.get(k++), labelAt, false);
                }
            }
            for (int to = 0; biases && to < sizes[l]; to++) {
                double x1 = unitX(l - 1);
                double x2 = unitX(l);
                double y2 = unitY(l, to, sizes, maxUnits);
                edge(s, labelText, "edge bias", x1, biasY, BIAS_RADIUS, x2, y2, labels.get(k++), BIAS_LABEL_AT, true);
            }
        }

        for (int l = 0; l < sizes.length; l++) {
            int colour = l == 0 ? 0 : l == sizes.length - 1 ? 2 : 1;
            for (int i = 0; i < sizes[l]; i++) {
                double x = unitX(l);
                double y = unitY(l, i, sizes, maxUnits);
                s.append("<circle class=\"unit\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"").append(num(RADIUS)).append("\" fill=\"").append(FILL[colour])
                        .append("\" stroke=\"").append(STROKE[colour]).append("\" stroke-width=\"2\"/>\n");
                s.append("<text class=\"unit-label\" x=\"").append(num(x)).append("\" y=\"").append(num(y + 5))
                        .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"#111\">")
                        .append(escape(network.unitName(l, i))).append("</text>\n");
            }
            if (biases && l < sizes.length - 1) {
                double x = unitX(l);
                s.append("<circle class=\"bias-unit\" cx=\"").append(num(x)).append("\" cy=\"").append(num(biasY))
                        .append("\" r=\"").append(num(BIAS_RADIUS)).append("\" fill=\"#f3f4f6\" stroke=\"#6b7280\""
                                + " stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>\n");
                s.append("<text class=\"bias-label\" x=\"").append(num(x)).append("\" y=\"").append(num(biasY + 4))
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#374151\">+1</text>\n");
            }
            s.append("<text class=\"layer-caption\" x=\"").append(num(unitX(l))).append("\" y=\"")
                    .append(num(height - 12)).append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#444\">")
                    .append(escape(layerCaption(l, sizes.length))).append("</text>\n");
        }
        s.append(labelText);
        s.append("</svg>");
        return s.toString();
    }

    private static void edge(StringBuilder s, StringBuilder labelText, String cssClass, double x1, double y1, double r1,
                             double x2, double y2, String label, double labelAt, boolean dashed) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        s.append("<line class=\"").append(cssClass).append("\" x1=\"").append(num(x1 + ux * r1)).append("\" y1=\"")
                .append(num(y1 + uy * r1)).append("\" x2=\"").append(num(x2 - ux * (RADIUS + 1))).append("\" y2=\"")
                .append(num(y2 - uy * (RADIUS + 1))).append("\" stroke=\"#777\" stroke-width=\"1.4\"")
                .append(dashed ? " stroke-dasharray=\"5 3\"" : "").append(" marker-end=\"url(#arrow)\"/>\n");
        double lx = x1 + dx * labelAt;
        double ly = y1 + dy * labelAt;
        // A white box behind the label keeps it legible where it sits on other connections.
        double boxWidth = label.length() * CHAR_WIDTH + 8;
        labelText.append("<rect class=\"edge-label-box\" x=\"").append(num(lx - boxWidth / 2)).append("\" y=\"")
                .append(num(ly - 8.5)).append("\" width=\"").append(num(boxWidth)).append("\" height=\"17\" rx=\"3\""
                        + " fill=\"white\" fill-opacity=\"0.9\"/>\n");
        labelText.append("<text class=\"edge-label\" x=\"").append(num(lx)).append("\" y=\"").append(num(ly + 4.5))
                .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#7c2d12\">")
                .append(escape(label)).append("</text>\n");
    }

    /**
     * Where along the connections into layer {@code layer}, from the sending end, their labels sit. All of
     * a layer's labels then stand in one column, at heights (1 - t) y_from + t y_to; t is chosen from
     * 0.28 to 0.50 (nearest 1/3 on ties) so that the closest two labels are as far apart as possible.
     */
    private double labelFraction(int[] sizes, int layer, int maxUnits) {
        double best = 1.0 / 3;
        double bestGap = -1;
        for (int step = 0; step <= 40; step++) {
            // Candidates in the order 0.33, 0.34, 0.32, 0.35, 0.31, ... so ties keep the one nearest 1/3.
            int offset = (step + 1) / 2 * (step % 2 == 1 ? 1 : -1);
            double t = (33 + offset) / 100.0;
            if (t < 0.28 || t > 0.50) {
                continue;
            }
            List<Double> ys = new ArrayList<>();
            for (int from = 0; from < sizes[layer - 1]; from++) {
                for (int to = 0; to < sizes[layer]; to++) {
                    ys.add((1 - t) * unitY(layer - 1, from, sizes, maxUnits) + t * unitY(layer, to, sizes, maxUnits));
                }
            }
            ys.sort(null);
            double gap = Double.POSITIVE_INFINITY;
            for (int i = 1; i < ys.size(); i++) {
                gap = Math.min(gap, ys.get(i) - ys.get(i - 1));
            }
            if (gap > bestGap + 1e-9) {
                bestGap = gap;
                best = t;
            }
        }
        return best;
    }

    private static double unitX(int layer) {
        return MARGIN_X + RADIUS + layer * LAYER_GAP;
    }

    private double unitY(int layer, int unit, int[] sizes, int maxUnits) {
        return MARGIN_TOP + RADIUS + (maxUnits - sizes[layer]) * unitGap / 2 + unit * unitGap;
    }

    private static String layerCaption(int layer, int layers) {
        if (layer == 0) {
            return "input layer";
        }
        if (layer == layers - 1) {
            return "output layer";
        }
        return layers == 3 ? "hidden layer" : "hidden layer " + layer;
    }

    private String title() {
        int[] sizes = network.sizes();
        StringBuilder t = new StringBuilder("Network ");
        for (int l = 0; l < sizes.length; l++) {
            t.append(l == 0 ? "" : "-").append(sizes[l]);
        }
        return t.append(network.hasBiases() ? " with biases" : " without biases").toString();
    }

    /** Up to 4 significant digits, no trailing zeros, no exponent: 0.2, -0.5839, 12.5. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return s.equals("-0") ? "0" : s;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return "NetworkDiagram of " + title() + ": " + unitLabels().size() + " units, " + edgeCount() + " connections";
    }
}
