package backprop.view;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.network.Examples;
import backprop.network.Network;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkDiagramTest {

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The text of every {@code <text class="cssClass" ...>...</text>} element, in document order. */
    private static List<String> texts(String svg, String cssClass) {
        Matcher m = Pattern.compile("<text class=\"" + cssClass + "\"[^>]*>([^<]*)</text>").matcher(svg);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void exerciseNetworkHasSixUnitsAndEightLabelledConnections() {
        NetworkDiagram d = NetworkDiagram.of(Examples.exercise());
        String svg = d.toHtml();
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.endsWith("</svg>"));
        assertEquals(List.of("x1", "x2", "h1", "h2", "o1", "o2"), d.unitLabels());
        assertEquals(List.of("x1", "x2", "h1", "h2", "o1", "o2"), texts(svg, "unit-label"));
        assertEquals(6, count(svg, "<circle class=\"unit\""));
        assertEquals(8, d.edgeCount());
        assertEquals(8, count(svg, "<line class=\"edge weight\""));
        assertEquals(0, count(svg, "class=\"edge bias\""));
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"), texts(svg, "edge-label"));
        assertEquals(List.of("input layer", "hidden layer", "output layer"), texts(svg, "layer-caption"));
    }

    @Test
    void valuesAppearBesideTheNamesWhenAsked() {
        NetworkDiagram d = NetworkDiagram.of(Examples.exercise()).withValues();
        assertEquals(List.of("w1 = 0.2", "w2 = -0.4", "w3 = 0.5", "w4 = 0.6", "w5 = 0.1", "w6 = -0.5", "w7 = -0.3",
                "w8 = 0.8"), texts(d.svg(), "edge-label"));
        assertEquals(d.edgeLabels(), texts(d.svg(), "edge-label"));
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"), d.withValues().withoutValues().edgeLabels());
    }

    @Test
    void connectionsRunFromTheSendingUnitToTheReceivingOne() {
        // w2 is x1 -> h2: its line starts in the input column and ends in the hidden column, lower than it starts.
        String svg = NetworkDiagram.of(Examples.exercise()).svg();
        Matcher m = Pattern.compile("<line class=\"edge weight\" x1=\"([-0-9.]+)\" y1=\"([-0-9.]+)\" x2=\"([-0-9.]+)\" y2=\"([-0-9.]+)\"")
                .matcher(svg);
        List<double[]> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        assertEquals(8, lines.size());
        double[] w1 = lines.get(0);
        double[] w2 = lines.get(1);
        double[] w5 = lines.get(4);
        assertEquals(w1[1], w1[3], 1e-9);
        assertTrue(w2[3] > w2[1]);
        assertTrue(w2[0] < w2[2]);
        assertTrue(w5[0] > w1[2]);
    }

    @Test
    void anotherShapeWithBiasesAndTwoHiddenLayers() {
        Network net = Network.of(new int[] {3, 4, 2, 1}, Activation.TANH, true, Initialiser.uniform(7, -1, 1));
        NetworkDiagram d = NetworkDiagram.of(net);
        String svg = d.svg();
        List<String> units = List.of("x1", "x2", "x3", "h1_1", "h1_2", "h1_3", "h1_4", "h2_1", "h2_2", "o1");
        assertEquals(units, d.unitLabels());
        assertEquals(units, texts(svg, "unit-label"));
        int weights = 3 * 4 + 4 * 2 + 2 * 1;
        int biases = 4 + 2 + 1;
        assertEquals(weights + biases, d.edgeCount());
        assertEquals(weights, count(svg, "<line class=\"edge weight\""));
        assertEquals(biases, count(svg, "<line class=\"edge bias\""));
        assertEquals(3, count(svg, "<circle class=\"bias-unit\""));
        assertEquals(net.parameterNames(), texts(svg, "edge-label"));
        assertTrue(texts(svg, "edge-label").contains("b7"));
        assertTrue(texts(svg, "edge-label").contains("w22"));
        assertEquals(List.of("input layer", "hidden layer 1", "hidden layer 2", "output layer"), texts(svg, "layer-caption"));
    }

    @Test
    void stepByStepExampleLabelsItsBiases() {
        NetworkDiagram d = NetworkDiagram.of(Examples.stepByStep()).withValues();
        assertEquals(List.of("w1 = 0.15", "w2 = 0.25", "w3 = 0.2", "w4 = 0.3", "b1 = 0.35", "b2 = 0.35",
                "w5 = 0.4", "w6 = 0.5", "w7 = 0.45", "w8 = 0.55", "b3 = 0.6", "b4 = 0.6"), texts(d.svg(), "edge-label"));
        assertEquals(4, count(d.svg(), "<line class=\"edge bias\""));
    }

    @Test
    void theTextIsDeterministicAndDoesNotFollowLaterChangesToTheNetwork() {
        Network net = Examples.exercise();
        String first = NetworkDiagram.of(net).withValues().svg();
        assertEquals(first, NetworkDiagram.of(Examples.exercise()).withValues().svg());
        NetworkDiagram d = NetworkDiagram.of(net).withValues();
        net.setParameters(1, 1, 1, 1, 1, 1, 1, 1);
        assertEquals(first, d.svg());
        assertFalse(first.contains("NaN"));
    }

    @Test
    void singleUnitLayersAndFormatting() {
        NetworkDiagram d = NetworkDiagram.of(Examples.chain()).withValues();
        assertEquals(List.of("x1", "h1_1", "h2_1", "o1"), d.unitLabels());
        assertEquals(List.of("w1 = 0.2333", "w2 = -0.233", "w3 = -0.5213"), texts(d.svg(), "edge-label"));
        assertEquals("0.06543", NetworkDiagram.format(0.0654321));
        assertEquals("0", NetworkDiagram.format(0.0));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.of(null));
    }
}
