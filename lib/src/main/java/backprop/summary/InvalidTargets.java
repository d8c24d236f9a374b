package backprop.summary;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Distributions;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.training.Epoch;
import backprop.training.TrainingRun;
import backprop.view.Numbers;
import backprop.view.Statements;

import java.util.Arrays;

/**
 * Experiment 5: torch's CrossEntropyLoss reads float targets as class probabilities,
 * loss = -sum_c y_c log_softmax(o)_c. The exercise's (0.23, -0.07) are no probabilities (one is
 * negative), so the loss is unbounded below (about y2 o1 as o1 grows) and the reports' negative numbers
 * follow. With a valid distribution on logits the loss never goes below the distribution's entropy.
 */
public final class InvalidTargets {

    /** A valid target distribution for the contrast run: the exercise's y1 = 0.23 and its complement, (1 − y1, y1). */
    public static final double[] VALID_TARGETS = {1 - Examples.EXERCISE_Y[0], Examples.EXERCISE_Y[0]};
    /** The printout's run (ReLU, float targets, step 1) at epochs 50 and 100: o1, o2, loss (ASSIGNMENT.md). */
    static final String[] PRINTOUT_50 = {"13.3109", "0", "-0.93176"};
    static final String[] PRINTOUT_100 = {"727.16", "-50.90"};

    private final TrainingRun invalid;
    private final TrainingRun valid;

    private InvalidTargets(TrainingRun invalid, TrainingRun valid) {
        this.invalid = invalid;
        this.valid = valid;
    }

    /** The exercise's weights with identity outputs: logits, the softmax being inside the loss. */
    public static Network logits() {
        return Network.of(new int[] {2, 2, 2}, new Activation[] {Activation.SIGMOID, Activation.IDENTITY}, false,
                Initialiser.given(Examples.EXERCISE_WEIGHTS));
    }

    /**
     * {@code invalid}: the printout's run, ReLU with the float targets, at least 100 epochs; {@code valid}: the
     * {@link #logits()} network trained on {@link #VALID_TARGETS}.
     */
    public static InvalidTargets of(TrainingRun invalid, TrainingRun valid) {
        if (invalid.epochsRun() < 100) {
            throw new IllegalArgumentException("invalid ran " + invalid.epochsRun() + " epochs; allowed: 100 or more,"
                    + " as the printout (train it with .epochs(100))");
        }
        return new InvalidTargets(invalid, valid);
    }

    public Statements statements() {
        Epoch e50 = invalid.epoch(50), e100 = invalid.epoch(100);
        double entropy = Distributions.entropy(VALID_TARGETS);
        boolean aboveEntropy = Arrays.stream(valid.losses()).allMatch(v -> v >= entropy - 1e-12);
        return Statements.of()
                .add("ReLU with the float targets, step %s: at epoch 50 o1 = %s, o2 = %s, loss = %s (printout %s, %s,"
                        + " %s); at epoch 100 o1 = %s, loss = %s (printout %s, %s).", invalid.learningRate(), e50.o(1),
                        e50.o(2), e50.loss(), PRINTOUT_50[0], PRINTOUT_50[1], PRINTOUT_50[2], e100.o(1), e100.loss(),
                        PRINTOUT_100[0], PRINTOUT_100[1])
                .add("The loss %sis unbounded below: the targets %s are not probabilities (one is negative), and the"
                        + " loss ≈ y2·o1 = %s goes to −∞ as o1 grows.", invalid.monotone() ? "falls every epoch and " : "",
                        Examples.EXERCISE_Y, Examples.EXERCISE_Y[1] * e100.o(1))
                .addIf(invalid.epoch(1).o(2) == 0, "o2 is 0 from epoch 1 because in_o2 < 0 at the start under ReLU,"
                        + " not because of cross-entropy.")
                .either(aboveEntropy, "With a valid target distribution, (1 − y1, y1) = %s from the exercise's y1, on logits the loss never goes below its"
                        + " entropy H(y) = %s (final loss − H(y) = %s): the negative numbers came from invalid targets.",
                        "Even the valid setup goes below H(y) = %2$s.", VALID_TARGETS, entropy,
                        Math.abs(valid.finalLoss() - entropy) < 1e-12 ? "0 to rounding" : Numbers.format(valid.finalLoss() - entropy));
    }
}
