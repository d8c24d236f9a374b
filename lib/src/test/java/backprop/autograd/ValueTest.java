package backprop.autograd;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueTest {

    /** Each primitive's gradient against the derivative known from calculus. */
    private static void derivativeOf(UnaryOperator<Value> f, DoubleUnaryOperator fPrime, double at) {
        Value x = Value.of(at);
        f.apply(x).backward();
        assertEquals(fPrime.applyAsDouble(at), x.grad(), 1e-12 * Math.max(1, Math.abs(fPrime.applyAsDouble(at))));
    }

    @Test
    void primitivesHaveTheirTextbookDerivatives() {
        derivativeOf(x -> x.mul(x), x -> 2 * x, 1.7);
        derivativeOf(x -> x.pow(3), x -> 3 * x * x, -0.4);
        derivativeOf(x -> x.exp(), Math::exp, 0.3);
        derivativeOf(x -> x.log(), x -> 1 / x, 2.5);
        derivativeOf(x -> Value.of(1).div(x), x -> -1 / (x * x), 0.8);
        derivativeOf(x -> x.sub(3).neg(), x -> -1, 0.8);
        derivativeOf(x -> x.tanh(), x -> 1 - Math.tanh(x) * Math.tanh(x), 0.6);
        derivativeOf(x -> x.sigmoid(), x -> Math.exp(-x) / Math.pow(1 + Math.exp(-x), 2), -1.3);
        derivativeOf(x -> x.relu(), x -> 1, 0.5);
        derivativeOf(x -> x.relu(), x -> 0, -0.5);
    }

    @Test
    void reluDerivativeAtZeroIsZeroAsInPyTorch() {
        derivativeOf(Value::relu, x -> 0, 0.0);
    }

    @Test
    void gradientsAccumulateOverEveryPath() {
        // f = x*y + x, so df/dx = y + 1 even though x is used twice.
        Value x = Value.of(3);
        Value y = Value.of(-2);
        x.mul(y).add(x).backward();
        assertEquals(-1, x.grad(), 0);
        assertEquals(3, y.grad(), 0);
    }

    @Test
    void logSumExpGradientIsTheSoftmaxAndStaysFiniteForLargeInputs() {
        List<Value> z = List.of(Value.of(1000), Value.of(1001), Value.of(999));
        Value lse = Value.logSumExp(z);
        lse.backward();
        double denominator = Math.exp(-1) + 1 + Math.exp(-2);
        assertEquals(1001 + Math.log(denominator), lse.data(), 1e-12);
        assertEquals(Math.exp(-1) / denominator, z.get(0).grad(), 1e-15);
        assertEquals(1 / denominator, z.get(1).grad(), 1e-15);
    }

    @Test
    void backwardTwiceGivesTheSameGradientsAndZeroGradClears() {
        Value x = Value.of(0.5);
        Value f = x.mul(x).exp();
        f.backward();
        double first = x.grad();
        f.backward();
        assertEquals(first, x.grad(), 0);
        f.zeroGrad();
        assertEquals(0, x.grad(), 0);
    }

    @Test
    void deepGraphsDoNotOverflowTheStack() {
        Value x = Value.of(1.0);
        Value y = x;
        for (int i = 0; i < 100_000; i++) {
            y = y.mul(1.0);
        }
        y.backward();
        assertEquals(1.0, x.grad(), 0);
        List<Value> terms = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            terms.add(x.mul(i));
        }
        Value.sum(terms).backward();
        assertEquals(999 * 1000 / 2.0, x.grad(), 0);
    }
}
