package backprop.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import backprop.activation.Activation;
import backprop.gradients.AutogradPass;
import backprop.gradients.ExerciseBackprop;
import backprop.gradients.GradientCheck;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.view.Numbers;

/**
 * The expected answers of the exercise (2-2-2, sigmoid, no biases, 1/2-sum loss) and the checks of a
 * student's work against them, for the check cells of the student edition and the autograder's tests.
 *
 * <ul>
 *   <li>the hand calculation (notebook 02): {@link #handCalculation} knows every quantity of one
 *   iteration by the notebook's names (inH1 ... deltaH2, dLossDw1..8, w1New..w8New) and
 *   {@link #check(Object...)} compares a student's values, within {@link #HAND_TOLERANCE};</li>
 *   <li>the hand-written backward pass (notebook 03): {@link #backward(Backward, Point...)} calls the
 *   student's method at each point and compares its eight gradients with autograd ({@link AutogradPass})
 *   within {@link #GRADIENT_TOLERANCE}, naming the central difference ({@link GradientCheck}) beside;
 *   {@link #update(Update)} checks the gradient-descent step.</li>
 * </ul>
 */
public final class Answers {

    /** Hand work to 4 decimals: a value within 1e-4 of the exact one is right. */
    public static final double HAND_TOLERANCE = 1e-4;
    /** A backward pass in double precision agrees with autograd to rounding; 1e-8 leaves room for any order of operations. */
    public static final double GRADIENT_TOLERANCE = 1e-8;
    /** Digits of the central difference in a note: enough to set it against {@link #GRADIENT_TOLERANCE} on gradients near 0.1. */
    static final int CENTRAL_DIGITS = 10;
    /** The update is one subtraction per weight. */
    public static final double UPDATE_TOLERANCE = 1e-12;

    /** A student's backward pass of the exercise's network: dL/dw1..dL/dw8 at weights w1..w8, input x1, x2, target y1, y2. */
    @FunctionalInterface
    public interface Backward {
        double[] gradient(double[] w, double[] x, double[] y);
    }

    /** A student's update: the weights after one gradient-descent step. */
    @FunctionalInterface
    public interface Update {
        double[] step(double[] w, double[] gradient, double learningRate);
    }

    /** Where a backward pass is checked: weights w1..w8, input, target. */
    public record Point(String name, double[] w, double[] x, double[] y) {
    }

    private final Map<String, Double> expected;
    private final String title;
    private final String unlessPassed;

    private Answers(String title, Map<String, Double> expected, String unlessPassed) {
        this.title = title;
        this.expected = expected;
        this.unlessPassed = unlessPassed;
    }

    /** The exercise's point: the given weights, x = (0.5, 0.3), y = (0.23, -0.07). */
    public static Point exercisePoint() {
        return new Point("the exercise", Examples.EXERCISE_WEIGHTS.clone(), Examples.EXERCISE_X.clone(), Examples.EXERCISE_Y.clone());
    }

    /** A point of your choice. */
    public static Point point(String name, double[] w, double[] x, double[] y) {
        return new Point(name, w.clone(), x.clone(), y.clone());
    }

    /**
     * A second point where the slopes differ a lot (o1 near 1, h1 near 1/2), so a wrong slope or a
     * wrong bracket in the hidden deltas shows in every digit, not only in the fifth.
     */
    public static Point steepPoint() {
        return new Point("w = (1.5, -2, -1, 2.5, 3, -2.5, 1, 2), x = (1, -0.5), y = (0.1, 0.9)",
                new double[] {1.5, -2, -1, 2.5, 3, -2.5, 1, 2}, new double[] {1, -0.5}, new double[] {0.1, 0.9});
    }

    /**
     * The hand calculation of the exercise itself (given weights, inputs, targets, step 1), as the
     * graded tests check it: a check that fails names these numbers, since a student who edited them
     * in the Hyperparameters cell has right values for other numbers.
     */
    public static Answers handCalculation() {
        String numbers = "x1, x2 = " + listed(Examples.EXERCISE_X) + "; y1, y2 = " + listed(Examples.EXERCISE_Y)
                + "; w1..w8 = " + listed(Examples.EXERCISE_WEIGHTS) + "; learningRate = " + Numbers.format(Examples.EXERCISE_LEARNING_RATE);
        return handCalculation(Examples.EXERCISE_WEIGHTS, Examples.EXERCISE_X, Examples.EXERCISE_Y, Examples.EXERCISE_LEARNING_RATE,
                "The expected values are those of the exercise's numbers (" + numbers + "): if the Hyperparameters cell holds "
                        + "others, put these back and Run All.");
    }

    private static String listed(double[] values) {
        return Arrays.stream(values).mapToObj(Numbers::format).collect(Collectors.joining(", "));
    }

    /** The hand calculation at weights {@code w} (w1..w8), input, target and step size. */
    public static Answers handCalculation(double[] w, double[] x, double[] y, double learningRate) {
        return handCalculation(w, x, y, learningRate, "");
    }

    private static Answers handCalculation(double[] w, double[] x, double[] y, double learningRate, String unlessPassed) {
        Network net = Examples.exercise(Activation.SIGMOID, Initialiser.given(w));
        ExerciseBackprop pass = ExerciseBackprop.of(net, x, y, Loss.HALF_SUM_SQUARED);
        Map<String, Double> values = new LinkedHashMap<>(pass.quantities());
        double[] after = pass.updatedWeights(learningRate);
        for (int k = 0; k < 8; k++) {
            values.put("w" + (k + 1) + "New", after[k]);
        }
        return new Answers("Hand calculation", values, unlessPassed);
    }

    /** The names this object knows, in order. */
    public List<String> names() {
        return new ArrayList<>(expected.keySet());
    }

    /** The exact value of a quantity. */
    public double expected(String name) {
        Double v = expected.get(name);
        if (v == null) {
            throw new IllegalArgumentException("\"" + name + "\" is unknown; allowed: " + expected.keySet());
        }
        return v;
    }

    /**
     * Checks name-value pairs, e.g. {@code check("inH1", inH1, "outH1", outH1)}, each within
     * {@link #HAND_TOLERANCE}; a NaN value is not done yet.
     */
    public Check check(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(namesAndValues.length + " arguments; allowed: pairs of a name and a value");
        }
        Check check = unlessPassed.isEmpty() ? Check.of(title) : Check.of(title).unlessPassed(unlessPassed);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = String.valueOf(namesAndValues[i]);
            if (!(namesAndValues[i + 1] instanceof Number value)) {
                throw new IllegalArgumentException(name + " = " + namesAndValues[i + 1] + "; allowed: a number");
            }
            check.value(name, value.doubleValue(), expected(name), HAND_TOLERANCE);
        }
        return check;
    }

    /** The student's backward pass at the exercise's point and at {@link #steepPoint()}. */
    public static Check backward(Backward backward) {
        return backward(backward, exercisePoint(), steepPoint());
    }

    /**
     * The student's backward pass at each point: one item per gradient, right when within
     * {@link #GRADIENT_TOLERANCE} of autograd; the note gives the central difference.
     */
    public static Check backward(Backward backward, Point... points) {
        Check check = Check.of("Your backward pass against autograd and finite differences");
        for (Point p : points) {
            Network net = Examples.exercise(Activation.SIGMOID, Initialiser.given(p.w()));
            double[] autograd = AutogradPass.of(net, p.x(), p.y(), Loss.HALF_SUM_SQUARED).gradient();
            double[] central = GradientCheck.numericalGradient(net, p.x(), p.y(), Loss.HALF_SUM_SQUARED, GradientCheck.DEFAULT_EPSILON);
            String[] names = new String[8], notes = new String[8];
            for (int k = 0; k < 8; k++) {
                names[k] = "dL/dw" + (k + 1) + " at " + p.name();
                notes[k] = "central difference " + Numbers.format(central[k], CENTRAL_DIGITS);
            }
            check.values(names, () -> backward.gradient(p.w().clone(), p.x().clone(), p.y().clone()), autograd, GRADIENT_TOLERANCE, notes);
        }
        return check;
    }

    /** The student's update with the exercise's gradient and step 1, and with another gradient and step 0.5. */
    public static Check update(Update update) {
        Check check = Check.of("Your update w <- w - learningRate * dL/dw");
        Point exercise = exercisePoint(), steep = steepPoint();
        double[][] gradients = {
            AutogradPass.of(Examples.exercise(), exercise.x(), exercise.y(), Loss.HALF_SUM_SQUARED).gradient(),
            AutogradPass.of(Examples.exercise(Activation.SIGMOID, Initialiser.given(steep.w())), steep.x(), steep.y(), Loss.HALF_SUM_SQUARED).gradient()};
        double[][] weights = {exercise.w(), steep.w()};
        double[] rates = {1.0, 0.5};
        for (int c = 0; c < 2; c++) {
            double[] w = weights[c], g = gradients[c];
            double rate = rates[c];
            double[] expected = new double[8];
            String[] names = new String[8], notes = new String[8];
            for (int k = 0; k < 8; k++) {
                expected[k] = w[k] - rate * g[k];
                names[k] = "w" + (k + 1) + " after a step of " + Numbers.format(rate) + (c == 0 ? " (the exercise)" : " (" + steep.name() + ")");
                notes[k] = "";
            }
            check.values(names, () -> update.step(w.clone(), g.clone(), rate), expected, UPDATE_TOLERANCE, notes);
        }
        return check;
    }
}
