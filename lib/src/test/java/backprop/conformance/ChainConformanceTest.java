package backprop.conformance;

import backprop.gradients.GradientSource;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static backprop.conformance.TorchReference.assertClose;
import static backprop.conformance.TorchReference.at;
import static backprop.conformance.TorchReference.number;
import static backprop.conformance.TorchReference.numbers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The 3-layer chain e = w3 (w2 (w1 x)) ({@code chain3}, float64): for each sample, e, the loss
 * (e - label)^2 / 2 and dL/dw1..w3 at the initial weights, through {@link Examples#chain()} with each
 * gradient source.
 */
class ChainConformanceTest {

    private static final double RELATIVE = 2e-15;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (int s = 0; s < at("chain3", "samples").size(); s++) {
            for (GradientSource source : GradientSource.values()) {
                cases.add(Arguments.of(s + 1, source));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "sample {0}, {1} gradients")
    @MethodSource("cases")
    void gradientsAtTheInitialWeightsMatchTorch(int sample, GradientSource source) {
        JsonNode torch = at("chain3", "samples").get(sample - 1);
        Network chain = Examples.chain();
        assertArrayEquals(numbers(at("chain3", "initial_weights")), chain.parameters(), 0.0);
        double[] x = {number(torch.get("x"))};
        double[] label = {number(torch.get("label"))};
        double[] e = new double[1];
        double[] g = new double[3];
        double loss = source.passFor(chain, Loss.HALF_SUM_SQUARED).run(x, label, e, g);
        assertAll("chain sample " + sample + ", " + source,
                () -> assertClose(number(torch.get("e")), e[0], RELATIVE, 0, "e"),
                () -> assertClose(number(torch.get("loss")), loss, RELATIVE, 0, "loss"),
                () -> assertClose(numbers(torch.get("grads")), g, RELATIVE, 0, "dL/dw1..w3"));
    }
}
