package backprop.training;

import backprop.init.Initialiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * One {@link Training} configuration run over a grid: every initialisation times every learning rate,
 * each up to the largest checkpoint epoch, keeping the loss, outputs, gradients and weights at the
 * checkpoints (see {@link TrainingRun}):
 * <pre>
 *   SweepResult r = Training.of(Examples.exercise())
 *           .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED)
 *           .sweep().torchRandSeeds(0, 10_000).learningRates(1.0).epochs(1, 10, 50, 100)
 *           .run();
 * </pre>
 * Everything but the grid comes from the training configuration, and each configuration goes through
 * the loop {@link Training#run()} uses. Without a grid of its own the sweep takes the training's
 * learning rate, its epoch count as the one checkpoint, and the network's weights (labelled "given").
 * Like Training, a Sweep is immutable. Configurations run in parallel on all cores; each is independent,
 * and the results come back in a fixed order (initialiser-major, then learning rate).
 */
public final class Sweep {

    private final Training training;
    private final List<String> labels;
    private final List<Initialiser> initialisers;
    private final double[] learningRates;
    private final int[] checkpoints;
    private final boolean parallel;

    private Sweep(Training training, List<String> labels, List<Initialiser> initialisers, double[] learningRates,
                  int[] checkpoints, boolean parallel) {
        this.training = training;
        this.labels = labels;
        this.initialisers = initialisers;
        this.learningRates = learningRates;
        this.checkpoints = checkpoints;
        this.parallel = parallel;
    }

    /** A sweep of {@code training} with an empty grid. */
    public static Sweep of(Training training) {
        Rules.given("training", training, "a Training, e.g. Training.of(Examples.exercise()).data(x, y)");
        return new Sweep(training, List.of(), List.of(), null, null, true);
    }

    /** The step sizes to try, in the order the results list them. */
    public Sweep learningRates(double... rates) {
        return new Sweep(training, labels, initialisers, Rules.learningRates("learningRates", rates), checkpoints, parallel);
    }

    /**
     * The epochs at which to keep the loss, outputs and weights (any order; repeats count once). Every
     * configuration trains up to the largest of them, which is also its final epoch unless it diverges.
     */
    public Sweep epochs(int... epochCheckpoints) {
        int[] sorted = Arrays.stream(Rules.epochs("epochs", epochCheckpoints)).sorted().distinct().toArray();
        return new Sweep(training, labels, initialisers, learningRates, sorted, parallel);
    }

    /** Adds one initialisation under a label. */
    public Sweep initialiser(String label, Initialiser initialiser) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("initialiser label = " + (label == null ? "null" : "\"" + label + "\"")
                    + "; allowed: a non-blank name, e.g. \"given\"");
        }
        Rules.given("initialiser \"" + label + "\"", initialiser, "an Initialiser, e.g. Initialiser.torchRand(20)");
        List<String> moreLabels = new ArrayList<>(labels);
        List<Initialiser> more = new ArrayList<>(initialisers);
        moreLabels.add(label);
        more.add(initialiser);
        return new Sweep(training, List.copyOf(moreLabels), List.copyOf(more), learningRates, checkpoints, parallel);
    }

    /** Adds the training network's own weights, labelled "given" (the default when nothing is added). */
    public Sweep givenWeights() {
        return initialiser("given", Initialiser.given(training.network.parameters()));
    }

    /**
     * Adds {@code count} initialisations made from the seeds first, first + 1, ..., labelled "seed N",
     * e.g. {@code seeds(0, 1000, Initialiser::xavier)}.
     */
    public Sweep seeds(long first, int count, LongFunction<Initialiser> initialiser) {
        Rules.given("initialiser", initialiser, "a seed -> Initialiser function, e.g. Initialiser::torchRand");
        return addSeeds(first, count, s -> "seed " + s, initialiser);
    }

    /**
     * Adds torch.manual_seed(s); torch.rand(1) per weight for s = first .. first + count - 1 (the
     * exercise's random initialisation), labelled "torchRand(s)".
     */
    public Sweep torchRandSeeds(long first, int count) {
        return addSeeds(first, count, s -> "torchRand(" + s + ")", Initialiser::torchRand);
    }

    /** Whether to use every core (the default); the results are the same either way. */
    public Sweep parallel(boolean useAllCores) {
        return new Sweep(training, labels, initialisers, learningRates, checkpoints, useAllCores);
    }

    private Sweep addSeeds(long first, int count, LongFunction<String> label, LongFunction<Initialiser> initialiser) {
        if (count < 1) {
            throw new IllegalArgumentException("seed count = " + count + "; allowed: 1 or more");
        }
        if (first < 0 || first > Long.MAX_VALUE - count) {
            throw new IllegalArgumentException("first seed = " + first + "; allowed: 0 to " + (Long.MAX_VALUE - count));
        }
        List<String> moreLabels = new ArrayList<>(labels);
        List<Initialiser> more = new ArrayList<>(initialisers);
        for (long s = first; s < first + count; s++) {
            moreLabels.add(label.apply(s));
            more.add(Rules.given("initialiser for seed " + s, initialiser.apply(s), "an Initialiser"));
        }
        return new Sweep(training, List.copyOf(moreLabels), List.copyOf(more), learningRates, checkpoints, parallel);
    }

    /** Trains every configuration; the result lists them initialiser-major, then by learning rate. */
    public SweepResult run() {
        double[] rates = learningRates;
        if (rates == null) {
            if (Double.isNaN(training.learningRate)) {
                throw new IllegalArgumentException("learningRates are not set; call .learningRates(r1, r2, ...) with rates > 0");
            }
            rates = new double[] {training.learningRate};
        }
        int[] epochs = checkpoints;
        if (epochs == null) {
            if (training.epochs == 0) {
                throw new IllegalArgumentException("epochs are not set; call .epochs(e1, e2, ...) with epochs >= 1");
            }
            epochs = new int[] {training.epochs};
        }
        Sweep grid = labels.isEmpty() ? givenWeights() : this;
        SgdLoop loop = new SgdLoop(training);
        double[][] starts = grid.starts();
        double[] r = rates;
        int[] c = epochs;
        IntStream indices = IntStream.range(0, starts.length * r.length);
        List<TrainingRun> runs = (parallel ? indices.parallel() : indices)
                .mapToObj(i -> loop.run(grid.labels.get(i / r.length), starts[i / r.length], r[i % r.length], c))
                .toList();
        return new SweepResult(training.network, training.loss, grid.labels, r.clone(), c.clone(), runs,
                loop.targetWarnings());
    }

    /** Every initial parameter vector, made and checked before any training starts. */
    private double[][] starts() {
        int[] sizes = training.network.sizes();
        boolean biases = training.network.hasBiases();
        int parameterCount = training.network.parameterCount();
        double[][] starts = new double[labels.size()][];
        for (int i = 0; i < starts.length; i++) {
            double[] p = initialisers.get(i).parameters(sizes.clone(), biases);
            if (p == null || p.length != parameterCount) {
                throw new IllegalArgumentException("initialiser \"" + labels.get(i) + "\" gave "
                        + (p == null ? "no" : p.length) + " parameters; allowed: exactly " + parameterCount);
            }
            try {
                training.network.withParameters(p);   // names a non-finite one: "w3 = NaN"
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("initialiser \"" + labels.get(i) + "\" gave " + e.getMessage());
            }
            starts[i] = p;
        }
        return starts;
    }
}
