package backprop.summary;

import backprop.gradients.AutogradPass;
import backprop.gradients.DeltaRule;
import backprop.gradients.ExerciseBackprop;
import backprop.gradients.GradientCheck;
import backprop.loss.Loss;
import backprop.network.Network;
import backprop.view.Labelled;
import backprop.view.Statements;
import backprop.view.Statistics;
import backprop.view.Tables;
import tech.tablesaw.api.Table;

/**
 * The gradient of one network computed by three independent derivations: the pass written out with the
 * derivation's names, the delta recursion for any layer sizes, and autograd from primitive operations;
 * central differences referee, using no derivative at all. If all agree, a wrong formula would have to
 * be wrong the same way three times.
 */
public final class GradientAgreement {

    private final ExerciseBackprop hand;
    private final DeltaRule matrix;
    private final AutogradPass autograd;
    private final GradientCheck check;
    private final double epsilon;

    private GradientAgreement(Network network, double[] x, double[] y, Loss loss, double epsilon) {
        this.hand = ExerciseBackprop.of(network, x, y, loss);
        this.matrix = DeltaRule.of(network, x, y, loss);
        this.autograd = AutogradPass.of(network, x, y, loss);
        this.check = GradientCheck.of(network, x, y, loss, epsilon).with("ExerciseBackprop", hand.gradient());
        this.epsilon = epsilon;
    }

    /** All three passes and the central differences (step {@code epsilon}) at {@code network}'s weights. */
    public static GradientAgreement of(Network network, double[] x, double[] y, Loss loss, double epsilon) {
        return new GradientAgreement(network, x, y, loss, epsilon);
    }

    public ExerciseBackprop hand() {
        return hand;
    }

    public AutogradPass autograd() {
        return autograd;
    }

    /** dL/dw three ways and by central differences, one row per weight. */
    public Table table() {
        return Tables.columns("dL/dw on the exercise, three ways and by finite differences", "weight",
                matrix.network().parameterNames(), Labelled.of("ExerciseBackprop", hand.gradient(), "DeltaRule",
                        matrix.gradient(), "AutogradPass", autograd.gradient(), "central differences", check.numerical()));
    }

    /**
     * How far the passes are from each other (rounding only, when right) and from central differences
     * (truncation and rounding of the difference quotient: a tolerance, not the last digit).
     */
    public Statements statements(double tolerance) {
        boolean bothPass = check.passes("ExerciseBackprop", tolerance) && check.passes("autograd", tolerance);
        return Statements.of()
                .add("max |ExerciseBackprop − AutogradPass| = %s and max |DeltaRule − AutogradPass| = %s over the"
                        + " %s gradients.", Statistics.maxAbsDifference(hand.gradient(), autograd.gradient()),
                        Statistics.maxAbsDifference(matrix.gradient(), autograd.gradient()), hand.gradient().length)
                .add("Against central differences (ε = %s) the largest relative errors are %s (hand-written) and %s"
                        + " (autograd): " + (bothPass ? "both pass" : "a gradient FAILS") + " at tolerance %s.",
                        epsilon, check.maxRelativeError("ExerciseBackprop"), check.maxRelativeError("autograd"), tolerance);
    }
}
