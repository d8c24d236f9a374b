package backprop.notebook;

import backprop.gradients.DeltaRule;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The step-by-step example (notebook 13) against PyTorch's float64 values in torch-reference.json. */
class StepByStepReferenceTest {

    @Test
    @SuppressWarnings("unchecked")
    void gradientsAndLossMatchTorchFloat64() throws IOException {
        Map<String, Object> ref;
        try (InputStream in = getClass().getResourceAsStream("/torch-reference.json")) {
            Map<String, Object> all = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ref = (Map<String, Object>) ((Map<String, Object>) all.get("step_by_step")).get("float64");
        }
        Network sbs = Examples.stepByStep();
        DeltaRule pass = DeltaRule.of(sbs, Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y, Loss.HALF_SUM_SQUARED);
        assertEquals((Double) ref.get("loss"), pass.loss(), 1e-15);
        List<String> roles = sbs.parameterRoles();
        List<List<Double>> hidden = (List<List<Double>>) ref.get("grad_hidden_weight");   // [receiving][sending]
        List<List<Double>> output = (List<List<Double>>) ref.get("grad_output_weight");
        for (int to = 0; to < 2; to++) {
            for (int from = 0; from < 2; from++) {
                assertEquals(hidden.get(to).get(from), pass.gradient()[roles.indexOf("x" + (from + 1) + " -> h" + (to + 1))], 1e-15);
                assertEquals(output.get(to).get(from), pass.gradient()[roles.indexOf("h" + (from + 1) + " -> o" + (to + 1))], 1e-15);
            }
        }
        List<Double> outputs = (List<Double>) ref.get("output");
        assertEquals(outputs.get(0), pass.out(2)[0], 1e-15);
        assertEquals(outputs.get(1), pass.out(2)[1], 1e-15);
    }
}
