package backprop.conformance;

import backprop.activation.Activation;
import backprop.autograd.Value;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static backprop.conformance.TorchReference.assertClose;
import static backprop.conformance.TorchReference.at;
import static backprop.conformance.TorchReference.number;
import static backprop.conformance.TorchReference.numbers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Activations and their derivatives against torch ({@code activations} in the reference file), at the
 * ordinary and the extreme z it lists, float64. Each activation of the file is held to the library's
 * counterpart three ways: the value f(z), the hand-written derivative {@code derivative(z, f(z))} (what
 * the hand-written backward passes use), and the derivative autograd finds for the activation's
 * {@link Value} form.
 * <ul>
 *   <li>{@code sigmoid} (torch.sigmoid, backward y(1-y) from the output): {@link Activation#BUILTIN_SIGMOID}
 *       and the autograd node {@link Value#sigmoid()}.</li>
 *   <li>{@code sigmoid_written_out} (1/(1+exp(-z)) differentiated by autograd: NaN where exp(-z)
 *       overflows, z &lt;= -710): {@link Activation#SIGMOID}, whose autograd form is built from exp, add
 *       and pow the same way.</li>
 *   <li>{@code relu} (derivative 0 at z = 0) and {@code tanh}: {@link Activation#RELU}, {@link Activation#TANH}.</li>
 * </ul>
 * Two hand-written derivatives are not torch's on purpose, and are compared where they should agree and
 * documented where they do not (see the two non-parametrised tests):
 * {@link Activation#SIGMOID}'s hand-written derivative is sigma(1 - sigma) from the value, the formula of
 * the derivation, so at the extremes it behaves like torch.sigmoid's backward (0, never NaN) rather
 * than like autograd through the written-out form; and {@link Activation#STABLE_SIGMOID} (not in the file:
 * the library's own extra) has the careful derivative e^-|z|/(1+e^-|z|)^2, which keeps its digits where
 * torch's y(1-y) rounds to 0 (z &gt;= 37).
 */
class ActivationConformanceTest {

    /**
     * Values and derivatives from exp and tanh may differ from torch's libm by an ulp or two. Below 1e-300
     * (subnormal results) the absolute floor applies: torch.sigmoid gives 0 at z = -710, where the true
     * 4.5e-309 is a subnormal double that the library keeps.
     */
    private static final double RELATIVE = 1e-15;
    private static final double ABSOLUTE = 1e-300;

    /**
     * For a derivative computed from an output y near 1 (1 - y*y, y(1 - y)) the rounding of y*y or of
     * 1 - y costs up to 2^-53 absolute, so two correct evaluations may differ by that much whatever
     * their size: torch's tanh backward is fused (see {@link #torchTanhBackwardIsAFusedMultiplyAdd}),
     * the library's is not, and the library's stable sigmoid (its own extra) has a more careful derivative than torch's
     * (see {@link #stableSigmoidDerivativeIsOursNotTorchs}).
     */
    private static final double ONE_ROUNDING_NEAR_1 = 0x1p-52;

    private record Library(Activation activation, UnaryOperator<Value> autograd) {
    }

    private static final Map<String, Library> LIBRARY = Map.of(
            "sigmoid", new Library(Activation.BUILTIN_SIGMOID, Value::sigmoid),
            "sigmoid_written_out", new Library(Activation.SIGMOID, Activation.SIGMOID::value),
            "relu", new Library(Activation.RELU, Value::relu),
            "tanh", new Library(Activation.TANH, Value::tanh));

    static Stream<Arguments> cases() {
        double[] z = numbers(at("activations", "z"));
        JsonNode float64 = at("activations", "float64");
        List<Arguments> cases = new ArrayList<>();
        for (String name : TorchReference.keys(float64)) {
            for (int i = 0; i < z.length; i++) {
                cases.add(Arguments.of(name, z[i], number(float64.get(name).get("y").get(i)),
                        number(float64.get(name).get("dy_dz").get(i))));
            }
        }
        return cases.stream();
    }

    @Test
    void everyActivationOfTheFileHasACounterpart() {
        assertEquals(LIBRARY.keySet(), new java.util.HashSet<>(TorchReference.keys(at("activations", "float64"))));
        assertEquals(80, cases().count(), "4 activations x 20 values of z");
    }

    @ParameterizedTest(name = "{0} at z = {1}")
    @MethodSource("cases")
    void valueAndDerivativesMatchTorch(String name, double z, double torchY, double torchDyDz) {
        Library library = LIBRARY.get(name);
        Activation f = library.activation();
        Value input = Value.of(z);
        Value output = library.autograd().apply(input);
        output.backward();
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertClose(torchY, f.value(z), RELATIVE, ABSOLUTE, name + " value"));
        checks.add(() -> assertClose(torchY, output.data(), RELATIVE, ABSOLUTE, name + " autograd value"));
        double fromOutput = name.equals("tanh") ? ONE_ROUNDING_NEAR_1 : ABSOLUTE;
        checks.add(() -> assertClose(torchDyDz, input.grad(), RELATIVE, fromOutput, name + " autograd dy/dz"));
        if (name.equals("sigmoid_written_out")) {
            // The hand-written derivative is sigma(1 - sigma), torch.sigmoid's backward formula: compared
            // with torch's "sigmoid" column (see handWrittenSigmoidDerivativeIsTorchSigmoidsBackward).
            double torchSigmoidBackward = number(at("activations", "float64", "sigmoid", "dy_dz").get(indexOf(z)));
            checks.add(() -> assertClose(torchSigmoidBackward, f.derivative(z, f.value(z)), RELATIVE, ABSOLUTE,
                    name + " hand-written derivative sigma(1 - sigma)"));
        } else {
            double handWritten = name.equals("relu") ? ABSOLUTE : ONE_ROUNDING_NEAR_1;
            checks.add(() -> assertClose(torchDyDz, f.derivative(z, f.value(z)), RELATIVE, handWritten,
                    name + " hand-written derivative"));
            checks.add(() -> assertClose(torchDyDz, f.derivative(z), RELATIVE, handWritten, name + " derivative(z)"));
        }
        assertAll(name + " at z = " + z, checks);
    }

    /**
     * The written-out sigmoid: autograd through 1/(1+exp(-z)) gives NaN where exp(-z) overflows and the
     * tiny true slope for large z, in torch as in the library; the hand-written sigma(1 - sigma) gives
     * 0 at both ends, exactly what torch.sigmoid's backward gives.
     */
    @Test
    void handWrittenSigmoidDerivativeIsTorchSigmoidsBackward() {
        double[] z = numbers(at("activations", "z"));
        double[] writtenOut = numbers(at("activations", "float64", "sigmoid_written_out", "dy_dz"));
        double[] fused = numbers(at("activations", "float64", "sigmoid", "dy_dz"));
        int nan = 0;
        int tiny = 0;
        for (int i = 0; i < z.length; i++) {
            double handWritten = Activation.SIGMOID.derivative(z[i], Activation.SIGMOID.value(z[i]));
            assertTrue(Double.isFinite(handWritten));
            if (Double.isNaN(writtenOut[i])) {
                nan++;
                assertTrue(z[i] <= -710, "NaN only where exp(-z) overflows");
                assertEquals(0.0, handWritten, 0.0, "hand-written at z = " + z[i]);
                assertEquals(0.0, fused[i], 0.0, "torch.sigmoid's backward at z = " + z[i]);
            } else if (fused[i] == 0 && writtenOut[i] > 0) {
                tiny++;
                assertTrue(z[i] >= 37);
                assertEquals(0.0, handWritten, 0.0, "hand-written at z = " + z[i]);
            }
        }
        assertEquals(2, nan, "z = -800 and -710");
        assertEquals(3, tiny, "z = 37, 40, 100 (at 800 the true slope underflows to 0 in both)");
    }

    /**
     * {@link Activation#STABLE_SIGMOID}'s hand-written derivative is the library's own extra, not torch's
     * ({@link Activation#BUILTIN_SIGMOID} is torch's y(1-y), held to it above):
     * e^-|z|/(1+e^-|z|)^2 keeps the true slope for every z, where torch.sigmoid's backward y(1-y) loses
     * digits to the rounding of y near 1 (z &gt; 0: off by up to 2^-53 absolute, 2e-10 relative at z = 16)
     * and is exactly 0 from z = 37 on. The autograd node {@link Value#sigmoid()} is torch's y(1-y)
     * (checked above at every z, to the last bit).
     */
    @Test
    void stableSigmoidDerivativeIsOursNotTorchs() {
        double[] z = numbers(at("activations", "z"));
        double[] y = numbers(at("activations", "float64", "sigmoid", "y"));
        double[] torch = numbers(at("activations", "float64", "sigmoid", "dy_dz"));
        int torchZeroOursNot = 0;
        for (int i = 0; i < z.length; i++) {
            double e = Math.exp(-Math.abs(z[i]));
            double exact = e / ((1 + e) * (1 + e));
            double ours = Activation.STABLE_SIGMOID.derivative(z[i]);
            assertEquals(y[i] * (1 - y[i]), torch[i], 0.0, "torch's backward is y(1-y) from its output, z = " + z[i]);
            assertClose(exact, ours, 1e-15, 0, "ours is the careful formula, z = " + z[i]);
            assertEquals(ours, Activation.STABLE_SIGMOID.derivative(z[i], y[i]), 0.0, "given f(z) too, z = " + z[i]);
            assertEquals(torch[i], ours, ONE_ROUNDING_NEAR_1, "within one rounding of torch's, z = " + z[i]);
            if (torch[i] == 0 && ours > 0 && z[i] > 0) {
                torchZeroOursNot++;
                assertTrue(z[i] >= 37, "z = " + z[i]);
            }
            if (torch[i] == 0 && ours > 0 && z[i] < 0) {
                // z = -710: torch.sigmoid's output (and so its slope) is 0 where the true 4.5e-309 is a
                // subnormal double; the library keeps it.
                assertTrue(ours < Double.MIN_NORMAL, "z = " + z[i]);
            }
        }
        assertEquals(3, torchZeroOursNot, "z = 37, 40, 100: torch's slope is 0, ours e^-z");
        assertTrue(Math.abs(torch[indexOf(16)] - Activation.STABLE_SIGMOID.derivative(16)) > 1e-10 * torch[indexOf(16)],
                "at z = 16 torch's y(1-y) is already off in the 10th digit");
    }

    /**
     * torch's tanh backward 1 - y*y is evaluated with a fused multiply-add: {@code Math.fma(-y, y, 1)}
     * reproduces every torch value bit for bit. The library computes 1 - y*y plainly (as the derivation
     * writes it), which differs by under 2^-53 absolute: 5e-15 relative at z = 3, 1e-14 at z = 16.
     */
    @Test
    void torchTanhBackwardIsAFusedMultiplyAdd() {
        double[] z = numbers(at("activations", "z"));
        double[] y = numbers(at("activations", "float64", "tanh", "y"));
        double[] torch = numbers(at("activations", "float64", "tanh", "dy_dz"));
        int plainDiffers = 0;
        for (int i = 0; i < y.length; i++) {
            assertEquals(torch[i], Math.fma(-y[i], y[i], 1.0), 0.0, "fma at y = " + y[i]);
            double library = Activation.TANH.derivative(z[i], y[i]);
            assertEquals(torch[i], library, ONE_ROUNDING_NEAR_1 / 2);
            if (library != torch[i]) {
                plainDiffers++;
            }
        }
        assertTrue(plainDiffers >= 2, "the plain 1 - y*y differs in the last digits somewhere (z = +-3, 16, 17, 18)");
    }

    private static int indexOf(double z) {
        double[] all = numbers(at("activations", "z"));
        for (int i = 0; i < all.length; i++) {
            if (all[i] == z) {
                return i;
            }
        }
        throw new IllegalArgumentException("z = " + z);
    }
}
