package backprop.conformance;

import backprop.activation.Activation;
import backprop.autograd.Value;
import backprop.gradients.AutogradPass;
import backprop.gradients.DeltaRule;
import backprop.gradients.ExerciseBackprop;
import backprop.gradients.GradientSource;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.training.Training;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static backprop.conformance.TorchReference.assertClose;
import static backprop.conformance.TorchReference.at;
import static backprop.conformance.TorchReference.number;
import static backprop.conformance.TorchReference.numbers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exercise's one step ({@code exercise_one_step}: forward values, dL/do, the deltas dL/din, the
 * gradients dL/dw1..w8 and the weights after the step with learning rate 1) through each backward pass
 * of the library, for torch's written-out sigmoid ({@link Activation#SIGMOID}) and torch.sigmoid
 * ({@link Activation#BUILTIN_SIGMOID}), float64.
 *
 * <p>What each pass exposes is compared: {@link ExerciseBackprop} and {@link DeltaRule} every forward
 * value, dL/do and the deltas (they keep no dL/dh); {@link AutogradPass} the values and gradients of
 * its graph's nodes h1, h2, o1, o2 and of their net inputs, so dL/dh too. The weights after the step
 * come from {@link ExerciseBackprop#updatedWeights} and from one epoch of {@link Training} with each
 * {@link GradientSource}; for {@link DeltaRule}, which has no update of its own, as w - dL/dw here.
 */
class OneStepConformanceTest {

    /** Equal to the last bit or two: the same operations in the same order, exp from another libm. */
    private static final double RELATIVE = 2e-15;
    private static final double ABSOLUTE = 1e-18;

    private static final Map<String, Activation> ACTIVATIONS = Map.of(
            "sigmoid_written_out", Activation.SIGMOID,
            "sigmoid", Activation.BUILTIN_SIGMOID);

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String activation : TorchReference.keys(at("exercise_one_step"))) {
            for (String pass : List.of("ExerciseBackprop", "DeltaRule", "AutogradPass")) {
                cases.add(Arguments.of(activation, pass));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} through {1}")
    @MethodSource("cases")
    void oneStepMatchesTorch(String activationName, String passName) {
        JsonNode torch = at("exercise_one_step", activationName, "float64");
        Activation activation = ACTIVATIONS.get(activationName);
        Network net = Examples.exercise(activation);
        double[] x = Examples.EXERCISE_X;
        double[] y = Examples.EXERCISE_Y;
        Loss loss = Loss.HALF_SUM_SQUARED;
        Map<String, Object> library = new LinkedHashMap<>();
        switch (passName) {
            case "ExerciseBackprop" -> {
                ExerciseBackprop p = ExerciseBackprop.of(net, x, y, loss);
                library.put("in_h1", p.inH1());
                library.put("in_h2", p.inH2());
                library.put("h1", p.outH1());
                library.put("h2", p.outH2());
                library.put("in_o1", p.inO1());
                library.put("in_o2", p.inO2());
                library.put("o1", p.outO1());
                library.put("o2", p.outO2());
                library.put("loss", p.loss());
                library.put("dL_do1", p.dLossDo1());
                library.put("dL_do2", p.dLossDo2());
                library.put("dL_din_o1", p.deltaO1());
                library.put("dL_din_o2", p.deltaO2());
                library.put("dL_din_h1", p.deltaH1());
                library.put("dL_din_h2", p.deltaH2());
                library.put("grads", p.gradient());
                library.put("weights_after", p.updatedWeights(1.0));
                library.put("weights_after (Training, hand-written)", oneEpoch(net, GradientSource.HAND_WRITTEN));
            }
            case "DeltaRule" -> {
                DeltaRule p = DeltaRule.of(net, x, y, loss);
                putPair(library, "in_h", p.in(1));
                putPair(library, "h", p.out(1));
                putPair(library, "in_o", p.in(2));
                putPair(library, "o", p.outputs());
                library.put("loss", p.loss());
                putPair(library, "dL_do", p.dLossDo());
                putPair(library, "dL_din_o", p.delta(2));
                putPair(library, "dL_din_h", p.delta(1));
                library.put("grads", p.gradient());
                double[] after = net.parameters();
                for (int k = 0; k < after.length; k++) {
                    after[k] -= p.gradient()[k];
                }
                library.put("weights_after", after);
            }
            case "AutogradPass" -> {
                AutogradPass p = AutogradPass.of(net, x, y, loss);
                library.put("loss", p.loss());
                for (Value node : p.lossNode().topologicalOrder()) {
                    String unit = node.label();
                    if (unit != null && unit.matches("[ho][12]")) {
                        library.put(unit, node.data());
                        library.put("dL_d" + unit, node.grad());
                        Value in = netInput(node);
                        library.put("in_" + unit, in.data());
                        library.put("dL_din_" + unit, in.grad());
                    }
                }
                library.put("grads", p.gradient());
                library.put("weights_after", oneEpoch(net, GradientSource.AUTOGRAD));
            }
            default -> throw new IllegalArgumentException(passName);
        }
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Object> e : library.entrySet()) {
            String key = e.getKey().replaceAll(" \\(.*\\)$", "");
            JsonNode expected = torch.get(key);
            String what = activationName + " " + passName + " " + e.getKey();
            if (e.getValue() instanceof double[] array) {
                checks.add(() -> assertClose(numbers(expected), array, RELATIVE, ABSOLUTE, what));
            } else {
                checks.add(() -> assertClose(number(expected), (Double) e.getValue(), RELATIVE, ABSOLUTE, what));
            }
        }
        int expectedCount = switch (passName) {
            case "ExerciseBackprop" -> 18;
            case "DeltaRule" -> 17;
            default -> 19;
        };
        checks.add(() -> assertEquals(expectedCount, library.size(), "quantities compared: " + library.keySet()));
        assertAll(activationName + " through " + passName, checks);
    }

    private static void putPair(Map<String, Object> library, String name, double[] values) {
        library.put(name + "1", values[0]);
        library.put(name + "2", values[1]);
    }

    /** The node whose value is the unit's net input: down the first inputs to the weighted sum. */
    private static Value netInput(Value unit) {
        Value v = unit;
        while (!v.op().equals("sum")) {
            v = v.inputs().get(0);
        }
        return v;
    }

    private static double[] oneEpoch(Network net, GradientSource source) {
        return Training.of(net).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED)
                .gradients(source).learningRate(1.0).epochs(1).run().finalWeights();
    }
}
