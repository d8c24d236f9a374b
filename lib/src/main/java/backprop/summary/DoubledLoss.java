package backprop.summary;

import backprop.gradients.ExerciseBackprop;
import backprop.loss.Loss;
import backprop.network.Network;
import backprop.network.Examples;
import backprop.training.TrainingRun;
import backprop.view.Statements;
import backprop.view.Statistics;

/**
 * Experiment 4: torch's MSELoss averages. Summed per output, MSELoss(o1, y1) + MSELoss(o2, y2) is twice
 * the 1/2-sum loss and so doubles every gradient: training on it with step s is training on the 1/2-sum
 * loss with step 2s. MSELoss over the 2-vector is the 1/2-sum loss itself.
 */
public final class DoubledLoss {

    private final ExerciseBackprop half;
    private final ExerciseBackprop summed;
    private final ExerciseBackprop mean;
    private final double stepEquivalence;

    private DoubledLoss(Network start, double stepEquivalence) {
        double[] x = Examples.EXERCISE_X, y = Examples.EXERCISE_Y;
        this.half = ExerciseBackprop.of(start, x, y, Loss.HALF_SUM_SQUARED);
        this.summed = ExerciseBackprop.of(start, x, y, Loss.MSE_SUMMED_PER_OUTPUT);
        this.mean = ExerciseBackprop.of(start, x, y, Loss.MSE);
        this.stepEquivalence = stepEquivalence;
    }

    /**
     * {@code doubledLoss}: the exercise trained on the summed per-output MSELoss; {@code doubledStep}: the
     * same start on the 1/2-sum loss with twice the step.
     */
    public static DoubledLoss of(TrainingRun doubledLoss, TrainingRun doubledStep) {
        return new DoubledLoss(doubledLoss.initialNetwork(),
                Statistics.maxAbsDifference(doubledLoss.finalWeights(), doubledStep.finalWeights()));
    }

    /** Whether the summed MSELoss and every one of its gradients are exactly twice the 1/2-sum ones. */
    public boolean doubles() {
        boolean gradients = true;
        for (int k = 0; k < 8; k++) {
            gradients &= summed.gradient()[k] == 2 * half.gradient()[k];
        }
        return gradients && summed.loss() == 2 * half.loss();
    }

    public Statements statements() {
        return Statements.of()
                .either(doubles(), "MSELoss(o1, y1) + MSELoss(o2, y2) is exactly twice the 1/2-sum loss and doubles"
                        + " every gradient.", "The summed MSELoss is not exactly twice the 1/2-sum loss.")
                .either(mean.loss() == half.loss(), "MSELoss over the 2-vector equals the 1/2-sum loss.",
                        "MSELoss over the 2-vector differs from the 1/2-sum loss.")
                .either(stepEquivalence == 0, "Training on the doubled loss ends at exactly the weights of the 1/2-sum"
                        + " loss with twice the step: doubling the loss doubles the step.",
                        "Doubled loss and doubled step end %s apart.", stepEquivalence);
    }
}
