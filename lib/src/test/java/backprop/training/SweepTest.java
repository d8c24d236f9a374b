package backprop.training;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sweep configuration equals, bit for bit, the Training run of the same configuration. */
class SweepTest {

    private static final int[] CHECKPOINTS = {1, 10, 50, 100};

    /** The TrainingRun of one sweep configuration, described independently of the sweep. */
    private static TrainingRun training(Network shape, Initialiser init, Dataset data, Loss loss, double rate,
                                        int epochs, boolean oneSample) {
        Network net = Network.of(shape.sizes(), shape.activations().toArray(new Activation[0]), shape.hasBiases(), init);
        Training t = Training.of(net).data(data).loss(loss).learningRate(rate).epochs(epochs);
        return (oneSample ? t.oneSampleAtATime() : t).run();
    }

    private static void assertSame(TrainingRun expected, SweepRun actual, int[] checkpoints) {
        String what = actual.toString();
        assertEquals(expected.epochsRun(), actual.epochsRun(), what);
        assertEquals(expected.last().loss(), actual.finalLoss(), 0.0, what);
        assertEquals(Double.doubleToLongBits(expected.last().loss()), Double.doubleToLongBits(actual.finalLoss()), what);
        assertEquals(expected.last().outputs().length, actual.finalOutputs().length, what);
        for (int s = 0; s < actual.finalOutputs().length; s++) {
            assertArrayEquals(expected.last().outputs()[s], actual.finalOutputs()[s], what);
        }
        assertArrayEquals(expected.last().weights(), actual.finalWeights(), what);
        assertArrayEquals(expected.initialNetwork().parameters(), actual.initialWeights(), what);
        for (int c : checkpoints) {
            double want = c <= expected.epochsRun() ? expected.epoch(c).loss() : Double.NaN;
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(actual.lossAt(c)), what + " @" + c);
        }
        double[] losses = expected.losses();
        int increases = 0;
        for (int e = 1; e < losses.length; e++) {
            increases += losses[e] > losses[e - 1] ? 1 : 0;
        }
        assertEquals(increases, actual.lossIncreases(), what);
        assertEquals(expected.diverged(), actual.diverged(), what);
        assertEquals(expected.divergence().map(Divergence::epoch).orElse(0), actual.divergenceEpoch(), what);
        assertEquals(expected.divergence().map(Divergence::reason).orElse(null), actual.divergenceReason(), what);
    }

    @Test
    void exerciseSeedsAndLearningRatesMatchTraining() {
        double[] rates = {0.5, 1, 5};
        SweepResult result = Sweep.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED)
                .givenWeights().torchRandSeeds(0, 6).learningRates(rates).epochs(100, 1, 50, 10).run();
        assertEquals(7 * 3, result.size());
        assertArrayEquals(CHECKPOINTS, result.checkpoints());
        for (int i = 0; i < 7; i++) {
            Initialiser init = i == 0 ? Initialiser.given(Examples.EXERCISE_WEIGHTS) : Initialiser.torchRand(i - 1);
            for (int j = 0; j < rates.length; j++) {
                SweepRun run = result.run(i * rates.length + j);
                assertEquals(i * rates.length + j, run.index());
                assertEquals(i == 0 ? "given" : "torchRand(" + (i - 1) + ")", run.initialiser());
                assertEquals(i == 0 ? -1 : i - 1, run.seed());
                assertEquals(rates[j], run.learningRate());
                assertSame(training(Examples.exercise(), init, Dataset.of(EXERCISE_X, EXERCISE_Y), Loss.HALF_SUM_SQUARED,
                        rates[j], 100, false), run, CHECKPOINTS);
            }
        }
        // The reference numbers of ASSIGNMENT.md, read from the sweep.
        SweepRun given = result.run("given", 1.0);
        assertEquals(0.2378, given.o(1), 5e-5);
        assertEquals(0.0103428, given.finalLoss(), 5e-8);
        assertEquals(0.2097097937078311, given.lossAt(1), 1e-15);
    }

    @Test
    void divergingConfigurationsStopAsTrainingStops() {
        double[] rates = {1, 10, 50};
        int[] checkpoints = {1, 10, 50, 100, 200};
        Network relu = Examples.exercise(Activation.RELU);
        SweepResult result = Sweep.of(relu).data(EXERCISE_X, EXERCISE_Y).loss(Loss.CROSS_ENTROPY)
                .learningRates(rates).epochs(checkpoints).run();
        assertFalse(result.warnings().isEmpty(), "negative target probability must be reported");
        assertTrue(result.divergedCount() > 0, result.toString());
        SweepRun fast = result.run("given", 50);
        assertTrue(fast.diverged(), fast.toString());
        assertTrue(Double.isNaN(fast.lossAt(200)));
        for (int j = 0; j < rates.length; j++) {
            assertSame(training(relu, Initialiser.given(Examples.EXERCISE_WEIGHTS), Dataset.of(EXERCISE_X, EXERCISE_Y),
                    Loss.CROSS_ENTROPY, rates[j], 200, false), result.run(j), checkpoints);
        }
        // The reference ReLU + cross-entropy run, read from the sweep.
        assertEquals(-0.93176, result.run("given", 1).lossAt(50), 5e-6);
    }

    @Test
    void sigmoidWithAHugeStepOverflowsTheSameWay() {
        Network net = Examples.exercise(Activation.TANH);
        double[] rates = {100, 1000};
        SweepResult result = Sweep.of(net).data(EXERCISE_X, EXERCISE_Y).loss(Loss.MSE).torchRandSeeds(20, 3)
                .learningRates(rates).epochs(5, 30).run();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < rates.length; j++) {
                assertSame(training(net, Initialiser.torchRand(20 + i), Dataset.of(EXERCISE_X, EXERCISE_Y), Loss.MSE,
                        rates[j], 30, false), result.run(i * rates.length + j), new int[] {5, 30});
            }
        }
    }

    @Test
    void zeroInitialisationKeepsSignedZerosAsTrainingDoes() {
        Network relu = Examples.exercise(Activation.RELU);
        SweepResult result = Sweep.of(relu).data(EXERCISE_X, EXERCISE_Y).initialiser("zeros", Initialiser.zeros())
                .learningRate(1).epochs(1, 10).run();
        assertSame(training(relu, Initialiser.zeros(), Dataset.of(EXERCISE_X, EXERCISE_Y), Loss.HALF_SUM_SQUARED,
                1, 10, false), result.run(0), new int[] {1, 10});
        assertArrayEquals(new double[8], result.run(0).finalWeights(), 0.0);
    }

    @Test
    void exerciseShapeWithSeveralSamplesFullBatchAndOneAtATime() {
        Dataset data = Dataset.of(new double[][] {{0.5, 0.3}, {-0.2, 0.9}, {1, 1}},
                new double[][] {{0.23, 0.07}, {0.9, 0.1}, {0.5, 0.5}});
        for (boolean oneSample : new boolean[] {false, true}) {
            Sweep sweep = Sweep.of(Examples.exercise()).data(data).loss(Loss.BINARY_CROSS_ENTROPY)
                    .seeds(3, 2, Initialiser::xavier).learningRates(0.3, 2).epochs(7, 40);
            SweepResult result = (oneSample ? sweep.oneSampleAtATime() : sweep).run();
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    SweepRun run = result.run(i * 2 + j);
                    assertEquals("seed " + (3 + i), run.initialiser());
                    assertSame(training(Examples.exercise(), Initialiser.xavier(3 + i), data, Loss.BINARY_CROSS_ENTROPY,
                            run.learningRate(), 40, oneSample), run, new int[] {7, 40});
                }
            }
        }
    }

    @Test
    void generalShapesUseTheDeltaRecursionAndMatchTraining() {
        Network stepByStep = Examples.stepByStep();
        SweepResult withBiases = Sweep.of(stepByStep).data(Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y)
                .learningRates(0.5, 20).epochs(1, 25, 60).run();
        for (int j = 0; j < 2; j++) {
            assertSame(training(stepByStep, Initialiser.given(stepByStep.parameters()),
                    Dataset.of(Examples.STEP_BY_STEP_X, Examples.STEP_BY_STEP_Y), Loss.HALF_SUM_SQUARED,
                    withBiases.run(j).learningRate(), 60, false), withBiases.run(j), new int[] {1, 25, 60});
        }

        Network chain = Examples.chain();
        Dataset chainData = Dataset.of(Examples.CHAIN_X, Examples.CHAIN_Y);
        SweepResult chainResult = Sweep.of(chain).data(chainData).oneSampleAtATime()
                .learningRates(Examples.CHAIN_LEARNING_RATE, 2.5).epochs(Examples.CHAIN_EPOCHS).run();
        for (int j = 0; j < 2; j++) {
            assertSame(training(chain, Initialiser.given(Examples.CHAIN_WEIGHTS), chainData, Loss.HALF_SUM_SQUARED,
                    chainResult.run(j).learningRate(), Examples.CHAIN_EPOCHS, true), chainResult.run(j),
                    new int[] {Examples.CHAIN_EPOCHS});
        }

        Network deep = Network.of(new int[] {3, 4, 2}, new Activation[] {Activation.TANH, Activation.SIGMOID}, true,
                Initialiser.zeros());
        Dataset deepData = Dataset.of(new double[] {0.1, -0.7, 0.4}, new double[] {0.2, 0.8});
        SweepResult deepResult = Sweep.of(deep).data(deepData).loss(Loss.MSE).seeds(0, 3, Initialiser::he)
                .learningRates(0.1, 3).epochs(2, 30).run();
        for (SweepRun run : deepResult.runs()) {
            assertSame(training(deep, Initialiser.he(run.seed()), deepData, Loss.MSE, run.learningRate(), 30, false),
                    run, new int[] {2, 30});
        }
    }

    @Test
    void resultsDoNotDependOnThreads() {
        Sweep sweep = Sweep.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).torchRandSeeds(0, 200)
                .learningRates(1, 30).epochs(10, 60);
        SweepResult parallel = sweep.run();
        SweepResult sequential = sweep.parallel(false).run();
        assertEquals(parallel.size(), sequential.size());
        for (int i = 0; i < parallel.size(); i++) {
            assertEquals(i, parallel.run(i).index());
            assertArrayEquals(sequential.run(i).finalWeights(), parallel.run(i).finalWeights());
            assertArrayEquals(sequential.run(i).checkpointLoss(), parallel.run(i).checkpointLoss());
        }
    }

    @Test
    void gridAndTableReadTheRunsInOrder() {
        SweepResult result = Sweep.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y)
                .learningRates(0.1, 1, 10).epochs(1, 10, 50).run();
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
        assertNull(result.run(0).divergenceReason());
    }

    @Test
    void badInputsAreNamedWithWhatIsAllowed() {
        Sweep sweep = Sweep.of(Examples.exercise());
        assertMessage(() -> Sweep.of(null), "network = null");
        assertMessage(() -> sweep.learningRates(), "learningRates = []");
        assertMessage(() -> sweep.learningRates(1, -2), "learningRates[1] = -2.0");
        assertMessage(() -> sweep.learningRates(Double.NaN), "learningRates[0] = NaN");
        assertMessage(() -> sweep.epochs(), "epochs = []");
        assertMessage(() -> sweep.epochs(10, 0), "epochs[1] = 0");
        assertMessage(() -> sweep.torchRandSeeds(0, 0), "seed count = 0");
        assertMessage(() -> sweep.torchRandSeeds(-1, 3), "first seed = -1");
        assertMessage(() -> sweep.initialiser(" ", Initialiser.zeros()), "initialiser label");
        assertMessage(() -> sweep.initialiser("z", null), "initialiser \"z\" = null");
        assertMessage(() -> sweep.loss(null), "loss = null");
        assertMessage(() -> sweep.divergenceFactor(1), "divergenceFactor = 1.0");
        assertMessage(() -> sweep.data(new double[] {1}, new double[] {0, 0}), "input x has 1 values");
        assertMessage(() -> Sweep.of(Examples.exercise()).learningRate(1).epochs(1).run(), "data is not set");
        assertMessage(() -> Sweep.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).epochs(1).run(),
                "learningRates are not set");
        assertMessage(() -> Sweep.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).learningRate(1).run(),
                "epochs are not set");
        assertMessage(() -> Sweep.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).learningRate(1).epochs(1)
                .initialiser("short", Initialiser.given(1, 2, 3)).run(), "exactly 8");
        SweepResult result = Sweep.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).learningRate(1).epochs(1, 5).run();
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
