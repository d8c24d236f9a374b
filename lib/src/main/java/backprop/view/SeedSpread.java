package backprop.view;

import backprop.training.RunGroup;
import backprop.training.SweepResult;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Many random starts beside the given weights, trained alike: torch.manual_seed(s) for s = 0, 1, ...
 * and the given-weights run. Every spread (quantiles, ranges, counts) is over the seeds only; the given
 * run is a reference shown beside them, never one of the group, so a question such as "does the given
 * run end inside the seeds' range?" has an honest answer.
 */
public final class SeedSpread {

    private static final String GIVEN = "given";
    /** Two weight vectors closer than this (Euclidean) count as the same trained network. */
    static final double SAME_WEIGHTS = 0.01;

    private final RunGroup seeds;
    private final TrainingRun given;
    private final int[] checkpoints;

    private SeedSpread(SweepResult sweep) {
        this.seeds = RunGroup.without(sweep, GIVEN);
        this.given = sweep.run(GIVEN, sweep.learningRates()[0]);
        this.checkpoints = sweep.checkpoints();
    }

    /**
     * {@code setup} (its network's weights, loss and step) trained from its own weights and from
     * {@code seedCount} seeds, the loss read at each of {@code epochs} and at {@code longEpochs}.
     */
    public static SeedSpread train(Training setup, int seedCount, int[] epochs, int longEpochs) {
        int[] checkpoints = IntStream.concat(Arrays.stream(epochs), IntStream.of(longEpochs)).toArray();
        return new SeedSpread(setup.sweep().givenWeights().torchRandSeeds(0, seedCount).epochs(checkpoints).run());
    }

    public RunGroup seeds() {
        return seeds;
    }

    public TrainingRun given() {
        return given;
    }

    /** The epochs the loss was read at, ascending; the last is the final epoch. */
    public int[] checkpoints() {
        return checkpoints.clone();
    }

    /** How many seeds, how long, how many runs diverged. */
    public Statements trained() {
        long diverged = seeds.runs().stream().filter(TrainingRun::diverged).count() + (given.diverged() ? 1 : 0);
        return Statements.of().add("%s seeds and the given weights trained for %s epochs; %s runs diverged.",
                seeds.size(), last(), diverged);
    }

    /** The seeds' loss quantiles at each checkpoint, and the given run's loss. */
    public Table losses() {
        List<String> names = Arrays.stream(checkpoints).mapToObj(e -> "epoch " + e).toList();
        double[][] values = Arrays.stream(checkpoints).mapToObj(seeds::lossesAt).toArray(double[][]::new);
        return Spread.table("Loss of the " + seeds.size() + " seeds, and the given weights", "", names, values,
                "given weights", Arrays.stream(checkpoints).mapToDouble(given::lossAt).toArray());
    }

    /**
     * The seeds' losses during {@code epoch} in {@code bins} bins; the title gives the given run's loss, which
     * the bars do not include, and how many seeds lie below it, so that its place is read off the axis.
     */
    public CategoryChart histogram(int epoch, int bins) {
        String reference = epoch > given.epochsRun() ? "the given weights diverged at epoch " + given.divergenceEpoch()
                : "given weights (not drawn): " + Numbers.format(given.lossAt(epoch)) + ", above "
                + seeds.countBelow(epoch, given.lossAt(epoch)) + " seeds";
        return Charts.histogram("Epoch " + epoch + ", " + seeds.size() + " seeds; " + reference,
                "loss during epoch " + epoch, seeds.lossesAt(epoch), bins);
    }

    /** The given run's loss and the seeds' 5 %, median and 95 % quantiles at every checkpoint. */
    public XYChart lossBand() {
        Map<String, double[]> band = new LinkedHashMap<>();
        band.put("given weights", Arrays.stream(checkpoints).mapToDouble(given::lossAt).toArray());
        for (int q = 1; q <= 3; q++) {
            int quantile = q;
            band.put((q == 2 ? "median" : Spread.NAMES.get(q) + " quantile") + " of the seeds", Arrays.stream(checkpoints)
                    .mapToDouble(e -> Spread.quantiles(seeds.lossesAt(e))[quantile]).toArray());
        }
        return SweepCharts.atEpochs("Loss at epochs " + Arrays.stream(checkpoints).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ")) + ": seed quantiles and the given weights", checkpoints, "loss", band);
    }

    /** Quantiles of each seed's distance |w_seed - w_given| before training and after the last epoch. */
    public Table distances() {
        return Tables.columns("Distance |w_seed − w_given| over the " + seeds.size() + " seeds", "quantile", Spread.NAMES,
                Labelled.of("before training", Spread.quantiles(seeds.distancesBefore(given.initialWeights())),
                        afterTraining(), Spread.quantiles(seeds.distancesAfter(given.finalWeights()))));
    }

    /** Each final weight over the seeds, and the given run's. */
    public Table finalWeights() {
        return Spread.table("Final weights " + afterTraining() + ": the seeds, and the given run", "weight",
                weightNames(), seedWeights(), "given run", given.finalWeights());
    }

    /** Each output during the last epoch over the seeds, and the given run's. */
    public Table finalOutputs() {
        int outputs = given.initialNetwork().outputCount();
        List<String> names = IntStream.rangeClosed(1, outputs).mapToObj(k -> "o" + k).toList();
        return Spread.table("Outputs during the last epoch: the seeds, and the given run", "output", names,
                IntStream.rangeClosed(1, outputs).mapToObj(seeds::finalOutputs).toArray(double[][]::new),
                "given run", IntStream.rangeClosed(1, outputs).mapToDouble(given::o).toArray());
    }

    /**
     * Which final weights of the given run lie outside the seeds' range, each with that range; then which
     * of its initial weights already lay outside the seeds' starts (torch.rand draws in [0, 1), the given
     * weights include negative ones), since a start outside the box can end outside it.
     */
    public Statements whereGivenEnds() {
        List<String> names = weightNames();
        double[][] values = seedWeights();
        List<String> outside = Spread.outside(names, values, given.finalWeights());
        Statements said = Statements.of().either(outside.isEmpty(),
                "Every final weight of the given run lies within the seeds' range.",
                "The given run ends outside the range of all %s seeds for %s:", seeds.size(), String.join(", ", outside));
        for (String w : outside) {
            int k = names.indexOf(w);
            double[] q = Spread.quantiles(values[k]);
            said.add("%s = %s, the seeds' range %s to %s.", w, given.w(k + 1), q[0], q[4]);
        }
        double[] starts = seeds.runs().stream().flatMapToDouble(r -> Arrays.stream(r.initialWeights())).toArray();
        double lowest = Arrays.stream(starts).min().orElse(Double.NaN);
        double highest = Arrays.stream(starts).max().orElse(Double.NaN);
        double[] givenStart = given.initialWeights();
        String startOutside = IntStream.range(0, givenStart.length)
                .filter(k -> givenStart[k] < lowest || givenStart[k] > highest)
                .mapToObj(k -> names.get(k) + " = " + Numbers.format(givenStart[k])).collect(Collectors.joining(", "));
        return said.either(startOutside.isEmpty(), "The given start lies inside the box of the seeds' starts: their initial"
                        + " weights all lie in %s to %s (torch.rand draws in [0, 1)), and so do the given ones.",
                "The given start already lies outside the box of the seeds' starts: their initial weights all lie in %s to"
                        + " %s (torch.rand draws in [0, 1)), the given %s do not.", lowest, highest, startOutside);
    }

    /**
     * During {@code epoch}: the variant's loss against the given run's and the seeds'; the seeds' range,
     * median and 5–95 % band; and how wide that band is, relative to the median, over the training. A run
     * that diverged before {@code epoch} is said to have, not given a loss.
     */
    public Statements lossesAt(int epoch, TrainingRun variant) {
        double[] losses = seeds.lossesAt(epoch);
        double[] q = Spread.quantiles(losses);
        long stopped = Arrays.stream(losses).filter(v -> !Double.isFinite(v)).count();
        double variantLoss = variant.lossAt(epoch);
        double givenLoss = given.lossAt(epoch);
        int early = checkpoints[Math.min(1, checkpoints.length - 1)];
        double[] spreads = {Spread.relativeSpread(seeds.lossesAt(early)), Spread.relativeSpread(losses),
                Spread.relativeSpread(seeds.lossesAt(last()))};
        boolean positive = Arrays.stream(checkpoints).allMatch(e -> Spread.quantiles(seeds.lossesAt(e))[0] > 0);
        return Statements.of()
                .either(Double.isFinite(variantLoss), "During epoch %s the variant's loss is %s, the given weights' %s; %s of the"
                                + " %s seeds are lower than the variant.", "During epoch %s the variant's loss is %s, the given"
                                + " weights' %s.",
                        epoch, loss(variant, epoch), loss(given, epoch), seeds.countBelow(epoch, variantLoss), seeds.size())
                .either(stopped == seeds.size(), "By epoch %s every seed had diverged: there is no spread to compare.",
                        "During epoch %s the seeds' losses range from %s to %s (median %s, 5–95 %% band %s to %s)%s; %s are"
                                + " below the given run's %s.", epoch, q[0], q[4], q[2], q[1], q[3],
                        stopped == 0 ? "" : ", over the " + (seeds.size() - stopped) + " that had not diverged",
                        seeds.countBelow(epoch, givenLoss), loss(given, epoch))
                .either(positive && Arrays.stream(spreads).allMatch(Double::isFinite),
                        "Spread: the 5–95 %% band is %s of the median during epoch %s, %s during epoch %s and %s during"
                                + " epoch %s.",
                        "Spread: the band relative to the median is left out: some seeds diverged or a loss is not positive.",
                        spreads[0], early, spreads[1], epoch, spreads[2], last());
    }

    /**
     * What the start changes after the last epoch: how many seeds end within {@code withinPercent} % of
     * the given run's loss, and how far their weights end from the given run's.
     */
    public Statements whatTheStartChanges(double withinPercent) {
        int within = seeds.countWithin(last(), given.lossAt(last()), withinPercent);
        double[] d = Spread.quantiles(seeds.distancesAfter(given.finalWeights()));
        long diverged = seeds.runs().stream().filter(TrainingRun::diverged).count();
        return Statements.of()
                .add(given.diverged() ? "Loss: the given run diverged at epoch %4$s, and %5$s of the %6$s seeds diverged too."
                        : within == seeds.size() ? "Loss: during epoch %2$s every seed's loss is within %1$s %% of the given run's."
                        : "Loss: during epoch %2$s only %3$s of the seeds' losses are within %1$s %% of the given run's.",
                        withinPercent, last(), within, given.divergenceEpoch(), diverged, seeds.size())
                .add(d[4] < SAME_WEIGHTS ? "Weights: every seed ends at the given run's weights (the farthest %3$s away)."
                        : d[0] < SAME_WEIGHTS ? "Weights: some seeds end at the given run's weights (the closest %s away),"
                        + " others do not (median %s, farthest %s)."
                        : "Weights: no seed ends at the given run's weights: the closest is %s away, the median %s"
                        + " (before training: median %4$s).",
                        d[0], d[2], d[4], Spread.quantiles(seeds.distancesBefore(given.initialWeights()))[2])
                .addIf(d[0] >= SAME_WEIGHTS && within > 0, "So the start changes the trained network even where the losses"
                        + " agree: many weight vectors fit one sample about equally well.");
    }

    /** "0.0103428", or "gone (diverged at epoch 71)" for a run that stopped before {@code epoch}. */
    private static String loss(TrainingRun run, int epoch) {
        return epoch > run.epochsRun() ? "gone (diverged at epoch " + run.divergenceEpoch() + ")" : Numbers.format(run.lossAt(epoch));
    }

    /** "after 1000 epochs", or, when a run stopped early, "at each run's last epoch". */
    private String afterTraining() {
        boolean any = given.diverged() || seeds.runs().stream().anyMatch(TrainingRun::diverged);
        return any ? "at each run's last epoch (runs that diverged stopped early)" : "after " + last() + " epochs";
    }

    private int last() {
        return checkpoints[checkpoints.length - 1];
    }

    private List<String> weightNames() {
        return given.initialNetwork().parameterNames();
    }

    private double[][] seedWeights() {
        List<double[]> weights = new ArrayList<>();
        for (int k = 1; k <= weightNames().size(); k++) {
            weights.add(seeds.finalWeights(k));
        }
        return weights.toArray(double[][]::new);
    }
}
