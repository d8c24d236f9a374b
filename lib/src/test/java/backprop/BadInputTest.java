package backprop;

import backprop.activation.Activation;
import backprop.gradients.GradientCheck;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.gradients.DeltaRule;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.training.Dataset;
import backprop.training.Training;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every mistake a student can make in a hyperparameter cell is named: parameter, value, what is allowed. */
class BadInputTest {

    private static void rejects(Executable call, String... mentions) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String m : mentions) {
            assertTrue(e.getMessage().contains(m), "message \"" + e.getMessage() + "\" should mention \"" + m + "\"");
        }
    }

    private static Training exercise() {
        return Training.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y);
    }

    @Test
    void learningRateMustBePositiveAndFinite() {
        rejects(() -> exercise().learningRate(-1), "learningRate", "-1.0", "> 0");
        rejects(() -> exercise().learningRate(0), "learningRate", "0.0", "> 0");
        rejects(() -> exercise().learningRate(Double.NaN), "learningRate", "NaN");
        rejects(() -> exercise().learningRate(Double.POSITIVE_INFINITY), "learningRate", "Infinity");
    }

    @Test
    void epochsMustBeOneOrMore() {
        rejects(() -> exercise().epochs(-5), "epochs", "-5", "1 or more");
        rejects(() -> exercise().epochs(0), "epochs", "0", "1 or more");
    }

    @Test
    void runNeedsEverySetting() {
        rejects(() -> exercise().epochs(3).run(), "learningRate");
        rejects(() -> exercise().learningRate(1).run(), "epochs");
        rejects(() -> Training.of(Examples.exercise()).learningRate(1).epochs(1).run(), "data");
    }

    @Test
    void wrongWeightCountIsNamed() {
        rejects(() -> Examples.exercise(Activation.SIGMOID, Initialiser.given(0.1, 0.2, 0.3)), "3 values", "exactly 8");
        rejects(() -> Examples.exercise().withParameters(1, 2), "exactly 8");
        rejects(() -> Examples.exercise(Activation.SIGMOID, Initialiser.given(0.2, -0.4, Double.NaN, 0.6, 0.1, -0.5, -0.3, 0.8)),
                "initial w3 = NaN", "finite");
    }

    @Test
    void layerSizesMustFit() {
        rejects(() -> Network.of(new int[] {2}, Activation.SIGMOID, false, Initialiser.zeros()), "layer sizes", "at least two");
        rejects(() -> Network.of(new int[] {2, 0, 2}, Activation.SIGMOID, false, Initialiser.zeros()), "sizes[1] = 0", "1 or more");
        rejects(() -> Network.of(new int[] {2, 2}, new Activation[] {Activation.RELU, Activation.RELU}, false, Initialiser.zeros()),
                "activations", "exactly 1");
    }

    @Test
    void inputsAndTargetsMustMatchTheNetwork() {
        rejects(() -> Training.of(Examples.exercise()).data(new double[] {1, 2, 3}, EXERCISE_Y), "input x", "3", "exactly 2");
        rejects(() -> exercise().learningRate(1).epochs(1).data(EXERCISE_X, new double[] {1}).run(), "targets", "exactly 2");
        rejects(() -> DeltaRule.of(Examples.exercise(), new double[] {Double.NaN, 0}, EXERCISE_Y, Loss.HALF_SUM_SQUARED),
                "x1", "NaN", "finite");
        rejects(() -> DeltaRule.of(Examples.exercise(), EXERCISE_X, new double[] {0.2, Double.POSITIVE_INFINITY},
                Loss.HALF_SUM_SQUARED), "target y2", "Infinity");
        rejects(() -> Dataset.of(new double[][] {{1}, {2}}, new double[][] {{1}}), "2 inputs", "1 targets");
    }

    @Test
    void lossesRejectTargetsTheyCannotTake() {
        rejects(() -> DeltaRule.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.BINARY_CROSS_ENTROPY),
                "y2", "-0.07", "[0, 1]");
        rejects(() -> DeltaRule.of(Examples.exercise(), EXERCISE_X, new double[] {2}, Loss.CROSS_ENTROPY_CLASS_INDEX),
                "targets[0]", "2.0", "[0, 1]");
        rejects(() -> DeltaRule.of(Examples.exercise(), EXERCISE_X, new double[] {0.5}, Loss.CROSS_ENTROPY_CLASS_INDEX),
                "0.5", "integer");
    }

    @Test
    void unknownNamesListTheChoices() {
        rejects(() -> Activation.named("softplus"), "softplus", "relu", "sigmoid");
        rejects(() -> Loss.named("hinge"), "hinge", "cross-entropy");
    }

    @Test
    void otherParametersAreChecked() {
        rejects(() -> Training.of(Examples.exercise()).divergenceFactor(0.5), "divergenceFactor", "0.5");
        rejects(() -> GradientCheck.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.HALF_SUM_SQUARED, -1e-6),
                "epsilon", "-1.0E-6");
        rejects(() -> Initialiser.uniform(1, 1, 0), "uniform", "low < high");
        rejects(() -> Initialiser.constant(Double.NaN), "NaN");
    }
}
