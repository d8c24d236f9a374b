package backprop.view;

import backprop.gradients.DeltaRule;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.training.Training;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The step-by-step network in nn.Linear's layout, against the PyTorch printout in ASSIGNMENT.md. */
class TorchLinearTest {

    private static final Network SBS = Examples.stepByStep();

    @Test
    void rolesAndValuesFollowNnLinearRows() {
        assertEquals(List.of("x1 -> h1", "x2 -> h1", "x1 -> h2", "x2 -> h2"), TorchLinear.roles(SBS, 1, ""));
        assertEquals(List.of("g h1 -> o1", "g h2 -> o1", "g h1 -> o2", "g h2 -> o2"), TorchLinear.roles(SBS, 2, "g "));
        // the write-up's hidden weights [[0.15, 0.20], [0.25, 0.30]], output weights [[0.40, 0.45], [0.50, 0.55]]
        assertArrayEquals(new double[] {0.15, 0.20, 0.25, 0.30}, TorchLinear.weights(SBS, SBS.parameters(), 1), 0);
        assertArrayEquals(new double[] {0.40, 0.45, 0.50, 0.55}, TorchLinear.weights(SBS, SBS.parameters(), 2), 0);
        // PyTorch's printed gradients: hidden [[0.0004, 0.0009], [0.0005, 0.0010]], output [[0.0822, 0.0827], [-0.0226, -0.0227]]
        double[] g = DeltaRule.of(SBS, Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y, Loss.HALF_SUM_SQUARED).gradient();
        assertArrayEquals(new double[] {0.0004, 0.0009, 0.0005, 0.0010}, TorchLinear.weights(SBS, g, 1), 5e-5);
        assertArrayEquals(new double[] {0.0822, 0.0827, -0.0226, -0.0227}, TorchLinear.weights(SBS, g, 2), 5e-5);
        assertArrayEquals(TorchLinear.weights(SBS, SBS.parameters(), 2), TorchLinear.weights(SBS, 2), 0);
        assertThrows(IllegalArgumentException.class, () -> TorchLinear.weights(SBS, new double[3], 1));
        // the library numbers by sending unit: its w6 is h1 -> o2, the write-up's w6 is h2 -> o1
        assertEquals("w6 (h1 -> o2)", SBS.parameterLabels().get(7));
        assertEquals("b3 (bias -> o1)", SBS.parameterLabels().get(10));
        assertThrows(IllegalArgumentException.class, () -> TorchLinear.roles(SBS, 3, ""));
    }

    @Test
    void printsTheParametersAfterOneStepAsPyTorchDoes() {
        Network after = Training.of(SBS).data(Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y).loss(Loss.HALF_SUM_SQUARED)
                .learningRate(0.5).epochs(1).run().finalNetwork();
        // torch-reference.json, step_by_step float64, each value at 4 decimals as torch prints it
        String expected = "layer 1 weight: tensor(" + torch("hidden_weight_after") + ")\n"
                + "layer 1 bias:   tensor(" + torch("hidden_bias_after") + ")\n"
                + "layer 2 weight: tensor(" + torch("output_weight_after") + ")\n"
                + "layer 2 bias:   tensor(" + torch("output_bias_after") + ")";
        assertEquals(expected, TorchLinear.print(after));
        assertEquals("layer 1 weight: tensor([[0.1498, 0.1996], [0.2498, 0.2995]])", expected.lines().findFirst().orElseThrow());
    }

    /** A tensor of the reference file written as torch prints it at 4 decimals: [[a, b], [c, d]] or [a, b]. */
    private static String torch(String key) {
        com.fasterxml.jackson.databind.JsonNode node = backprop.conformance.TorchReference.at("step_by_step", "float64", key);
        if (node.get(0).isArray()) {
            java.util.StringJoiner rows = new java.util.StringJoiner(", ", "[", "]");
            node.forEach(row -> rows.add(torch(row)));
            return rows.toString();
        }
        return torch(node);
    }

    private static String torch(com.fasterxml.jackson.databind.JsonNode vector) {
        java.util.StringJoiner v = new java.util.StringJoiner(", ", "[", "]");
        vector.forEach(x -> v.add(String.format(java.util.Locale.ROOT, "%.4f", x.asDouble())));
        return v.toString();
    }
}
