package backprop.activation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The backward passes take f'(z) from the forward pass's f(z); that must not change a single bit. */
class DerivativeFromValueTest {

    @Test
    void derivativeGivenTheValueEqualsTheDerivativeBitForBit() {
        Random random = new Random(3);
        for (Activation f : Activation.ALL) {
            for (int i = 0; i < 10_000; i++) {
                double z = (random.nextDouble() - 0.5) * (i < 5_000 ? 10 : 100);
                assertEquals(Double.doubleToRawLongBits(f.derivative(z)),
                        Double.doubleToRawLongBits(f.derivative(z, f.value(z))), () -> f + " at z = " + z);
            }
            for (double z : new double[] {0.0, -0.0, 40, -40, 800, -800}) {
                assertEquals(Double.doubleToRawLongBits(f.derivative(z)),
                        Double.doubleToRawLongBits(f.derivative(z, f.value(z))), () -> f + " at z = " + z);
            }
        }
    }
}
