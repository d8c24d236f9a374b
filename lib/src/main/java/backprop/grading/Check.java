package backprop.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import backprop.view.Numbers;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A student's answers to one exercise, checked item by item: each item is <b>right</b> (within its
 * tolerance of the expected value), <b>WRONG</b> (with the difference), or <b>not done yet</b> (the
 * value is NaN, or the code that should compute it still throws the stub's
 * {@link UnsupportedOperationException}). The answers are read through suppliers, so an unfinished
 * or broken answer becomes a row of the table, never an exception in the student's notebook.
 *
 * <p>In a notebook a cell that ends in a {@code Check} shows {@link #toHtml()}: one table with the
 * item, your value, the expected value, the difference, the tolerance, the verdict and a note, and a
 * sentence that sums it up. The autograder's tests call {@link #assertPassed()}, which throws an
 * {@link AssertionError} that names every item that is not right.
 */
public final class Check {

    /** The verdict on one item. */
    public enum Verdict {
        RIGHT("right"), WRONG("WRONG"), NOT_DONE("not done yet");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** How the table writes it. */
        public String label() {
            return label;
        }
    }

    /** One checked item; {@code value} is NaN when there is none. */
    public record Item(String name, double value, double expected, double tolerance, Verdict verdict, String note) {

        /** |value - expected|, NaN when there is no value. */
        public double difference() {
            return Math.abs(value - expected);
        }
    }

    private final String title;
    private final List<Item> items = new ArrayList<>();
    private String unlessPassed = "";

    private Check(String title) {
        this.title = title;
    }

    /** An empty check with a title (the exercise it checks). */
    public static Check of(String title) {
        return new Check(title);
    }

    /** The title. */
    public String title() {
        return title;
    }

    /**
     * A sentence the summary adds whenever an item is wrong (not merely not done yet), e.g. which numbers
     * the expected values belong to: a student who changed them sees why a right calculation is called wrong.
     */
    public Check unlessPassed(String sentence) {
        unlessPassed = " " + sentence;
        return this;
    }

    /** Checks one value against {@code expected} within the absolute {@code tolerance}; NaN means not done yet. */
    public Check value(String name, double value, double expected, double tolerance) {
        return value(name, value, expected, tolerance, "");
    }

    /** As {@link #value(String, double, double, double)}, with a note for the table. */
    public Check value(String name, double value, double expected, double tolerance, String note) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance " + tolerance + "; allowed: 0 or more");
        }
        Verdict verdict;
        if (Double.isNaN(value)) {
            verdict = Verdict.NOT_DONE;
        } else if (Math.abs(value - expected) <= tolerance) {
            verdict = Verdict.RIGHT;
        } else {
            verdict = Verdict.WRONG;
        }
        items.add(new Item(name, value, expected, tolerance, verdict, note));
        return this;
    }

    /** Checks a value computed by {@code value}; its stub's exception means not done yet, any other exception wrong. */
    public Check value(String name, DoubleSupplier value, double expected, double tolerance) {
        return values(new String[] {name}, () -> new double[] {value.getAsDouble()}, new double[] {expected}, tolerance, new String[] {""});
    }

    /**
     * Checks the values computed by {@code values}, one item per name, each within {@code tolerance}
     * of its expected value, with a note per item (may be empty). If {@code values} throws
     * {@link UnsupportedOperationException} every item is not done yet; if it throws anything else, or
     * returns null or the wrong number of values, every item is wrong and the note says why.
     */
    public Check values(String[] names, Supplier<double[]> values, double[] expected, double tolerance, String[] notes) {
        if (names.length != expected.length || notes.length != names.length) {
            throw new IllegalArgumentException(names.length + " names, " + expected.length + " expected values, " + notes.length
                    + " notes; allowed: one of each per item");
        }
        double[] got;
        String problem = null;
        Verdict failed = Verdict.WRONG;
        try {
            got = values.get();
            if (got == null) {
                problem = "your code returned null";
            } else if (got.length != names.length) {
                problem = "your code returned " + got.length + " values; expected " + names.length;
            }
        } catch (UnsupportedOperationException e) {
            got = null;
            failed = Verdict.NOT_DONE;
            problem = e.getMessage() == null ? "still the stub" : e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            got = null;
            problem = "your code threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        for (int i = 0; i < names.length; i++) {
            if (problem != null) {
                items.add(new Item(names[i], Double.NaN, expected[i], tolerance, failed, problem));
            } else {
                value(names[i], got[i], expected[i], tolerance, notes[i]);
                if (Double.isNaN(got[i]) && !Double.isNaN(expected[i])) {
                    Item last = items.remove(items.size() - 1);
                    items.add(new Item(last.name(), last.value(), last.expected(), tolerance, Verdict.NOT_DONE, "NaN: not computed yet"));
                }
            }
        }
        return this;
    }

    /** The items, in the order checked. */
    public List<Item> items() {
        return List.copyOf(items);
    }

    /** How many items have the verdict. */
    public int count(Verdict verdict) {
        return (int) items.stream().filter(item -> item.verdict() == verdict).count();
    }

    /** True when every item is right. */
    public boolean passed() {
        return !items.isEmpty() && count(Verdict.RIGHT) == items.size();
    }

    /** One sentence: how many are right, wrong, not done yet. */
    public String summary() {
        int right = count(Verdict.RIGHT), wrong = count(Verdict.WRONG), notDone = count(Verdict.NOT_DONE);
        if (passed()) {
            return title + ": all " + right + " right.";
        }
        StringBuilder s = new StringBuilder(title + ": " + right + " of " + items.size() + " right");
        if (wrong > 0) {
            s.append(", ").append(wrong).append(" wrong");
        }
        if (notDone > 0) {
            s.append(", ").append(notDone).append(" not done yet");
        }
        return s.append('.').append(wrong > 0 ? unlessPassed : "").toString();
    }

    /** Throws an {@link AssertionError} naming every item that is not right (with value, expected, difference). */
    public Check assertPassed() {
        if (passed()) {
            return this;
        }
        StringBuilder message = new StringBuilder(summary());
        for (Item item : items) {
            if (item.verdict() != Verdict.RIGHT) {
                message.append("\n  ").append(item.name()).append(": ").append(item.verdict().label());
                if (!Double.isNaN(item.value())) {
                    message.append(", yours ").append(Numbers.full(item.value())).append(", expected ").append(Numbers.full(item.expected()))
                            .append(" ± ").append(format(item.tolerance())).append(", off by ").append(format(item.difference()));
                }
                if (!item.note().isEmpty()) {
                    message.append(" (").append(item.note()).append(')');
                }
            }
        }
        throw new AssertionError(message.toString());
    }

    /** The items as a table: item, your value, expected, difference, tolerance, verdict, note. */
    public Table table() {
        StringColumn name = StringColumn.create("item"), value = StringColumn.create("your value"), expected = StringColumn.create("expected"),
                difference = StringColumn.create("difference"), tolerance = StringColumn.create("tolerance"),
                verdict = StringColumn.create("verdict"), note = StringColumn.create("note");
        for (Item item : items) {
            name.append(item.name());
            int digits = item.verdict() == Verdict.WRONG ? digitsApart(item.value(), item.expected()) : 6;
            value.append(Double.isNaN(item.value()) ? "—" : Numbers.format(item.value(), digits));
            expected.append(item.verdict() == Verdict.RIGHT || item.verdict() == Verdict.WRONG ? Numbers.format(item.expected(), digits) : "(hidden until done)");
            difference.append(Double.isNaN(item.value()) ? "" : format(item.value() - item.expected()));
            tolerance.append("± " + format(item.tolerance()));
            verdict.append(item.verdict().label());
            note.append(item.note());
        }
        return Table.create(title, name, value, expected, difference, tolerance, verdict, note);
    }

    /** The table and the summary as HTML: a notebook cell that ends in a Check shows this. */
    public String toHtml() {
        Table t = table();
        StringBuilder html = new StringBuilder("<div class=\"backprop-check\"><p><b>").append(escape(summary())).append("</b></p>\n<table>\n<thead><tr>");
        for (String column : t.columnNames()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rowCount(); r++) {
            Verdict v = items.get(r).verdict();
            String colour = v == Verdict.RIGHT ? "#e6f4ea" : v == Verdict.WRONG ? "#fce8e6" : "#fef7e0";
            html.append("<tr style=\"background:").append(colour).append("\">");
            for (int c = 0; c < t.columnCount(); c++) {
                html.append("<td>").append(escape(t.getString(r, c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table></div>").toString();
    }

    /** The summary and the table as text. */
    @Override
    public String toString() {
        return summary() + "\n" + table().print(items.size() + 1);
    }

    /**
     * How many significant digits show a wrong value apart from the expected one: 6, or more where a
     * tolerance of 1e-8 leaves two values that agree to 6 digits (a student should see them differ).
     */
    static int digitsApart(double yours, double expected) {
        int digits = 6;
        while (digits < 17 && Double.isFinite(yours) && Double.isFinite(expected)
                && Numbers.format(yours, digits).equals(Numbers.format(expected, digits))) {
            digits++;
        }
        return digits;
    }

    /** A difference or a tolerance: two significant digits say how far, "0" when nothing is off. */
    static String format(double x) {
        return Double.isNaN(x) ? "" : Numbers.format(x, 2);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
