package backprop.training;

import backprop.gradients.GradientSource;
import backprop.loss.Loss;
import backprop.network.Network;

import java.util.stream.IntStream;

/**
 * One training configuration for stochastic gradient descent, immutable: every setter returns a new
 * configuration, so a cell can derive variants from a shared base without changing it.
 * <pre>
 *   TrainingRun run = Training.of(Examples.exercise())
 *           .data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
 *           .loss(Loss.HALF_SUM_SQUARED).learningRate(1).epochs(100)
 *           .run();
 * </pre>
 * Full-batch (the default) updates once per epoch with the mean gradient over the samples; one sample
 * at a time updates after every sample. Training stops early, and says so, when the loss or a weight
 * stops being finite or the loss grows beyond {@link #divergenceFactor} times its starting size.
 * {@link #sweep()} runs the same configuration over a grid of initialisations and learning rates.
 */
public final class Training {

    final Network network;
    final Dataset data;
    final Loss loss;
    final double learningRate;
    final int epochs;
    final boolean oneSampleAtATime;
    final GradientSource gradients;
    final double divergenceFactor;

    private Training(Network network, Dataset data, Loss loss, double learningRate, int epochs,
                     boolean oneSampleAtATime, GradientSource gradients, double divergenceFactor) {
        this.network = network;
        this.data = data;
        this.loss = loss;
        this.learningRate = learningRate;
        this.epochs = epochs;
        this.oneSampleAtATime = oneSampleAtATime;
        this.gradients = gradients;
        this.divergenceFactor = divergenceFactor;
    }

    /**
     * Training of a copy of {@code network}, which is never changed: its shape and activations, with its
     * weights as the start. Defaults: the 1/2-sum loss, full batch, hand-written gradients, divergence
     * factor 1000; data, learning rate and epochs must be set.
     */
    public static Training of(Network network) {
        Rules.given("network", network, "a Network, e.g. Examples.exercise()");
        return new Training(network.copy(), null, Loss.HALF_SUM_SQUARED, Double.NaN, 0, false,
                GradientSource.HAND_WRITTEN, 1e3);
    }

    /** The same configuration starting from another network (a copy of it; the argument is never changed). */
    public Training network(Network start) {
        Rules.given("network", start, "a Network, e.g. Examples.exercise()");
        return new Training(start.copy(), data, loss, learningRate, epochs, oneSampleAtATime, gradients, divergenceFactor);
    }

    /** One sample, as in the exercise. */
    public Training data(double[] x, double[] y) {
        return data(Dataset.of(x, y));
    }

    public Training data(Dataset dataset) {
        Rules.given("data", dataset, "a Dataset, e.g. Dataset.of(x, y)");
        for (int s = 0; s < dataset.size(); s++) {
            network.checkInput(dataset.inputs()[s]);
        }
        return new Training(network, dataset, loss, learningRate, epochs, oneSampleAtATime, gradients, divergenceFactor);
    }

    public Training loss(Loss lossFunction) {
        Rules.given("loss", lossFunction, "one of " + Loss.ALL);
        return new Training(network, data, lossFunction, learningRate, epochs, oneSampleAtATime, gradients, divergenceFactor);
    }

    /** The step size: every update moves each weight by -learningRate * dL/dw. */
    public Training learningRate(double rate) {
        Rules.learningRate("learningRate", rate);
        return new Training(network, data, loss, rate, epochs, oneSampleAtATime, gradients, divergenceFactor);
    }

    public Training epochs(int count) {
        Rules.epochs("epochs", count);
        return new Training(network, data, loss, learningRate, count, oneSampleAtATime, gradients, divergenceFactor);
    }

    /** Update after every sample instead of once per epoch. */
    public Training oneSampleAtATime() {
        return new Training(network, data, loss, learningRate, epochs, true, gradients, divergenceFactor);
    }

    public Training fullBatch() {
        return new Training(network, data, loss, learningRate, epochs, false, gradients, divergenceFactor);
    }

    public Training gradients(GradientSource source) {
        Rules.given("gradients", source, "GradientSource.HAND_WRITTEN or GradientSource.AUTOGRAD");
        return new Training(network, data, loss, learningRate, epochs, oneSampleAtATime, source, divergenceFactor);
    }

    /** Training stops once |loss| exceeds factor * max(1, |first loss|). */
    public Training divergenceFactor(double factor) {
        Rules.divergenceFactor(factor);
        return new Training(network, data, loss, learningRate, epochs, oneSampleAtATime, gradients, factor);
    }

    /** This configuration over a grid of initialisations, learning rates and epoch checkpoints. */
    public Sweep sweep() {
        return Sweep.of(this);
    }

    /** Trains a copy of the network and keeps every epoch. */
    public TrainingRun run() {
        requireData();
        if (Double.isNaN(learningRate)) {
            throw new IllegalArgumentException("learningRate is not set; call .learningRate(rate) with rate > 0");
        }
        if (epochs == 0) {
            throw new IllegalArgumentException("epochs is not set; call .epochs(n) with n >= 1");
        }
        return new SgdLoop(this).run("given", network.parameters(), learningRate, IntStream.rangeClosed(1, epochs).toArray());
    }

    void requireData() {
        if (data == null) {
            throw new IllegalArgumentException("data is not set; call .data(x, y) before run()");
        }
    }
}
