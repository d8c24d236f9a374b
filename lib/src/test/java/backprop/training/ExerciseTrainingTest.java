package backprop.training;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.gradients.GradientSource;
import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exercise's PyTorch training printouts (float32, step 1), quoted in each test. */
class ExerciseTrainingTest {

    @Test
    void risesOfAFewUnitsInTheLastPlaceAreRoundingNotRises() {
        // ReLU + cross-entropy on a valid distribution settles at its optimum given a dead o2; from there the
        // loss only wobbles by 1-3 units in its last place (about 1e-16 on 0.61).
        TrainingRun settled = Training.of(Examples.exercise(Activation.RELU)).data(EXERCISE_X, new double[] {0.7, 0.3})
                .loss(Loss.CROSS_ENTROPY).learningRate(1).epochs(1000).run();
        assertEquals(0, settled.lossIncreases());
        assertFalse(TrainingRun.rose(0.61, 0.61 + 3 * Math.ulp(0.61), 0.7));
        assertTrue(TrainingRun.rose(0.61, 0.61 + 5 * Math.ulp(0.61), 0.7));
        assertFalse(TrainingRun.rose(1e-34, 4e-34, 0.2), "both at rounding level");
    }

    @Test
    void aTableSaysWhichRequestedEpochsTheRunNeverReached() {
        Training exercise = Training.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED).learningRate(1);
        var fifty = exercise.epochs(50).run().table(1, 50, 100, 50);
        assertEquals(java.util.List.of(1, 50), fifty.intColumn("epoch").asList(), "each epoch once, none past the run");
        assertTrue(fifty.name().endsWith(" (no row for epoch 100: trained 50 epochs)"), fifty.name());
        assertFalse(exercise.epochs(100).run().table(1, 50, 100).name().contains("no row"));
        // ReLU with cross-entropy on the exercise's targets at step 50 runs away (notebook 08, section 5).
        TrainingRun away = Training.of(Examples.exercise(Activation.RELU)).data(EXERCISE_X, EXERCISE_Y).loss(Loss.CROSS_ENTROPY)
                .learningRate(50).epochs(1000).run();
        assertTrue(away.diverged());
        assertTrue(away.table(1, 1000).name().endsWith(" (no row for epoch 1000: diverged at epoch " + away.divergenceEpoch() + ")"),
                away.table(1, 1000).name());
    }

    static final double[] PYTORCH_LOSS_PER_EPOCH = {0.2097097933, 0.1950325966, 0.1813509315, 0.1686513424,
        0.1569048762, 0.1460708231, 0.1361003816, 0.1269397885, 0.1185328290, 0.1108229533, 0.1037546173};

    private static TrainingRun exercise(Activation activation, Loss loss, int epochs, GradientSource source) {
        return Training.of(Examples.exercise(activation)).data(EXERCISE_X, EXERCISE_Y)
                .loss(loss).learningRate(1.0).epochs(epochs).gradients(source).run();
    }

    @ParameterizedTest
    @EnumSource(GradientSource.class)
    void lossPerEpochMatchesThePyTorchPrintout(GradientSource source) {
        TrainingRun run = exercise(Activation.SIGMOID, Loss.HALF_SUM_SQUARED, 11, source);
        // PyTorch computed in float32: agreement to ~1e-8 is all there is.
        assertArrayEquals(PYTORCH_LOSS_PER_EPOCH, run.losses(), 1e-7);
    }

    @Test
    void tableTitlesNameTheActivationTheLossAndTheLearningRateAtSixDigits() {
        Training third = Training.of(Examples.exercise(Activation.SIGMOID)).data(EXERCISE_X, EXERCISE_Y)
                .loss(Loss.CROSS_ENTROPY).learningRate(1.0 / 3).epochs(2);
        assertEquals("Training: sigmoid, cross-entropy, learning rate 0.333333", third.run().table().name());
        assertEquals("Training: relu, cross-entropy, learning rate 0.333333, autograd",
                third.network(Examples.exercise(Activation.RELU)).gradients(GradientSource.AUTOGRAD).run().table(1).name());
    }

    @Test
    void firstEpochRecordsTheReferenceGradientsAndUpdatedWeights() {
        Epoch first = exercise(Activation.SIGMOID, Loss.HALF_SUM_SQUARED, 1, GradientSource.HAND_WRITTEN).epoch(1);
        assertEquals(-0.008421480461, first.dLossDw(1), 1e-12);
        assertEquals(0.073844661211, first.dLossDw(8), 1e-12);
        assertArrayEquals(new double[] {0.2084, -0.4126, 0.5051, 0.5924, 0.0654, -0.5839, -0.3305, 0.7262},
                first.weights(), 5e-5);
    }

    @Test
    void hundredEpochsReachTheReferenceOutputs() {
        Epoch e = exercise(Activation.SIGMOID, Loss.HALF_SUM_SQUARED, 100, GradientSource.HAND_WRITTEN).epoch(100);
        assertEquals(0.2378, e.o(1), 5e-5);
        assertEquals(0.0736, e.o(2), 5e-5);
        assertEquals(0.0103428, e.loss(), 5e-8);
    }

    @ParameterizedTest
    @EnumSource(GradientSource.class)
    void reluWithCrossEntropyRunsAwayAsThePyTorchRunDid(GradientSource source) {
        TrainingRun run = exercise(Activation.RELU, Loss.CROSS_ENTROPY, 100, source);
        assertEquals(13.3109, run.epoch(50).o(1), 5e-5);
        assertEquals(0.0, run.epoch(50).o(2), 0.0);
        assertEquals(-0.93176, run.epoch(50).loss(), 5e-6);
        assertEquals(727.16, run.epoch(100).o(1), 5e-3);
        assertEquals(-50.90, run.epoch(100).loss(), 5e-3);
        assertFalse(run.warnings().isEmpty(), "negative target probability must be reported");
    }

    @Test
    void firstEpochFindsWhereTheCrossEntropyLossTurnsNegativeAndZeroWhenNoneDoes() {
        TrainingRun run = exercise(Activation.RELU, Loss.CROSS_ENTROPY, 50, GradientSource.HAND_WRITTEN);
        int negative = run.firstEpoch(e -> e.loss() < 0);
        // PyTorch's printout: positive in epoch 1, -0.93176 in epoch 50.
        assertTrue(negative > 1 && negative <= 50, "first negative epoch " + negative);
        assertTrue(run.lossAt(negative) < 0 && run.lossAt(negative - 1) >= 0);
        assertEquals(0, run.firstEpoch(e -> Double.isNaN(e.loss())));
    }

    @Test
    void reluStallsWithADeadOutputAtTheLossFloor() {
        TrainingRun run = exercise(Activation.RELU, Loss.HALF_SUM_SQUARED, 100, GradientSource.HAND_WRITTEN);
        assertEquals(0.0, run.last().o(2), 0.0);
        assertEquals(0.5 * 0.07 * 0.07, run.last().loss(), 1e-9);
    }

    @Test
    void zeroInitialisedSigmoidKeepsHiddenUnitsSymmetric() {
        TrainingRun run = Training.of(Examples.exercise(Activation.SIGMOID, Initialiser.zeros()))
                .data(EXERCISE_X, EXERCISE_Y).learningRate(1).epochs(50).run();
        for (Epoch e : run.epochs()) {
            assertEquals(e.w(1), e.w(2), 0.0);
            assertEquals(e.w(3), e.w(4), 0.0);
            assertEquals(e.w(5), e.w(7), 0.0);
            assertEquals(e.w(6), e.w(8), 0.0);
        }
        assertTrue(run.last().w(5) != 0.0, "the output weights do move");
    }

    @Test
    void zeroInitialisedReluNeverMoves() {
        TrainingRun run = Training.of(Examples.exercise(Activation.RELU, Initialiser.zeros()))
                .data(EXERCISE_X, EXERCISE_Y).learningRate(1).epochs(20).run();
        assertArrayEquals(new double[8], run.last().weights(), 0.0);
    }

    @Test
    void trainingLeavesTheGivenNetworkUnchanged() {
        var network = Examples.exercise();
        Training.of(network).data(EXERCISE_X, EXERCISE_Y).learningRate(1).epochs(10).run();
        assertArrayEquals(Examples.EXERCISE_WEIGHTS, network.parameters(), 0.0);
    }

    @Test
    void largeStepWithReluAndCrossEntropyIsReportedAsDivergence() {
        TrainingRun run = Training.of(Examples.exercise(Activation.RELU)).data(EXERCISE_X, EXERCISE_Y)
                .loss(Loss.CROSS_ENTROPY).learningRate(50).epochs(1000).run();
        assertTrue(run.diverged());
        assertTrue(run.epochsRun() < 1000);
        assertEquals(run.epochsRun(), run.divergence().orElseThrow().epoch());
        assertTrue(run.summary().contains("diverged at epoch " + run.epochsRun()), run.summary());
    }

    @Test
    void chainFollowsTheChainRuleOneSampleAtATime() {
        TrainingRun run = Training.of(Examples.chain()).data(Dataset.of(Examples.CHAIN_X, Examples.CHAIN_Y))
                .learningRate(Examples.CHAIN_LEARNING_RATE).epochs(Examples.CHAIN_EPOCHS).oneSampleAtATime().run();
        // Independent: e = w3 w2 w1 x, every gradient from the same (e - target) before any update.
        double[] w = Examples.CHAIN_WEIGHTS.clone();
        for (int epoch = 0; epoch < Examples.CHAIN_EPOCHS; epoch++) {
            for (int s = 0; s < 2; s++) {
                double x = Examples.CHAIN_X[s][0];
                double error = w[2] * w[1] * w[0] * x - Examples.CHAIN_Y[s][0];
                double g1 = error * w[2] * w[1] * x;
                double g2 = error * w[2] * w[0] * x;
                double g3 = error * w[1] * w[0] * x;
                w[0] -= Examples.CHAIN_LEARNING_RATE * g1;
                w[1] -= Examples.CHAIN_LEARNING_RATE * g2;
                w[2] -= Examples.CHAIN_LEARNING_RATE * g3;
            }
        }
        assertArrayEquals(w, run.last().weights(), 1e-12);
    }

    @Test
    void chainEventuallyLearnsMinusX() {
        TrainingRun run = Training.of(Examples.chain()).data(Dataset.of(Examples.CHAIN_X, Examples.CHAIN_Y))
                .learningRate(Examples.CHAIN_LEARNING_RATE).epochs(400).oneSampleAtATime().run();
        double[] w = run.last().weights();
        assertEquals(-1.0, w[0] * w[1] * w[2], 1e-6);
    }
}
