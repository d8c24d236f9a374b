package backprop.activation;

import backprop.autograd.Value;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivationTest {

    @Test
    void bothSigmoidsAgreeWhereDoublesSuffice() {
        for (double z = -30; z <= 30; z += 0.37) {
            assertEquals(Activation.SIGMOID.value(z), Activation.BUILTIN_SIGMOID.value(z), 1e-15);
            assertEquals(Activation.SIGMOID.derivative(z), Activation.BUILTIN_SIGMOID.derivative(z), 1e-15);
        }
    }

    @Test
    void writtenOutSigmoidLosesTheDerivativeForLargeZ() {
        double z = 40;
        double exact = Math.exp(-z); // e^-z / (1 + e^-z)^2 to 1e-17 relative here
        assertEquals(0.0, Activation.SIGMOID.derivative(z), 0.0);
        assertEquals(0.0, Activation.BUILTIN_SIGMOID.derivative(z), 0.0, "torch.sigmoid's y (1 - y) is 0 too");
        assertEquals(exact, Activation.STABLE_SIGMOID.derivative(z), 1e-15 * exact);
    }

    @Test
    void writtenOutSigmoidOverflowsInAutogradWhereTheFusedOneDoesNot() {
        Value a = Value.of(-800);
        Activation.SIGMOID.value(a).backward();
        assertTrue(Double.isNaN(a.grad()), "e^800 overflows: Infinity / Infinity");
        Value b = Value.of(-800);
        Activation.BUILTIN_SIGMOID.value(b).backward();
        assertEquals(0.0, b.grad(), 1e-300);
    }

    @Test
    void reluAndIdentityAndTanh() {
        assertEquals(0.0, Activation.RELU.derivative(0.0), 0.0);
        assertEquals(1.0, Activation.RELU.derivative(1e-300), 0.0);
        assertEquals(0.0, Activation.RELU.value(-3), 0.0);
        assertEquals(-3, Activation.IDENTITY.value(-3), 0.0);
        assertEquals(1 - Math.pow(Math.tanh(0.3), 2), Activation.TANH.derivative(0.3), 1e-15);
    }

    @Test
    void lookUpByName() {
        assertSame(Activation.RELU, Activation.named("ReLU"));
        assertSame(Activation.BUILTIN_SIGMOID, Activation.named("builtin-sigmoid"));
    }
}
