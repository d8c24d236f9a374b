package backprop.training;

import backprop.activation.Activation;
import backprop.gradients.GradientSource;
import backprop.loss.Loss;
import backprop.network.Network;
import backprop.view.Numbers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What one training configuration produced: the epochs it kept, whether it diverged, and the network
 * before and after. {@link Training#run()} keeps every epoch; a {@link Sweep} keeps only its checkpoints
 * and the epoch a diverging run stopped at. "Final" means the last epoch run: its loss and outputs were
 * computed during that epoch, its weights are those after its update.
 */
public final class TrainingRun {

    /** A loss at most this times max(1, |first epoch's loss|) is rounding: see {@link #atRoundingLevel}. */
    public static final double ROUNDING_LOSS = 1e-30;
    /** A loss computed in another order moves by a few units in its last place: rises up to this many are not rises. */
    static final int RISE_ULPS = 4;

    private final Network shape;
    private final Loss loss;
    private final GradientSource gradients;
    private final String initialiser;
    private final double learningRate;
    private final double[] initialWeights;
    private final int[] checkpoints;
    private final List<Epoch> kept;
    private final int lossIncreases;
    private final double firstLoss;
    private final Divergence divergence;
    private final List<String> warnings;

    TrainingRun(Training config, String initialiser, double learningRate, double[] initialWeights, int[] checkpoints,
                List<Epoch> kept, int lossIncreases, double firstLoss, Divergence divergence, List<String> warnings) {
        this.shape = config.network;
        this.loss = config.loss;
        this.gradients = config.gradients;
        this.initialiser = initialiser;
        this.learningRate = learningRate;
        this.initialWeights = initialWeights;
        this.checkpoints = checkpoints;
        this.kept = List.copyOf(kept);
        this.lossIncreases = lossIncreases;
        this.firstLoss = firstLoss;
        this.divergence = divergence;
        this.warnings = List.copyOf(warnings);
    }

    /** The initialisation's label: "given" for a {@link Training}, e.g. "torchRand(20)" in a sweep. */
    public String initialiser() {
        return initialiser;
    }

    public Loss loss() {
        return loss;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Every parameter before training. */
    public double[] initialWeights() {
        return initialWeights.clone();
    }

    /** The network before training. */
    public Network initialNetwork() {
        return shape.withParameters(initialWeights);
    }

    /** The network after the last epoch's update. */
    public Network finalNetwork() {
        return shape.withParameters(last().weights());
    }

    /** The epochs this run was asked to keep, ascending; the last is the epoch it aimed for. */
    public int[] checkpoints() {
        return checkpoints.clone();
    }

    public int epochsRequested() {
        return checkpoints[checkpoints.length - 1];
    }

    public int epochsRun() {
        return last().epoch();
    }

    /** The kept epochs, in order. */
    public List<Epoch> epochs() {
        return kept;
    }

    /** Epoch {@code e} (1-based), if it was kept. */
    public Epoch epoch(int e) {
        Epoch found = find(e);
        if (found != null) {
            return found;
        }
        throw new IllegalArgumentException("epoch = " + e + "; allowed: one of the kept epochs "
                + (kept.size() <= 12 ? kept.stream().map(Epoch::epoch).toList() : "1 to " + epochsRun())
                + (diverged() ? " (training stopped: " + divergence + ")" : ""));
    }

    public Epoch last() {
        return kept.get(kept.size() - 1);
    }

    /** The loss of every kept epoch. */
    public double[] losses() {
        return kept.stream().mapToDouble(Epoch::loss).toArray();
    }

    /** The loss during epoch {@code e}; NaN when training had stopped before it. */
    public double lossAt(int e) {
        return e > epochsRun() ? Double.NaN : epoch(e).loss();
    }

    /** The loss at each checkpoint, NaN for those after training stopped. */
    public double[] checkpointLoss() {
        return Arrays.stream(checkpoints).mapToDouble(this::lossAt).toArray();
    }

    /** The loss during the last epoch run. */
    public double finalLoss() {
        return last().loss();
    }

    /** Every parameter after the last epoch's update. */
    public double[] finalWeights() {
        return last().weights().clone();
    }

    /** Output k (1-based) for the first sample during the last epoch run: o1, o2, ... */
    public double o(int k) {
        return last().o(k);
    }

    /** Parameter k (1-based) after the last epoch: w1, w2, ... */
    public double w(int k) {
        return last().w(k);
    }

    /**
     * The first kept epoch for which {@code condition} holds, or 0 when none does: e.g.
     * {@code firstEpoch(e -> e.loss() < 0)}, the epoch a loss first went negative.
     */
    public int firstEpoch(Predicate<Epoch> condition) {
        return kept.stream().filter(condition).mapToInt(Epoch::epoch).findFirst().orElse(0);
    }

    /** How many epochs had a higher loss than the epoch before, beyond rounding ({@link #rose}; 0: monotone descent). */
    public int lossIncreases() {
        return lossIncreases;
    }

    /**
     * Whether {@code loss} is at rounding level: |loss| at most {@value #ROUNDING_LOSS} times max(1, |first
     * epoch's loss|). A squared error that small means outputs within about 1e-15 of the targets, a few units in
     * their last place: its digits, and its rises and falls, are rounding, and it reads as 0.
     */
    public static boolean atRoundingLevel(double loss, double firstLoss) {
        return Math.abs(loss) <= roundingLevel(firstLoss);
    }

    /** The largest |loss| at rounding level for a run whose first epoch's loss is {@code firstLoss}. */
    public static double roundingLevel(double firstLoss) {
        return ROUNDING_LOSS * Math.max(1, Math.abs(firstLoss));
    }

    /** The loss of the first epoch, kept or not: the scale of {@link #atRoundingLevel}. */
    public double firstLoss() {
        return firstLoss;
    }

    /** The loss during epoch {@code e}, with a loss at rounding level ({@link #atRoundingLevel}) read as 0; NaN after training stopped. */
    public double readableLoss(int e) {
        double loss = lossAt(e);
        return atRoundingLevel(loss, firstLoss) ? 0 : loss;
    }

    /**
     * Whether the loss rose from {@code previous} to {@code loss} beyond rounding: by more than a few units in
     * the last place, and not among losses at rounding level.
     */
    static boolean rose(double previous, double loss, double firstLoss) {
        return loss - previous > RISE_ULPS * Math.ulp(previous) && !atRoundingLevel(loss, firstLoss);
    }

    /** No rise beyond rounding ({@link #rose}): rises of a few units in the last place, or among losses at rounding level, do not count. */
    public boolean monotone() {
        return lossIncreases == 0;
    }

    public boolean diverged() {
        return divergence != null;
    }

    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** The epoch at which training stopped as diverged, or 0 when it did not. */
    public int divergenceEpoch() {
        return divergence == null ? 0 : divergence.epoch();
    }

    /** Things about the setup or the run worth knowing although nothing failed. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every kept epoch: loss, outputs, gradients and weights after the update. */
    public Table table() {
        return table(kept.stream().mapToInt(Epoch::epoch).toArray());
    }

    /**
     * For a table's title: which of the {@code requested} epochs it has no row for because some run
     * never got there, and why ("" when every run reached them all), e.g. " (no row for epoch 2000:
     * diverged at epoch 138)". Without it a table would silently show fewer epochs than asked for.
     */
    public static String unreached(int[] requested, TrainingRun... runs) {
        TrainingRun shortest = Arrays.stream(runs).min(Comparator.comparingInt(TrainingRun::epochsRun)).orElseThrow();
        int[] missing = Arrays.stream(requested).filter(e -> e > shortest.epochsRun()).distinct().sorted().toArray();
        if (missing.length == 0) {
            return "";
        }
        String which = Arrays.stream(missing).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        return " (no row for epoch" + (missing.length > 1 ? "s " : " ") + which + ": "
                + (shortest.diverged() ? "diverged at epoch " + shortest.divergenceEpoch() : "trained " + shortest.epochsRun() + " epochs")
                + ")";
    }

    /**
     * The given epochs, each once and in order, e.g. {@code table(1, 10, 50, 100)}; the title says which
     * were never reached ({@link #unreached}); epochs reached but not kept are left out.
     */
    public Table table(int... epochs) {
        List<Epoch> rows = new ArrayList<>();
        for (int e : Arrays.stream(epochs).distinct().sorted().toArray()) {
            Epoch found = find(e);
            if (found != null) {
                rows.add(found);
            }
        }
        List<String> names = shape.parameterNames();
        int samples = last().outputs().length;
        Table t = Table.create(title() + unreached(epochs, this));
        t.addColumns(IntColumn.create("epoch", rows.stream().mapToInt(Epoch::epoch).toArray()));
        t.addColumns(DoubleColumn.create("loss", rows.stream().mapToDouble(Epoch::loss).toArray()));
        for (int s = 0; s < samples; s++) {
            for (int k = 0; k < shape.outputCount(); k++) {
                int sample = s;
                int output = k;
                String name = "o" + (k + 1) + (samples > 1 ? " (sample " + (s + 1) + ")" : "");
                t.addColumns(DoubleColumn.create(name, rows.stream().mapToDouble(r -> r.outputs()[sample][output]).toArray()));
            }
        }
        for (int k = 0; k < names.size(); k++) {
            int index = k;
            t.addColumns(DoubleColumn.create("dL/d" + names.get(k), rows.stream().mapToDouble(r -> r.gradients()[index]).toArray()));
        }
        for (int k = 0; k < names.size(); k++) {
            int index = k;
            t.addColumns(DoubleColumn.create(names.get(k) + " after", rows.stream().mapToDouble(r -> r.weights()[index]).toArray()));
        }
        return t;
    }

    /**
     * What set this run apart, for a table's title: "Training: relu, mse, learning rate 0.5". It names the
     * activation (per layer when they differ: "relu/sigmoid"), the loss and the learning rate at
     * {@value Numbers#DIGITS} significant digits, then, when they are not the usual ones, the initialisation
     * ("weights torchRand(20)") and the backward pass ("autograd"), so that two variants' tables never
     * share a title.
     */
    public String title() {
        StringBuilder title = new StringBuilder("Training: ")
                .append(String.join("/", shape.activations().stream().map(Activation::name).distinct().toList()))
                .append(", ").append(loss.name())
                .append(", learning rate ").append(Numbers.format(learningRate));
        if (!initialiser.equals("given")) {
            title.append(", weights ").append(initialiser);
        }
        if (gradients == GradientSource.AUTOGRAD) {
            title.append(", autograd");
        }
        return title.toString();
    }

    /** The kept epoch {@code e}, or null (the kept epochs are ascending). */
    private Epoch find(int e) {
        int low = 0;
        int high = kept.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = kept.get(middle).epoch();
            if (at == e) {
                return kept.get(middle);
            }
            if (at < e) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }

    /** One line: epochs, final loss, and the divergence if any. */
    public String summary() {
        return epochsRun() + " of " + epochsRequested() + " epochs, learning rate " + Numbers.format(learningRate) + ", "
                + loss.name() + ", last loss " + finalLoss() + (divergence == null ? "" : "; " + divergence);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(summary());
        for (String w : warnings) {
            s.append("\nwarning: ").append(w);
        }
        return s.toString();
    }
}
