package backprop.training;

import backprop.activation.Activation;
import backprop.loss.LossFloor;
import backprop.view.Numbers;
import backprop.view.Statements;

import backprop.gradients.GradientSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How each step size of a sweep behaved over its whole run (not only at the budgets a table shows):
 * <ul>
 * <li><b>diverged</b>: training stopped (see {@link Training#divergenceFactor});</li>
 * <li><b>chaotic</b>: the same run with the automatic backward pass, which adds the same terms in another
 *     order, ends at a final loss more than {@value #CHAOTIC_RELATIVE} apart (relative): rounding errors of
 *     about 1e-16 grew ten-thousand-fold or more, so the run's late digits are an accident of the arithmetic;</li>
 * <li><b>worse than at the start</b>: the final loss is above the loss of epoch 1;</li>
 * <li><b>stalled</b>: the final loss is more than 10 times the best final loss of the grid and (almost)
 *     unchanged since the previous budget;</li>
 * <li><b>oscillating</b>: the loss rose from one epoch to the next at least once; <b>monotone</b> otherwise.</li>
 * </ul>
 * A loss at rounding level ({@link TrainingRun#atRoundingLevel}) counts as 0 in every comparison above, and
 * rises within rounding are not rises ({@link TrainingRun#monotone}): a grid whose runs fit the targets to the
 * last digits has no stalls, winners or chaos made of noise.
 * Only the sweep's first initialisation is looked at. In the tables a chaotic run's loss is written with
 * {@value #ROUGH_LOSS_DIGITS} significant digits ("≈0.00246") wherever the two passes already part there, and its
 * count of rises with {@value #ROUGH_COUNT_DIGITS}, "about 240": its exact figures change with the order of the arithmetic.
 */
public final class StepBehaviour {

    /** Relative difference of the final losses of the two backward passes above which a run is chaotic. */
    public static final double CHAOTIC_RELATIVE = 1e-12;
    /**
     * Significant digits of a chaotic run's loss: another arithmetic order moves it by about 1e-3 relative, so
     * the third digit may be off by one, and three still tell it from a neighbour's 0.00247497.
     */
    static final int ROUGH_LOSS_DIGITS = 3;
    /** Significant digits of a chaotic run's count of rises, which the order of the arithmetic moves by tens. */
    static final int ROUGH_COUNT_DIGITS = 2;

    private final SweepResult grid;
    private final List<TrainingRun> runs;
    private final double[] passDifference;
    /** Each run's loss per epoch again with the automatic backward pass, read as 0 at rounding level (null where the run diverged); only the losses are kept. */
    private final List<double[]> autogradLosses;
    private final double lowest;

    private StepBehaviour(SweepResult grid, List<TrainingRun> runs, double[] passDifference, List<double[]> autogradLosses) {
        this.grid = grid;
        this.runs = runs;
        this.passDifference = passDifference;
        this.autogradLosses = autogradLosses;
        this.lowest = runs.stream().filter(r -> !r.diverged()).mapToDouble(StepBehaviour::finalReadable).min().orElse(Double.NaN);
    }

    /**
     * The behaviour of every step size of {@code grid}, which {@code config} (its training
     * configuration) produced; each run that did not diverge is trained once more with the automatic
     * backward pass to tell chaos from order.
     */
    public static StepBehaviour of(Training config, SweepResult grid) {
        Rules.given("config", config, "the Training the sweep was made from");
        Rules.given("grid", grid, "a SweepResult of config.sweep()");
        String label = grid.initialisers().get(0);
        double[] rates = grid.learningRates();
        List<TrainingRun> runs = new java.util.ArrayList<>();
        List<double[]> autogradLosses = new java.util.ArrayList<>();
        double[] difference = new double[rates.length];
        for (int j = 0; j < rates.length; j++) {
            TrainingRun run = grid.run(label, rates[j]);
            runs.add(run);
            if (run.diverged()) {
                difference[j] = Double.NaN;
                autogradLosses.add(null);
                continue;
            }
            TrainingRun other = config.network(run.initialNetwork()).gradients(GradientSource.AUTOGRAD)
                    .learningRate(rates[j]).epochs(run.epochsRun()).run();
            autogradLosses.add(IntStream.rangeClosed(1, other.epochsRun()).mapToDouble(other::readableLoss).toArray());
            difference[j] = relative(finalReadable(run), other.readableLoss(other.epochsRun()));
        }
        return new StepBehaviour(grid, List.copyOf(runs), difference, java.util.Collections.unmodifiableList(autogradLosses));
    }

    /** The runs, one per step size, in the sweep's order. */
    public List<TrainingRun> runs() {
        return runs;
    }

    /** The first run, in the sweep's order, that ends at {@link #lowestFinalLoss}; null when every run diverged. */
    public TrainingRun bestRun() {
        return runs.stream().filter(r -> !r.diverged() && finalReadable(r) == lowest).findFirst().orElse(null);
    }

    /** The lowest final loss of the runs that did not diverge, 0 at rounding level (NaN if all diverged). */
    public double lowestFinalLoss() {
        return lowest;
    }

    /**
     * |L_hand - L_auto| / max(|L_hand|, |L_auto|) of the final losses of the hand-written and the automatic
     * backward pass for step {@code learningRate}; NaN for a diverged run.
     */
    public double passDifference(double learningRate) {
        return passDifference[index(learningRate)];
    }

    public boolean chaotic(TrainingRun run) {
        return !run.diverged() && passDifference[runs.indexOf(run)] > CHAOTIC_RELATIVE;
    }

    /**
     * Whether the loss of a chaotic run during {@code epoch} is only roughly known: the two backward passes
     * already give it more than {@value #CHAOTIC_RELATIVE} apart (relative) there.
     */
    public boolean roughAt(TrainingRun run, int epoch) {
        if (!chaotic(run)) {
            return false;
        }
        double[] other = autogradLosses.get(runs.indexOf(run));
        // An automatic run that stopped earlier parted from this one by more than any tolerance.
        return epoch > other.length || relative(run.readableLoss(epoch), other[epoch - 1]) > CHAOTIC_RELATIVE;
    }

    /**
     * The loss of {@code run} during {@code epoch} as a table shows it: 6 significant digits, "≈0.0025" where it
     * is only roughly known ({@link #roughAt}), "diverged" where the run had stopped before that epoch.
     */
    public String lossShown(TrainingRun run, int epoch) {
        if (epoch > run.epochsRun()) {
            return "diverged";
        }
        if (run.readableLoss(epoch) == 0 && run.lossAt(epoch) != 0) {
            return (run.lossAt(epoch) < 0 ? "|loss| < " : "< ") + Numbers.format(TrainingRun.roundingLevel(run.firstLoss()));
        }
        return roughAt(run, epoch) ? "≈" + Numbers.format(run.lossAt(epoch), ROUGH_LOSS_DIGITS) : Numbers.format(run.lossAt(epoch));
    }

    public boolean worseThanStart(TrainingRun run) {
        return !run.diverged() && finalReadable(run) > run.firstLoss();
    }

    /** Far above the best run of the grid, and (almost) unchanged since the previous budget. */
    public boolean stalled(TrainingRun run) {
        int[] budgets = run.checkpoints();
        double before = budgets.length > 1 ? run.lossAt(budgets[budgets.length - 2]) : Double.NaN;
        return !run.diverged() && finalReadable(run) > 10 * lowest
                && Math.abs(run.finalLoss() - before) <= 1e-6 * run.finalLoss();
    }

    /** A larger budget of the sweep read a higher loss than a smaller one. */
    public boolean risesAcrossBudgets(TrainingRun run) {
        double[] l = Arrays.stream(run.checkpoints()).mapToDouble(run::readableLoss).toArray();
        for (int c = 1; c < l.length; c++) {
            if (l[c] > l[c - 1]) {
                return true;
            }
        }
        return false;
    }

    /** One phrase: "diverged at epoch 7", "chaotic; oscillating: rose in 12 of 1000 epochs", "monotone" ... */
    public String status(TrainingRun run) {
        if (run.diverged()) {
            return "diverged at epoch " + run.divergenceEpoch();
        }
        String prefix = chaotic(run) ? "chaotic; " : "";
        if (worseThanStart(run)) {
            return prefix + "worse than at the start";
        }
        if (stalled(run)) {
            return prefix + "stalled far above the best";
        }
        if (run.lossIncreases() > 0) {
            return prefix + "oscillating: rose in " + (chaotic(run) ? "about " + Numbers.format(run.lossIncreases(), ROUGH_COUNT_DIGITS)
                    : run.lossIncreases()) + " of " + run.epochsRun() + " epochs";
        }
        return prefix + "monotone";
    }

    /** The step sizes whose run satisfies {@code which}, written "0.5, 1, 100", or "none". */
    public String steps(Predicate<TrainingRun> which) {
        return listed(which, r -> plain(r.learningRate()));
    }

    /**
     * As {@link #steps(Predicate)}, each step marked as the table's behaviour column ({@link #status}) names it
     * when that is "worse than at the start" or "stalled": a flat loss never rises, so it is listed as monotone.
     */
    private String stepsMarkingStalls(Predicate<TrainingRun> which) {
        return listed(which, r -> plain(r.learningRate()) + (worseThanStart(r) ? " (worse than at the start)"
                : stalled(r) ? " (stalled)" : ""));
    }

    /** The runs {@code which} picks, each as {@code shown}, joined by commas; "none" when it picks none. */
    private String listed(Predicate<TrainingRun> which, Function<TrainingRun, String> shown) {
        String listed = runs.stream().filter(which).map(shown).collect(Collectors.joining(", "));
        return listed.isEmpty() ? "none" : listed;
    }

    /**
     * What the grid shows, in three sentences headed by {@code label}: which steps are monotone, rise at some
     * epoch or diverged; which are chaotic, end worse than they started or stall; which end with both
     * outputs exactly 0 and which read a higher loss at a larger budget.
     */
    public Statements observations(String label) {
        return Statements.of()
                .add("%s — monotone: steps %s; the loss rises at some epoch: %s; diverged: %s.", label,
                        stepsMarkingStalls(r -> !r.diverged() && r.monotone()),
                        steps(r -> !r.diverged() && !r.monotone()),
                        steps(TrainingRun::diverged))
                .add("Chaotic (late digits are rounding accidents): %s; ends worse than at the start: %s;"
                        + " stalls far above the best: %s.", steps(this::chaotic), steps(this::worseThanStart), steps(this::stalled))
                .add("Both outputs end exactly 0: %s; a larger budget read a higher loss than a smaller one: %s.",
                        steps(r -> !r.diverged() && r.o(1) == 0 && r.o(2) == 0), steps(this::risesAcrossBudgets));
    }

    /**
     * Step size, the loss at every budget ({@link #lossShown}), and the behaviour (show it with
     * {@code Tables.sixDigits}).
     */
    public Table table(String title) {
        Table t = Table.create(title);
        t.addColumns(DoubleColumn.create("step", grid.learningRates()));
        int[] budgets = grid.checkpoints();
        for (int budget : budgets) {
            t.addColumns(StringColumn.create("loss @" + budget, runs.stream().map(r -> lossShown(r, budget)).toList()));
        }
        t.addColumns(StringColumn.create("behaviour", runs.stream().map(this::status).toList()));
        return t;
    }

    /**
     * For each budget: the step size(s) with the lowest loss during that epoch ("all tie" when every step
     * ties, as at epoch 1, whose loss is computed before any update), that loss, and the behaviour of the
     * (first) best step over its whole run (show it with {@code Tables.sixDigits}). The choice compares the
     * losses with those at rounding level read as 0 ({@link TrainingRun#readableLoss}), so runs that all fit
     * the targets to rounding tie; a winner's loss is shown as {@link #lossShown} writes it.
     */
    public Table bestByBudget(String title) {
        int[] budgets = grid.checkpoints();
        List<String> best = new java.util.ArrayList<>();
        List<String> behaviour = new java.util.ArrayList<>();
        List<String> lowestLoss = new java.util.ArrayList<>();
        for (int c = 0; c < budgets.length; c++) {
            int budget = budgets[c];
            double min = runs.stream().mapToDouble(r -> r.readableLoss(budget)).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
            List<TrainingRun> winners = runs.stream().filter(r -> r.readableLoss(budget) == min).toList();
            lowestLoss.add(winners.isEmpty() ? Numbers.format(min) : lossShown(winners.get(0), budget));
            best.add(winners.size() == runs.size() && runs.size() > 1 ? "all tie"
                    : winners.stream().map(r -> plain(r.learningRate())).collect(Collectors.joining(", ")));
            behaviour.add(winners.isEmpty() ? "" : status(winners.get(0)));
        }
        Table t = Table.create(title);
        t.addColumns(tech.tablesaw.api.IntColumn.create("epochs", budgets), StringColumn.create("best step", best),
                StringColumn.create("its loss", lowestLoss), StringColumn.create("that step's behaviour", behaviour));
        return t;
    }

    private int index(double learningRate) {
        double[] rates = grid.learningRates();
        for (int j = 0; j < rates.length; j++) {
            if (rates[j] == learningRate) {
                return j;
            }
        }
        throw new IllegalArgumentException("learningRate = " + learningRate + "; allowed: one of the grid's " + java.util.Arrays.toString(rates));
    }

    /** 0.5, 1, 100: the shortest decimal that reads back as the step. */
    private static String plain(double step) {
        return new java.math.BigDecimal(Double.toString(step)).stripTrailingZeros().toPlainString();
    }

    /** The run's last loss, 0 at rounding level ({@link TrainingRun#readableLoss}). */
    private static double finalReadable(TrainingRun run) {
        return run.readableLoss(run.epochsRun());
    }

    private static double relative(double a, double b) {
        if (a == b) {
            return 0;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /** The sweep the behaviour was read from. */
    public SweepResult grid() {
        return grid;
    }

    /**
     * The lowest final loss of the runs that did not diverge, and, for a squared-error loss, whether it
     * stays above the floor {@link LossFloor} sets for outputs with activation {@code output} and
     * targets {@code y} (a run below it would mean an error in the computation).
     */
    public Statements againstFloor(Activation output, double[] y) {
        LossFloor floor = LossFloor.of(output, grid.loss(), y);
        TrainingRun best = bestRun();
        return Statements.of().either(best == null, "Every run of the grid diverged.",
                        "Lowest final loss of the runs that did not diverge: %s.", best == null ? "" : lossShown(best, best.epochsRun()))
                .addIf(floor.isLeast() && !Double.isNaN(lowest), "The floor for %s outputs: %s; %s", output,
                        floor.value(), lowest >= floor.value() ? "no run goes below it." : "a run goes below it: look for an error.");
    }

    /**
     * For each stalled run: where its outputs ended and its largest |dL/dw| in its last epoch, against
     * that of the best run; or that no step of the grid (named {@code label}) stalls.
     */
    public Statements stalls(String label) {
        List<TrainingRun> stalledRuns = runs.stream().filter(this::stalled).toList();
        Statements said = Statements.of().addIf(stalledRuns.isEmpty(), "No step of the %s grid stalls far above the best loss.", label);
        TrainingRun best = bestRun();
        for (TrainingRun r : stalledRuns) {
            double steepest = steepest(r);
            double bestSteepest = steepest(best);
            said.add("Step %s stalls with o = %s; its largest |dL/dw| in its last epoch is %s, against %s for the best run"
                    + " (step %s)%s", plain(r.learningRate()), r.last().outputs()[0], steepest, bestSteepest,
                    plain(best.learningRate()), steepest == 0 ? ": its units pass no gradient at all."
                            : steepest < bestSteepest / 100 ? ": its units pass almost no gradient." : ".");
        }
        return said;
    }

    private static double steepest(TrainingRun run) {
        return java.util.Arrays.stream(run.last().gradients()).map(Math::abs).max().orElse(Double.NaN);
    }
}
