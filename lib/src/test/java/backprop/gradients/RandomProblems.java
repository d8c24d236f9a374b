package backprop.gradients;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Network;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Random problems for the gradient properties: a network of random shape (2 to 4 layers of 1 to 4 units,
 * biases or not, parameters uniform in [-1, 1]), inputs and targets, for every activation and loss.
 */
final class RandomProblems {

    private RandomProblems() {
    }

    /** A property checked on random problems of one activation and loss. */
    interface Property {
        void check(Random random, Activation activation, Loss loss);
    }

    /**
     * One test per activation/loss pair the library pairs (binary cross-entropy needs outputs in (0, 1),
     * so only with a sigmoid), each with its own fixed seed so a failure repeats.
     */
    static Stream<DynamicTest> forEveryPair(Property property) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Activation activation : Activation.ALL) {
            for (Loss loss : Loss.ALL) {
                if (loss == Loss.BINARY_CROSS_ENTROPY && !activation.name().contains("sigmoid")) {
                    continue;
                }
                long seed = activation.name().hashCode() * 31L + loss.name().hashCode();
                tests.add(DynamicTest.dynamicTest(activation.name() + " + " + loss.name(),
                        () -> property.check(new Random(seed), activation, loss)));
            }
        }
        return tests.stream();
    }

    /** A random network for {@code loss}: the cross-entropies need at least two outputs. */
    static Network network(Random random, Activation activation, Loss loss) {
        int[] sizes = new int[2 + random.nextInt(3)];
        for (int l = 0; l < sizes.length; l++) {
            sizes[l] = 1 + random.nextInt(4);
        }
        if (loss == Loss.CROSS_ENTROPY_CLASS_INDEX || loss == Loss.CROSS_ENTROPY) {
            sizes[sizes.length - 1] = Math.max(2, sizes[sizes.length - 1]);
        }
        boolean biases = random.nextBoolean();
        return Network.of(sizes, activation, biases, Initialiser.uniform(random.nextLong(), -1, 1));
    }

    /** The network's shape for a failure message, e.g. "[2, 3, 1] with biases". */
    static String shape(Network net) {
        return Arrays.toString(net.sizes()) + (net.hasBiases() ? " with biases" : "");
    }

    static double[] input(Random random, Network net) {
        return uniform(random, net.inputCount(), -1, 1);
    }

    /** Targets {@code loss} accepts: a class index, values in [0, 1] for binary cross-entropy, else in [-1, 1]. */
    static double[] targets(Random random, Loss loss, int outputs) {
        if (loss == Loss.CROSS_ENTROPY_CLASS_INDEX) {
            return new double[] {random.nextInt(outputs)};
        }
        if (loss == Loss.BINARY_CROSS_ENTROPY) {
            return uniform(random, outputs, 0, 1);
        }
        return uniform(random, outputs, -1, 1);
    }

    static double[] uniform(Random random, int n, double low, double high) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = low + (high - low) * random.nextDouble();
        }
        return v;
    }
}
