package backprop.view;

import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunTablesTest {

    @Test
    void threePartsThatFitThePage() {
        TrainingRun run = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100).run();
        Table[] parts = RunTables.parts("step 1", run, 1, 100, 200);
        assertEquals(3, parts.length);
        for (Table t : parts) {
            assertEquals(2, t.rowCount(), "epoch 200 was never run");
            assertTrue(t.columnCount() - 1 <= Tables.MAX_NUMBER_COLUMNS);
        }
        assertEquals(0.0103428, parts[0].doubleColumn("loss").get(1), 1e-7);
        assertEquals(0.2378, parts[0].doubleColumn("o1").get(1), 1e-4);
        assertEquals(-0.008421480461, parts[1].doubleColumn("dL/dw1").get(0), 1e-12);
        assertEquals(0.2084, parts[2].doubleColumn("w1").get(0), 1e-4);
        assertEquals("0.0103428", parts[0].getString(1, "loss"));
    }

    @Test
    void eachRunGetsItsThreePartsTitledByItsLabel() {
        Training exercise = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).epochs(10);
        TrainingRun one = exercise.learningRate(1).run();
        TrainingRun two = exercise.learningRate(2).run();
        Table[] tables = RunTables.each(Labelled.of("step 1", one, "step 2", two), 1, 10);
        assertEquals(6, tables.length);
        assertEquals("step 1: loss and outputs", tables[0].name());
        assertEquals("step 2: weights after the update", tables[5].name());
        assertEquals(two.epoch(10).w(8), tables[5].doubleColumn("w8").get(1));
        assertEquals(one.epoch(1).dLossDw(3), tables[1].doubleColumn("dL/dw3").get(0));
    }
}
