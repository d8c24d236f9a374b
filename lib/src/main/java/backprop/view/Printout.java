package backprop.view;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers an original report printed, set against the same quantities computed here: each agrees when
 * it is within half a unit of the printed number's last digit ("13.3109": 0.00005), the most a printout
 * rounded to those digits can hide.
 *
 * <pre>{@code
 * Printout.of("Report 000, experiment 4").add("o1, epoch 100", "0.2300", run.epoch(100).o(1)).table()
 * }</pre>
 */
public final class Printout {

    private final String title;
    private final List<String> quantities = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private final List<Double> computed = new ArrayList<>();

    private Printout(String title) {
        this.title = title;
    }

    public static Printout of(String title) {
        return new Printout(title);
    }

    /** A printed number, exactly as the report wrote it (e.g. "-0.93176"), and the value computed here. */
    public Printout add(String quantity, String printedNumber, double computedValue) {
        parse(quantity, printedNumber);
        quantities.add(quantity);
        printed.add(printedNumber.trim());
        computed.add(computedValue);
        return this;
    }

    /**
     * Several printed numbers at once, as a printout lists them, separated by blanks or commas
     * ("0.0004 0.0009 -0.0226"), one per quantity and computed value, in that order.
     */
    public Printout addAll(List<String> quantities, String printedNumbers, double... computedValues) {
        String[] numbers = printedNumbers.trim().split("[\\s,]+");
        if (numbers.length != quantities.size() || computedValues.length != quantities.size()) {
            throw new IllegalArgumentException("printedNumbers: " + numbers.length + " numbers, computedValues: "
                    + computedValues.length + "; allowed: one of each per quantity (" + quantities.size() + ")");
        }
        for (int i = 0; i < numbers.length; i++) {
            add(quantities.get(i), numbers[i], computedValues[i]);
        }
        return this;
    }

    /** Half a unit of the last digit printed: "13.3109" gives 0.00005, "0" gives 0.5. */
    public static double halfLastDigit(String printedNumber) {
        BigDecimal p = parse("printed number", printedNumber);
        return 0.5 * Math.pow(10, -p.scale());
    }

    /** How many computed values are within half a unit of the printed number's last digit. */
    public int agreeing() {
        int n = 0;
        for (int i = 0; i < printed.size(); i++) {
            n += agrees(i) ? 1 : 0;
        }
        return n;
    }

    public int count() {
        return printed.size();
    }

    public boolean allAgree() {
        return agreeing() == count();
    }

    /**
     * One sentence: "All 5 printed values are reproduced to the digits printed.", or how many are and that
     * the table shows the others.
     */
    public Statements verdict() {
        if (allAgree()) {
            return count() == 1 ? Statements.of().add("The printed value is reproduced to the digits printed.")
                    : Statements.of().add("All %s printed values are reproduced to the digits printed.", count());
        }
        int differ = count() - agreeing();
        if (count() == 1) {
            return Statements.of().add("The printed value is not reproduced to the digits printed; the table shows by how much.");
        }
        return Statements.of().add("%s of the %s printed values %s reproduced to the digits printed; the table marks the %s.",
                agreeing() == 0 ? "None" : agreeing(), count(), agreeing() == 1 ? "is" : "are",
                differ == 1 ? "one that differs" : differ + " that differ");
    }

    /** Quantity, the number printed, the value here (6 digits), |difference|, the half unit, agrees. */
    public Table table() {
        int n = printed.size();
        double[] here = new double[n];
        double[] difference = new double[n];
        double[] half = new double[n];
        String[] agrees = new String[n];
        for (int i = 0; i < n; i++) {
            here[i] = computed.get(i);
            difference[i] = Math.abs(here[i] - Double.parseDouble(printed.get(i)));
            half[i] = halfLastDigit(printed.get(i));
            agrees[i] = agrees(i) ? "yes" : "no";
        }
        return Tables.sixDigits(Table.create(title).addColumns(
                StringColumn.create("quantity", quantities),
                StringColumn.create("printed", printed),
                DoubleColumn.create("computed here", here),
                DoubleColumn.create("|difference|", difference),
                DoubleColumn.create("half a unit of the last printed digit", half),
                StringColumn.create("agrees", agrees)));
    }

    private boolean agrees(int i) {
        return Math.abs(computed.get(i) - Double.parseDouble(printed.get(i))) <= halfLastDigit(printed.get(i));
    }

    private static BigDecimal parse(String quantity, String printedNumber) {
        try {
            return new BigDecimal(printedNumber.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(quantity + ": printed = \"" + printedNumber
                    + "\"; allowed: a decimal number as printed, e.g. \"-0.93176\"");
        }
    }

    /** The {@link #table} and the {@link #verdict} under it, shown by one expression. */
    public Outputs shown() {
        return Outputs.of(table(), verdict());
    }

    /**
     * The {@link #table} with every digit of the computed values, where the point is a printout's last digit;
     * the |difference| keeps 3 significant digits, all its size needs.
     */
    public Table tableInFull() {
        Table t = Tables.fullPrecision(table());
        Tables.digits(t.doubleColumn("|difference|"), 3);
        return t;
    }

    /** {@link #tableInFull} and the {@link #verdict} under it. */
    public Outputs shownInFull() {
        return Outputs.of(tableInFull(), verdict());
    }
}
