package backprop.view;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadTest {

    private static final double[] VALUES = {4, 0, 3, 1, 2, Double.NaN};

    @Test
    void quantilesOfTheFiniteValues() {
        assertArrayEquals(new double[] {0, 0.2, 2, 3.8, 4}, Spread.quantiles(VALUES), 1e-12);
        assertEquals((3.8 - 0.2) / 2, Spread.relativeSpread(VALUES), 1e-12);
        assertTrue(Spread.inside(4, VALUES));
        assertFalse(Spread.inside(4.5, VALUES));
    }

    @Test
    void theTableSaysWhereTheReferenceLies() {
        Table t = Spread.table("t", "weight", List.of("a", "b", "c"), new double[][] {VALUES, VALUES, VALUES}, "given", new double[] {-1, 2, 5});
        assertEquals(List.of("below all", "inside", "above all"), t.stringColumn("given vs the group").asList());
        assertEquals(3.8, t.doubleColumn("95 %").get(0), 1e-12);
        assertEquals(List.of("a", "c"), Spread.outside(List.of("a", "b", "c"), new double[][] {VALUES, VALUES, VALUES}, new double[] {-1, 2, 5}));
        assertThrows(IllegalArgumentException.class, () -> Spread.table("t", "w", List.of("a"), new double[][] {VALUES}, "g", new double[2]));
    }

    @Test
    void aGroupWithoutFiniteValuesGivesNaNQuantilesAndSaysSo() {
        double[] broken = {Double.NaN, Double.POSITIVE_INFINITY};
        for (double q : Spread.quantiles(broken)) {
            assertTrue(Double.isNaN(q));
        }
        Table t = Spread.table("t", "", List.of("epoch 50"), new double[][] {broken}, "given", new double[] {0.1});
        assertEquals("no finite values in the group", t.stringColumn("given vs the group").get(0));
    }
}
