package backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;

class HyperparametersTest {

    /** The kernel prints a stack frame per line: the check's message has to stand alone. */
    private static String rejected(Executable call, String... mentions) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(0, e.getStackTrace().length, "stack frames would follow the message in the notebook");
        assertTrue(e.getMessage().startsWith("Hyperparameters: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Change it in the Hyperparameters cell, then Run All."), e.getMessage());
        for (String m : mentions) {
            assertTrue(e.getMessage().contains(m), "\"" + e.getMessage() + "\" should mention \"" + m + "\"");
        }
        return e.getMessage();
    }

    @Test
    void aLateEpochMustComeAfterTheLastReportedOne() {
        Hyperparameters.check().after("longEpochs", 1000, "the largest of epochs", 100);
        rejected(() -> Hyperparameters.check().after("longEpochs", 1000, "the largest of epochs", 2000),
                "longEpochs = 1000; allowed: more than the largest of epochs = 2000");
        rejected(() -> Hyperparameters.check().after("longEpochs", 100, "the largest of epochs", 100), "more than");
    }

    @Test
    void weightsForASecondNetworkAreCheckedAgainstThatNetwork() {
        Hyperparameters.check(Examples.exercise()).initialisation("chainWeights", Examples.chain(), Initialiser.given(0.2, -0.2, -0.5));
        rejected(() -> Hyperparameters.check(Examples.exercise()).initialisation("chainWeights", Examples.chain(),
                Initialiser.given(0.2, -0.2)), "chainWeights", "exactly 3");
        rejected(() -> Hyperparameters.check(Examples.exercise()).initialisation("chainWeights", Examples.chain(),
                Initialiser.given(Double.NaN, 0.2, 0.3)), "chainWeights", "w1 = NaN");
    }

    @Test
    void aChoiceOutsideTheFewANotebookIsWrittenForIsNamedWithThem() {
        var sigmoids = Activation.SIGMOID_FORMS;
        assertEquals("Hyperparameters checked: variantActivation = " + Activation.BUILTIN_SIGMOID,
                Hyperparameters.check().oneOf("variantActivation", Activation.BUILTIN_SIGMOID, sigmoids).toString());
        rejected(() -> Hyperparameters.check().oneOf("variantActivation", Activation.RELU, sigmoids),
                "variantActivation = " + Activation.RELU, "allowed: one of [" + Activation.SIGMOID + ", ");
    }

    @Test
    void acceptsTheNotebooksDefaults() {
        Hyperparameters h = Hyperparameters.check(Examples.exercise()).learningRate(1.0).epochs(1, 10, 50, 100)
                .initialisation(Initialiser.given(Examples.EXERCISE_WEIGHTS)).epochs("longEpochs", 1000)
                .count("seedCount", 1000).positive("gradientCheckTolerance", 1e-6)
                .learningRates("gridLearningRates", 0.01, 1, 500)
                .inputs("x", Examples.EXERCISE_X).targets("y", Loss.CROSS_ENTROPY, Examples.EXERCISE_Y)
                .targets("bceTarget", Loss.BINARY_CROSS_ENTROPY, new double[] {0.23, 0.07});
        assertEquals("Hyperparameters checked: learningRate = 1, epochs = [1, 10, 50, 100], initialisation (8 weights), "
                + "longEpochs = 1000, seedCount = 1000, gradientCheckTolerance = 1e-6, gridLearningRates = [0.01, 1, 500], "
                + "x, y, bceTarget", h.toString());
    }

    @Test
    void agreesWithTrainingOnTheLearningRate() {
        for (double rate : new double[] {-1, 0, Double.NaN, Double.POSITIVE_INFINITY, 1e-9, 50}) {
            boolean trainingAccepts;
            try {
                Training.of(Examples.exercise()).learningRate(rate);
                trainingAccepts = true;
            } catch (IllegalArgumentException e) {
                trainingAccepts = false;
            }
            boolean checkAccepts;
            try {
                Hyperparameters.check().learningRate(rate);
                checkAccepts = true;
            } catch (IllegalArgumentException e) {
                checkAccepts = false;
            }
            assertEquals(trainingAccepts, checkAccepts, "learning rate " + rate);
        }
        rejected(() -> Hyperparameters.check().learningRate(-1), "learningRate = -1.0", "> 0");
        rejected(() -> Hyperparameters.check().learningRate("divergenceLearningRate", 0), "divergenceLearningRate = 0.0");
        rejected(() -> Hyperparameters.check().learningRates("gridLearningRates", 1, -2), "gridLearningRates[1] = -2.0");
        rejected(() -> Hyperparameters.check().learningRates("gridLearningRates"), "gridLearningRates = []", "one or more");
    }

    @Test
    void namesEpochsThatCannotBeReported() {
        rejected(() -> Hyperparameters.check().epochs(), "epochs = []", "one or more");
        rejected(() -> Hyperparameters.check().epochs(1, 0, 50), "epochs[1] = 0", "1 or more", "(in [1, 0, 50])");
        rejected(() -> Hyperparameters.check().epochs("longEpochs", -3), "longEpochs = -3");
        rejected(() -> Hyperparameters.check().count("seedCount", 0), "seedCount = 0");
        rejected(() -> Hyperparameters.check().inRange("chainSample", 3, 1, 2), "chainSample = 3", "allowed: 1 to 2");
        var exercise = backprop.network.Examples.exercise();
        rejected(() -> Hyperparameters.check(exercise).distribution("distributionTarget", 0.5, 0.6),
                "distributionTarget = [0.5, 0.6]", "each 0 or more, summing to 1");
        rejected(() -> Hyperparameters.check(exercise).distribution("distributionTarget", 1.1, -0.1), "[1.1, -0.1]");
        rejected(() -> Hyperparameters.check(exercise).distribution("distributionTarget", 1.0), "2 entries");
        assertTrue(Hyperparameters.check(exercise).distribution("distributionTarget", 0.77, 0.23).toString().contains("distributionTarget"));
        rejected(() -> Hyperparameters.check().inRange("checkEpochIndex", -1, 0, 159), "checkEpochIndex = -1", "allowed: 0 to 159");
        assertTrue(Hyperparameters.check().inRange("checkSample", 2, 1, 2).toString().contains("checkSample = 2"));
        rejected(() -> Hyperparameters.check().positive("smallScale", Double.NaN), "smallScale = NaN");
    }

    @Test
    void weightsAndDataMustFitTheNetwork() {
        rejected(() -> Hyperparameters.check(Examples.exercise()).initialisation(Initialiser.given(0.1, 0.2, 0.3)),
                "initialisation: ", "3 values", "exactly 8", "[2, 2, 2]");
        rejected(() -> Hyperparameters.check(Examples.exercise()).initialisation(null), "initialisation = null");
        rejected(() -> Hyperparameters.check(Examples.exercise()).inputs("x", new double[] {0.5, 0.3, 0.1}), "x = [0.5, 0.3, 0.1]", "exactly 2");
        rejected(() -> Hyperparameters.check(Examples.exercise()).inputs("twoFeatureX", new double[] {1, 0}, new double[] {0}),
                "twoFeatureX[1] = [0.0]");
        rejected(() -> Hyperparameters.check(Examples.exercise()).targets("y", Loss.HALF_SUM_SQUARED, new double[] {0.1}), "y = [0.1]");
        rejected(() -> Hyperparameters.check(Examples.exercise()).targets("y", Loss.HALF_SUM_SQUARED, (double[]) null), "y = null");
        rejected(() -> Hyperparameters.check(Examples.exercise()).targets("y", null, Examples.EXERCISE_Y), "loss for y = null");
    }

    @Test
    void shapeChecksNeedTheNetworkAndFollowItsShape() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Hyperparameters.check().inputs("x", Examples.EXERCISE_X));
        assertTrue(e.getMessage().contains("Hyperparameters.check(network)"), e.getMessage());
        // A 3-input chain-like network: three inputs pass, two do not.
        Network wide = Network.of(new int[] {3, 1}, Activation.IDENTITY, false, Initialiser.zeros());
        Hyperparameters.check(wide).inputs("x", new double[] {1, 2, 3}).initialisation(Initialiser.given(1, 2, 3));
        rejected(() -> Hyperparameters.check(wide).inputs("x", Examples.EXERCISE_X), "exactly 3");
    }
}
