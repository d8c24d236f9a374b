package backprop.gradients;

import backprop.loss.Loss;
import backprop.network.Network;

import java.util.Arrays;

/** Which backward pass supplies the gradients during training. */
public enum GradientSource {

    /**
     * The delta rule written by hand: {@link ExerciseBackprop} for the exercise's 2-2-2 network without
     * biases (the same numbers as {@link DeltaRule}, about three times faster), {@link DeltaRule} for
     * every other shape.
     */
    HAND_WRITTEN {
        @Override
        public BackwardPass passFor(Network network, Loss loss) {
            boolean exercise = network != null && !network.hasBiases() && Arrays.equals(network.sizes(), new int[] {2, 2, 2});
            return exercise ? new ExerciseBackprop(network, loss) : new DeltaRule(network, loss);
        }
    },

    /**
     * Reverse-mode automatic differentiation: {@link AutogradPass}'s graph, replayed step after step by
     * {@link AutogradReplay} (the same numbers, without building the graph anew each step).
     */
    AUTOGRAD {
        @Override
        public BackwardPass passFor(Network network, Loss loss) {
            return new AutogradReplay(network, loss);
        }
    };

    /** A backward pass of this kind for {@code network} and {@code loss}. */
    public abstract BackwardPass passFor(Network network, Loss loss);
}
