package backprop.loss;

/**
 * torch.nn.CrossEntropyLoss with probability targets on one sample, in float32 as PyTorch computes it on
 * the CPU: log_softmax(o)_c = (o_c - max) - log(sum_c exp(o_c - max)), then -sum_c y_c log_softmax(o)_c,
 * every operation rounded to float. The library trains in double; this is here because the original
 * reports printed float32 losses to 10 decimals, and only the float32 sum reproduces their last digits
 * (report 000's experiment 8 printed 0.1109035537; the same loss in double is 0.1109035489).
 */
public final class Float32CrossEntropy {

    private Float32CrossEntropy() {
    }

    /** The loss of logits {@code outputs} against probability targets {@code targets}, in float32. */
    public static float value(double[] outputs, double[] targets) {
        Targets.checkSameLength(outputs, targets);
        float max = Float.NEGATIVE_INFINITY;
        for (double o : outputs) {
            max = Math.max(max, (float) o);
        }
        float sumExp = 0;
        for (double o : outputs) {
            sumExp += (float) Math.exp((float) o - max);
        }
        float logSumExp = (float) Math.log(sumExp);
        float loss = 0;
        for (int c = 0; c < outputs.length; c++) {
            loss += (float) targets[c] * (((float) outputs[c] - max) - logSumExp);
        }
        return -loss;
    }
}
