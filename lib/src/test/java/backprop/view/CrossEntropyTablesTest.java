package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import com.fasterxml.jackson.databind.JsonNode;
import tech.tablesaw.api.Table;

import org.junit.jupiter.api.Test;

class CrossEntropyTablesTest {

    private static final Training RELU = Training.of(Examples.exercise(Activation.RELU))
            .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.CROSS_ENTROPY).learningRate(1);

    @Test
    void theLogitGradientsAtEachEpochAreTorchsOutputsWithTheirSoftmaxGradient() {
        TrainingRun run = RELU.epochs(100).run();
        Table t = CrossEntropyTables.logitGradients("ReLU", run, Examples.EXERCISE_Y, 100, 1, 50, 10, 200);
        assertEquals(List.of("", "epoch 1", "epoch 10", "epoch 50", "epoch 100"), t.columnNames());
        assertEquals("ReLU, S = y1 + y2 = 0.16 (no row for epoch 200: trained 100 epochs)", t.name(), "200 was asked for and is missing");
        for (JsonNode snapshot : TorchReference.at("runs", "cross_entropy_relu", "float64", "snapshots")) {
            String column = "epoch " + snapshot.get("epoch").asInt();
            double o1 = TorchReference.number(snapshot.get("o1"));
            double o2 = TorchReference.number(snapshot.get("o2"));
            double p1 = 1 / (1 + Math.exp(o2 - o1));
            double[] expected = {o1, o2, p1, 1 - p1, 0.16 * p1 - 0.23, 0.16 * (1 - p1) + 0.07,
                    0.16 * Math.max(o1, o2) - 0.23 * o1 + 0.07 * o2, TorchReference.number(snapshot.get("loss"))};
            for (int row = 0; row < expected.length; row++) {
                double here = t.doubleColumn(column).getDouble(row);
                assertTrue(TorchReference.close(expected[row], here, 1e-9, 1e-12),
                        column + ", " + t.stringColumn(0).get(row) + ": " + here + ", expected " + expected[row]);
            }
        }
        // Far into the run the loss is the linear function of the outputs, y2 o1.
        assertEquals(-0.07 * run.epoch(100).o(1), t.doubleColumn("epoch 100").getDouble(6), 1e-9);
    }

    @Test
    void aDivergingRunShowsItsFirstEpochsAndTheOneItStoppedAt() {
        TrainingRun stopped = RELU.learningRate(50).epochs(100).run();
        assertTrue(stopped.diverged() && stopped.epochsRun() < 10, "step 50 should stop within 10 epochs");
        Table t = CrossEntropyTables.firstReportedAndLast(stopped, 1, 10, 50, 100);
        assertEquals(List.of("", "1", "2", "3", String.valueOf(stopped.epochsRun())), t.columnNames());
        TrainingRun healthy = RELU.epochs(20).run();
        assertEquals(List.of("", "1", "2", "3", "10", "20"),
                CrossEntropyTables.firstReportedAndLast(healthy, 10, 3, 50).columnNames());
    }
}
