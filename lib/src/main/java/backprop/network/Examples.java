package backprop.network;

import backprop.activation.Activation;
import backprop.init.Initialiser;

/** The fixed example networks of the coursework, one call each, with their data. */
public final class Examples {

    /** The exercise's input (x1, x2). */
    public static final double[] EXERCISE_X = {0.5, 0.3};
    /** The exercise's targets (y1, y2); y2 &lt; 0 is out of a sigmoid's reach. */
    public static final double[] EXERCISE_Y = {0.23, -0.07};
    /** The exercise's w1..w8. */
    public static final double[] EXERCISE_WEIGHTS = {0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8};
    public static final double EXERCISE_LEARNING_RATE = 1.0;

    /** The "step by step" example's input and targets. */
    public static final double[] STEP_BY_STEP_X = {0.05, 0.10};
    public static final double[] STEP_BY_STEP_Y = {0.01, 0.99};
    public static final double STEP_BY_STEP_LEARNING_RATE = 0.5;

    /** The 3-layer chain's data (learn e = -x) and weights w1, w2, w3. */
    public static final double[][] CHAIN_X = {{1}, {-1}};
    public static final double[][] CHAIN_Y = {{-1}, {1}};
    public static final double[] CHAIN_WEIGHTS = {0.2333, -0.233, -0.52133};
    public static final double CHAIN_LEARNING_RATE = 0.05;
    public static final int CHAIN_EPOCHS = 160;

    private Examples() {
    }

    /** The exercise: 2-2-2, no biases, sigmoid everywhere, w1..w8 as given. */
    public static Network exercise() {
        return exercise(Activation.SIGMOID);
    }

    /** The exercise's network and weights with another activation. */
    public static Network exercise(Activation activation) {
        return exercise(activation, Initialiser.given(EXERCISE_WEIGHTS));
    }

    /** The exercise's shape with another activation and initialisation. */
    public static Network exercise(Activation activation, Initialiser initialiser) {
        return Network.of(new int[] {2, 2, 2}, activation, false, initialiser);
    }

    /**
     * The widely used "step by step" example: 2-2-2 with biases, sigmoid. Hidden weights
     * [[0.15, 0.20], [0.25, 0.30]] and output weights [[0.40, 0.45], [0.50, 0.55]] (row = receiving
     * unit), biases 0.35 (hidden) and 0.60 (output).
     */
    public static Network stepByStep() {
        // Parameter order: layer 1 weights by sending unit (x1->h1, x1->h2, x2->h1, x2->h2), its biases, then layer 2.
        return Network.of(new int[] {2, 2, 2}, Activation.SIGMOID, true, Initialiser.given(
                0.15, 0.25, 0.20, 0.30, 0.35, 0.35,
                0.40, 0.50, 0.45, 0.55, 0.60, 0.60));
    }

    /** The 3-layer chain e = w3 (w2 (w1 x)): 1-1-1-1, no activation, no biases. */
    public static Network chain() {
        return Network.of(new int[] {1, 1, 1, 1}, Activation.IDENTITY, false, Initialiser.given(CHAIN_WEIGHTS));
    }
}
