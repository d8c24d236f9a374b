package backprop.activation;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The backward passes take f'(z) from the forward pass's f(z), as {@code derivative(z, f(z))}; that
 * must be the textbook derivative, written here independently of the activations' code.
 */
class DerivativeFromValueTest {

    private static final Map<Activation, DoubleUnaryOperator> TEXTBOOK = Map.of(
            Activation.SIGMOID, z -> Math.exp(-z) / ((1 + Math.exp(-z)) * (1 + Math.exp(-z))),
            Activation.BUILTIN_SIGMOID, z -> Math.exp(-z) / ((1 + Math.exp(-z)) * (1 + Math.exp(-z))),
            Activation.STABLE_SIGMOID, z -> Math.exp(-z) / ((1 + Math.exp(-z)) * (1 + Math.exp(-z))),
            Activation.TANH, z -> 1 / (Math.cosh(z) * Math.cosh(z)),
            Activation.RELU, z -> z > 0 ? 1 : 0,
            Activation.IDENTITY, z -> 1);

    @Test
    void derivativeGivenTheValueIsTheTextbookDerivative() {
        assertEquals(Activation.ALL.size(), TEXTBOOK.size(), "every activation has its textbook derivative here");
        Random random = new Random(3);
        for (Activation f : Activation.ALL) {
            DoubleUnaryOperator textbook = TEXTBOOK.get(f);
            for (int i = 0; i < 10_000; i++) {
                // |z| < 30: beyond that s(1 - s) has rounded away the digits of e^-|z| (see Sigmoid).
                double z = (random.nextDouble() - 0.5) * (i < 5_000 ? 10 : 60);
                double expected = textbook.applyAsDouble(z);
                assertEquals(expected, f.derivative(z, f.value(z)), 1e-12 * Math.max(1e-3, expected), () -> f + " at z = " + z);
                assertEquals(expected, f.derivative(z), 1e-12 * Math.max(1e-3, expected), () -> f + " at z = " + z);
            }
            assertEquals(textbook.applyAsDouble(0.0), f.derivative(0.0, f.value(0.0)), 0.0, f::toString);
        }
    }
}
