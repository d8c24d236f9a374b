package backprop.summary;

import backprop.gradients.DeltaRule;
import backprop.gradients.GradientCheck;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.view.Statements;

/**
 * The "step by step" 2-2-2 example with biases against its PyTorch printout: the delta rule's outputs
 * and loss, and a gradient check that covers biases as well as weights.
 */
public final class StepByStepCheck {

    /** PyTorch's printout: o1, o2 and the loss, 4 digits (ASSIGNMENT.md). */
    static final double[] PRINTOUT = {0.7514, 0.7729, 0.2984};

    private final DeltaRule pass;
    private final GradientCheck check;

    private StepByStepCheck(Network network, double epsilon) {
        double[] x = Examples.STEP_BY_STEP_X, y = Examples.STEP_BY_STEP_Y;
        this.pass = DeltaRule.of(network, x, y, Loss.HALF_SUM_SQUARED);
        this.check = GradientCheck.of(network, x, y, Loss.HALF_SUM_SQUARED, epsilon);
    }

    /** {@code network}: {@code Examples.stepByStep()} or a variant of it; {@code epsilon}: the check's step. */
    public static StepByStepCheck of(Network network, double epsilon) {
        return new StepByStepCheck(network, epsilon);
    }

    /** The largest relative error of the hand-written and the autograd gradient against central differences. */
    public double largestError() {
        return check.largestRelativeError();
    }

    public Statements statements(double tolerance) {
        double[] o = pass.outputs();
        return Statements.of()
                .add("Step-by-step 2-2-2 with biases: outputs %s and %s, loss %s (PyTorch prints [%s, %s] and %s).",
                        o[0], o[1], pass.loss(), PRINTOUT[0], PRINTOUT[1], PRINTOUT[2])
                .either(largestError() < tolerance, "Weights and biases alike pass the gradient check (largest relative"
                        + " error %s).", "A gradient fails the check (largest relative error %s)%s.", largestError(),
                        check.passes("hand-written", tolerance) == check.passes("autograd", tolerance) ? ": the hand-written and"
                                + " the automatic pass fail alike, so the check is off, its ε or its tolerance not allowing for"
                                + " the central difference's own error" : "");
    }
}
