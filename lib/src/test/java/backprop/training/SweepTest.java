package backprop.training;

import backprop.activation.Activation;
import backprop.gradients.GradientSource;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep runs the grid it was given, in its order, each configuration trained as the plain arithmetic of
 * the exercise says: the numbers are checked against the exercise's reference printouts (quoted where used) and against {@link PlainLoop}, a
 * written-out loop that shares no code with the library's training.
 */
class SweepTest {

    private static final int[] CHECKPOINTS = {1, 10, 50, 100};

    private static Training exercise(Activation activation) {
        return Training.of(Examples.exercise(activation)).data(EXERCISE_X, EXERCISE_Y);
    }

    @Test
    void exerciseSeedsAndLearningRatesFollowThePlainLoop() {
        double[] rates = {0.5, 1, 5};
        SweepResult result = exercise(Activation.SIGMOID).sweep()
                .givenWeights().torchRandSeeds(0, 6).learningRates(rates).epochs(100, 1, 50, 10).run();
        assertEquals(7 * 3, result.size());
        assertArrayEquals(CHECKPOINTS, result.checkpoints());
        for (int i = 0; i < 7; i++) {
            double[] start = i == 0 ? Examples.EXERCISE_WEIGHTS : Initialiser.torchRand(i - 1).parameters(new int[] {2, 2, 2}, false);
            for (int j = 0; j < rates.length; j++) {
                TrainingRun run = result.run(i * rates.length + j);
                assertEquals(i == 0 ? "given" : "torchRand(" + (i - 1) + ")", run.initialiser());
                assertEquals(rates[j], run.learningRate());
                assertArrayEquals(start, run.initialWeights(), 0.0);
                double[] w = start.clone();
                for (int e = 1; e <= 100; e++) {
                    double loss = PlainLoop.step(w, new double[][] {EXERCISE_X}, new double[][] {EXERCISE_Y}, rates[j], false);
                    if (Arrays.binarySearch(CHECKPOINTS, e) >= 0) {
                        assertEquals(loss, run.lossAt(e), 1e-12, run + " @" + e);
                    }
                }
                assertArrayEquals(w, run.finalWeights(), 1e-12, run.toString());
            }
        }
        // The exercise's reference (its PyTorch printouts): loss 0.2097097937078311 at epoch 1; after 100 epochs o1 = 0.2378, loss = 0.0103428.
        TrainingRun given = result.run("given", 1.0);
        assertEquals(0.2378, given.o(1), 5e-5);
        assertEquals(0.0103428, given.finalLoss(), 5e-8);
        assertEquals(0.2097097937078311, given.lossAt(1), 1e-15);
    }

    @Test
    void divergingConfigurationsStopAndSayWhen() {
        double[] rates = {1, 10, 50};
        SweepResult result = exercise(Activation.RELU).loss(Loss.CROSS_ENTROPY).sweep()
                .learningRates(rates).epochs(1, 10, 50, 100, 200).run();
        assertFalse(result.warnings().isEmpty(), "negative target probability must be reported");
        TrainingRun fast = result.run("given", 50);
        assertTrue(fast.diverged(), fast.toString());
        assertTrue(fast.epochsRun() < 200 && fast.divergenceEpoch() == fast.epochsRun(), fast.toString());
        assertTrue(Double.isNaN(fast.lossAt(200)));
        assertEquals(fast.divergenceEpoch(), fast.last().epoch(), "the epoch it stopped at is kept");
        // The exercise's reference (its PyTorch printouts): ReLU, cross-entropy, step 1: loss -0.93176 after 50 epochs.
        assertEquals(-0.93176, result.run("given", 1).lossAt(50), 5e-6);
    }

    @Test
    void writtenOutSigmoidWithAHugeStepOverflowsUnderAutogradOnly() {
        // The exercise's reference (its PyTorch printouts): for z below about -709 the written-out 1/(1+exp(-z)) overflows exp(-z), and its
        // autograd gradient is inf/inf = NaN; the hand-written derivative s(1 - s) is then simply 0.
        Training huge = exercise(Activation.SIGMOID).loss(Loss.MSE).learningRate(1e5).epochs(200);
        TrainingRun hand = huge.run();
        TrainingRun auto = huge.gradients(GradientSource.AUTOGRAD).run();
        assertFalse(hand.diverged(), hand.toString());
        assertTrue(Arrays.stream(hand.finalWeights()).allMatch(Double::isFinite), hand.toString());
        assertTrue(auto.diverged(), auto.toString());
        assertTrue(auto.divergence().orElseThrow().reason().contains("NaN"), auto.toString());
    }

    @Test
    void zeroInitialisedReluNeverMoves() {
        // The exercise's reference (its PyTorch printouts): zero initialisation with ReLU "never moves at all".
        SweepResult result = exercise(Activation.RELU).sweep().initialiser("zeros", Initialiser.zeros())
                .learningRates(1).epochs(1, 10).run();
        assertArrayEquals(new double[8], result.run(0).finalWeights(), 0.0);
        assertEquals(0.5 * (0.23 * 0.23 + 0.07 * 0.07), result.run(0).lossAt(10), 1e-15);
    }

    @Test
    void severalSamplesFullBatchAndOneAtATimeFollowThePlainLoop() {
        double[][] xs = {{0.5, 0.3}, {-0.2, 0.9}, {1, 1}};
        double[][] ys = {{0.23, 0.07}, {0.9, 0.1}, {0.5, 0.5}};
        for (boolean oneSample : new boolean[] {false, true}) {
            Training t = Training.of(Examples.exercise()).data(Dataset.of(xs, ys));
            SweepResult result = (oneSample ? t.oneSampleAtATime() : t).sweep()
                    .seeds(3, 2, Initialiser::xavier).learningRates(0.3, 2).epochs(7, 40).run();
            for (TrainingRun run : result.runs()) {
                double[] w = run.initialWeights();
                double loss = Double.NaN;
                for (int e = 1; e <= 40; e++) {
                    loss = PlainLoop.step(w, xs, ys, run.learningRate(), oneSample);
                }
                assertEquals(loss, run.finalLoss(), 1e-12, run.toString());
                assertArrayEquals(w, run.finalWeights(), 1e-12, run.toString());
            }
        }
    }

    @Test
    void generalShapesTrainAsTheirOwnArithmeticSays() {
        // The step-by-step example (its PyTorch printout): loss 0.2984 before the first step.
        SweepResult stepByStep = Training.of(Examples.stepByStep()).data(Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y)
                .sweep().learningRates(0.5).epochs(1, 25).run();
        assertEquals(0.2984, stepByStep.run(0).lossAt(1), 5e-5);
        assertTrue(stepByStep.run(0).lossAt(25) < stepByStep.run(0).lossAt(1));

        // The chain e = w3 w2 w1 x, one sample at a time, against its scalar arithmetic.
        SweepResult chain = Training.of(Examples.chain()).data(Dataset.of(Examples.CHAIN_X, Examples.CHAIN_Y))
                .oneSampleAtATime().sweep().learningRates(Examples.CHAIN_LEARNING_RATE).epochs(Examples.CHAIN_EPOCHS).run();
        double[] w = Examples.CHAIN_WEIGHTS.clone();
        for (int e = 0; e < Examples.CHAIN_EPOCHS; e++) {
            for (int s = 0; s < 2; s++) {
                double x = Examples.CHAIN_X[s][0];
                double error = w[2] * w[1] * w[0] * x - Examples.CHAIN_Y[s][0];
                double[] g = {error * w[2] * w[1] * x, error * w[2] * w[0] * x, error * w[1] * w[0] * x};
                for (int k = 0; k < 3; k++) {
                    w[k] -= Examples.CHAIN_LEARNING_RATE * g[k];
                }
            }
        }
        assertArrayEquals(w, chain.run(0).finalWeights(), 1e-12);
    }

    @Test
    void resultsDoNotDependOnThreads() {
        Sweep sweep = exercise(Activation.SIGMOID).sweep().torchRandSeeds(0, 200).learningRates(1, 30).epochs(10, 60);
        SweepResult parallel = sweep.run();
        SweepResult sequential = sweep.parallel(false).run();
        assertEquals(parallel.size(), sequential.size());
        for (int i = 0; i < parallel.size(); i++) {
            assertEquals(sequential.run(i).initialiser(), parallel.run(i).initialiser());
            assertArrayEquals(sequential.run(i).finalWeights(), parallel.run(i).finalWeights());
            assertArrayEquals(sequential.run(i).checkpointLoss(), parallel.run(i).checkpointLoss());
        }
    }

    @Test
    void withoutAGridTheSweepTakesTheTrainingsSettings() {
        Training t = exercise(Activation.SIGMOID).learningRate(1).epochs(10);
        SweepResult result = t.sweep().run();
        assertEquals(1, result.size());
        assertArrayEquals(new int[] {10}, result.checkpoints());
        assertEquals(t.run().finalLoss(), result.run("given", 1).finalLoss(), 0.0);
    }

    @Test
    void gridAndTableReadTheRunsInOrder() {
        SweepResult result = exercise(Activation.SIGMOID).sweep().learningRates(0.1, 1, 10).epochs(1, 10, 50).run();
        double[][] grid = result.lossGrid("given");
        assertEquals(3, grid.length);
        assertArrayEquals(result.run(1).checkpointLoss(), grid[1]);
        assertArrayEquals(result.lossesAt(50), new double[] {grid[0][2], grid[1][2], grid[2][2]});
        Table table = result.table();
        assertEquals(3, table.rowCount());
        assertEquals(List.of("run", "initialiser", "learning rate", "epochs run", "final loss", "o1", "o2",
                "loss @1", "loss @10", "loss @50", "loss increases", "diverged at",
                "w1 final", "w2 final", "w3 final", "w4 final", "w5 final", "w6 final", "w7 final", "w8 final"),
                table.columnNames());
        assertEquals(result.run(2).finalLoss(), table.doubleColumn("final loss").get(2));
        assertTrue(result.summary().startsWith("3 configurations"));
    }

    @Test
    void badInputsAreNamedWithWhatIsAllowed() {
        Sweep sweep = Training.of(Examples.exercise()).sweep();
        assertMessage(() -> Sweep.of(null), "training = null");
        assertMessage(() -> sweep.learningRates(), "learningRates = []");
        assertMessage(() -> sweep.learningRates(1, -2), "learningRates[1] = -2.0");
        assertMessage(() -> sweep.learningRates(Double.NaN), "learningRates[0] = NaN");
        assertMessage(() -> sweep.epochs(), "epochs = []");
        assertMessage(() -> sweep.epochs(10, 0), "epochs[1] = 0");
        assertMessage(() -> sweep.torchRandSeeds(0, 0), "seed count = 0");
        assertMessage(() -> sweep.torchRandSeeds(-1, 3), "first seed = -1");
        assertMessage(() -> sweep.initialiser(" ", Initialiser.zeros()), "initialiser label");
        assertMessage(() -> sweep.initialiser("z", null), "initialiser \"z\" = null");
        assertMessage(() -> Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).sweep()
                .initialiser("nan", Initialiser.given(0.2, Double.NaN, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8)).learningRates(1).epochs(1).run(),
                "initialiser \"nan\" gave w2 = NaN");
        assertMessage(() -> sweep.learningRates(1).epochs(1).run(), "data is not set");
        Sweep withData = exercise(Activation.SIGMOID).sweep();
        assertMessage(() -> withData.epochs(1).run(), "learningRates are not set");
        assertMessage(() -> withData.learningRates(1).run(), "epochs are not set");
        assertMessage(() -> withData.learningRates(1).epochs(1).initialiser("short", Initialiser.given(1, 2, 3)).run(),
                "exactly 8");
        SweepResult result = withData.learningRates(1).epochs(1, 5).run();
        assertMessage(() -> result.run("nope", 1), "initialiser = \"nope\"");
        assertMessage(() -> result.run("given", 2), "learningRate = 2.0");
        assertMessage(() -> result.lossesAt(3), "epoch = 3 is not a checkpoint");
        assertMessage(() -> result.run(1), "run index = 1");
        assertMessage(() -> result.run(0).o(3), "output k = 3");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "message \"" + e.getMessage() + "\" lacks \"" + fragment + "\"");
    }
}
