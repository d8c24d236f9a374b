package backprop.view;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.loss.LossFloor;
import backprop.loss.ProbabilityTargets;
import backprop.network.Network;
import backprop.training.Epoch;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.training.UnitActivity;

import org.knowm.xchart.XYChart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.DoubleStream;

/**
 * What a page says about cross-entropy runs on float targets y read as probabilities
 * ({@link ProbabilityTargets}): whether the gradient at the outputs can vanish, which outputs a ReLU
 * network leaves dead, whether the loss has become a linear function of the outputs, its least value
 * when the outputs are bounded, and whether a run that stopped overshot or only fell. Each sentence
 * is chosen by the numbers, so the page stays true for any targets, activation, start or step.
 */
public final class CrossEntropyStatements {

    /**
     * An output this far ahead of the others makes logsumexp(o) - max(o) &lt; 5e-5: the loss is then
     * S max(o) - sum y_c o_c up to that.
     */
    static final double FAR_AHEAD = 10;

    private final ProbabilityTargets targets;

    private CrossEntropyStatements(ProbabilityTargets targets) {
        this.targets = targets;
    }

    /** Statements about runs on targets {@code y}. */
    public static CrossEntropyStatements of(double... y) {
        return new CrossEntropyStatements(ProbabilityTargets.of(y));
    }

    /** "No warning ({name})." or one sentence per warning of the run: "Warning ({name}): ...". */
    public static Statements warnings(String name, TrainingRun run) {
        Statements s = Statements.of().addIf(run.warnings().isEmpty(), "No warning (%s).", name);
        run.warnings().forEach(w -> s.add("Warning (%s): %s.", name, w));
        return s;
    }

    /**
     * For each output, the bound that keeps dL/do_c away from 0 and which way o_c is then pushed, or that
     * neither bound does; then whether any outputs at all can make dL/do vanish.
     */
    public Statements gradientSigns() {
        Statements s = Statements.of();
        int k = targets.targets().length;
        for (int c = 1; c <= k; c++) {
            if (targets.pushesUp(c)) {
                s.add("Whatever the outputs, dL/do%s <= max(0, S) - y%s = %s < 0: o%s is pushed up at every step.",
                        c, c, targets.gradientAtMost(c), c);
            } else if (targets.pushesDown(c)) {
                s.add("Whatever the outputs, dL/do%s >= min(0, S) - y%s = %s > 0: o%s is pushed down at every step.",
                        c, c, targets.gradientAtLeast(c), c);
            } else {
                s.add("dL/do%s is not kept away from 0: min(0, S) - y%s = %s <= 0 <= max(0, S) - y%s = %s.",
                        c, c, targets.gradientAtLeast(c), c, targets.gradientAtMost(c));
            }
        }
        return s.either(targets.gradientNeverVanishes(), "So no outputs make dL/do vanish: as a function of the"
                + " outputs the loss has no minimum.", "Neither bound keeps every dL/do away from 0 for these targets.");
    }

    /**
     * What became of the outputs of run {@code name}: {@link #deadOutputs} and, at epoch {@code epoch}
     * (or the last one run, if earlier), {@link #linearLoss}.
     */
    public Statements outputs(String name, TrainingRun run, double[] x, int epoch) {
        Statements s = Statements.of();
        deadOutputs(s, name, run, x);
        linearLoss(s, run.epoch(Math.min(epoch, run.epochsRun())));
        return s;
    }

    /**
     * Each output unit whose net input is &lt;= 0 at the start and whose output stays 0 from epoch 1 to the
     * end: no gradient passes it, and that comes from the start, not from the loss, which the same start
     * trained with the 1/2-sum loss (experiment 3) shows when it leaves the unit dead too; or that there
     * is no such unit.
     */
    private void deadOutputs(Statements s, String name, TrainingRun run, double[] x) {
        Network start = run.initialNetwork();
        int layer = start.layerCount();
        double[] in = start.forward(x).in(layer);
        TrainingRun halfSum = null;
        for (int j = 0; j < in.length; j++) {
            if (in[j] > 0 || UnitActivity.stuckFrom(run, x, layer, j) != 1) {
                continue;
            }
            String unit = start.unitName(layer, j);
            s.add("For the %s the push on %s reaches no weight: in_%s = %s <= 0 at the start, so %s = 0 and"
                    + " its slope is 0 from epoch 1 on, because of where training starts, not because of"
                    + " cross-entropy.", name, unit, unit, in[j], unit);
            if (halfSum == null) {
                halfSum = Training.of(start).data(x, targets.targets()).loss(Loss.HALF_SUM_SQUARED)
                        .learningRate(run.learningRate()).epochs(run.epochsRun()).run();
            }
            s.addIf(UnitActivity.stuckFrom(halfSum, x, layer, j) == 1, "Trained from the same start with the"
                    + " 1/2-sum loss instead (as in experiment 3), %s stays at 0 from epoch 1 on as well.", unit);
        }
        s.addIf(halfSum == null, "No output of the %s stays at 0 from epoch 1 on.", name);
    }

    /**
     * When one output o_m leads by more than {@value #FAR_AHEAD} and the others are 0: the loss as the
     * multiple (S - y_m) o_m of the leading output, and how far the two differ.
     */
    private void linearLoss(Statements s, Epoch at) {
        double[] o = at.outputs()[0];
        int m = 0;
        for (int c = 1; c < o.length; c++) {
            m = o[c] > o[m] ? c : m;
        }
        boolean othersZero = true;
        for (int c = 0; c < o.length; c++) {
            othersZero &= c == m || o[c] == 0;
        }
        if (!othersZero || !(o[m] > FAR_AHEAD)) {
            return;
        }
        double factor = targets.sum() - targets.targets()[m];
        String multiple = (o.length == 2 ? "y" + (2 - m) : "(S - y" + (m + 1) + ")") + " * o" + (m + 1);
        s.add("At epoch %s: o = %s, loss %s, %s = %s (difference %s): the loss is a %s multiple of o%s.",
                at.epoch(), o, at.loss(), multiple, factor * o[m], at.loss() - factor * o[m],
                factor < 0 ? "negative" : "positive", m + 1);
    }

    /**
     * The least loss with outputs in the range of {@code output} ({@link ProbabilityTargets#leastOn}), or
     * the lower bound the outputs only approach (sigmoid, tanh), or why there is none to state.
     */
    public Statements leastValue(Activation output) {
        Optional<LossFloor> least = targets.leastOn(output);
        String range = (reaches(output, output.lowest()) ? "[" : "(") + Numbers.format(output.lowest()) + ", "
                + Numbers.format(output.highest()) + (reaches(output, output.highest()) ? "]" : ")");
        if (least.isPresent()) {
            return Statements.of().either(reached(output, least.get()), "With outputs in %s the least value of"
                    + " cross-entropy for y = %s is %s, at o = %s.", "With outputs in %s cross-entropy for y = %s stays"
                    + " above %s, its value at o = %s: the outputs come as near that corner as they like but never"
                    + " reach it, so it is a lower bound (infimum), not a value taken.", range, targets.targets(),
                    least.get().value(), least.get().closest());
        }
        int c = runaway(output);
        if (c > 0) {
            return Statements.of().add("With outputs in %s cross-entropy for y = %s has no least value: o%s is"
                    + " pushed towards %s at every step, and the loss falls without end on the way.",
                    range, targets.targets(), c, targets.pushesUp(c) ? output.highest() : output.lowest());
        }
        return Statements.of().add("For y = %s some dL/do can come as near 0 as it likes, so the least value with"
                + " outputs in %s need not be at a corner.", targets.targets(), range);
    }

    /**
     * The first output c whose gradient keeps one sign while {@code output} lets it run to infinity that way
     * (dL/do_c is bounded away from 0, so the loss falls at least linearly in o_c without end), or 0.
     */
    private int runaway(Activation output) {
        for (int c = 1; c <= targets.targets().length; c++) {
            if (targets.pushesUp(c) && Double.isInfinite(output.highest())
                    || targets.pushesDown(c) && Double.isInfinite(output.lowest())) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Whether outputs of {@code output} take the value {@code bound} (ReLU's 0 for every negative input) or
     * only approach it (sigmoid's 0 and 1, tanh's -1 and 1). A piecewise-linear function is at its bound
     * already at z = -1 or 1, a saturating one is not; very large |z| cannot tell them apart, since
     * sigmoid(-800) rounds to 0 in double precision.
     */
    static boolean reaches(Activation output, double bound) {
        return output.value(-1) == bound || output.value(1) == bound;
    }

    private static boolean reached(Activation output, LossFloor least) {
        return Arrays.stream(least.closest()).allMatch(v -> reaches(output, v));
    }

    /**
     * Where run {@code name} went: the epoch its loss first turned negative, its last loss and outputs,
     * and, when the outputs of {@code output} have a least loss or lower bound, how far above it the run ended.
     */
    public Statements approach(String name, TrainingRun run, Activation output) {
        Epoch last = run.last();
        int negative = run.firstEpoch(e -> e.loss() < 0);
        Optional<LossFloor> least = targets.leastOn(output);
        return Statements.of().addIf(negative > 0, "%s: the loss turns negative at epoch %s.", name, negative)
                .add("%s: in epoch %s the loss is %s, o = %s.", name, last.epoch(), last.loss(), last.outputs()[0])
                .addIf(least.isPresent(), "That is %s above the %s.", least.map(f -> last.loss() - f.value())
                        .orElse(Double.NaN), least.map(f -> reached(output, f) ? "least value" : "lower bound")
                        .orElse(""));
    }

    /**
     * The loss curves of {@code runs} that are bounded below, and each cross-entropy run's bound as a line
     * ("least value" or "lower bound (not reached)", from {@link #leastValue}) where it is a corner of the
     * output range. A cross-entropy run (on these targets) whose outputs give the loss no bound is left out, since its fall without end would flatten the
     * other curves; it keeps its place, so every drawn run has the colour it has in the page's other charts.
     * Runs on other losses are drawn as they are.
     */
    public XYChart boundedLossCurves(String title, Map<String, TrainingRun> runs) {
        Map<String, double[]> series = new LinkedHashMap<>();
        Map<String, Double> bounds = new LinkedHashMap<>();
        runs.forEach((name, run) -> {
            Network start = run.initialNetwork();
            Activation output = start.activation(start.layerCount());
            boolean crossEntropy = run.loss() == Loss.CROSS_ENTROPY;
            Optional<LossFloor> least = crossEntropy ? targets.leastOn(output) : Optional.empty();
            series.put(name, crossEntropy && runaway(output) > 0 ? new double[0] : run.losses());
            least.ifPresent(f -> bounds.put((reached(output, f) ? "least value, " : "lower bound (not reached), ")
                    + output + " outputs", f.value()));
        });
        int longest = series.values().stream().mapToInt(v -> v.length).max().orElse(1);
        bounds.forEach((label, value) -> series.put(label, DoubleStream.generate(() -> value).limit(longest).toArray()));
        return Charts.lines(title, "epoch", "loss", series, true);
    }

    /**
     * How often each run's loss rose; then the runs that stopped at the divergence limit with a loss that
     * fell in every epoch and ended negative: for targets whose gradient never vanishes that is a fall
     * without end, not an overshoot.
     */
    public Statements rises(Map<String, TrainingRun> runs) {
        Statements s = Statements.of();
        List<String> falling = new ArrayList<>();
        runs.forEach((name, run) -> {
            s.add("The loss of %s rose in %s of its %s epochs.", name, run.lossIncreases(), run.epochsRun());
            int flat = flatFrom(run);
            boolean allZero = Arrays.stream(run.last().outputs()).flatMapToDouble(Arrays::stream).allMatch(o -> o == 0);
            s.addIf(flat < run.epochsRun(), "From epoch %s on it stays at %s: %s, so this run stopped learning rather than"
                    + " diverging.", flat, run.finalLoss(), allZero ? "every output is 0, and a dead unit passes no gradient"
                    : "its gradients have all but vanished (largest |dL/dw| in its last epoch: "
                    + Numbers.format(Arrays.stream(run.last().gradients()).map(Math::abs).max().orElse(0)) + ")");
            if (run.diverged() && run.monotone() && run.finalLoss() < 0) {
                falling.add(name);
            }
        });
        return s.addIf(!falling.isEmpty() && targets.gradientNeverVanishes(), "Stopped at the divergence limit"
                + " with a loss that fell in every epoch: %s. No overshoot that grows: the loss went towards minus"
                + " infinity, as these targets leave it no minimum.", Statements.listed(falling));
    }

    /** The first epoch from which every loss equals the last one exactly (the number of epochs run if none before it does). */
    private static int flatFrom(TrainingRun run) {
        double[] losses = run.losses();
        int from = losses.length;
        while (from > 1 && losses[from - 2] == losses[losses.length - 1]) {
            from--;
        }
        return from;
    }

    /**
     * Run {@code name} in numbers: its first loss and the one at epoch {@code epoch} (or its last), when it
     * first went negative and how often its loss rose.
     */
    public static Statements summary(String name, TrainingRun run, int epoch) {
        Epoch at = run.epoch(Math.min(epoch, run.epochsRun()));
        int negative = run.firstEpoch(e -> e.loss() < 0);
        return Statements.of().add("%s, step %s: the loss starts at %s; at epoch %s it is %s, o = %s.", name,
                        run.learningRate(), run.epoch(1).loss(), at.epoch(), at.loss(), at.outputs()[0])
                .either(negative > 0, "It first goes negative at epoch %s.", "It never goes negative in %2$s epochs.",
                        negative, run.epochsRun())
                .either(run.monotone(), "It falls in every one of its %s epochs.", "It rises in %2$s of its %1$s epochs.",
                        run.epochsRun(), run.lossIncreases());
    }
}
