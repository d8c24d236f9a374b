package backprop.view;

import backprop.loss.Distributions;
import backprop.training.Epoch;
import backprop.training.TrainingRun;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A run on a loss used as intended, beside the least value that loss can take for its targets: the
 * entropy H(y) for softmax + cross-entropy against a distribution y (reached where softmax(o) = y), the
 * mean binary entropy for binary cross-entropy against targets in [0, 1] (reached where o = y). It says
 * how far the run is from that value, epoch by epoch, and whether it ever went below it (it cannot). A target
 * of exactly 0 or 1 makes that value a lower bound the run only approaches: no finite output gives a
 * sigmoid of 0 or 1, or a softmax with a 0 in it, and the page says so.
 */
public final class LeastLoss {

    /** Below the least value by more than this is more than rounding: the least value would be wrong. */
    static final double ROUNDING = 1e-12;

    private final String title;
    private final TrainingRun run;
    private final double[] y;
    private final double least;
    private final String leastName;
    private final String predictionName;
    private final UnaryOperator<double[]> prediction;
    private final boolean attained;

    private LeastLoss(String title, TrainingRun run, double[] y, double least, String leastName,
                      String predictionName, UnaryOperator<double[]> prediction, boolean attained) {
        this.title = title;
        this.run = run;
        this.y = y.clone();
        this.least = least;
        this.leastName = leastName;
        this.predictionName = predictionName;
        this.attained = attained;
        this.prediction = prediction;
    }

    /** A run of cross-entropy on logits against the distribution {@code y}: least value H(y), at softmax(o) = y. */
    public static LeastLoss softmax(String title, TrainingRun run, double[] y) {
        return new LeastLoss(title, run, y, Distributions.entropy(y), "H(y)", "softmax(o)", Distributions::softmax,
                Arrays.stream(y).allMatch(v -> v > 0));
    }

    /** A run of binary cross-entropy against {@code y} in [0, 1]: least value the mean binary entropy, at o = y. */
    public static LeastLoss binary(String title, TrainingRun run, double[] y) {
        return new LeastLoss(title, run, y, Distributions.meanBinaryEntropy(y), "mean binary entropy", "o", o -> o,
                Arrays.stream(y).allMatch(v -> v > 0 && v < 1));
    }

    public TrainingRun run() {
        return run;
    }

    /** Whether some finite output reaches the least value (every target strictly inside the outputs' range). */
    public boolean attained() {
        return attained;
    }

    /** The least value of the loss for these targets. */
    public double value() {
        return least;
    }

    /**
     * The run at {@code epochs} and its last epoch, one column per epoch: the loss, "loss - least", the
     * prediction compared with y (softmax(o)_c or o_c) when it is not the outputs themselves, then the
     * outputs, gradients and weights of {@link TrainingRun#table}.
     */
    public Table table(int... epochs) {
        int[] shown = CrossEntropyTables.reached(run, IntStream.concat(Arrays.stream(epochs), IntStream.of(run.epochsRun())).toArray());
        String targets = Arrays.stream(y).mapToObj(Numbers::format).collect(Collectors.joining(", ", "(", ")"));
        Table t = run.table(shown).setName(title + ", y = " + targets + (attained ? ", least loss = " : ", lower bound (never reached) = ")
                + leastName + " = " + Numbers.format(least) + TrainingRun.unreached(epochs, run));
        t.insertColumn(2, DoubleColumn.create("loss - least", Arrays.stream(shown).mapToDouble(e -> run.epoch(e).loss() - least).toArray()));
        if (!predictionName.equals("o")) {
            for (int c = 0; c < y.length; c++) {
                int index = c;
                t.insertColumn(3 + c, DoubleColumn.create(predictionName + (c + 1),
                        Arrays.stream(shown).mapToDouble(e -> prediction.apply(run.epoch(e).outputs()[0])[index]).toArray()));
            }
        }
        return Tables.transpose(t);
    }

    /**
     * The run's warnings (none for targets the loss is meant for), where its last epoch ended against the
     * least value and y, and whether the loss ever went below the least value.
     */
    public Statements statements() {
        Epoch last = run.last();
        boolean neverBelow = Arrays.stream(run.losses()).allMatch(v -> v >= least - ROUNDING);
        String bound = attained ? "its least value" : "its lower bound";
        return Statements.of().either(run.warnings().isEmpty(), "%s, y = %s: no warning.", "%s, y = %s: warning: %s.",
                        title, y, String.join("; ", run.warnings()))
                .addIf(!attained, "A target of 0 or 1 makes %s (%s) a lower bound the loss only approaches: no finite"
                        + " output gives %s = y exactly.", Numbers.format(least), leastName, predictionName)
                .either(attained && Math.abs(last.loss() - least) <= ROUNDING, "In epoch %s the loss is %s, its least value %4$s"
                        + " (%5$s) up to rounding (difference %3$s); %6$s = %7$s against y = %8$s.", "In epoch %s the"
                        + " loss is %s, %s from " + bound + " %s (%s); %s = %s against y = %s.",
                        last.epoch(), last.loss(), last.loss() - least, least, leastName, predictionName,
                        prediction.apply(last.outputs()[0]), y)
                .either(neverBelow, "The loss never went below " + bound + " by more than %s (rounding).",
                        "The loss went below " + bound + " by more than %s (rounding) in some epoch.", ROUNDING);
    }

    /** loss - least in every epoch, NaN where it is not positive (rounding): the points a log axis can show. */
    public double[] gaps() {
        return Arrays.stream(run.losses()).map(v -> v - least > 0 ? v - least : Double.NaN).toArray();
    }
}
