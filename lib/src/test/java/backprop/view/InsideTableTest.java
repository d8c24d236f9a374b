package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.activation.Activation;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import tech.tablesaw.api.Table;

import org.junit.jupiter.api.Test;

class InsideTableTest {

    @Test
    void showsEveryUnitAndGradientPerEpochAtTheStartingWeights() {
        TrainingRun relu = Training.of(Examples.exercise(Activation.RELU)).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .learningRate(1).epochs(20).run();
        Table t = InsideTable.of(relu, Examples.EXERCISE_X, 1, 10, 50);
        // 4 units x (in, out, slope) + 8 gradients; epoch 50 was not reached and is left out.
        assertEquals(20, t.rowCount());
        assertEquals(java.util.List.of("quantity", "epoch 1", "epoch 10"), t.columnNames());
        assertEquals("in_h2", t.stringColumn("quantity").get(3));
        assertEquals(-0.02, t.doubleColumn("epoch 1").get(3), 1e-15);     // -0.4*0.5 + 0.6*0.3
        assertEquals(-0.125, t.doubleColumn("epoch 1").get(9), 1e-15);    // in_o2 = -0.5*0.25 + 0.8*0
        assertEquals(0.0, t.doubleColumn("epoch 1").get(11), 0.0);        // f'(in_o2): dead
        assertEquals(-0.05125, t.doubleColumn("epoch 1").get(16), 1e-15); // dL/dw5 = (0.025 - 0.23)*0.25
        assertEquals(relu.epoch(10).dLossDw(1), t.doubleColumn("epoch 10").get(12), 0.0);
    }

    @Test
    void deadAndFrozenNamesTheReluRunsDeadUnitsAndItsUntouchedWeights() {
        Training sigmoid = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100);
        TrainingRun relu = sigmoid.network(Examples.exercise(Activation.RELU)).run();
        // in_h2 = -0.02 and in_o2 = -0.125 at the given weights: both ReLU units are 0 from the start, and the
        // report's ReLU run ends with w2, w4, w6, w7, w8 at their initial values (ASSIGNMENT.md).
        Table t = InsideTable.deadAndFrozen(java.util.Map.of("relu", relu), Examples.EXERCISE_X);
        assertEquals("Dead units and frozen weights after 100 epochs", t.name());
        assertEquals("h2 = 0 from epoch 1, o2 = 0 from epoch 1", t.stringColumn("units stuck at exactly 0").get(0));
        assertEquals("w2, w4, w6, w7, w8", t.stringColumn("weights that never changed").get(0));
        Table none = InsideTable.deadAndFrozen(java.util.Map.of("sigmoid", sigmoid.run()), Examples.EXERCISE_X);
        assertEquals("none", none.stringColumn("units stuck at exactly 0").get(0));
        assertEquals("none", none.stringColumn("weights that never changed").get(0));
    }
}
