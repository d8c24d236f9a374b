package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class CrossEntropyStatementsTest {

    private static final double[] X = Examples.EXERCISE_X;
    private static final double[] Y = Examples.EXERCISE_Y;
    private static final double[] W = Examples.EXERCISE_WEIGHTS;
    private static final Training RELU = Training.of(Examples.exercise(Activation.RELU)).data(X, Y)
            .loss(Loss.CROSS_ENTROPY).learningRate(1);
    private static final CrossEntropyStatements EXERCISE = CrossEntropyStatements.of(Y);

    private static String joined(Statements s) {
        return String.join("\n", s.sentences());
    }

    @Test
    void theSignsOfTheGradientFollowFromTheTargets() {
        assertEquals(List.of(
                "Whatever the outputs, dL/do1 <= max(0, S) - y1 = -0.07 < 0: o1 is pushed up at every step.",
                "Whatever the outputs, dL/do2 >= min(0, S) - y2 = 0.07 > 0: o2 is pushed down at every step.",
                "So no outputs make dL/do vanish: as a function of the outputs the loss has no minimum."),
                EXERCISE.gradientSigns().sentences());
        String valid = joined(CrossEntropyStatements.of(0.77, 0.23).gradientSigns());
        assertTrue(valid.contains("dL/do1 is not kept away from 0: min(0, S) - y1 = -0.77 <= 0 <= max(0, S) - y1 = 0.23."), valid);
        assertTrue(valid.endsWith("Neither bound keeps every dL/do away from 0 for these targets."), valid);
    }

    @Test
    void theReluRunsDeadOutputComesFromTheStartAndItsLossBecomesLinear() {
        TrainingRun run = RELU.epochs(100).run();
        // The exercise's net input of o2: w6 h1 + w8 h2 with h1 = relu(w1 x1 + w3 x2), h2 = relu(w2 x1 + w4 x2).
        double inO2 = W[5] * Math.max(0, W[0] * X[0] + W[2] * X[1]) + W[7] * Math.max(0, W[1] * X[0] + W[3] * X[1]);
        List<String> said = EXERCISE.outputs("ReLU run", run, X, 100).sentences();
        assertEquals(3, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("For the ReLU run the push on o2 reaches no weight: in_o2 = " + Numbers.format(inO2)
                + " <= 0 at the start"), said.get(0));
        assertTrue(said.get(1).startsWith("Trained from the same start with the 1/2-sum loss instead"), said.get(1));
        double o1 = TorchReference.number(TorchReference.at("runs", "cross_entropy_relu", "float64", "snapshots").get(3).get("o1"));
        assertTrue(said.get(2).startsWith("At epoch 100: o = (" + Numbers.format(o1) + ", 0)"), said.get(2));
        assertTrue(said.get(2).contains("y2 * o1 = " + Numbers.format(-0.07 * o1)), said.get(2));
        assertTrue(said.get(2).endsWith("the loss is a negative multiple of o1."), said.get(2));
        // At epoch 10 o1 = 0.18 leads by too little for the loss to be linear in it.
        assertEquals(2, EXERCISE.outputs("ReLU run", run, X, 10).sentences().size());
        TrainingRun sigmoid = RELU.network(Examples.exercise()).epochs(100).run();
        assertEquals(List.of("No output of the sigmoid run stays at 0 from epoch 1 on."),
                EXERCISE.outputs("sigmoid run", sigmoid, X, 100).sentences());
    }

    @Test
    void theLeastValueIsStatedOnlyWhereThereIsOne() {
        // A sigmoid never outputs 0 or 1: the corner's value is approached, not taken.
        assertEquals(List.of("With outputs in (0, 1) cross-entropy for y = (0.23, -0.07) stays above "
                + Numbers.format(0.16 * Math.log(1 + Math.E) - 0.23) + ", its value at o = (1, 0): the outputs come as"
                + " near that corner as they like but never reach it, so it is a lower bound (infimum), not a value taken."),
                EXERCISE.leastValue(Activation.SIGMOID).sentences());
        assertTrue(joined(EXERCISE.leastValue(Activation.RELU)).contains("has no least value: o1 is pushed towards ∞"));
        assertTrue(joined(CrossEntropyStatements.of(0.77, 0.23).leastValue(Activation.SIGMOID)).contains("need not be at a corner"));
    }

    @Test
    void theSigmoidRunIsMeasuredAgainstTheCorner() {
        TrainingRun run = RELU.network(Examples.exercise()).epochs(1000).run();
        int negative = 0;
        double[] losses = run.losses();
        for (int e = losses.length; e >= 1; e--) {
            negative = losses[e - 1] < 0 ? e : negative;
        }
        assertTrue(negative > 1, "the sigmoid run should start positive and turn negative");
        List<String> said = EXERCISE.approach("Sigmoid", run, Activation.SIGMOID).sentences();
        assertEquals("Sigmoid: the loss turns negative at epoch " + negative + ".", said.get(0));
        double above = run.finalLoss() - (0.16 * Math.log(1 + Math.E) - 0.23);
        assertTrue(above > 0);
        assertEquals("That is " + Numbers.format(above) + " above the lower bound.", said.get(2));
    }

    @Test
    void onlyAPiecewiseLinearActivationReachesItsBound() {
        assertTrue(CrossEntropyStatements.reaches(Activation.RELU, 0));
        assertTrue(!CrossEntropyStatements.reaches(Activation.SIGMOID, 0) && !CrossEntropyStatements.reaches(Activation.SIGMOID, 1));
        assertTrue(!CrossEntropyStatements.reaches(Activation.TANH, -1) && !CrossEntropyStatements.reaches(Activation.TANH, 1));
    }

    @Test
    void theBoundedCurvesLeaveOutOnlyTheRunWithoutABound() {
        TrainingRun relu = RELU.epochs(50).run();
        TrainingRun sigmoid = RELU.network(Examples.exercise()).epochs(50).run();
        TrainingRun halfSum = RELU.network(Examples.exercise()).loss(Loss.HALF_SUM_SQUARED).epochs(50).run();
        XYChart chart = EXERCISE.boundedLossCurves("Loss", Labelled.of("half-sum", halfSum, "relu", relu, "sigmoid", sigmoid));
        Charts.image(chart, 1);
        assertEquals(List.of("half-sum", "sigmoid", "lower bound (not reached), sigmoid outputs"),
                List.copyOf(chart.getSeriesMap().keySet()));
        // The left-out run keeps its place: the sigmoid run is drawn in the third colour, as in the page's other charts.
        assertEquals(Palette.GREEN, chart.getSeriesMap().get("sigmoid").getLineColor());
        double bound = 0.16 * Math.log(1 + Math.E) - 0.23;
        assertEquals(bound, chart.getSeriesMap().get("lower bound (not reached), sigmoid outputs").getYData()[49], 1e-15);
        // On a valid distribution cross-entropy is at least H(y) >= 0: every run stays, with no corner bound to draw.
        Training valid = RELU.data(X, new double[] {0.7, 0.3}).epochs(50);
        XYChart bounded = CrossEntropyStatements.of(0.7, 0.3).boundedLossCurves("Loss", Labelled.of("relu", valid.run(),
                "sigmoid", valid.network(Examples.exercise()).run()));
        assertEquals(List.of("relu", "sigmoid"), List.copyOf(bounded.getSeriesMap().keySet()));
    }

    @Test
    void aRunThatStopsWhileFallingIsNoOvershoot() {
        TrainingRun step1 = RELU.epochs(1000).run();
        TrainingRun step50 = RELU.learningRate(50).epochs(1000).run();
        double[] torch = TorchReference.doubles("runs", "cross_entropy_relu", "float64", "loss");
        for (int e = 1; e < torch.length; e++) {
            assertTrue(torch[e] < torch[e - 1], "torch's loss should fall in epoch " + (e + 1));
        }
        List<String> said = EXERCISE.rises(Labelled.of("step 1", step1, "step 50", step50)).sentences();
        assertEquals("The loss of step 1 rose in 0 of its " + step1.epochsRun() + " epochs.", said.get(0));
        assertTrue(step1.diverged() && step50.diverged());
        assertTrue(said.get(2).startsWith("Stopped at the divergence limit with a loss that fell in every epoch: step 1, step 50."),
                said.get(2));
        TrainingRun healthy = RELU.epochs(50).run();
        assertEquals(1, EXERCISE.rises(Labelled.of("step 1, 50 epochs", healthy)).sentences().size());
        // From torch.rand seed 7 a step of 50 kills both outputs in its first update: the loss stays at 0.16 ln 2.
        TrainingRun dead = Training.of(Examples.exercise(Activation.RELU, backprop.init.Initialiser.torchRand(7))).data(X, Y)
                .loss(Loss.CROSS_ENTROPY).learningRate(50).epochs(1000).run();
        List<String> deadSaid = EXERCISE.rises(Labelled.of("step 50", dead)).sentences();
        assertTrue(!dead.diverged() && dead.o(1) == 0 && dead.o(2) == 0, dead.summary());
        assertEquals(2, deadSaid.size(), deadSaid.toString());
        assertTrue(deadSaid.get(1).startsWith("From epoch 2 on it stays at 0.110904"), deadSaid.get(1));
        assertEquals(0.16 * Math.log(2), dead.finalLoss(), 1e-15);
    }

    @Test
    void warningsAndSummarySayWhatTheRunDid() {
        TrainingRun invalid = RELU.epochs(30).run();
        assertTrue(joined(CrossEntropyStatements.warnings("v", invalid)).startsWith("Warning (v): target y2 = -0.07 is a negative probability"));
        TrainingRun valid = RELU.data(X, new double[] {0.77, 0.23}).epochs(30).run();
        assertEquals(List.of("No warning (v)."), CrossEntropyStatements.warnings("v", valid).sentences());
        List<String> summary = CrossEntropyStatements.summary("v", invalid, 10).sentences();
        assertEquals("v, step 1: the loss starts at " + Numbers.format(invalid.epoch(1).loss()) + "; at epoch 10 it is "
                + Numbers.format(invalid.epoch(10).loss()) + ", o = (" + Numbers.format(invalid.epoch(10).o(1)) + ", 0).", summary.get(0));
        assertEquals("It falls in every one of its 30 epochs.", summary.get(2));
    }
}
