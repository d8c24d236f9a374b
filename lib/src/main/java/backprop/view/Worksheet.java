package backprop.view;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand calculation laid out for a reader to redo: each step is a named quantity, its formula in
 * the names of earlier quantities, the formula with their values put in, and the result. The sheet
 * remembers every value by name, so a later formula can use it.
 *
 * <pre>{@code
 * Worksheet sheet = Worksheet.of(List.of("x1", "x2", "w1", "w3"), x1, x2, w1, w3);
 * double inH1 = w1 * x1 + w3 * x2;
 * sheet.table("Hidden layer", sheet.step("inH1", "w1*x1 + w3*x2", inH1))
 * }</pre>
 *
 * A formula may use + - * / ^ (power), parentheses, numbers, exp( ), and the names the sheet
 * knows. The sheet evaluates it with those values and refuses a step whose value does not match: a
 * table can never show a formula other than the one the code computed. A value computed by the formula
 * matches to rounding (relative difference 1e-9); a value worked out by hand and typed in, to
 * {@value #HAND_ROUNDING} (4 decimals, as the graded checks take hand work): the sheet keeps the typed
 * value, uses it in later steps, and its table shows beside it what the formula gives. Numbers are
 * written with 6 significant digits ({@link Numbers#format}), negative values in parentheses inside a
 * formula. Re-running a step replaces its value: the same cells run twice
 * give the same sheet.
 */
public final class Worksheet {

    /** A formula and its value must agree to this relative difference (they differ by rounding only). */
    static final double TOLERANCE = 1e-9;
    /** A value typed in by hand may be this far (absolute) from its formula's: worked to 4 decimals. */
    public static final double HAND_ROUNDING = 1e-4;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, Double> values = new LinkedHashMap<>();

    /** One line of the sheet: {@code value} is the one given, {@code formulaValue} what the formula gives. */
    public record Step(String name, String formula, String substituted, double value, double formulaValue) {

        /** Whether the value was typed in by hand: it differs from the formula's by more than rounding. */
        public boolean typed() {
            return Statistics.relativeDifference(value, formulaValue) > TOLERANCE;
        }
    }

    private Worksheet() {
    }

    /** A sheet that knows the given values (inputs, weights, step size) under their names. */
    public static Worksheet of(List<String> names, double... values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + names.size() + " names; allowed: one value per name");
        }
        Worksheet sheet = new Worksheet();
        for (int i = 0; i < values.length; i++) {
            sheet.remember(names.get(i), values[i]);
        }
        return sheet;
    }

    /**
     * The step "name = formula = value": checks that {@code formula}, evaluated with the values
     * the sheet knows, gives {@code value} (to rounding, or to {@value #HAND_ROUNDING} for a value
     * typed in by hand), and remembers {@code value} under {@code name}.
     */
    public Step step(String name, String formula, double value) {
        double evaluated;
        try {
            evaluated = new Evaluator(formula, values).evaluate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " = " + formula + ": " + e.getMessage());
        }
        // NaN is a value not worked out yet (the student edition's placeholder): shown as such, not refused.
        if (!Double.isNaN(value)
                && !(Statistics.relativeDifference(evaluated, value) <= TOLERANCE || Statistics.absDifference(evaluated, value) <= HAND_ROUNDING)) {
            throw new IllegalArgumentException(name + " = " + Numbers.full(value) + ", but " + formula + " = "
                    + Numbers.full(evaluated) + " with the values above; allowed: the value of the formula shown, or a "
                    + "hand value within " + Numbers.format(HAND_ROUNDING) + " of it");
        }
        Step step = new Step(name, formula, substitute(formula), value, evaluated);
        remember(name, value);
        return step;
    }

    /** The value remembered under {@code name}. */
    public double value(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("\"" + name + "\" is unknown; allowed: " + values.keySet());
        }
        return v;
    }

    /** Every remembered value by name, in the order first given. */
    public Map<String, Double> values() {
        return new LinkedHashMap<>(values);
    }

    /**
     * The steps as a table: quantity, formula, with the numbers put in, value (6 digits); where a value was
     * typed in by hand, a last column "the formula gives" shows the formula's value beside it.
     */
    public Table table(String title, Step... steps) {
        List<String> names = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        List<String> substituted = new ArrayList<>();
        double[] results = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            names.add(steps[i].name());
            formulas.add(steps[i].formula());
            substituted.add(steps[i].substituted());
            results[i] = steps[i].value();
        }
        Table t = Table.create(title).addColumns(
                StringColumn.create("quantity", names),
                StringColumn.create("formula", formulas),
                StringColumn.create("with the numbers", substituted),
                DoubleColumn.create("value", results));
        if (Arrays.stream(steps).anyMatch(Step::typed)) {
            t.addColumns(StringColumn.create("the formula gives", Arrays.stream(steps)
                    .map(step -> step.typed() ? apart(step.formulaValue(), step.value()) : "").toList()));
        }
        return Tables.sixDigits(t);
    }

    /** {@code x} with 6 significant digits, or with as many more as it takes to differ from {@code other} as written. */
    private static String apart(double x, double other) {
        int digits = 6;
        while (digits < 17 && Numbers.format(x, digits).equals(Numbers.format(other, digits))) {
            digits++;
        }
        return Numbers.format(x, digits);
    }

    /**
     * The sheet's values beside other computations of the same quantities (matched by name; a
     * quantity another computation does not name is left blank there), and for each row the
     * largest |difference| from the sheet. Only the quantities some other computation names are listed.
     */
    public Table compare(String title, Map<String, Map<String, Double>> others) {
        List<String> names = new ArrayList<>();
        for (String name : values.keySet()) {
            if (others.values().stream().anyMatch(m -> m.containsKey(name))) {
                names.add(name);
            }
        }
        Table t = Table.create(title).addColumns(StringColumn.create("quantity", names),
                DoubleColumn.create("by hand", names.stream().mapToDouble(values::get).toArray()));
        double[] largest = new double[names.size()];
        others.forEach((label, other) -> {
            String[] shown = new String[names.size()];
            for (int i = 0; i < names.size(); i++) {
                Double v = other.get(names.get(i));
                shown[i] = v == null ? "" : Numbers.format(v);
                if (v != null) {
                    largest[i] = Statistics.maxOrNaN(largest[i], Statistics.absDifference(values.get(names.get(i)), v));
                }
            }
            t.addColumns(StringColumn.create(label, shown));
        });
        t.addColumns(DoubleColumn.create("largest |difference|", largest));
        return Tables.sixDigits(t);
    }

    /** The largest |difference| of {@link #compare}, over every quantity both name. */
    public double largestDifference(Map<String, Double> other) {
        double largest = 0;
        for (Map.Entry<String, Double> e : other.entrySet()) {
            Double mine = values.get(e.getKey());
            if (mine != null) {
                largest = Statistics.maxOrNaN(largest, Statistics.absDifference(mine, e.getValue()));
            }
        }
        return largest;
    }

    private void remember(String name, double value) {
        if (name == null || !NAME.matcher(name).matches() || name.equals("exp")) {
            throw new IllegalArgumentException("name \"" + name + "\"; allowed: a letter, then letters, digits or _ (not exp)");
        }
        values.put(name, value);
    }

    /** The formula with each known name replaced by its value, negative values in parentheses. */
    private String substitute(String formula) {
        Matcher m = NAME.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Double v = values.get(m.group());
            String text = v == null ? m.group() : v < 0 && !leading(formula, m.start(), m.end()) ? "(" + Numbers.format(v) + ")" : Numbers.format(v);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a negative number at [start, end) can go without parentheses: first in the formula or
     * right after an opening parenthesis, and not the base of a power (-0.4^2 would read -(0.4^2)).
     */
    private static boolean leading(String formula, int start, int end) {
        String before = formula.substring(0, start).strip();
        String after = formula.substring(end).strip();
        return (before.isEmpty() || before.endsWith("(")) && !after.startsWith("^");
    }

    /**
     * Recursive descent: sum = product (("+" | "-") product)*; product = unary (("*" | "/") unary)*;
     * unary = "-" unary | power; power = atom ("^" unary)?; atom = number | name | exp(sum) | (sum).
     */
    private static final class Evaluator {
        private final String text;
        private final Map<String, Double> values;
        private int at;

        Evaluator(String text, Map<String, Double> values) {
            this.text = text == null ? "" : text;
            this.values = values;
        }

        double evaluate() {
            double v = sum();
            skipSpaces();
            if (at < text.length()) {
                throw problem("unexpected \"" + text.charAt(at) + "\"");
            }
            return v;
        }

        private double sum() {
            double v = product();
            while (true) {
                if (eat('+')) {
                    v += product();
                } else if (eat('-')) {
                    v -= product();
                } else {
                    return v;
                }
            }
        }

        private double product() {
            double v = unary();
            while (true) {
                if (eat('*')) {
                    v *= unary();
                } else if (eat('/')) {
                    v /= unary();
                } else {
                    return v;
                }
            }
        }

        private double unary() {
            return eat('-') ? -unary() : power();
        }

        private double power() {
            double base = atom();
            return eat('^') ? Math.pow(base, unary()) : base;
        }

        private double atom() {
            skipSpaces();
            if (eat('(')) {
                double v = sum();
                expect(')');
                return v;
            }
            Matcher name = NAME.matcher(text).region(at, text.length());
            if (name.lookingAt()) {
                at = name.end();
                if (name.group().equals("exp")) {
                    expect('(');
                    double v = Math.exp(sum());
                    expect(')');
                    return v;
                }
                Double v = values.get(name.group());
                if (v == null) {
                    throw problem("\"" + name.group() + "\" is not known yet (a step the sheet refused above is not recorded)");
                }
                return v;
            }
            Matcher number = Pattern.compile("\\d+(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+([eE][-+]?\\d+)?").matcher(text).region(at, text.length());
            if (number.lookingAt()) {
                at = number.end();
                return Double.parseDouble(number.group());
            }
            throw problem(at < text.length() ? "unexpected \"" + text.charAt(at) + "\"" : "the formula ends too soon");
        }

        private boolean eat(char c) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!eat(c)) {
                throw problem("\"" + c + "\" expected");
            }
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException(String.format(Locale.ROOT, "%s at character %d of \"%s\"", what, at + 1, text));
        }
    }
}
