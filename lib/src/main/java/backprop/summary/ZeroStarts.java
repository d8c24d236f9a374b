package backprop.summary;

import backprop.loss.Float32CrossEntropy;
import backprop.network.Examples;
import backprop.training.Float32Exercise;
import backprop.training.Symmetry;
import backprop.training.TrainingRun;
import backprop.view.Numbers;
import backprop.view.Statements;

import java.util.Arrays;

/**
 * Experiment 8: all weights 0. Under the sigmoid both hidden units start alike, get alike gradients and
 * stay exact copies (one hidden unit twice). Under ReLU nothing moves at all: every net input is 0, so
 * h = ReLU(0) = 0 zeroes dL/dw5..w8 (= delta_o h), and w5..w8 = 0 zero the hidden deltas, hence dL/dw1..w4
 * (ReLU'(0) = 0 is not needed: tanh, with f(0) = 0, freezes the same way). Report 000 ran its zero start
 * with ReLU and CrossEntropyLoss on the float targets: the outputs stay 0 and the loss stays 0.16 ln 2
 * (= -(y1 + y2) log 1/2) at every epoch.
 */
public final class ZeroStarts {

    /** Report 000's float32 printout of that constant loss (ASSIGNMENT.md). */
    public static final double REPORT_LOSS = 0.1109035537;

    private final TrainingRun sigmoid;
    private final TrainingRun relu;
    private final TrainingRun report;

    private ZeroStarts(TrainingRun sigmoid, TrainingRun relu, TrainingRun report) {
        this.sigmoid = sigmoid;
        this.relu = relu;
        this.report = report;
    }

    /**
     * Zero starts of the exercise: {@code sigmoid} and {@code relu} with the 1/2-sum loss, {@code report} as
     * report 000 ran it (ReLU, CrossEntropyLoss on the float targets).
     */
    public static ZeroStarts of(TrainingRun sigmoid, TrainingRun relu, TrainingRun report) {
        return new ZeroStarts(sigmoid, relu, report);
    }

    /** Whether w1 = w2, w3 = w4, w5 = w7, w6 = w8 and their gradients are equal in every epoch. */
    public boolean sigmoidStaysSymmetric() {
        return Arrays.stream(Symmetry.largestWeightGaps(sigmoid)).allMatch(g -> g == 0)
                && Arrays.stream(Symmetry.largestGradientGaps(sigmoid)).allMatch(g -> g == 0);
    }

    /** Whether no gradient of the run is ever non-zero and every weight stays 0. */
    public static boolean nothingMoves(TrainingRun run) {
        return Symmetry.largestGradient(run) == 0
                && run.epochs().stream().allMatch(e -> Arrays.stream(e.weights()).allMatch(w -> w == 0));
    }

    /** CrossEntropyLoss of outputs (0, 0) against the exercise's float targets: -(y1 + y2) log(1/2). */
    public static double allZeroOutputLoss() {
        return (Examples.EXERCISE_Y[0] + Examples.EXERCISE_Y[1]) * Math.log(2);
    }

    public Statements statements() {
        double[] reportLoss = report.losses();
        boolean constant = Arrays.stream(reportLoss).allMatch(l -> l == reportLoss[0]);
        boolean zeroOutputs = report.epochs().stream().allMatch(e -> e.o(1) == 0 && e.o(2) == 0);
        float rounded = (float) allZeroOutputLoss(), printed = (float) REPORT_LOSS;
        float float32Sum = Float32CrossEntropy.value(report.last().outputs()[0], Examples.EXERCISE_Y);
        long steps = Float32Exercise.ulpsApart(rounded, printed);
        return Statements.of()
                .either(sigmoidStaysSymmetric(), "Zero start, sigmoid: h1 and h2 stay exact copies in every epoch (one"
                        + " hidden unit twice); final loss %s.", "Zero start, sigmoid: the symmetry breaks; final loss %s.",
                        sigmoid.finalLoss())
                .either(nothingMoves(relu), "Zero start, ReLU: no weight ever moves (h = ReLU(0) = 0 zeroes"
                        + " dL/dw5..w8, and w5..w8 = 0 zero the hidden deltas); the loss stays %s, that of all-zero outputs.",
                        "Zero start, ReLU: the weights move; final loss %s.", relu.finalLoss())
                .either(nothingMoves(report) && zeroOutputs, "Report 000's zero start as it ran (ReLU, CrossEntropyLoss"
                        + " on the float targets): o1 = o2 = 0 and every gradient exactly 0 in all %s epochs, so no"
                        + " weight leaves 0.", "Report 000's zero start as it ran (ReLU, CrossEntropyLoss on the float"
                        + " targets): something moves within its %s epochs.", report.epochsRun())
                .either(constant, "Its loss is %s at every epoch ((y1 + y2) ln 2 = %s).", "Its loss changes: from %s to %3$s.",
                        Numbers.format(reportLoss[0], 10), Numbers.format(allZeroOutputLoss(), 10), report.finalLoss())
                .add("Rounded to float32, (y1 + y2) ln 2 is %s, %s float32 %s %s the printout %s.", Numbers.format(rounded, 10),
                        steps, steps == 1 ? "step" : "steps", rounded < printed ? "below" : "above", Numbers.format(REPORT_LOSS, 10))
                .either(float32Sum == printed, "The same loss summed in float32 the way PyTorch sums it gives the printed"
                        + " value exactly (notebook 11, section 3).", "The same loss summed in float32 the way PyTorch sums"
                        + " it gives %s, not the printed value.", Numbers.format(float32Sum, 10));
    }
}
