package backprop.training;

import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * Inside a training run: which units are stuck at exactly 0 (dead ReLU units), which weights never
 * moved, and when the loss came near a floor ({@link backprop.view.InsideTable} shows the units epoch by epoch). Epoch e
 * is seen as the run saw it: with the weights it started from (the initial ones for epoch 1, those after
 * epoch e - 1 otherwise), for the first sample {@code x}.
 */
public final class UnitActivity {

    private UnitActivity() {
    }

    /** The network with the weights epoch {@code epoch} (1-based) starts from. */
    public static Network startOf(TrainingRun run, int epoch) {
        if (epoch < 1 || epoch > run.epochsRun()) {
            throw new IllegalArgumentException("epoch = " + epoch + "; allowed: 1 to " + run.epochsRun());
        }
        return epoch == 1 ? run.initialNetwork() : run.initialNetwork().withParameters(run.epoch(epoch - 1).weights());
    }

    /**
     * The first epoch from which unit {@code unit} (0-based) of layer {@code layer} (1-based) outputs
     * exactly 0 in every epoch to the last one run; 0 when it is not stuck at the end.
     */
    public static int stuckFrom(TrainingRun run, double[] x, int layer, int unit) {
        int from = 0;
        for (int e = run.epochsRun(); e >= 1; e--) {
            if (startOf(run, e).forward(x).out(layer)[unit] != 0.0) {
                break;
            }
            from = e;
        }
        return from;
    }

    /** Every unit stuck at 0 to the end of the run, as "h2 = 0 from epoch 1"; empty when none is. */
    public static List<String> stuckUnits(TrainingRun run, double[] x) {
        Network shape = run.initialNetwork();
        List<String> stuck = new ArrayList<>();
        for (int l = 1; l <= shape.layerCount(); l++) {
            for (int j = 0; j < shape.sizes()[l]; j++) {
                int from = stuckFrom(run, x, l, j);
                if (from > 0) {
                    stuck.add(shape.unitName(l, j) + " = 0 from epoch " + from);
                }
            }
        }
        return stuck;
    }

    /** The names of the units stuck at 0 to the end of the run (e.g. [h2, o2]), to compare two runs' dead units. */
    public static List<String> deadUnits(TrainingRun run, double[] x) {
        Network shape = run.initialNetwork();
        List<String> dead = new ArrayList<>();
        for (int l = 1; l <= shape.layerCount(); l++) {
            for (int j = 0; j < shape.sizes()[l]; j++) {
                if (stuckFrom(run, x, l, j) > 0) {
                    dead.add(shape.unitName(l, j));
                }
            }
        }
        return dead;
    }

    /** The parameters (by name, e.g. w7) whose value after the last epoch is exactly the initial one. */
    public static List<String> frozenWeights(TrainingRun run) {
        double[] start = run.initialWeights();
        double[] end = run.last().weights();
        List<String> names = run.initialNetwork().parameterNames();
        List<String> frozen = new ArrayList<>();
        for (int k = 0; k < start.length; k++) {
            if (start[k] == end[k]) {
                frozen.add(names.get(k));
            }
        }
        return frozen;
    }

    /**
     * The first kept epoch whose loss is at most {@code floor + fraction * |floor|} (e.g. 0.01: within
     * 1 % of the floor), or 0 when none is. A floor of 0 has no relative distance: there the loss must be
     * at most {@code fraction} times the first epoch's loss (1 % of the way down from where it started).
     */
    public static int firstWithin(TrainingRun run, double floor, double fraction) {
        if (!(fraction >= 0)) {
            throw new IllegalArgumentException("fraction = " + fraction + "; allowed: 0 or more, e.g. 0.01 for 1 %");
        }
        double scale = floor != 0 ? Math.abs(floor) : Math.abs(run.firstLoss());
        for (Epoch e : run.epochs()) {
            if (e.loss() - floor <= fraction * scale) {
                return e.epoch();
            }
        }
        return 0;
    }
}
