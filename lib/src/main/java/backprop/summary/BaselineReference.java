package backprop.summary;

import backprop.gradients.ExerciseBackprop;
import backprop.training.Epoch;
import backprop.training.TrainingRun;
import backprop.view.Labelled;
import backprop.view.Statements;
import backprop.view.Statistics;
import backprop.view.Tables;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;

/**
 * The exercise as given (sigmoid, 1/2-sum loss, given weights, step 1) against the reference values the
 * assignment prints, each compared to the precision it was printed with. The references are copied from
 * the assignment's text (ASSIGNMENT.md, "The network"); nothing else in the summary is typed in.
 */
public final class BaselineReference {

    /** h1, h2, o1, o2 and the loss at the given weights (double precision). */
    public static final double[] FORWARD = {0.5621765008857981, 0.4950001666600003, 0.47694575860699684,
            0.5286964002912302, 0.2097097937078311};
    /** dL/dw1..w8 at the given weights, printed to 12 decimals. */
    public static final double[] GRADIENT = {-0.008421480461, 0.012606653078, -0.005052888277, 0.007563991847,
            0.034632989287, 0.083866099538, 0.030494578557, 0.073844661211};
    /** w1..w8 after one step, printed to 4 decimals. */
    public static final double[] WEIGHTS_AFTER_ONE_STEP = {0.2084, -0.4126, 0.5051, 0.5924, 0.0654, -0.5839,
            -0.3305, 0.7262};
    /** The loss of epochs 1-11, PyTorch's float32 printout to 10 decimals. */
    public static final double[] LOSS_PRINTOUT = {0.2097097933, 0.1950325966, 0.1813509315, 0.1686513424,
            0.1569048762, 0.1460708231, 0.1361003816, 0.1269397885, 0.1185328290, 0.1108229533, 0.1037546173};
    /** o1, o2 and the loss printed at epoch 100. */
    public static final double[] EPOCH_100 = {0.2378, 0.0736, 0.0103428};
    /** The epochs the printout ran: the comparison always trains this many, whatever the page's budget. */
    public static final int PRINTOUT_EPOCHS = 100;

    private static final List<String> QUANTITIES = List.of("h1, h2, o1, o2, loss", "dL/dw1..w8",
            "w1..w8 after one step", "loss, epochs 1-11", "o1, o2, loss at epoch 100");
    /** Rounding; 12 decimals; 4 decimals; float32 against double; half a unit of the last printed digit. */
    private static final double[] TOLERANCE = {1e-15, 1e-12, 5e-5, 1e-7, 5e-5};

    private final double[] difference;
    private final Epoch last;

    private BaselineReference(double[] difference, Epoch last) {
        this.difference = difference;
        this.last = last;
    }

    /**
     * {@code pass}: the hand-written pass at the given weights; {@code baseline}: the exercise trained for
     * at least {@value #PRINTOUT_EPOCHS} epochs.
     */
    public static BaselineReference of(ExerciseBackprop pass, TrainingRun baseline) {
        if (baseline.epochsRun() < PRINTOUT_EPOCHS) {
            throw new IllegalArgumentException("baseline ran " + baseline.epochsRun() + " epochs; allowed: "
                    + PRINTOUT_EPOCHS + " or more, as the printout (train it with .epochs(100))");
        }
        Epoch e100 = baseline.epoch(PRINTOUT_EPOCHS);
        double[] forward = {pass.outH1(), pass.outH2(), pass.outO1(), pass.outO2(), pass.loss()};
        return new BaselineReference(new double[] {
                Statistics.maxAbsDifference(forward, FORWARD),
                Statistics.maxAbsDifference(pass.gradient(), GRADIENT),
                Statistics.maxAbsDifference(baseline.epoch(1).weights(), WEIGHTS_AFTER_ONE_STEP),
                Statistics.maxAbsDifference(Arrays.copyOf(baseline.losses(), LOSS_PRINTOUT.length), LOSS_PRINTOUT),
                Statistics.maxAbsDifference(new double[] {e100.o(1), e100.o(2), e100.loss()}, EPOCH_100)}, e100);
    }

    /** The largest |difference| of each group of quantities, in the table's order. */
    public double[] differences() {
        return difference.clone();
    }

    /** How many of the groups agree within the precision they were printed with. */
    public long agreeing() {
        return java.util.stream.IntStream.range(0, difference.length).filter(i -> difference[i] <= TOLERANCE[i]).count();
    }

    public Table table() {
        return Tables.columns("Baseline against the reference values", "quantity", QUANTITIES,
                Labelled.of("largest |difference|", difference, "tolerance", TOLERANCE));
    }

    public Statements statements() {
        return Statements.of()
                .add("%s of %s reference comparisons agree within their tolerance.", agreeing(), difference.length)
                .add("At epoch 100: o1 = %s, o2 = %s, loss = %s (printout %s, %s, %s).", last.o(1), last.o(2),
                        last.loss(), EPOCH_100[0], EPOCH_100[1], EPOCH_100[2]);
    }
}
