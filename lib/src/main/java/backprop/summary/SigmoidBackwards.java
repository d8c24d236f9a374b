package backprop.summary;

import backprop.activation.Activation;
import backprop.activation.SigmoidLimits;
import backprop.autograd.Value;
import backprop.training.NetInputs;
import backprop.training.TrainingRun;
import backprop.view.Labelled;
import backprop.view.Numbers;
import backprop.view.RunComparison;
import backprop.view.Statements;
import backprop.view.Tables;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * Experiment 2: torch.sigmoid differentiates itself as y (1 - y) from its output y, the written-out
 * 1 / (1 + e^-z) is differentiated by autograd operation by operation. On the exercise's small net inputs
 * they agree; far out they part: y (1 - y) is exactly 0 once y rounds to 1, and the written-out form's
 * e^-z overflows for large negative z, giving inf/inf = NaN. The library's stable derivative
 * e^-|z| / (1 + e^-|z|)^2 is shown beside them as this library's extra, not PyTorch's behaviour.
 */
public final class SigmoidBackwards {

    /** Net inputs past both limits (float64): beyond e^-z's overflow, at its edge, around y rounding to 1. */
    public static final double[] Z = {-800, -709, 36, 37, 40};

    private static final SigmoidLimits FLOAT64 = SigmoidLimits.float64();

    private final double exerciseDifference;
    private final int epochs;
    private final double largestZ;

    private SigmoidBackwards(double exerciseDifference, int epochs, double largestZ) {
        this.exerciseDifference = exerciseDifference;
        this.epochs = epochs;
        this.largestZ = largestZ;
    }

    /** The exercise trained on input {@code x} with the written-out and with the built-in sigmoid (same start, same settings). */
    public static SigmoidBackwards of(TrainingRun writtenOut, TrainingRun builtIn, double[] x) {
        return new SigmoidBackwards(RunComparison.maxDifference(writtenOut, builtIn), writtenOut.epochsRun(),
                Math.max(NetInputs.largestAbs(writtenOut, x), NetInputs.largestAbs(builtIn, x)));
    }

    /** torch.sigmoid's backward: y (1 - y) from the output. */
    public static double torchBackward(double z) {
        double y = Activation.BUILTIN_SIGMOID.value(z);
        return y * (1 - y);
    }

    /** d/dz of 1 / (1 + exp(-z)) by autograd through its primitives, as PyTorch does for the written-out form. */
    public static double writtenOutBackward(double z) {
        Value input = Value.of(z);
        Value y = Value.of(1).div(input.neg().exp().add(1));
        y.backward();
        return input.grad();
    }

    /** σ'(z) at {@link #Z}: both PyTorch forms and the library's extra. */
    public static Table table() {
        return Tables.columns("σ'(z) in float64", "z", Arrays.stream(Z).mapToObj(Numbers::format).toList(),
                Labelled.of("torch.sigmoid backward y(1−y)", Arrays.stream(Z).map(SigmoidBackwards::torchBackward).toArray(),
                        "written out, autograd", Arrays.stream(Z).map(SigmoidBackwards::writtenOutBackward).toArray(),
                        "library extra (not PyTorch)", Arrays.stream(Z).map(Activation.STABLE_SIGMOID::derivative).toArray()));
    }

    public Statements statements() {
        return Statements.of()
                .add("On the exercise the written-out and the built-in sigmoid runs differ by at most %s over %s epochs"
                        + " (every unit's net input stays within |z| < %s there).", exerciseDifference, epochs,
                        Numbers.format(Math.ceil(largestZ * 100) / 100))
                .addIf(torchBackward(37) == 0 && writtenOutBackward(37) > 0, "torch.sigmoid's y(1−y) is exactly 0"
                        + " once y rounds to 1 (from z ≈ %s: here at z = 37; %s at z = 36), where the written-out form"
                        + " keeps the tiny true value %s.", FLOAT64.roundsToOneFrom(), torchBackward(36),
                        writtenOutBackward(37))
                .addIf(Double.isNaN(writtenOutBackward(-800)) && torchBackward(-800) == 0, "Below z ≈ %s the"
                        + " written-out form's exp(−z) overflows: at z = −800 its autograd gradient is NaN, where"
                        + " torch.sigmoid gives 0; already at z = −709 the written-out form gives %s where torch.sigmoid"
                        + " gives %s, the true value.", FLOAT64.expOverflowsBelow(), writtenOutBackward(-709),
                        torchBackward(-709))
                .add("Neither is more precise everywhere: the built-in trades the digits at large positive z for no"
                        + " NaN at large negative z.");
    }
}
