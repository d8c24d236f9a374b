package backprop.conformance;

import backprop.autograd.Value;
import backprop.gradients.AutogradPass;
import backprop.gradients.BackwardPass;
import backprop.gradients.DeltaRule;
import backprop.gradients.GradientSource;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.training.Training;
import com.fasterxml.jackson.databind.JsonNode;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static backprop.conformance.TorchReference.assertClose;
import static backprop.conformance.TorchReference.at;
import static backprop.conformance.TorchReference.matrix;
import static backprop.conformance.TorchReference.number;
import static backprop.conformance.TorchReference.numbers;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * The biased "step by step" example ({@code step_by_step}: nn.Linear 2-2-2, sigmoid, loss
 * sum((o-y)^2)/2, one SGD step with lr 0.5), float64, against {@link Examples#stepByStep()}: forward
 * values, every weight and bias gradient, and every parameter after one epoch of {@link Training},
 * with each gradient source. nn.Linear's weight [j][i] (input i into unit j) is the library's
 * {@code weights(layer)} entry (row j, column i).
 */
class StepByStepConformanceTest {

    private static final double RELATIVE = 2e-15;
    private static final double ABSOLUTE = 1e-18;

    @ParameterizedTest(name = "{0} gradients")
    @EnumSource(GradientSource.class)
    void oneStepMatchesTorch(GradientSource source) {
        JsonNode torch = at("step_by_step", "float64");
        Network net = Examples.stepByStep();
        double[] x = Examples.STEP_BY_STEP_X;
        double[] y = Examples.STEP_BY_STEP_Y;
        BackwardPass pass = source.passFor(net, Loss.HALF_SUM_SQUARED);
        double[] o = new double[2];
        double[] g = new double[net.parameterCount()];
        double loss = pass.run(x, y, o, g);
        // The replayed autograd pass keeps no graph to read: its hidden values are those of the graph it replays.
        double[] hidden = pass instanceof DeltaRule d ? d.out(1) : hiddenOf(AutogradPass.of(net, x, y, Loss.HALF_SUM_SQUARED));
        Network after = Training.of(net).data(x, y).loss(Loss.HALF_SUM_SQUARED).gradients(source)
                .learningRate(Examples.STEP_BY_STEP_LEARNING_RATE).epochs(1).run().finalNetwork();

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertClose(numbers(torch.get("hidden_out")), hidden, RELATIVE, ABSOLUTE, "hidden_out"));
        checks.add(() -> assertClose(numbers(torch.get("output")), o, RELATIVE, ABSOLUTE, "output"));
        checks.add(() -> assertClose(number(torch.get("loss")), loss, RELATIVE, ABSOLUTE, "loss"));
        // Parameter order: layer 1's weights by sending unit (x1->h1, x1->h2, x2->h1, x2->h2), its two
        // biases, then layer 2 likewise.
        for (int layer = 1; layer <= 2; layer++) {
            String name = layer == 1 ? "hidden" : "output";
            int offset = (layer - 1) * 6;
            double[][] weightGrad = {{g[offset], g[offset + 2]}, {g[offset + 1], g[offset + 3]}};
            double[] biasGrad = {g[offset + 4], g[offset + 5]};
            double[][] torchWeightGrad = matrix(torch.get("grad_" + name + "_weight"));
            double[][] torchWeightAfter = matrix(torch.get(name + "_weight_after"));
            DMatrixRMaj weightsAfter = after.weights(layer);
            for (int j = 0; j < 2; j++) {
                int row = j;
                checks.add(() -> assertClose(torchWeightGrad[row], weightGrad[row], RELATIVE, ABSOLUTE,
                        "grad_" + name + "_weight[" + row + "]"));
                checks.add(() -> assertClose(torchWeightAfter[row],
                        new double[] {weightsAfter.get(row, 0), weightsAfter.get(row, 1)}, RELATIVE, ABSOLUTE,
                        name + "_weight_after[" + row + "]"));
            }
            checks.add(() -> assertClose(numbers(torch.get("grad_" + name + "_bias")), biasGrad, RELATIVE, ABSOLUTE,
                    "grad_" + name + "_bias"));
            DMatrixRMaj biasesAfter = after.biases(layer);
            checks.add(() -> assertClose(numbers(torch.get(name + "_bias_after")), biasesAfter.data, RELATIVE, ABSOLUTE,
                    name + "_bias_after"));
        }
        assertAll("step by step, " + source + " gradients", checks);
    }

    /** The layout mapping above, checked once against DeltaRule's own weight-shaped gradient. */
    @Test
    void deltaRuleWeightShapedGradientsMatchTorchsLayout() {
        JsonNode torch = at("step_by_step", "float64");
        DeltaRule d = DeltaRule.of(Examples.stepByStep(), Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y,
                Loss.HALF_SUM_SQUARED);
        double[][] hidden = matrix(torch.get("grad_hidden_weight"));
        double[][] output = matrix(torch.get("grad_output_weight"));
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                assertClose(hidden[j][i], d.dLossDw(1).get(j, i), RELATIVE, ABSOLUTE, "dL/dW1[" + j + "][" + i + "]");
                assertClose(output[j][i], d.dLossDw(2).get(j, i), RELATIVE, ABSOLUTE, "dL/dW2[" + j + "][" + i + "]");
            }
        }
        assertClose(numbers(torch.get("grad_hidden_bias")), d.delta(1), RELATIVE, ABSOLUTE, "delta_1 = dL/db1");
        assertClose(numbers(torch.get("grad_output_bias")), d.delta(2), RELATIVE, ABSOLUTE, "delta_2 = dL/db2");
    }

    private static double[] hiddenOf(AutogradPass pass) {
        double[] h = new double[2];
        for (Value node : pass.lossNode().topologicalOrder()) {
            if ("h1".equals(node.label())) {
                h[0] = node.data();
            } else if ("h2".equals(node.label())) {
                h[1] = node.data();
            }
        }
        return h;
    }
}
