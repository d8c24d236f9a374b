package backprop.training;

import backprop.loss.Loss;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * Stochastic gradient descent, described fluently and run on a copy of the network:
 * <pre>
 *   TrainingRun run = Training.of(Examples.exercise())
 *           .data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
 *           .loss(Loss.HALF_SUM_SQUARED).learningRate(1).epochs(100)
 *           .run();
 * </pre>
 * Full-batch (the default) updates once per epoch with the mean gradient over the samples; one sample
 * at a time updates after every sample. Training stops early, and says so, when the loss or a weight
 * stops being finite or the loss grows beyond {@link #divergenceFactor} times its starting size.
 */
public final class Training {

    private final Network network;
    private Dataset data;
    private Loss loss = Loss.HALF_SUM_SQUARED;
    private double learningRate = Double.NaN;
    private int epochs = -1;
    private boolean oneSampleAtATime;
    private GradientSource gradients = GradientSource.HAND_WRITTEN;
    private double divergenceFactor = 1e3;

    private Training(Network network) {
        this.network = network;
    }

    /** Training of a copy of {@code network}: the network itself is never changed. */
    public static Training of(Network network) {
        if (network == null) {
            throw new IllegalArgumentException("network = null; allowed: a Network, e.g. Examples.exercise()");
        }
        return new Training(network.copy());
    }

    public Training data(double[] x, double[] y) {
        return data(Dataset.of(x, y));
    }

    public Training data(Dataset dataset) {
        for (int s = 0; s < dataset.size(); s++) {
            network.checkInput(dataset.inputs()[s]);
        }
        this.data = dataset;
        return this;
    }

    public Training loss(Loss lossFunction) {
        if (lossFunction == null) {
            throw new IllegalArgumentException("loss = null; allowed: one of " + Loss.ALL);
        }
        this.loss = lossFunction;
        return this;
    }

    /** The step size: every update moves each weight by -learningRate * dL/dw. */
    public Training learningRate(double rate) {
        this.learningRate = Rules.learningRate("learningRate", rate);
        return this;
    }

    public Training epochs(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("epochs = " + count + "; allowed: 0 or more, e.g. 100");
        }
        this.epochs = count;
        return this;
    }

    /** Update after every sample instead of once per epoch. */
    public Training oneSampleAtATime() {
        this.oneSampleAtATime = true;
        return this;
    }

    public Training fullBatch() {
        this.oneSampleAtATime = false;
        return this;
    }

    public Training gradients(GradientSource source) {
        if (source == null) {
            throw new IllegalArgumentException("gradients = null; allowed: HAND_WRITTEN or AUTOGRAD");
        }
        this.gradients = source;
        return this;
    }

    /** Training stops once |loss| exceeds factor * max(1, |first loss|). */
    public Training divergenceFactor(double factor) {
        this.divergenceFactor = Rules.divergenceFactor(factor);
        return this;
    }

    public TrainingRun run() {
        if (data == null) {
            throw new IllegalArgumentException("data is not set; call .data(x, y) before run()");
        }
        if (Double.isNaN(learningRate)) {
            throw new IllegalArgumentException("learningRate is not set; call .learningRate(rate) with rate > 0");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs is not set; call .epochs(n) with n >= 0");
        }
        SgdLoop loop = new SgdLoop(network, data, loss, gradients, oneSampleAtATime, divergenceFactor);
        List<String> warnings = loop.targetWarnings();
        List<Epoch> history = new ArrayList<>(epochs);
        Divergence divergence = loop.run(network.parameters(), learningRate, epochs,
                (e, epochLoss, outputs, gradient, weights) -> {
                    double[][] outputsCopy = new double[outputs.length][];
                    for (int s = 0; s < outputs.length; s++) {
                        outputsCopy[s] = outputs[s].clone();
                    }
                    history.add(new Epoch(e, epochLoss, outputsCopy, gradient.clone(), weights.clone()));
                });
        for (Epoch e : history) {
            if (e.loss() < loss.lowerBound()) {
                warnings.add("epoch " + e.epoch() + ": the loss " + e.loss() + " fell below " + loss.lowerBound()
                        + ", the least value " + loss.name() + " can take on valid targets");
                break;
            }
        }
        Network trained = history.isEmpty() ? network : network.withParameters(history.get(history.size() - 1).weights());
        return new TrainingRun(network, trained, loss, learningRate, epochs, history, divergence, warnings);
    }
}
