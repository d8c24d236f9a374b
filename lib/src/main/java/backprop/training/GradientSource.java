package backprop.training;

/** Which backward pass supplies the gradients during training. */
public enum GradientSource {
    /** The delta recursion written by hand ({@link backprop.network.Backprop}). */
    HAND_WRITTEN,
    /** Reverse-mode automatic differentiation ({@link backprop.gradients.AutogradPass}). */
    AUTOGRAD
}
