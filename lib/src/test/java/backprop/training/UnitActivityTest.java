package backprop.training;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.activation.Activation;
import backprop.network.Examples;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitActivityTest {

    private static TrainingRun run(Activation a) {
        return Training.of(Examples.exercise(a)).data(EXERCISE_X, EXERCISE_Y).learningRate(1).epochs(100).run();
    }

    @Test
    void reluKillsH2AndO2FromTheFirstEpochAndFreezesTheirWeights() {
        // Given weights: in_h2 = -0.4*0.5 + 0.6*0.3 = -0.02 < 0 and in_o2 = -0.5*0.25 + 0.8*0 = -0.125 < 0.
        TrainingRun relu = run(Activation.RELU);
        assertEquals(List.of("h2 = 0 from epoch 1", "o2 = 0 from epoch 1"), UnitActivity.stuckUnits(relu, EXERCISE_X));
        assertEquals(List.of("w2", "w4", "w6", "w7", "w8"), UnitActivity.frozenWeights(relu));
        assertEquals(0, UnitActivity.stuckFrom(relu, EXERCISE_X, 2, 0));
        assertEquals(List.of("h2", "o2"), UnitActivity.deadUnits(relu, EXERCISE_X));
    }

    @Test
    void sigmoidHasNoStuckUnitAndNoFrozenWeight() {
        TrainingRun sigmoid = run(Activation.SIGMOID);
        assertEquals(List.of(), UnitActivity.stuckUnits(sigmoid, EXERCISE_X));
        assertEquals(List.of(), UnitActivity.frozenWeights(sigmoid));
        assertEquals(List.of(), UnitActivity.deadUnits(sigmoid, EXERCISE_X));
    }

    @Test
    void startOfAnEpochIsTheWeightsAfterThePreviousOne() {
        TrainingRun relu = run(Activation.RELU);
        assertArrayEquals(Examples.EXERCISE_WEIGHTS, UnitActivity.startOf(relu, 1).parameters(), 0.0);
        assertArrayEquals(relu.epoch(9).weights(), UnitActivity.startOf(relu, 10).parameters(), 0.0);
        // The loss of epoch 10 is the loss of the network epoch 10 starts from.
        double[] o = UnitActivity.startOf(relu, 10).output(EXERCISE_X);
        assertEquals(relu.epoch(10).loss(), 0.5 * Math.pow(o[0] - 0.23, 2) + 0.5 * Math.pow(o[1] + 0.07, 2), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> UnitActivity.startOf(relu, 101));
    }

    @Test
    void firstWithinFindsTheFirstEpochNearTheFloor() {
        TrainingRun relu = run(Activation.RELU);
        double floor = 0.5 * 0.07 * 0.07;
        int e = UnitActivity.firstWithin(relu, floor, 0.01);
        assertEquals(true, e > 1 && relu.epoch(e).loss() <= 1.01 * floor && relu.epoch(e - 1).loss() > 1.01 * floor, "epoch " + e);
        assertEquals(0, UnitActivity.firstWithin(run(Activation.SIGMOID), floor, 0.01));
        assertThrows(IllegalArgumentException.class, () -> UnitActivity.firstWithin(relu, floor, -1));
        // tanh reaches the targets themselves (floor 0): 1 % of the first loss is the yardstick there.
        TrainingRun tanh = run(Activation.TANH);
        int t = UnitActivity.firstWithin(tanh, 0, 0.01);
        double first = tanh.epoch(1).loss();
        assertEquals(true, t > 1 && tanh.epoch(t).loss() <= 0.01 * first && tanh.epoch(t - 1).loss() > 0.01 * first, "epoch " + t);
    }

    @Test
    void divergenceSaysWhichWayTheLossRan() {
        TrainingRun falling = Training.of(Examples.exercise(Activation.RELU)).data(EXERCISE_X, EXERCISE_Y)
                .loss(backprop.loss.Loss.CROSS_ENTROPY).learningRate(1).epochs(1000).run();
        // The loss falls in every epoch: it is unbounded below (y2 < 0), nothing overshoots.
        assertEquals(0, falling.lossIncreases());
        assertEquals(true, falling.divergence().orElseThrow().reason().contains("fell below"), falling.summary());
    }
}
