package backprop.view;

import backprop.training.Epoch;
import backprop.training.TrainingRun;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report printed for one training run (its loss, outputs o_k and weights w_k at some epochs,
 * exactly as printed), set against runs made here to tell which run the report made. The report's
 * numbers come from PyTorch in float32. A value printed to a few decimals agrees when it is within half
 * a unit of its last digit ({@link Printout#halfLastDigit}); a loss printed to 10 significant digits
 * shows float32's own rounding, so it agrees within a relative {@value #FLOAT32_RELATIVE}.
 *
 * <pre>{@code
 * PrintedRun.of("report 000 \"step 3\"").at(50, "o1 o2 loss", "0.2283 0.0290 0.009809560142")
 *     .against("Report 000's \"step 3\" against two runs", runs)
 * }</pre>
 */
public final class PrintedRun {

    /** A float32 loss agrees with a float64 one within this relative difference (float32 keeps 24 bits). */
    public static final double FLOAT32_RELATIVE = 1e-6;

    private static final Pattern QUANTITY = Pattern.compile("loss|([ow])([1-9][0-9]*)");
    private static final Pattern RANGE = Pattern.compile("([ow])([1-9][0-9]*)\\.\\.([ow])([1-9][0-9]*)");

    private final String label;
    private final List<String> quantities = new ArrayList<>();
    private final List<Integer> epochs = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();

    private PrintedRun(String label) {
        this.label = label;
    }

    /** An empty printout; {@code label} heads its column in {@link #against}. */
    public static PrintedRun of(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label = " + label + "; allowed: a name for the printout, e.g. \"report 000\"");
        }
        return new PrintedRun(label);
    }

    /**
     * Numbers printed for epoch {@code epoch}: {@code quantities} names them ("o1 o2 loss", "w1 w2 w3",
     * "w1..w8" for w1 to w8), {@code numbers} gives them as printed, in the same order, separated by blanks.
     */
    public PrintedRun at(int epoch, String quantities, String numbers) {
        if (epoch < 1) {
            throw new IllegalArgumentException("epoch = " + epoch + "; allowed: 1 or more");
        }
        String[] names = expand(quantities);
        String[] values = numbers.trim().split("\\s+");
        if (names.length != values.length) {
            throw new IllegalArgumentException("quantities \"" + quantities + "\" and numbers \"" + numbers
                    + "\"; allowed: one number per quantity");
        }
        for (int i = 0; i < names.length; i++) {
            if (!QUANTITY.matcher(names[i]).matches()) {
                throw new IllegalArgumentException("quantity \"" + names[i] + "\"; allowed: loss, o1, o2, ..., w1, w2, ..., or a range such as w1..w8");
            }
            Printout.halfLastDigit(values[i]); // refuses a number that does not parse, now
            this.quantities.add(names[i]);
            this.epochs.add(epoch);
            this.printed.add(values[i]);
        }
        return this;
    }

    /** "o1 @50", "loss @100", ...: one per printed number, in the order added. */
    public List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            rows.add(quantities.get(i) + " @" + epochs.get(i));
        }
        return rows;
    }

    /** The printed numbers. */
    public double[] printed() {
        return printed.stream().mapToDouble(Double::parseDouble).toArray();
    }

    /** The same quantities in {@code run} (NaN where the run stopped before that epoch). */
    public double[] valuesOf(TrainingRun run) {
        double[] values = new double[printed.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = epochs.get(i) > run.epochsRun() ? Double.NaN : value(quantities.get(i), run.epoch(epochs.get(i)));
        }
        return values;
    }

    /** One row per printed number: the printout's column, then one column per run (6 digits). */
    public Table against(String title, Map<String, TrainingRun> runs) {
        Table t = Table.create(title).addColumns(StringColumn.create("printed", rows()),
                StringColumn.create(label, printed));
        runs.forEach((name, run) -> t.addColumns(DoubleColumn.create(name, valuesOf(run))));
        return Tables.sixDigits(t);
    }

    /** The largest |ours - printed| over the numbers other than the loss (0 if there are none). */
    public double largestValueDifference(TrainingRun run) {
        double[] ours = valuesOf(run);
        double largest = 0;
        for (int i = 0; i < ours.length; i++) {
            if (!isLoss(i)) {
                largest = worse(largest, Math.abs(ours[i] - Double.parseDouble(printed.get(i))));
            }
        }
        return largest;
    }

    /** The largest relative difference over the printed losses (0 if there are none). */
    public double largestLossRelativeDifference(TrainingRun run) {
        double[] ours = valuesOf(run);
        double largest = 0;
        for (int i = 0; i < ours.length; i++) {
            if (isLoss(i)) {
                largest = worse(largest, Statistics.relativeDifference(Double.parseDouble(printed.get(i)), ours[i]));
            }
        }
        return largest;
    }

    /** Every number within half a unit of its last printed digit, every loss within {@link #FLOAT32_RELATIVE}. */
    public boolean reproducedBy(TrainingRun run) {
        double[] ours = valuesOf(run);
        for (int i = 0; i < ours.length; i++) {
            double p = Double.parseDouble(printed.get(i));
            boolean agrees = isLoss(i) ? Statistics.relativeDifference(p, ours[i]) <= FLOAT32_RELATIVE
                    : Math.abs(ours[i] - p) <= Printout.halfLastDigit(printed.get(i));
            if (!agrees) {
                return false;
            }
        }
        return true;
    }

    /**
     * One sentence per run: whether it reproduces the printout, and how far its values and losses are
     * from the printed ones.
     */
    public Statements verdict(Map<String, TrainingRun> runs) {
        Statements said = Statements.of();
        String values = valuesName();
        runs.forEach((name, run) -> said.either(reproducedBy(run),
                "%s reproduces every number of %s: %s within %s, losses within a relative %s.",
                "%s does not reproduce %s: %s up to %s apart, losses up to a relative %s.",
                name, label, values, largestValueDifference(run), largestLossRelativeDifference(run)));
        return said;
    }

    /** "values printed to 4 decimals" when they all were, else "the values other than the loss". */
    private String valuesName() {
        TreeSet<Integer> scales = new TreeSet<>();
        for (int i = 0; i < printed.size(); i++) {
            if (!isLoss(i)) {
                scales.add(new java.math.BigDecimal(printed.get(i)).scale());
            }
        }
        return scales.size() == 1 ? "values printed to " + scales.first() + " decimals" : "the values other than the loss";
    }

    /** "o1 loss w1..w3" as o1, loss, w1, w2, w3. */
    private static String[] expand(String quantities) {
        List<String> names = new ArrayList<>();
        for (String token : quantities.trim().split("\\s+")) {
            Matcher range = RANGE.matcher(token);
            if (range.matches() && range.group(1).equals(range.group(3))) {
                for (int k = Integer.parseInt(range.group(2)); k <= Integer.parseInt(range.group(4)); k++) {
                    names.add(range.group(1) + k);
                }
            } else {
                names.add(token);
            }
        }
        return names.toArray(String[]::new);
    }

    private boolean isLoss(int i) {
        return quantities.get(i).equals("loss");
    }

    private static double value(String quantity, Epoch epoch) {
        Matcher m = QUANTITY.matcher(quantity);
        m.matches();
        if (m.group(1) == null) {
            return epoch.loss();
        }
        int k = Integer.parseInt(m.group(2));
        return m.group(1).equals("o") ? epoch.o(k) : epoch.w(k);
    }

    /** max, but NaN (a run that stopped early, or broke) wins: it reproduces nothing. */
    private static double worse(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }
}
