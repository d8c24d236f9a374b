package backprop.conformance;

import backprop.activation.Activation;
import backprop.gradients.GradientSource;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.training.Epoch;
import backprop.training.Training;
import backprop.training.TrainingRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static backprop.conformance.TorchReference.assertClose;
import static backprop.conformance.TorchReference.at;
import static backprop.conformance.TorchReference.keys;
import static backprop.conformance.TorchReference.number;
import static backprop.conformance.TorchReference.numbers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The 16 training runs of the reference file ({@code runs}: 100 epochs each, float64) through
 * {@link Training}, once with the hand-written and once with the autograd gradients.
 *
 * <p>Epochs map one to one. The file's epoch e prints the forward pass at the weights after e-1 updates,
 * then takes the gradient there and makes update e; the library's {@link Epoch} e holds the loss and
 * outputs computed during epoch e (the same forward pass), the gradient of its update and the weights
 * after it. So {@code loss[e-1]} is {@code run.epoch(e).loss()}, a snapshot's {@code weights_after} is
 * {@code run.epoch(e).weights()}, its h1, h2 are the hidden outputs at the weights before update e
 * (the initial weights for e = 1), and {@code after_last_update} is the forward pass at
 * {@link TrainingRun#finalNetwork()}.
 *
 * <p>None of the runs is chaotic (the file's author checked that a one-ulp change of a starting weight
 * moves no final weight by more than 1e-15 relative), so they are compared to 1e-12 relative. The
 * divergence guard is switched off (factor 1e300): the diverging runs (cross-entropy on the invalid
 * targets, unbounded below) are compared over all 100 epochs, as torch ran them.
 */
class TrainingConformanceTest {

    private static final double RELATIVE = 1e-12;
    /** For values that are 0 in torch and a rounding error away from it in the library, or the reverse. */
    private static final double ABSOLUTE = 1e-15;

    private static final Map<String, Activation> ACTIVATIONS = Map.of(
            "sigmoid_written_out", Activation.SIGMOID,
            "sigmoid", Activation.BUILTIN_SIGMOID,
            "relu", Activation.RELU);

    private static final Map<String, Loss> LOSSES = Map.of(
            "half_sse", Loss.HALF_SUM_SQUARED,
            "mse_mean_vector", Loss.MSE,
            "mse_sum_of_two", Loss.MSE_SUMMED_PER_OUTPUT,
            "cross_entropy_prob", Loss.CROSS_ENTROPY);

    private static final Map<String, Initialiser> INITIALISERS = Map.of(
            "given", Initialiser.given(Examples.EXERCISE_WEIGHTS),
            "zeros", Initialiser.zeros(),
            "seed20", Initialiser.torchRand(20));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String run : keys(at("runs"))) {
            for (GradientSource source : GradientSource.values()) {
                cases.add(Arguments.of(run, source));
            }
        }
        return cases.stream();
    }

    @Test
    void theFileHasSixteenRunsOfAHundredEpochs() {
        assertEquals(16, keys(at("runs")).size());
        for (String run : keys(at("runs"))) {
            assertEquals(100, at("runs", run, "epochs").asInt(), run);
            assertEquals(100, at("runs", run, "float64", "loss").size(), run);
        }
    }

    @ParameterizedTest(name = "{0}, {1} gradients")
    @MethodSource("cases")
    void hundredEpochsMatchTorch(String name, GradientSource source) {
        JsonNode spec = at("runs", name);
        JsonNode torch = spec.get("float64");
        Activation activation = ACTIVATIONS.get(spec.get("activation").asText());
        Loss loss = LOSSES.get(spec.get("loss").asText());
        Network start = Examples.exercise(activation, INITIALISERS.get(spec.get("init").asText()));
        assertArrayEquals(numbers(torch.get("initial_weights")), start.parameters(), 0.0, name + " initial weights");

        TrainingRun run = Training.of(start).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(loss)
                .learningRate(number(spec.get("step"))).epochs(spec.get("epochs").asInt())
                .gradients(source).divergenceFactor(1e300).run();
        assertFalse(run.diverged(), () -> name + ": " + run.summary());
        assertEquals(100, run.epochs().size());

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> series(name + " loss", numbers(torch.get("loss")), run.epochs().stream().mapToDouble(Epoch::loss).toArray()));
        checks.add(() -> series(name + " o1", numbers(torch.get("o1")), run.epochs().stream().mapToDouble(e -> e.o(1)).toArray()));
        checks.add(() -> series(name + " o2", numbers(torch.get("o2")), run.epochs().stream().mapToDouble(e -> e.o(2)).toArray()));
        for (JsonNode snapshot : torch.get("snapshots")) {
            int e = snapshot.get("epoch").asInt();
            String at = name + " epoch " + e + " ";
            Epoch epoch = run.epoch(e);
            double[] before = e == 1 ? run.initialWeights() : run.epoch(e - 1).weights();
            double[] hidden = start.withParameters(before).forward(Examples.EXERCISE_X).out(1);
            checks.add(() -> assertClose(number(snapshot.get("h1")), hidden[0], RELATIVE, ABSOLUTE, at + "h1"));
            checks.add(() -> assertClose(number(snapshot.get("h2")), hidden[1], RELATIVE, ABSOLUTE, at + "h2"));
            checks.add(() -> assertClose(number(snapshot.get("o1")), epoch.o(1), RELATIVE, ABSOLUTE, at + "o1"));
            checks.add(() -> assertClose(number(snapshot.get("o2")), epoch.o(2), RELATIVE, ABSOLUTE, at + "o2"));
            checks.add(() -> assertClose(number(snapshot.get("loss")), epoch.loss(), RELATIVE, ABSOLUTE, at + "loss"));
            checks.add(() -> assertClose(numbers(snapshot.get("grads")), epoch.gradients(), RELATIVE, ABSOLUTE, at + "dL/dw"));
            checks.add(() -> assertClose(numbers(snapshot.get("weights_after")), epoch.weights(), RELATIVE, ABSOLUTE,
                    at + "weights after update"));
        }
        JsonNode after = torch.get("after_last_update");
        double[] o = run.finalNetwork().output(Examples.EXERCISE_X);
        String at = name + " after the last update ";
        checks.add(() -> assertClose(numbers(after.get("weights")), run.finalWeights(), RELATIVE, ABSOLUTE, at + "weights"));
        checks.add(() -> assertClose(number(after.get("o1")), o[0], RELATIVE, ABSOLUTE, at + "o1"));
        checks.add(() -> assertClose(number(after.get("o2")), o[1], RELATIVE, ABSOLUTE, at + "o2"));
        checks.add(() -> assertClose(number(after.get("loss")), loss.value(o, Examples.EXERCISE_Y), RELATIVE, ABSOLUTE,
                at + "loss"));
        assertAll(name + " with " + source + " gradients", checks);
    }

    /** A per-epoch series; the message names the first epoch (1-based) that differs. */
    private static void series(String what, double[] torch, double[] library) {
        assertEquals(torch.length, library.length, what + ": epochs");
        for (int i = 0; i < torch.length; i++) {
            assertClose(torch[i], library[i], RELATIVE, ABSOLUTE, what + " at epoch " + (i + 1));
        }
    }
}
