package backprop.activation;

import backprop.conformance.TorchReference;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in and the written-out sigmoid against real PyTorch (torch-reference.json, activations,
 * float64): values, and the derivative autograd finds, at ordinary and extreme z. The built-in must be
 * torch.sigmoid (backward y (1 - y): exactly 0 from z = 37 on); the careful derivative is only
 * STABLE_SIGMOID's.
 */
class TorchSigmoidReferenceTest {

    private static final double[] Z = TorchReference.doubles("activations", "z");

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || expected == 0) {
            assertEquals(expected, actual, 0.0, what);
        } else {
            assertEquals(expected, actual, 1e-12 * Math.abs(expected), what);
        }
    }

    private static void check(Activation f, String torchName) {
        double[] y = TorchReference.doubles("activations", "float64", torchName, "y");
        double[] dy = TorchReference.doubles("activations", "float64", torchName, "dy_dz");
        for (int i = 0; i < Z.length; i++) {
            assertClose(y[i], f.value(Z[i]), f + " value at z = " + Z[i]);
            assertClose(dy[i], f.autogradDerivative(Z[i]), f + " autograd derivative at z = " + Z[i]);
            if (f == Activation.BUILTIN_SIGMOID) {
                assertClose(dy[i], f.derivative(Z[i]), f + " hand-written derivative at z = " + Z[i]);
            }
        }
    }

    @Test
    void builtInSigmoidIsTorchSigmoid() {
        check(Activation.BUILTIN_SIGMOID, "sigmoid");
        assertEquals(0.0, Activation.BUILTIN_SIGMOID.derivative(37), 0.0, "y rounds to 1: y (1 - y) = 0, as torch");
    }

    @Test
    void writtenOutSigmoidThroughAutogradIsTorchsWrittenOutForm() {
        check(Activation.SIGMOID, "sigmoid_written_out");
        assertTrue(Double.isNaN(Activation.SIGMOID.autogradDerivative(-710)), "e^710 overflows: NaN, as torch");
    }

    @Test
    void stableSigmoidIsOursAndKeepsTheTrueDerivative() {
        for (double z : new double[] {37, 40, 100, -710, -100, 0.5}) {
            double e = Math.exp(-Math.abs(z));
            double exact = e / ((1 + e) * (1 + e));
            assertEquals(exact, Activation.STABLE_SIGMOID.derivative(z), 1e-15 * exact, "z = " + z);
            assertEquals(exact, Activation.STABLE_SIGMOID.autogradDerivative(z), 1e-15 * exact, "z = " + z);
        }
        assertTrue(Activation.STABLE_SIGMOID.derivative(40) > 0 && Activation.BUILTIN_SIGMOID.derivative(40) == 0);
    }

    @Test
    void limitsFoundByBisection() {
        SigmoidLimits d = SigmoidLimits.float64();
        assertEquals(36.7368005696771, d.roundsToOneFrom(), 1e-6);
        assertEquals(-Math.log(Double.MAX_VALUE), d.expOverflowsBelow(), 1e-9);
        assertEquals(1.0, 1.0 / (1.0 + Math.exp(-d.roundsToOneFrom())), 0.0);
        assertTrue(1.0 / (1.0 + Math.exp(-(d.roundsToOneFrom() - 1e-9))) < 1.0);
        // sigma(z)^2 is about e^(2z) for very negative z: below the smallest normal double at ln(MIN_NORMAL)/2, 0 at ln(MIN_VALUE)/2.
        assertEquals(Math.log(Double.MIN_NORMAL) / 2, d.squareSubnormalBelow(), 1e-6);
        assertEquals(Math.log(Double.MIN_VALUE) / 2, d.squareZeroBelow(), 0.5);
        // Our autograd of the written-out form multiplies by that square: its gradient is 0 from there on, not before.
        assertEquals(0.0, Activation.SIGMOID.autogradDerivative(d.squareZeroBelow() - 0.5));
        assertTrue(Activation.SIGMOID.autogradDerivative(d.squareSubnormalBelow() + 0.5) > 0);
        SigmoidLimits f = SigmoidLimits.float32();
        assertTrue(f.roundsToOneFrom() > 16 && f.roundsToOneFrom() < 17, "torch float32: y < 1 at 16, y = 1 at 17");
        assertTrue(f.expOverflowsBelow() < -88 && f.expOverflowsBelow() > -89, "torch float32: NaN at -89, 0 at -88");
    }
}
