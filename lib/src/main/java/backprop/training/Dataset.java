package backprop.training;

import java.util.Arrays;

/** Training samples: inputs x^(s) with their targets y^(s). */
public record Dataset(double[][] inputs, double[][] targets) {

    public Dataset {
        if (inputs == null || targets == null || inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException("dataset: " + (inputs == null ? 0 : inputs.length) + " inputs and "
                    + (targets == null ? 0 : targets.length) + " targets; allowed: the same number, at least 1");
        }
        inputs = deepCopy(inputs);
        targets = deepCopy(targets);
    }

    /** One sample, as in the exercise. */
    public static Dataset of(double[] x, double[] y) {
        return new Dataset(new double[][] {x}, new double[][] {y});
    }

    public static Dataset of(double[][] xs, double[][] ys) {
        return new Dataset(xs, ys);
    }

    public int size() {
        return inputs.length;
    }

    public double[] x(int sample) {
        return inputs[sample].clone();
    }

    public double[] y(int sample) {
        return targets[sample].clone();
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i] == null ? null : rows[i].clone();
        }
        return copy;
    }

    @Override
    public String toString() {
        return "Dataset" + Arrays.deepToString(inputs) + " -> " + Arrays.deepToString(targets);
    }
}
