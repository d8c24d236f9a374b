package backprop.gradients;

/**
 * A backward pass: for one sample, the network's outputs, the loss, and the gradient dL/dp of every
 * parameter p. Three implementations compute the same numbers three ways: {@link DeltaRule} (the delta
 * form, any shape), {@link ExerciseBackprop} (the exercise's 2-2-2 pass written out weight by weight)
 * and {@link AutogradPass} (reverse-mode automatic differentiation). Each is made for one network and
 * one loss, and reads the network's parameters as they are when {@link #run} is called.
 */
public interface BackwardPass {

    /**
     * The forward pass for input x, the loss against target y, and the backward pass. Writes the outputs
     * o into {@code outputs} and dL/dp into {@code gradient} (in the network's parameter order), and
     * returns the loss. The arrays are the caller's, so a training loop reuses them.
     */
    double run(double[] x, double[] y, double[] outputs, double[] gradient);
}
