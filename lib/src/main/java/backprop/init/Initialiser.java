package backprop.init;

import java.util.Arrays;
import java.util.Random;

/**
 * Where a network's parameters start. Parameters come in the network's order (layer by layer: the
 * weights grouped by source unit, then the biases), which for the 2-2-2 exercise is exactly w1..w8.
 */
@FunctionalInterface
public interface Initialiser {

    /**
     * The initial parameters of a network with these layer sizes.
     *
     * @param sizes  units per layer, inputs first
     * @param biases whether every non-input unit has a bias
     */
    double[] parameters(int[] sizes, boolean biases);

    /**
     * Exactly these parameters, e.g. the exercise's w1..w8. They are checked where a network is made from
     * them ({@code Network.of}), which knows each one's name: a NaN w3 is called w3, not "parameter 3".
     */
    static Initialiser given(double... parameters) {
        double[] copy = parameters.clone();
        return (sizes, biases) -> {
            int expected = count(sizes, biases);
            if (copy.length != expected) {
                throw new IllegalArgumentException("given initial parameters: " + copy.length + " values; allowed: exactly "
                        + expected + " for layer sizes " + Arrays.toString(sizes) + (biases ? " with biases" : " without biases"));
            }
            return copy.clone();
        };
    }

    static Initialiser zeros() {
        return constant(0.0);
    }

    static Initialiser constant(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("constant initial weight = " + value + "; allowed: a finite number");
        }
        return (sizes, biases) -> {
            double[] p = new double[count(sizes, biases)];
            Arrays.fill(p, value);
            return p;
        };
    }

    /** Every parameter uniform in [low, high), from java.util.Random seeded with {@code seed}. */
    static Initialiser uniform(long seed, double low, double high) {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException("uniform range [" + low + ", " + high + "); allowed: finite low < high");
        }
        return (sizes, biases) -> {
            Random random = new Random(seed);
            double[] p = new double[count(sizes, biases)];
            for (int i = 0; i < p.length; i++) {
                p[i] = low + (high - low) * random.nextDouble();
            }
            return p;
        };
    }

    /**
     * Glorot/Xavier uniform: weights of layer l in +-sqrt(6 / (fanIn + fanOut)), biases 0; keeps the
     * variance of activations roughly constant across sigmoid/tanh layers.
     */
    static Initialiser xavier(long seed) {
        return scaled(seed, (fanIn, fanOut) -> Math.sqrt(6.0 / (fanIn + fanOut)));
    }

    /** He/Kaiming uniform: weights in +-sqrt(6 / fanIn), biases 0; suits ReLU layers. */
    static Initialiser he(long seed) {
        return scaled(seed, (fanIn, fanOut) -> Math.sqrt(6.0 / fanIn));
    }

    /**
     * torch.manual_seed(seed) followed by one torch.rand(1) per parameter, in parameter order: the
     * exercise's random initial w1..w8.
     */
    static Initialiser torchRand(long seed) {
        return (sizes, biases) -> {
            TorchGenerator generator = TorchGenerator.manualSeed(seed);
            double[] p = new double[count(sizes, biases)];
            for (int i = 0; i < p.length; i++) {
                p[i] = generator.rand();
            }
            return p;
        };
    }

    /** How many parameters a network of these sizes has. */
    static int count(int[] sizes, boolean biases) {
        int n = 0;
        for (int l = 1; l < sizes.length; l++) {
            n += sizes[l - 1] * sizes[l] + (biases ? sizes[l] : 0);
        }
        return n;
    }

    private static Initialiser scaled(long seed, java.util.function.DoubleBinaryOperator limit) {
        return (sizes, biases) -> {
            Random random = new Random(seed);
            double[] p = new double[count(sizes, biases)];
            int i = 0;
            for (int l = 1; l < sizes.length; l++) {
                double a = limit.applyAsDouble(sizes[l - 1], sizes[l]);
                for (int w = 0; w < sizes[l - 1] * sizes[l]; w++) {
                    p[i++] = a * (2 * random.nextDouble() - 1);
                }
                i += biases ? sizes[l] : 0;
            }
            return p;
        };
    }
}
