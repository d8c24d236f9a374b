package backprop.view;

import backprop.autograd.Value;
import backprop.gradients.GradientCheck;
import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridAndGraphTest {

    @Test
    void aGridIncludesBothEndsExactly() {
        assertArrayEquals(new double[] {-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6}, Grid.linear(-6, 6, 13), 1e-15);
        double[] g = Grid.linear(0.1, 0.7, 7);
        assertEquals(0.1, g[0]);
        assertEquals(0.7, g[6]);
        assertThrows(IllegalArgumentException.class, () -> Grid.linear(1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Grid.linear(0, 1, 1));
    }

    @Test
    void functionChartsHaveOneSeriesPerFunctionAndTicksThatDoNotOverlap() {
        XYChart chart = Charts.functions("sigmoid", "z", -6, 6,
                Labelled.<DoubleUnaryOperator>of("s", z -> 1 / (1 + Math.exp(-z)), "s'", z -> 0.25));
        assertEquals(2, chart.getSeriesMap().size());
        assertEquals(Charts.FUNCTION_SAMPLES, chart.getSeriesMap().get("s").getXData().length);
        TickLabels x = TickLabels.x(chart);
        for (int i = 1; i < x.boxes().size(); i++) {
            assertTrue(x.boxes().get(i - 1).getMaxX() < x.boxes().get(i).getMinX(), "x tick labels overlap: " + x.texts());
        }
        // Round numbers: a step of 1, 2 or 5 times a power of ten, and every tick a multiple of it.
        double[] ticks = x.texts().stream().mapToDouble(Double::parseDouble).toArray();
        assertTrue(ticks.length >= 3, "too few x ticks: " + x.texts());
        double step = ticks[1] - ticks[0];
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
        assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9, "x ticks step " + step + ": " + x.texts());
        for (double t : ticks) {
            assertEquals(Math.round(t / step), t / step, 1e-9, "x tick " + t + " is not a multiple of " + step);
        }
        assertThrows(IllegalArgumentException.class,
                () -> Charts.curves("t", "x", "y", new double[] {1, 2}, Labelled.of("a", new double[] {1})));
    }

    @Test
    void theGraphTableListsEveryNodeInputsFirst() {
        Value w = Value.of(0.2, "w");
        Value loss = w.mul(0.5).pow(2);
        loss.backward();
        ComputationGraph graph = ComputationGraph.of(loss);
        assertEquals(4, graph.size());
        assertEquals(2, graph.operations());
        Table t = graph.table("g");
        assertEquals(List.of("leaf w", "constant", "*", "^2.0"), t.stringColumn("operation").asList());
        assertEquals("#0, #1", t.stringColumn("inputs").get(2));
        assertEquals(0.1, t.doubleColumn("grad = dL/d(node)").get(0), 1e-15);
        Table kinds = graph.kinds("k", List.of("w"));
        assertEquals(List.of("parameter leaf", "input leaf", "constant leaf", "operation *", "operation ^2.0"),
                kinds.stringColumn("kind of node").asList());
        assertEquals(List.of(1, 0, 1, 1, 1), kinds.intColumn("count").asList());
    }

    @Test
    void gradientChecksSummariseEachNetwork() {
        var checks = Labelled.of("exercise", GradientCheck.of(Examples.exercise(), Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED));
        Table t = GradientChecks.summary("s", checks);
        assertEquals(8, t.intColumn("parameters").get(0));
        assertTrue(GradientChecks.worst(checks, "autograd") < 1e-6);
        assertEquals(GradientChecks.worst(checks, "hand-written"), t.doubleColumn("max rel. error hand-written").get(0));
    }
}
