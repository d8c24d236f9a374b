package backprop.training;

import backprop.gradients.AutogradPass;
import backprop.loss.Loss;
import backprop.network.Backprop;
import backprop.network.ExerciseBackprop;
import backprop.network.Network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gradient-descent loop that {@link Training} and {@link Sweep} share, so a sweep computes exactly
 * what a training of the same configuration computes. Full-batch updates once per epoch with the mean
 * gradient; one sample at a time updates after every sample. The exercise's 2-2-2 network without
 * biases takes the allocation-free {@link ExerciseBackprop} path when gradients are hand-written (it
 * does the same arithmetic as {@link Backprop}, bit for bit); autograd and other shapes take the
 * general paths.
 */
final class SgdLoop {

    /** Receives every epoch; the arrays are the loop's own buffers, valid only during the call. */
    interface EpochSink {
        void epoch(int epoch, double loss, double[][] outputs, double[] gradient, double[] weights);
    }

    private final Network shape;
    private final Dataset data;
    private final Loss loss;
    private final GradientSource gradients;
    private final boolean oneSampleAtATime;
    private final double divergenceFactor;
    private final boolean exercise;

    /** Throws, naming the sample's targets, when the loss cannot take them. */
    SgdLoop(Network shape, Dataset data, Loss loss, GradientSource gradients, boolean oneSampleAtATime,
            double divergenceFactor) {
        for (int s = 0; s < data.size(); s++) {
            loss.checkTargets(data.targets()[s], shape.outputCount());
        }
        this.shape = shape;
        this.data = data;
        this.loss = loss;
        this.gradients = gradients;
        this.oneSampleAtATime = oneSampleAtATime;
        this.divergenceFactor = divergenceFactor;
        int[] sizes = shape.sizes();
        this.exercise = gradients == GradientSource.HAND_WRITTEN && !shape.hasBiases()
                && Arrays.equals(sizes, new int[] {2, 2, 2});
    }

    /** What the loss says about targets it accepts but misbehaves on, each once (a fresh, mutable list). */
    List<String> targetWarnings() {
        List<String> warnings = new ArrayList<>();
        for (int s = 0; s < data.size(); s++) {
            String w = loss.warning(data.targets()[s]);
            if (w != null && !warnings.contains(w)) {
                warnings.add(w);
            }
        }
        return warnings;
    }

    /** Trains from {@code start} for up to {@code epochs} epochs; returns the divergence, or null. */
    Divergence run(double[] start, double learningRate, int epochs, EpochSink sink) {
        int n = data.size();
        double[][] xs = data.inputs();
        double[][] ys = data.targets();
        double[] weights = start.clone();
        double[] sampleGradient = new double[weights.length];
        double[] epochGradient = new double[weights.length];
        double[][] outputs = new double[n][shape.outputCount()];
        ExerciseBackprop fast = exercise ? new ExerciseBackprop(shape.activation(1), shape.activation(2), loss) : null;
        Network net = exercise ? null : shape.withParameters(start);
        Backprop backprop = exercise || gradients != GradientSource.HAND_WRITTEN ? null : new Backprop(net);
        double limit = Double.NaN;

        for (int e = 1; e <= epochs; e++) {
            double epochLoss = 0;
            Arrays.fill(epochGradient, 0.0);
            for (int s = 0; s < n; s++) {
                double sampleLoss;
                if (fast != null) {
                    fast.run(weights, xs[s], ys[s]);
                    fast.gradientInto(sampleGradient);
                    outputs[s][0] = fast.outO1();
                    outputs[s][1] = fast.outO2();
                    sampleLoss = fast.loss();
                } else if (backprop != null) {
                    backprop.run(xs[s], ys[s], loss);
                    backprop.gradientInto(sampleGradient);
                    backprop.outputsInto(outputs[s]);
                    sampleLoss = backprop.loss();
                } else {
                    AutogradPass pass = AutogradPass.of(net, xs[s], ys[s], loss);
                    System.arraycopy(pass.gradient(), 0, sampleGradient, 0, sampleGradient.length);
                    System.arraycopy(pass.outputs(), 0, outputs[s], 0, outputs[s].length);
                    sampleLoss = pass.loss();
                }
                epochLoss += sampleLoss / n;
                for (int k = 0; k < sampleGradient.length; k++) {
                    epochGradient[k] += sampleGradient[k] / n;
                }
                if (oneSampleAtATime) {
                    step(net, weights, sampleGradient, learningRate);
                }
            }
            if (!oneSampleAtATime) {
                step(net, weights, epochGradient, learningRate);
            }
            sink.epoch(e, epochLoss, outputs, epochGradient, weights);
            if (e == 1) {
                limit = divergenceFactor * Math.max(1.0, Math.abs(epochLoss));
            }
            Divergence divergence = Divergence.check(e, epochLoss, weights, limit);
            if (divergence != null) {
                return divergence;
            }
        }
        return null;
    }

    /** w <- w - learningRate * gradient, kept in {@code weights} on both paths. */
    private static void step(Network net, double[] weights, double[] gradient, double learningRate) {
        if (net == null) {
            for (int k = 0; k < weights.length; k++) {
                weights[k] -= learningRate * gradient[k];
            }
        } else {
            net.step(gradient, learningRate);
            net.parametersInto(weights);
        }
    }
}
