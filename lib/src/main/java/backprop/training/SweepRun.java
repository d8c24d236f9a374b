package backprop.training;

import java.util.Arrays;

/**
 * One configuration of a {@link Sweep} and what it ended with: no per-epoch history, only the final
 * epoch, the loss at the requested checkpoints, and the divergence if any. "Final" means the last
 * epoch run, read as {@link TrainingRun#last()} reads it: its loss and outputs were computed during
 * that epoch, its weights are those after its update.
 *
 * @param index           position in the sweep's deterministic order (initialiser-major, then learning rate)
 * @param initialiser     the initialiser's label, e.g. "torchRand(20)" or "given"
 * @param seed            the seed the initialiser was made from, or -1 when it had none
 * @param learningRate    the step size
 * @param initialWeights  every parameter before training
 * @param epochsRun       epochs actually run (fewer than requested when training diverged)
 * @param finalLoss       the loss during the last epoch run
 * @param finalOutputs    finalOutputs[s][k]: output k for sample s during the last epoch run
 * @param finalWeights    every parameter after the last epoch's update
 * @param checkpoints     the requested epochs, ascending
 * @param checkpointLoss  the loss during each checkpoint epoch; NaN for one after a divergence
 * @param lossIncreases   how many epochs had a higher loss than the epoch before (0: monotone descent)
 * @param divergenceEpoch the epoch at which training stopped as diverged, or 0 when it did not
 * @param divergenceReason why it diverged, or null
 */
public record SweepRun(int index, String initialiser, long seed, double learningRate, double[] initialWeights,
                       int epochsRun, double finalLoss, double[][] finalOutputs, double[] finalWeights,
                       int[] checkpoints, double[] checkpointLoss, int lossIncreases,
                       int divergenceEpoch, String divergenceReason) {

    public boolean diverged() {
        return divergenceEpoch > 0;
    }

    /** Whether the loss never rose from one epoch to the next. */
    public boolean monotone() {
        return lossIncreases == 0;
    }

    /** Output k (1-based) for the first sample during the last epoch run: o1, o2, ... */
    public double o(int k) {
        if (k < 1 || k > finalOutputs[0].length) {
            throw new IllegalArgumentException("output k = " + k + "; allowed: 1 to " + finalOutputs[0].length);
        }
        return finalOutputs[0][k - 1];
    }

    /** Parameter k (1-based) after the last epoch: w1, w2, ... */
    public double w(int k) {
        if (k < 1 || k > finalWeights.length) {
            throw new IllegalArgumentException("parameter k = " + k + "; allowed: 1 to " + finalWeights.length);
        }
        return finalWeights[k - 1];
    }

    /** The loss during checkpoint epoch {@code epoch}, NaN if training had stopped before it. */
    public double lossAt(int epoch) {
        int i = Arrays.binarySearch(checkpoints, epoch);
        if (i < 0) {
            throw new IllegalArgumentException("epoch = " + epoch + " is not a checkpoint; allowed: one of "
                    + Arrays.toString(checkpoints));
        }
        return checkpointLoss[i];
    }

    @Override
    public String toString() {
        return "SweepRun #" + index + " " + initialiser + ", learning rate " + learningRate + ": " + epochsRun
                + " epochs, final loss " + finalLoss + (diverged() ? ", diverged at epoch " + divergenceEpoch + ": "
                + divergenceReason : "");
    }
}
