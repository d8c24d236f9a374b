package backprop.training;

import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * Many trainings in one call: every initialisation times every learning rate, each run up to the
 * largest requested epoch, keeping per configuration only the final epoch, the loss at the requested
 * checkpoints and the divergence (see {@link SweepRun}):
 * <pre>
 *   SweepResult r = Sweep.of(Examples.exercise())
 *           .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED)
 *           .torchRandSeeds(0, 10_000)
 *           .learningRates(1.0).epochs(1, 10, 50, 100)
 *           .run();
 * </pre>
 * Every configuration computes exactly what {@link Training} computes for it (hand-written gradients,
 * the same loop, the same divergence rule), so a SweepRun's numbers equal those
 * of the matching {@link TrainingRun} bit for bit. Configurations run in parallel on all cores; each is
 * independent, and the results come back in a fixed order (initialiser-major, then learning rate), so
 * they never depend on thread scheduling. Both go through one loop (SgdLoop), which trains the
 * exercise's 2-2-2 network without biases allocation-free.
 */
public final class Sweep {

    private final Network network;
    private Dataset data;
    private Loss loss = Loss.HALF_SUM_SQUARED;
    private double[] learningRates;
    private int[] checkpoints;
    private final List<String> labels = new ArrayList<>();
    private final List<Long> seeds = new ArrayList<>();
    private final List<Initialiser> initialisers = new ArrayList<>();
    private boolean oneSampleAtATime;
    private double divergenceFactor = 1e3;
    private boolean parallel = true;

    private Sweep(Network network) {
        this.network = network;
    }

    /**
     * A sweep over networks shaped like {@code network} (sizes, biases, activations). Its own weights are
     * the initialisation used when no other is added (labelled "given").
     */
    public static Sweep of(Network network) {
        if (network == null) {
            throw new IllegalArgumentException("network = null; allowed: a Network, e.g. Examples.exercise()");
        }
        return new Sweep(network.copy());
    }

    public Sweep data(double[] x, double[] y) {
        return data(Dataset.of(x, y));
    }

    public Sweep data(Dataset dataset) {
        if (dataset == null) {
            throw new IllegalArgumentException("data = null; allowed: a Dataset, e.g. Dataset.of(x, y)");
        }
        for (int s = 0; s < dataset.size(); s++) {
            network.checkInput(dataset.inputs()[s]);
        }
        this.data = dataset;
        return this;
    }

    public Sweep loss(Loss lossFunction) {
        if (lossFunction == null) {
            throw new IllegalArgumentException("loss = null; allowed: one of " + Loss.ALL);
        }
        this.loss = lossFunction;
        return this;
    }

    /** One learning rate for every configuration. */
    public Sweep learningRate(double rate) {
        return learningRates(rate);
    }

    /** The step sizes to try, in the order the results list them. */
    public Sweep learningRates(double... rates) {
        if (rates == null || rates.length == 0) {
            throw new IllegalArgumentException("learningRates = " + Arrays.toString(rates)
                    + "; allowed: one or more finite numbers > 0, e.g. 0.1, 1, 10");
        }
        for (int i = 0; i < rates.length; i++) {
            Rules.learningRate("learningRates[" + i + "]", rates[i]);
        }
        this.learningRates = rates.clone();
        return this;
    }

    /**
     * The epochs at which to record the loss (any order; repeats count once). Every configuration trains
     * up to the largest of them, which is also its final epoch unless it diverges sooner.
     */
    public Sweep epochs(int... epochCheckpoints) {
        if (epochCheckpoints == null || epochCheckpoints.length == 0) {
            throw new IllegalArgumentException("epochs = " + Arrays.toString(epochCheckpoints)
                    + "; allowed: one or more epoch counts >= 1, e.g. 1, 10, 50, 100");
        }
        for (int i = 0; i < epochCheckpoints.length; i++) {
            if (epochCheckpoints[i] < 1) {
                throw new IllegalArgumentException("epochs[" + i + "] = " + epochCheckpoints[i]
                        + "; allowed: an epoch count >= 1");
            }
        }
        this.checkpoints = Arrays.stream(epochCheckpoints).sorted().distinct().toArray();
        return this;
    }

    /** Adds one initialisation under a label. */
    public Sweep initialiser(String label, Initialiser initialiser) {
        return add(label, -1, initialiser);
    }

    /** Adds the sweep network's own weights, labelled "given" (the default when nothing is added). */
    public Sweep givenWeights() {
        return add("given", -1, Initialiser.given(network.parameters()));
    }

    /**
     * Adds {@code count} initialisations made from the seeds first, first + 1, ..., labelled "seed N",
     * e.g. {@code seeds(0, 1000, Initialiser::xavier)}.
     */
    public Sweep seeds(long first, int count, LongFunction<Initialiser> initialiser) {
        if (initialiser == null) {
            throw new IllegalArgumentException("initialiser = null; allowed: a seed -> Initialiser function, e.g. Initialiser::torchRand");
        }
        return addSeeds(first, count, "seed ", initialiser);
    }

    /**
     * Adds torch.manual_seed(s); torch.rand(1) per weight for s = first .. first + count - 1 (the
     * exercise's random initialisation), labelled "torchRand(s)".
     */
    public Sweep torchRandSeeds(long first, int count) {
        return addSeeds(first, count, "torchRand(", Initialiser::torchRand);
    }

    /** Update after every sample instead of once per epoch (as {@link Training#oneSampleAtATime()}). */
    public Sweep oneSampleAtATime() {
        this.oneSampleAtATime = true;
        return this;
    }

    public Sweep fullBatch() {
        this.oneSampleAtATime = false;
        return this;
    }

    /** A run stops as diverged once |loss| exceeds factor * max(1, |first loss|) (as in Training). */
    public Sweep divergenceFactor(double factor) {
        this.divergenceFactor = Rules.divergenceFactor(factor);
        return this;
    }

    /** Whether to use every core (the default); the results are the same either way. */
    public Sweep parallel(boolean useAllCores) {
        this.parallel = useAllCores;
        return this;
    }

    private Sweep addSeeds(long first, int count, String prefix, LongFunction<Initialiser> initialiser) {
        if (count < 1) {
            throw new IllegalArgumentException("seed count = " + count + "; allowed: 1 or more");
        }
        if (first < 0 || first > Long.MAX_VALUE - count) {
            throw new IllegalArgumentException("first seed = " + first + "; allowed: 0 to " + (Long.MAX_VALUE - count));
        }
        for (long s = first; s < first + count; s++) {
            add(prefix + s + (prefix.endsWith("(") ? ")" : ""), s, initialiser.apply(s));
        }
        return this;
    }

    private Sweep add(String label, long seed, Initialiser initialiser) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("initialiser label = " + (label == null ? "null" : "\"" + label + "\"")
                    + "; allowed: a non-blank name, e.g. \"given\"");
        }
        if (initialiser == null) {
            throw new IllegalArgumentException("initialiser \"" + label + "\" = null; allowed: an Initialiser, e.g. Initialiser.torchRand(20)");
        }
        labels.add(label);
        seeds.add(seed);
        initialisers.add(initialiser);
        return this;
    }

    /** Trains every configuration; the result lists them initialiser-major, then by learning rate. */
    public SweepResult run() {
        if (data == null) {
            throw new IllegalArgumentException("data is not set; call .data(x, y) before run()");
        }
        if (learningRates == null) {
            throw new IllegalArgumentException("learningRates are not set; call .learningRates(r1, r2, ...) with rates > 0");
        }
        if (checkpoints == null) {
            throw new IllegalArgumentException("epochs are not set; call .epochs(e1, e2, ...) with epochs >= 1");
        }
        SgdLoop loop = new SgdLoop(network, data, loss, GradientSource.HAND_WRITTEN, oneSampleAtATime, divergenceFactor);
        List<String> warnings = loop.targetWarnings();
        if (labels.isEmpty()) {
            givenWeights();
        }
        int[] sizes = network.sizes();
        boolean biases = network.hasBiases();
        int parameterCount = network.parameterCount();
        // Every initial parameter vector is made (and checked) here, before any training starts.
        double[][] starts = new double[labels.size()][];
        for (int i = 0; i < starts.length; i++) {
            double[] p = initialisers.get(i).parameters(sizes.clone(), biases);
            if (p == null || p.length != parameterCount) {
                throw new IllegalArgumentException("initialiser \"" + labels.get(i) + "\" gave "
                        + (p == null ? "no" : p.length) + " parameters; allowed: exactly " + parameterCount);
            }
            for (int k = 0; k < p.length; k++) {
                if (!Double.isFinite(p[k])) {
                    throw new IllegalArgumentException("initialiser \"" + labels.get(i) + "\" gave parameter " + (k + 1)
                            + " = " + p[k] + "; allowed: a finite number");
                }
            }
            starts[i] = p;
        }
        int total = starts.length * learningRates.length;
        IntStream indices = IntStream.range(0, total);
        List<SweepRun> runs = (parallel ? indices.parallel() : indices)
                .mapToObj(i -> train(loop, i, starts[i / learningRates.length], learningRates[i % learningRates.length]))
                .toList();
        return new SweepResult(network, loss, List.copyOf(labels), learningRates.clone(), checkpoints.clone(), runs, warnings);
    }

    /** One configuration, through the loop {@link Training} uses, keeping only what a SweepRun holds. */
    private SweepRun train(SgdLoop loop, int index, double[] start, double learningRate) {
        int initIndex = index / learningRates.length;
        double[] checkpointLoss = new double[checkpoints.length];
        Arrays.fill(checkpointLoss, Double.NaN);
        Last last = new Last();
        Divergence divergence = loop.run(start, learningRate, checkpoints[checkpoints.length - 1],
                (e, epochLoss, outputs, gradient, weights) -> {
                    int i = Arrays.binarySearch(checkpoints, e);
                    if (i >= 0) {
                        checkpointLoss[i] = epochLoss;
                    }
                    if (e > 1 && epochLoss > last.loss) {
                        last.increases++;
                    }
                    last.epoch = e;
                    last.loss = epochLoss;
                    last.outputs = outputs;
                    last.weights = weights;
                });
        double[][] finalOutputs = new double[last.outputs.length][];
        for (int s = 0; s < finalOutputs.length; s++) {
            finalOutputs[s] = last.outputs[s].clone();
        }
        return new SweepRun(index, labels.get(initIndex), seeds.get(initIndex), learningRate, start.clone(), last.epoch,
                last.loss, finalOutputs, last.weights.clone(), checkpoints.clone(), checkpointLoss, last.increases,
                divergence == null ? 0 : divergence.epoch(), divergence == null ? null : divergence.reason());
    }

    /** The latest epoch seen; its arrays are the loop's buffers, which keep the final values once it returns. */
    private static final class Last {
        int epoch;
        double loss = Double.NaN;
        int increases;
        double[][] outputs;
        double[] weights;
    }
}
