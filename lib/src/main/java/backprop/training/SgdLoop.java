package backprop.training;

import backprop.gradients.BackwardPass;
import backprop.network.Network;
import backprop.view.Numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gradient-descent loop of one configuration, shared by {@link Training} and {@link Sweep}:
 * w &lt;- w - learningRate * dL/dw, with dL/dw from the configuration's {@link BackwardPass}, one call
 * per sample. Full batch updates once per epoch with the mean gradient; one sample at a time updates
 * after every sample.
 */
final class SgdLoop {

    private final Training config;
    private final List<String> targetWarnings = new ArrayList<>();

    /** Throws, naming the sample's targets, when the loss cannot take them. */
    SgdLoop(Training config) {
        config.requireData();
        Dataset data = config.data;
        for (int s = 0; s < data.size(); s++) {
            config.loss.checkTargets(data.targets()[s], config.network.outputCount());
            String warning = config.loss.warning(data.targets()[s]);
            if (warning != null && !targetWarnings.contains(warning)) {
                targetWarnings.add(warning);
            }
        }
        this.config = config;
    }

    /** What the loss says about targets it accepts but misbehaves on, each once. */
    List<String> targetWarnings() {
        return List.copyOf(targetWarnings);
    }

    /**
     * Trains a copy of the network from parameters {@code start} up to the last of {@code checkpoints}
     * (ascending), keeping the epochs in {@code checkpoints} and the last one run.
     */
    TrainingRun run(String label, double[] start, double learningRate, int[] checkpoints) {
        int n = config.data.size();
        double[][] xs = config.data.inputs();
        double[][] ys = config.data.targets();
        Network net = config.network.withParameters(start);
        BackwardPass pass = config.gradients.passFor(net, config.loss);
        double[] weights = start.clone();
        double[] sampleGradient = new double[weights.length];
        double[] epochGradient = new double[weights.length];
        double[][] outputs = new double[n][net.outputCount()];
        List<Epoch> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>(targetWarnings);
        int lossIncreases = 0;
        double previousLoss = Double.NaN, firstLoss = Double.NaN;
        boolean belowLowerBound = false;
        double limit = Double.NaN;
        Divergence divergence = null;

        for (int e = 1; e <= checkpoints[checkpoints.length - 1] && divergence == null; e++) {
            double epochLoss = 0;
            Arrays.fill(epochGradient, 0.0);
            for (int s = 0; s < n; s++) {
                epochLoss += pass.run(xs[s], ys[s], outputs[s], sampleGradient) / n;
                for (int k = 0; k < sampleGradient.length; k++) {
                    epochGradient[k] += sampleGradient[k] / n;
                }
                if (config.oneSampleAtATime) {
                    descend(net, weights, sampleGradient, learningRate);
                }
            }
            if (!config.oneSampleAtATime) {
                descend(net, weights, epochGradient, learningRate);
            }
            if (e == 1) {
                firstLoss = epochLoss;
                limit = config.divergenceFactor * Math.max(1.0, Math.abs(epochLoss));
            } else if (TrainingRun.rose(previousLoss, epochLoss, firstLoss)) {
                lossIncreases++;
            }
            previousLoss = epochLoss;
            if (epochLoss < config.loss.lowerBound() && !belowLowerBound) {
                belowLowerBound = true;
                warnings.add("epoch " + e + ": the loss " + Numbers.format(epochLoss) + " fell below " + Numbers.format(config.loss.lowerBound())
                        + ", the least value " + config.loss.name() + " can take on valid targets");
            }
            divergence = Divergence.check(e, epochLoss, weights, limit);
            // The checkpoints, and the epoch training stopped at (the last checkpoint unless it diverged).
            if (divergence != null || Arrays.binarySearch(checkpoints, e) >= 0) {
                kept.add(new Epoch(e, epochLoss, copy(outputs), epochGradient.clone(), weights.clone()));
            }
        }
        return new TrainingRun(config, label, learningRate, start.clone(), checkpoints, kept, lossIncreases, firstLoss,
                divergence, warnings);
    }

    /** w &lt;- w - learningRate * gradient, then the network takes the new w for the next pass. */
    private static void descend(Network net, double[] weights, double[] gradient, double learningRate) {
        for (int k = 0; k < weights.length; k++) {
            weights[k] -= learningRate * gradient[k];
        }
        net.setParameters(weights);
    }

    private static double[][] copy(double[][] rows) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i].clone();
        }
        return c;
    }
}
