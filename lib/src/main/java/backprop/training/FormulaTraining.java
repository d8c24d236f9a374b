package backprop.training;

import backprop.activation.Activation;
import backprop.gradients.AutogradPass;
import backprop.gradients.ExerciseBackprop;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;

/**
 * Gradient descent on the exercise's sigmoid network with the 1/2-sum loss, taking each step's
 * gradient from a formula under test (for instance a wrong backward pass of an original report),
 * where {@link Training} always takes it from the library's correct passes.
 */
public final class FormulaTraining {

    /** A gradient formula: dL/dw1..w8 at weights w for one sample (x, y). */
    @FunctionalInterface
    public interface GradientFormula {
        double[] at(double[] w, double[] x, double[] y);
    }

    /** The correct gradient, by autograd. */
    public static final GradientFormula AUTOGRAD = (w, x, y) -> AutogradPass.of(network(w), x, y, Loss.HALF_SUM_SQUARED).gradient();

    private FormulaTraining() {
    }

    /** The 1/2-sum loss of the sigmoid exercise network with weights w on (x, y). */
    public static double loss(double[] w, double[] x, double[] y) {
        return ExerciseBackprop.of(network(w), x, y, Loss.HALF_SUM_SQUARED).loss();
    }

    /**
     * The loss of each epoch (index e-1: at the weights after e-1 updates, as the reports print it) when
     * training from {@code start} with w &lt;- w - learningRate * formula(w, x, y).
     */
    public static double[] losses(GradientFormula formula, double[] start, double[] x, double[] y, double learningRate, int epochs) {
        if (start.length != 8 || epochs < 1) {
            throw new IllegalArgumentException("start has " + start.length + " weights, epochs = " + epochs
                    + "; allowed: 8 weights (w1..w8) and 1 or more epochs");
        }
        double[] w = start.clone();
        double[] losses = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            losses[e] = loss(w, x, y);
            double[] g = formula.at(w, x, y);
            for (int k = 0; k < w.length; k++) {
                w[k] -= learningRate * g[k];
            }
        }
        return losses;
    }

    private static backprop.network.Network network(double[] w) {
        return Examples.exercise(Activation.SIGMOID, Initialiser.given(w));
    }
}
