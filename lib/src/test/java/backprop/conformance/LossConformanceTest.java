package backprop.conformance;

import backprop.autograd.Value;
import backprop.loss.Loss;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static backprop.conformance.TorchReference.assertClose;
import static backprop.conformance.TorchReference.at;
import static backprop.conformance.TorchReference.keys;
import static backprop.conformance.TorchReference.number;
import static backprop.conformance.TorchReference.numbers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every loss and reduction of the reference file ({@code losses}) against the library's {@link Loss}es,
 * float64: the loss and dloss/dinput from the hand-written {@code value}/{@code gradient}, and the same
 * from autograd through the loss's {@link Value} form.
 *
 * <p>The library's losses take one sample (torch's unbatched call). For torch's batched calls the
 * reduction over the N samples is applied here, as torch documents it ('mean' divides by N, not by C,
 * also with probability targets; 'sum'; 'none'), to the library's per-sample losses and gradients;
 * the training loop's full-batch mean does the same. BCELoss(reduction='sum') is C times the library's
 * mean over the C outputs. {@code bce_with_logits_mean} has no counterpart in the library (no
 * BCEWithLogitsLoss) and is the one case not checked.
 */
class LossConformanceTest {

    /**
     * A few ulps: cross-entropy's log-sum-exp is summed in another order than torch's log_softmax
     * (the class-index loss 0.12709658280048597 against torch's ...583).
     */
    private static final double RELATIVE = 2e-15;
    private static final double ABSOLUTE = 1e-17;

    /** How the file's torch call is made of the library's one-sample loss. */
    private enum Reduction {
        /** The library's loss is torch's call itself. */
        SAMPLE,
        BATCH_MEAN,
        BATCH_SUM,
        /** reduction='none' over samples: one loss per sample. */
        BATCH_NONE,
        /** MSELoss(reduction='none'): one squared error per element, each the MSE of that element alone. */
        ELEMENTS,
        /** A sum over the C outputs where the library takes their mean. */
        OUTPUTS_SUM
    }

    private record Counterpart(Loss loss, Reduction reduction) {
    }

    private static final Map<String, Counterpart> COUNTERPARTS = new LinkedHashMap<>();

    static {
        COUNTERPARTS.put("half_sum_squared_error", new Counterpart(Loss.HALF_SUM_SQUARED, Reduction.SAMPLE));
        COUNTERPARTS.put("mse_mean", new Counterpart(Loss.MSE, Reduction.SAMPLE));
        COUNTERPARTS.put("mse_sum", new Counterpart(Loss.MSE_SUMMED_PER_OUTPUT, Reduction.SAMPLE));
        COUNTERPARTS.put("mse_none", new Counterpart(Loss.MSE, Reduction.ELEMENTS));
        COUNTERPARTS.put("mse_sum_of_two_per_output", new Counterpart(Loss.MSE_SUMMED_PER_OUTPUT, Reduction.SAMPLE));
        COUNTERPARTS.put("half_sum_squared_error_3", new Counterpart(Loss.HALF_SUM_SQUARED, Reduction.SAMPLE));
        COUNTERPARTS.put("mse_mean_3", new Counterpart(Loss.MSE, Reduction.SAMPLE));
        COUNTERPARTS.put("cross_entropy_index", new Counterpart(Loss.CROSS_ENTROPY_CLASS_INDEX, Reduction.SAMPLE));
        COUNTERPARTS.put("cross_entropy_index_batch_mean", new Counterpart(Loss.CROSS_ENTROPY_CLASS_INDEX, Reduction.BATCH_MEAN));
        COUNTERPARTS.put("cross_entropy_index_batch_sum", new Counterpart(Loss.CROSS_ENTROPY_CLASS_INDEX, Reduction.BATCH_SUM));
        COUNTERPARTS.put("cross_entropy_index_batch_none", new Counterpart(Loss.CROSS_ENTROPY_CLASS_INDEX, Reduction.BATCH_NONE));
        COUNTERPARTS.put("cross_entropy_prob", new Counterpart(Loss.CROSS_ENTROPY, Reduction.SAMPLE));
        COUNTERPARTS.put("cross_entropy_prob_batch_mean", new Counterpart(Loss.CROSS_ENTROPY, Reduction.BATCH_MEAN));
        COUNTERPARTS.put("cross_entropy_prob_batch_sum", new Counterpart(Loss.CROSS_ENTROPY, Reduction.BATCH_SUM));
        COUNTERPARTS.put("cross_entropy_prob_invalid_exercise", new Counterpart(Loss.CROSS_ENTROPY, Reduction.SAMPLE));
        COUNTERPARTS.put("cross_entropy_prob_invalid_zero_output", new Counterpart(Loss.CROSS_ENTROPY, Reduction.SAMPLE));
        COUNTERPARTS.put("bce_mean", new Counterpart(Loss.BINARY_CROSS_ENTROPY, Reduction.SAMPLE));
        COUNTERPARTS.put("bce_sum", new Counterpart(Loss.BINARY_CROSS_ENTROPY, Reduction.OUTPUTS_SUM));
        COUNTERPARTS.put("bce_clamped_log", new Counterpart(Loss.BINARY_CROSS_ENTROPY, Reduction.OUTPUTS_SUM));
    }

    /** Torch calls the library does not offer. */
    private static final Set<String> NOT_IN_THE_LIBRARY = Set.of("bce_with_logits_mean");

    /**
     * Where the autograd form differs from torch on purpose: BCELoss is one fused torch op that clamps
     * log at -100 and bounds o(1-o) below in its backward; the library's autograd form is plain
     * log(o), log(1-o) differentiated by autograd, so at o = 0 or 1 it gives an infinite loss (see
     * {@link #bceAutogradFormHasNoClamp}). Its hand-written value and gradient do clamp, like torch.
     */
    private static final Set<String> AUTOGRAD_FORM_DIFFERS = Set.of("bce_clamped_log");

    static Stream<String> cases() {
        return keys(at("losses")).stream().filter(name -> !NOT_IN_THE_LIBRARY.contains(name));
    }

    @Test
    void everyLossOfTheFileIsCheckedOrNamedAsMissing() {
        List<String> all = keys(at("losses"));
        assertEquals(20, all.size());
        for (String name : all) {
            assertTrue(COUNTERPARTS.containsKey(name) ^ NOT_IN_THE_LIBRARY.contains(name), name);
        }
    }

    /** One sample's loss and gradient, by hand or by autograd. */
    private record Sample(double loss, double[] gradient) {
    }

    private static Sample handWritten(Loss loss, double[] o, double[] t) {
        loss.checkTargets(t, o.length);
        return new Sample(loss.value(o, t), loss.gradient(o, t));
    }

    private static Sample autograd(Loss loss, double[] o, double[] t) {
        loss.checkTargets(t, o.length);
        List<Value> leaves = new ArrayList<>();
        for (double v : o) {
            leaves.add(Value.of(v));
        }
        Value l = loss.value(leaves, t);
        l.backward();
        return new Sample(l.data(), leaves.stream().mapToDouble(Value::grad).toArray());
    }

    @FunctionalInterface
    private interface Way {
        Sample of(Loss loss, double[] o, double[] t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lossAndGradientMatchTorch(String name) {
        JsonNode entry = at("losses", name);
        Counterpart c = COUNTERPARTS.get(name);
        List<Executable> checks = new ArrayList<>();
        checks.addAll(checks(name + " hand-written", entry, c, LossConformanceTest::handWritten));
        if (!AUTOGRAD_FORM_DIFFERS.contains(name)) {
            checks.addAll(checks(name + " autograd", entry, c, LossConformanceTest::autograd));
        }
        assertAll(name + ": " + entry.get("expression").asText(), checks);
    }

    private static List<Executable> checks(String what, JsonNode entry, Counterpart c, Way way) {
        boolean batched = entry.get("input").get(0).isArray();
        List<double[]> inputs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (int s = 0; s < (batched ? entry.get("input").size() : 1); s++) {
            inputs.add(numbers(batched ? entry.get("input").get(s) : entry.get("input")));
            JsonNode t = batched ? entry.get("target").get(s) : entry.get("target");
            targets.add(t.isArray() ? numbers(t) : new double[] {t.asInt()});
        }
        JsonNode torch = entry.get("float64");
        List<Executable> checks = new ArrayList<>();
        if (c.reduction() == Reduction.ELEMENTS) {
            double[] o = inputs.get(0);
            double[] expected = numbers(torch.get("loss_elements"));
            for (int k = 0; k < o.length; k++) {
                int e = k;
                checks.add(() -> assertClose(expected[e],
                        way.of(c.loss(), new double[] {o[e]}, new double[] {targets.get(0)[e]}).loss(),
                        RELATIVE, ABSOLUTE, what + " element " + e));
            }
            return checks;
        }
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s < inputs.size(); s++) {
            samples.add(way.of(c.loss(), inputs.get(s), targets.get(s)));
        }
        if (c.reduction() == Reduction.BATCH_NONE) {
            double[] expected = numbers(torch.get("loss_elements"));
            for (int s = 0; s < samples.size(); s++) {
                int e = s;
                checks.add(() -> assertClose(expected[e], samples.get(e).loss(), RELATIVE, ABSOLUTE, what + " sample " + e));
            }
            return checks;
        }
        double factor = switch (c.reduction()) {
            case BATCH_MEAN -> 1.0 / samples.size();
            case OUTPUTS_SUM -> inputs.get(0).length;
            default -> 1.0;
        };
        double loss = 0;
        for (Sample s : samples) {
            loss += s.loss();
        }
        double reduced = loss * factor;
        checks.add(() -> assertClose(number(torch.get("loss")), reduced, RELATIVE, ABSOLUTE, what + " loss"));
        for (int s = 0; s < samples.size(); s++) {
            double[] expected = numbers(batched ? torch.get("grad_input").get(s) : torch.get("grad_input"));
            double[] actual = samples.get(s).gradient().clone();
            for (int k = 0; k < actual.length; k++) {
                actual[k] *= factor;
            }
            String label = what + " dloss/dinput" + (batched ? " sample " + s : "");
            checks.add(() -> assertClose(expected, actual, RELATIVE, ABSOLUTE, label));
        }
        return checks;
    }

    /** The autograd form of binary cross-entropy has no clamp: at o = 0 and 1 it is infinite, torch's 200. */
    @Test
    void bceAutogradFormHasNoClamp() {
        JsonNode entry = at("losses", "bce_clamped_log");
        double[] o = numbers(entry.get("input"));
        double[] t = numbers(entry.get("target"));
        assertEquals(200.0, number(entry.get("float64").get("loss")));
        Sample byAutograd = autograd(Loss.BINARY_CROSS_ENTROPY, o, t);
        assertTrue(Double.isInfinite(byAutograd.loss()), "autograd form: log(0) unclamped");
        assertFalse(Double.isFinite(byAutograd.gradient()[0]));
        Sample byHand = handWritten(Loss.BINARY_CROSS_ENTROPY, o, t);
        assertEquals(100.0, byHand.loss(), 0.0, "hand-written: clamped like torch (mean, so 200 / 2)");
    }
}
