package backprop.view;

import backprop.loss.Distributions;
import backprop.loss.Loss;
import backprop.loss.ProbabilityTargets;
import backprop.training.Epoch;
import backprop.training.TrainingRun;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Tables of a cross-entropy run whose loss falls without end: where the gradient at the outputs comes
 * from, epoch by epoch, and how fast a large step reaches the divergence limit.
 */
public final class CrossEntropyTables {

    /** Epochs a diverging run shows besides the reported ones: how fast it leaves the start. */
    static final int FIRST_EPOCHS = 3;

    private CrossEntropyTables() {
    }

    /**
     * One column per epoch in {@code epochs} the run reached; rows: the outputs o_c (logits), p_c =
     * softmax(o)_c, dL/do_c = p_c S - y_c, then S max(o) - sum y_c o_c and the loss. The loss is
     * S logsumexp(o) - sum y_c o_c, and logsumexp(o) - max(o) &lt;= log K, so once one output leads the
     * others by far the loss is that linear function of the outputs (for the exercise with o2 = 0: y2 o1).
     */
    public static Table logitGradients(String title, TrainingRun run, double[] y, int... epochs) {
        ProbabilityTargets targets = ProbabilityTargets.of(y);
        int k = y.length;
        List<String> rows = new ArrayList<>();
        for (int c = 1; c <= k; c++) {
            rows.add("o" + c);
        }
        for (int c = 1; c <= k; c++) {
            rows.add("p" + c + " = softmax(o)" + c);
        }
        for (int c = 1; c <= k; c++) {
            rows.add("dL/do" + c + " = p" + c + "*S - y" + c);
        }
        rows.add("S*max(o) - sum y*o");
        rows.add("loss");
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int e : reached(run, epochs)) {
            Epoch at = run.epoch(e);
            double[] o = at.outputs()[0];
            double[] column = new double[rows.size()];
            System.arraycopy(o, 0, column, 0, k);
            System.arraycopy(Distributions.softmax(o), 0, column, k, k);
            System.arraycopy(Loss.CROSS_ENTROPY.gradient(o, y), 0, column, 2 * k, k);
            double linear = targets.sum() * Arrays.stream(o).max().orElseThrow();
            for (int c = 0; c < k; c++) {
                linear -= y[c] * o[c];
            }
            column[3 * k] = linear;
            column[3 * k + 1] = at.loss();
            columns.put("epoch " + e, column);
        }
        String sum = k == 2 ? "y1 + y2" : "y1 + ... + y" + k;
        return Tables.columns(title + ", S = " + sum + " = " + Numbers.format(targets.sum()) + TrainingRun.unreached(epochs, run),
                "", rows, columns);
    }

    /**
     * The run at its first {@value #FIRST_EPOCHS} epochs, the reported {@code epochs} it reached and the
     * last epoch it ran (where a diverging run stopped), each once, one column per epoch.
     */
    public static Table firstReportedAndLast(TrainingRun run, int... epochs) {
        int[] shown = IntStream.concat(IntStream.concat(IntStream.rangeClosed(1, FIRST_EPOCHS), Arrays.stream(epochs)),
                IntStream.of(run.epochsRun())).toArray();
        return Tables.transpose(run.table(shown));
    }

    /** The epochs of {@code epochs} the run reached, ascending, each once. */
    static int[] reached(TrainingRun run, int... epochs) {
        return Arrays.stream(epochs).filter(e -> e >= 1 && e <= run.epochsRun()).distinct().sorted().toArray();
    }
}
