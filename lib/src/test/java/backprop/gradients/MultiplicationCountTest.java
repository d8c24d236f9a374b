package backprop.gradients;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultiplicationCountTest {

    @Test
    void multiplicationsCountFactorsMinusOne() {
        Multiplications m = new Multiplications();
        assertEquals(24.0, m.times(2, 3, 4));
        assertEquals(-1.0, m.times(-0.5, 2));
        assertEquals(3, m.count());
        assertThrows(IllegalArgumentException.class, () -> m.times(2));
    }

    @Test
    void theExerciseTakes48MultiplicationsWeightByWeightAnd20WithDeltas() {
        Network net = Examples.exercise();
        var perWeight = MultiplicationCount.perWeight(net, Examples.EXERCISE_X, Examples.EXERCISE_Y);
        var delta = MultiplicationCount.deltaForm(net, Examples.EXERCISE_X, Examples.EXERCISE_Y);
        // Output weight: slope + 2 products = 3; hidden weight: 2 paths x 3 + 3 = 9. 4 x 3 + 4 x 9 = 48.
        assertEquals(48, perWeight.multiplications());
        // 2 output deltas x 2, 2 hidden deltas x (2 + 2), 8 gradients x 1.
        assertEquals(20, delta.multiplications());
        double[] reference = {-0.008421480461, 0.012606653078, -0.005052888277, 0.007563991847,
                0.034632989287, 0.083866099538, 0.030494578557, 0.073844661211};
        assertArrayEquals(reference, perWeight.gradient(), 1e-12);
        assertArrayEquals(reference, delta.gradient(), 1e-12);
    }

    @Test
    void countsEqualTheClosedFormsAndGradientsTheDeltaRuleOnDeeperShapes() {
        for (int[] n : List.of(new int[] {2, 3, 2}, new int[] {2, 2, 2, 2}, new int[] {3, 4, 4, 2}, new int[] {1, 1}, new int[] {4, 1, 3, 1, 2})) {
            Network net = Network.of(n, Activation.SIGMOID, false, Initialiser.uniform(3, -1, 1));
            double[] x = new double[n[0]];
            double[] y = new double[n[n.length - 1]];
            java.util.Arrays.fill(x, 0.4);
            java.util.Arrays.fill(y, 0.3);
            var a = MultiplicationCount.perWeight(net, x, y);
            var b = MultiplicationCount.deltaForm(net, x, y);
            assertEquals(MultiplicationCount.perWeightFormula(n), a.multiplications(), java.util.Arrays.toString(n));
            assertEquals(MultiplicationCount.deltaFormula(n), b.multiplications(), java.util.Arrays.toString(n));
            double[] reference = DeltaRule.of(net, x, y, Loss.HALF_SUM_SQUARED).gradient();
            assertArrayEquals(reference, a.gradient(), 1e-15);
            assertArrayEquals(reference, b.gradient(), 1e-15);
        }
        // 2-2-2-2: G_2 = 2 * 3 = 6, G_1 = 2 * (3 + 6) = 18; 4 * (18 + 3) + 4 * (6 + 3) + 4 * 3 = 132.
        assertEquals(132, MultiplicationCount.perWeightFormula(new int[] {2, 2, 2, 2}));
        assertEquals(2 * 2 + 2 * 4 + 2 * 4 + 12, MultiplicationCount.deltaFormula(new int[] {2, 2, 2, 2}));
    }

    @Test
    void theTableHasOneRowPerShapeAndRefusesWhatItCannotCount() {
        Table t = MultiplicationCount.table("counts", List.of(new int[] {2, 2, 2}, new int[] {10, 10, 10, 10, 10}));
        assertEquals(2, t.rowCount());
        assertEquals("2-2-2", t.stringColumn("network").get(0));
        assertEquals(48L, t.longColumn("each weight on its own").get(0));
        assertEquals(20L, t.longColumn("delta form").get(0));
        assertEquals("2.4", t.doubleColumn("on its own ÷ delta").getString(0));
        List<int[]> shapes = List.of(new int[] {2, 2, 2}, new int[] {10, 10, 10, 10, 10});
        assertEquals(true, MultiplicationCount.closedFormsHold(t, shapes));
        assertEquals(false, MultiplicationCount.closedFormsHold(t, List.of(shapes.get(1), shapes.get(0))));
        assertThrows(IllegalArgumentException.class, () -> MultiplicationCount.closedFormsHold(t, shapes.subList(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> MultiplicationCount.perWeightFormula(new int[] {2}));
        assertThrows(IllegalArgumentException.class,
                () -> MultiplicationCount.perWeight(Examples.exercise(Activation.RELU), Examples.EXERCISE_X, Examples.EXERCISE_Y));
    }
}
