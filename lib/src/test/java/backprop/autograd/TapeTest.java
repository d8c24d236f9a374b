package backprop.autograd;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TapeTest {

    /** Every operation of Value, so an operation whose formula kept a number of its first run would show. */
    private static final BinaryOperator<Value> EVERY_OPERATION = (a, b) -> Value.sum(List.of(
            a.add(b), a.mul(b), a.sub(b).div(b), a.pow(3).add(1.5).log(), a.exp().mul(2).sub(0.5).div(4),
            a.sigmoid(), b.stableSigmoid(), a.relu(), b.relu(), a.tanh().neg(),
            Value.logSumExp(List.of(a, b, a.mul(b)))));

    /** Replaying after the leaves change gives bit for bit what a graph built at the new values gives. */
    @Test
    void replayEqualsAGraphBuiltAtTheNewValues() {
        Value a = Value.of(0.7);
        Value b = Value.of(-1.3);
        Value root = EVERY_OPERATION.apply(a, b);
        Tape tape = new Tape(root);
        // b's sign flips, so relu and stableSigmoid take their other branch on the replay.
        double[][] leaves = {{0.7, -1.3}, {-0.4, 2.1}, {1.9, 0.05}};
        for (double[] at : leaves) {
            a.set(at[0]);
            b.set(at[1]);
            tape.replay();
            Value freshA = Value.of(at[0]);
            Value freshB = Value.of(at[1]);
            Value fresh = EVERY_OPERATION.apply(freshA, freshB);
            fresh.backward();
            assertEquals(fresh.data(), root.data(), "value at " + at[0] + ", " + at[1]);
            assertEquals(freshA.grad(), a.grad(), "dRoot/da at " + at[0] + ", " + at[1]);
            assertEquals(freshB.grad(), b.grad(), "dRoot/db at " + at[0] + ", " + at[1]);
        }
    }

    @Test
    void onlyALeafCanBeSet() {
        Value sum = Value.of(1).add(Value.of(2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sum.set(5));
        assertEquals("set: Value(3.0, grad=0.0) is computed by '+'; allowed: a leaf", e.getMessage());
    }
}
