package backprop.summary;

import backprop.gradients.GradientCheck;
import backprop.gradients.ReportFormulas;
import backprop.network.Examples;
import backprop.training.TrainingRun;
import backprop.view.RunComparison;
import backprop.view.Numbers;
import backprop.view.Statements;

/**
 * Experiment 1: the hand-written and the autograd training of the exercise, and the two wrong backward
 * formulas of the original reports (report A: h1 (1 - h1) where o1 (1 - o1) belongs; report B: the sum of
 * two output gradients in place of the deltas) caught by a gradient check at the runs' start.
 */
public final class HandVersusAutograd {

    private final TrainingRun hand;
    private final TrainingRun autograd;
    private final GradientCheck reports;

    private HandVersusAutograd(TrainingRun hand, TrainingRun autograd, GradientCheck reports) {
        this.hand = hand;
        this.autograd = autograd;
        this.reports = reports;
    }

    /**
     * {@code hand} and {@code autograd}: the exercise trained with each backward pass from the same start;
     * the report formulas are checked there by central differences of step {@code epsilon}.
     */
    public static HandVersusAutograd of(TrainingRun hand, TrainingRun autograd, double epsilon) {
        double[] w = hand.initialWeights(), x = Examples.EXERCISE_X, y = Examples.EXERCISE_Y;
        GradientCheck reports = GradientCheck.of(hand.initialNetwork(), x, y, hand.loss(), epsilon)
                .with("report A", ReportFormulas.reportA(w, x, y)).with("report B", ReportFormulas.reportB(w, x, y));
        return new HandVersusAutograd(hand, autograd, reports);
    }

    /** dL/dw1 of the true gradient (autograd), report A and report B, in that order. */
    public double[] dLossDw1() {
        return new double[] {reports.gradient("autograd")[0], reports.gradient("report A")[0],
                reports.gradient("report B")[0]};
    }

    public Statements statements(double tolerance) {
        double[] w1 = dLossDw1();
        return Statements.of()
                .add("Over %s epochs the hand-written and the autograd runs differ by at most %s in any loss,"
                        + " output, gradient or weight.", hand.epochsRun(), RunComparison.maxDifference(hand, autograd))
                .add("Report A gives dL/dw1 = %s against the true %s: %s (report A's largest relative error %s).", w1[1],
                        w1[0], !reports.passes("autograd", tolerance) ? "the check cannot judge it, since the check also"
                                + " fails the true gradient (autograd's largest relative error "
                                + Numbers.format(reports.maxRelativeError("autograd")) + "), so its ε or its tolerance is off"
                                : reports.passes("report A", tolerance) ? "it passes the check"
                                : "a small error, but the gradient check fails it", reports.maxRelativeError("report A"))
                .add("Report B gives dL/dw1 = %s against the true %s%s (largest relative error %s).", w1[2], w1[0],
                        Math.signum(w1[2]) != Math.signum(w1[0]) ? ": the wrong sign" : "",
                        reports.maxRelativeError("report B"));
    }
}
