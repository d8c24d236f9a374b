package backprop.autograd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shortcuts taken for speed (pow's op names, creation-order hashes) must not show. */
class ValueGraphTest {

    @Test
    void powNamesItsExponentAsStringConcatenationWould() {
        for (double e : new double[] {-1.0, 2.0, 0.5, 3.0, -2.0, 1e-7}) {
            assertEquals("^" + e, Value.of(1.5).pow(e).op());
        }
    }

    @Test
    void aNodeReachedByManyPathsIsOrderedOnceAfterItsInputs() {
        Value a = Value.of(2.0, "a");
        Value b = a.mul(a);
        Value c = b.add(a).mul(b);
        List<Value> order = c.topologicalOrder();
        assertEquals(order.size(), order.stream().distinct().count());
        for (int i = 0; i < order.size(); i++) {
            for (Value input : order.get(i).inputs()) {
                int at = order.indexOf(input);
                assertEquals(true, at >= 0 && at < i, () -> input + " must come before what it feeds");
            }
        }
        c.backward();
        // c = (a^2 + a) a^2 = a^4 + a^3, dc/da = 4 a^3 + 3 a^2 = 44 at a = 2.
        assertEquals(44.0, a.grad(), 1e-12);
    }
}
