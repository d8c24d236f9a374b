package backprop.summary;

import backprop.training.StepBehaviour;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.view.Statements;

/**
 * Experiment 6: one grid of step sizes per activation, each step trained for the same budget, and how
 * each run behaved ({@link StepBehaviour}: diverged, chaotic, monotone ...). Which step is "best" depends
 * on the budget; chaotic runs are compared by behaviour, never digit by digit.
 */
public final class StepSizes {

    private final StepBehaviour sigmoid;
    private final StepBehaviour relu;

    private StepSizes(StepBehaviour sigmoid, StepBehaviour relu) {
        this.sigmoid = sigmoid;
        this.relu = relu;
    }

    /** {@code sigmoid} and {@code relu}: the exercise's training (with its epoch budget) under each activation. */
    public static StepSizes of(Training sigmoid, Training relu, double... learningRates) {
        return new StepSizes(behaviour(sigmoid, learningRates), behaviour(relu, learningRates));
    }

    private static StepBehaviour behaviour(Training training, double[] learningRates) {
        return StepBehaviour.of(training, training.sweep().learningRates(learningRates).run());
    }

    /** The sigmoid grid's run with the lowest final loss among those that did not diverge; null when all diverged. */
    public TrainingRun sigmoidBest() {
        return sigmoid.bestRun();
    }

    /** StepBehaviour's status with its one word of jargon, "monotone", said in words. */
    private static String readable(String status) {
        return status.replace("monotone", "its loss never rose from one epoch to the next");
    }

    public Statements statements() {
        TrainingRun best = sigmoidBest();
        int epochs = sigmoid.runs().get(0).epochsRequested();
        return Statements.of()
                .either(best == null, "Sigmoid, %s epochs: every step of the grid diverged.", "Sigmoid, %s epochs: the lowest"
                        + " final loss of the grid, %s, is at step %s (%s).", epochs, best == null ? "" : sigmoid.lossShown(best,
                        best.epochsRun()), best == null ? "" : best.learningRate(), best == null ? "" : readable(sigmoid.status(best)))
                .add("Within these %s epochs, sigmoid steps that diverge: %s; chaotic: %s.", epochs,
                        sigmoid.steps(TrainingRun::diverged), sigmoid.steps(sigmoid::chaotic))
                .add("ReLU steps that diverge within them: %s; chaotic: %s; ending with both outputs exactly 0 (every output"
                        + " unit dead): %s.", relu.steps(TrainingRun::diverged), relu.steps(relu::chaotic),
                        relu.steps(r -> !r.diverged() && r.o(1) == 0 && r.o(2) == 0))
                .add("A chaotic run's late digits depend on the order of floating-point operations: such runs are"
                        + " compared by behaviour, not digit by digit.");
    }
}
