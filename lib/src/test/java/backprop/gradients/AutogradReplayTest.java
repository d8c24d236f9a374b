package backprop.gradients;

import backprop.activation.Activation;
import backprop.autograd.Value;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Network;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Property: training with the replayed graph ({@link AutogradReplay}) gives bit for bit the outputs, losses
 * and gradients of a fresh {@link AutogradPass} graph per step, on random shapes, for every activation and
 * loss, over several samples and SGD steps (so the parameters the replay feeds in change every step).
 */
class AutogradReplayTest {

    private static final int NETWORKS_PER_PAIR = 10;
    private static final int EPOCHS = 5;

    @TestFactory
    Stream<DynamicTest> replayEqualsAFreshGraphBitForBit() {
        return RandomProblems.forEveryPair((random, activation, loss) -> {
            for (int n = 0; n < NETWORKS_PER_PAIR; n++) {
                Network net = RandomProblems.network(random, activation, loss);
                int samples = 1 + random.nextInt(4);
                double[][] xs = new double[samples][];
                double[][] ys = new double[samples][];
                for (int s = 0; s < samples; s++) {
                    xs[s] = RandomProblems.input(random, net);
                    ys[s] = RandomProblems.targets(random, loss, net.outputCount());
                }
                trainBothWays(net, loss, xs, ys, RandomProblems.shape(net));
            }
        });
    }

    /** An input of 0 with biases of 0 puts every hidden ReLU at its kink, where the derivative is taken as 0. */
    @Test
    void reluAtExactlyZero() {
        double[] p = {0.5, -0.25, 0.75, 1.0, 0.5, -1.0, 0, 0, 0, 0.25, 0.5, -0.5, 1.0, 0.75, -0.25, 0, 0};
        Network net = Network.of(new int[] {2, 3, 2}, Activation.RELU, true, Initialiser.given(p));
        double[][] xs = {{0, 0}, {1, 0.5}};
        double[][] ys = {{1, 0}, {0, 1}};
        trainBothWays(net, Loss.HALF_SUM_SQUARED, xs, ys, "relu at 0");
    }

    /** A class index picks which output the loss subtracts: each class needs its own graph. */
    @Test
    void classIndexTargetsEachGetTheirOwnGraph() {
        Random random = new Random(7);
        Network net = Network.of(new int[] {3, 4, 3}, Activation.TANH, true, Initialiser.uniform(11, -1, 1));
        double[][] xs = new double[12][];
        double[][] ys = new double[12][];
        for (int s = 0; s < xs.length; s++) {
            xs[s] = RandomProblems.uniform(random, 3, -1, 1);
            ys[s] = new double[] {s % 3};
        }
        trainBothWays(net, Loss.CROSS_ENTROPY_CLASS_INDEX, xs, ys, "class index");
    }

    /** More distinct targets than graphs kept: the ones beyond get a fresh graph, with the same numbers. */
    @Test
    void targetsBeyondTheGraphsKeptStillTrainAlike() {
        Random random = new Random(3);
        Network net = Network.of(new int[] {2, 2, 1}, Activation.SIGMOID, false, Initialiser.uniform(5, -1, 1));
        int samples = AutogradReplay.MAX_GRAPHS + 6;
        double[][] xs = new double[samples][];
        double[][] ys = new double[samples][];
        for (int s = 0; s < samples; s++) {
            xs[s] = RandomProblems.uniform(random, 2, -1, 1);
            ys[s] = RandomProblems.uniform(random, 1, -1, 1);
        }
        trainBothWays(net, Loss.MSE, xs, ys, "many targets");
    }

    /** An activation from outside the library might branch on a value: it gets a fresh graph every step. */
    @Test
    void anActivationOutsideTheLibraryIsNeverReplayed() {
        // Leaky ReLU whose graph depends on the sign of z: a replayed graph would keep the first step's branch.
        Activation leaky = new Activation() {
            public String name() { return "leaky"; }
            public double value(double z) { return z > 0 ? z : 0.1 * z; }
            public double derivative(double z) { return z > 0 ? 1 : 0.1; }
            public double lowest() { return Double.NEGATIVE_INFINITY; }
            public double highest() { return Double.POSITIVE_INFINITY; }
            public Value value(Value z) { return z.data() > 0 ? z : z.mul(0.1); }
        };
        Network net = Network.of(new int[] {1, 1}, new Activation[] {leaky}, false, Initialiser.given(1.0));
        double[][] xs = {{1.0}, {-1.0}};
        double[][] ys = {{0.5}, {0.5}};
        trainBothWays(net, Loss.HALF_SUM_SQUARED, xs, ys, "leaky");
    }

    @Test
    void badInputIsRefusedOnTheReplayedPathToo() {
        Network net = Network.of(new int[] {2, 2}, Activation.TANH, false, Initialiser.uniform(1, -1, 1));
        AutogradReplay pass = new AutogradReplay(net, Loss.MSE);
        double[] y = {0.1, 0.2};
        pass.run(new double[] {1, 2}, y, new double[2], new double[4]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pass.run(new double[] {1, Double.NaN}, y, new double[2], new double[4]));
        assertEquals("input x2 = NaN; allowed: a finite number", e.getMessage());
    }

    /** SGD with step 0.5 on two copies of the network, one through each pass, compared after every sample. */
    private static void trainBothWays(Network start, Loss loss, double[][] xs, double[][] ys, String where) {
        Network freshNet = start.copy();
        Network replayNet = start.copy();
        BackwardPass fresh = new AutogradPass(freshNet, loss);
        BackwardPass replay = new AutogradReplay(replayNet, loss);
        int outputs = start.outputCount();
        int count = start.parameterCount();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int s = 0; s < xs.length; s++) {
                double[] o1 = new double[outputs];
                double[] g1 = new double[count];
                double[] o2 = new double[outputs];
                double[] g2 = new double[count];
                double l1 = fresh.run(xs[s], ys[s], o1, g1);
                double l2 = replay.run(xs[s], ys[s], o2, g2);
                String at = where + ", epoch " + epoch + ", sample " + s;
                assertEquals(Double.doubleToLongBits(l1), Double.doubleToLongBits(l2), at + ": loss " + l1 + " vs " + l2);
                assertArrayEquals(bits(o1), bits(o2), at + ": outputs " + Arrays.toString(o1) + " vs " + Arrays.toString(o2));
                assertArrayEquals(bits(g1), bits(g2), at + ": gradient " + Arrays.toString(g1) + " vs " + Arrays.toString(g2));
                freshNet.setParameters(step(freshNet.parameters(), g1));
                replayNet.setParameters(step(replayNet.parameters(), g2));
            }
        }
    }

    private static double[] step(double[] p, double[] g) {
        for (int k = 0; k < p.length; k++) {
            p[k] -= 0.5 * g[k];
        }
        return p;
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(Double::doubleToLongBits).toArray();
    }
}
