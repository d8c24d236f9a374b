package backprop.view;

import backprop.training.Training;
import backprop.training.TrainingRun;

import java.util.Map;

/**
 * Runs on a loss without a lower bound (cross-entropy on targets that are not a distribution: with
 * y = (0.23, -0.07) it falls for ever as o1 grows), trained with the divergence stop lifted so that every
 * epoch of the original loop runs. Where each went, whether its loss fell at every epoch (a descent, not
 * an overshoot), and when a divergence stop would have ended it.
 */
public final class Runaway {

    private Runaway() {
    }

    /**
     * One sentence per run (o1 halfway and at the end, the final loss, the descent, the epoch at which
     * {@code stopped}, the same setup with a divergence stop, would have ended it), then whether every
     * start runs away, in which case the runs have no result for the start to change.
     */
    public static Statements statements(Map<String, TrainingRun> runs, Training stopped) {
        Statements said = Statements.of();
        boolean allStopped = true;
        for (Map.Entry<String, TrainingRun> e : runs.entrySet()) {
            TrainingRun run = e.getValue();
            int last = run.epochsRun();
            int half = Math.max(1, last / 2);
            int stop = stopped.network(run.initialNetwork()).run().divergenceEpoch();
            allStopped &= stop > 0;
            said.add("%s: o1 = %s at epoch %s and %s at epoch %s, the loss %s at epoch %s; %s; %s.", e.getKey(),
                    run.epoch(half).o(1), half, run.o(1), last, run.finalLoss(), last,
                    run.monotone() ? "the loss falls at every epoch: a descent, not an overshoot"
                            : "the loss rose in " + run.lossIncreases() + " epochs",
                    stop > 0 ? "the divergence stop would have ended it at epoch " + stop
                            : "the divergence stop would not have ended it");
        }
        return said.either(allStopped, "Every start runs away, so these runs have no result for the start to change:"
                        + " they cannot support \"initialisation does not affect the result\".",
                "Not every start runs away: compare where the runs end before drawing a conclusion about the start.");
    }
}
