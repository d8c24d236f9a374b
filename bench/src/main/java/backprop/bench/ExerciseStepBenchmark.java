package backprop.bench;

import backprop.activation.Activation;
import backprop.gradients.AutogradPass;
import backprop.loss.Loss;
import backprop.network.Backprop;
import backprop.network.Examples;
import backprop.network.ExerciseBackprop;
import backprop.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * One SGD step (forward, loss, backward, update) of the exercise's 2-2-2 sigmoid network with the
 * half-sum loss and step 1, four ways:
 * <ol type="a">
 *   <li>a plain double loop written here: what the JVM can do at best,</li>
 *   <li>the library's written-out pass, {@link ExerciseBackprop#step},</li>
 *   <li>the general-shape EJML pass, {@link Backprop} + {@link Network#step},</li>
 *   <li>the autograd pass, {@link AutogradPass} + {@link Network#step}.</li>
 * </ol>
 * Every invocation starts from the given w1..w8 and runs the exercise's 100 epochs, so each variant
 * spends its time on the same states a student's run goes through, and the weights never drift far
 * enough for the measurement to change character. The restore is one 8-double copy per 100 steps.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ExerciseStepBenchmark {

    static final int STEPS = 100;

    private static final double[] GIVEN = Examples.EXERCISE_WEIGHTS.clone();
    private static final double RATE = Examples.EXERCISE_LEARNING_RATE;

    private final double[] x = Examples.EXERCISE_X.clone();
    private final double[] y = Examples.EXERCISE_Y.clone();
    private final double[] inlinedWeights = new double[8];
    private final double[] exerciseWeights = new double[8];

    private ExerciseBackprop exercise;
    private Network ejmlNetwork;
    private Backprop backprop;
    private NetworkWeights ejmlStart;
    private double[] gradient;
    private Network autogradNetwork;
    private NetworkWeights autogradStart;

    @Setup
    public void setUp() {
        exercise = new ExerciseBackprop(Activation.SIGMOID, Activation.SIGMOID, Loss.HALF_SUM_SQUARED);
        ejmlNetwork = Examples.exercise();
        backprop = new Backprop(ejmlNetwork);
        ejmlStart = NetworkWeights.of(ejmlNetwork);
        gradient = new double[ejmlNetwork.parameterCount()];
        autogradNetwork = Examples.exercise();
        autogradStart = NetworkWeights.of(autogradNetwork);
        checkAllAgree();
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double a_inlinedLoop() {
        double[] w = inlinedWeights;
        System.arraycopy(GIVEN, 0, w, 0, 8);
        double x1 = x[0];
        double x2 = x[1];
        double y1 = y[0];
        double y2 = y[1];
        double losses = 0;
        for (int i = 0; i < STEPS; i++) {
            losses += inlinedStep(w, x1, x2, y1, y2, RATE);
        }
        return losses;
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double b_exerciseBackprop() {
        System.arraycopy(GIVEN, 0, exerciseWeights, 0, 8);
        double losses = 0;
        for (int i = 0; i < STEPS; i++) {
            losses += exercise.step(exerciseWeights, x, y, RATE);
        }
        return losses;
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double c_ejmlBackprop() {
        ejmlStart.restore();
        double losses = 0;
        for (int i = 0; i < STEPS; i++) {
            backprop.run(x, y, Loss.HALF_SUM_SQUARED);
            backprop.gradientInto(gradient);
            ejmlNetwork.step(gradient, RATE);
            losses += backprop.loss();
        }
        return losses;
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double d_autograd() {
        autogradStart.restore();
        double losses = 0;
        for (int i = 0; i < STEPS; i++) {
            AutogradPass pass = AutogradPass.of(autogradNetwork, x, y, Loss.HALF_SUM_SQUARED);
            autogradNetwork.step(pass.gradient(), RATE);
            losses += pass.loss();
        }
        return losses;
    }

    /**
     * The whole step with nothing between the formulas and the machine: no interfaces, no arrays but
     * the weights, sigma'(in) taken as out * (1 - out) from the value already computed.
     */
    static double inlinedStep(double[] w, double x1, double x2, double y1, double y2, double rate) {
        double h1 = 1.0 / (1.0 + Math.exp(-(w[0] * x1 + w[2] * x2)));
        double h2 = 1.0 / (1.0 + Math.exp(-(w[1] * x1 + w[3] * x2)));
        double o1 = 1.0 / (1.0 + Math.exp(-(w[4] * h1 + w[6] * h2)));
        double o2 = 1.0 / (1.0 + Math.exp(-(w[5] * h1 + w[7] * h2)));
        double e1 = o1 - y1;
        double e2 = o2 - y2;
        double deltaO1 = e1 * o1 * (1.0 - o1);
        double deltaO2 = e2 * o2 * (1.0 - o2);
        double deltaH1 = (deltaO1 * w[4] + deltaO2 * w[5]) * h1 * (1.0 - h1);
        double deltaH2 = (deltaO1 * w[6] + deltaO2 * w[7]) * h2 * (1.0 - h2);
        w[0] -= rate * deltaH1 * x1;
        w[1] -= rate * deltaH2 * x1;
        w[2] -= rate * deltaH1 * x2;
        w[3] -= rate * deltaH2 * x2;
        w[4] -= rate * deltaO1 * h1;
        w[5] -= rate * deltaO2 * h1;
        w[6] -= rate * deltaO1 * h2;
        w[7] -= rate * deltaO2 * h2;
        return 0.5 * (e1 * e1 + e2 * e2);
    }

    /** A benchmark of a wrong computation would be worthless: the four must train alike. */
    private void checkAllAgree() {
        double a = a_inlinedLoop();
        double b = b_exerciseBackprop();
        double c = c_ejmlBackprop();
        double d = d_autograd();
        double[] ejml = ejmlNetwork.parameters();
        double[] autograd = autogradNetwork.parameters();
        for (int k = 0; k < 8; k++) {
            double reference = exerciseWeights[k];
            if (Math.abs(inlinedWeights[k] - reference) > 1e-12 || Math.abs(ejml[k] - reference) > 1e-12
                    || Math.abs(autograd[k] - reference) > 1e-12) {
                throw new IllegalStateException("the variants disagree after " + STEPS + " steps: inlined "
                        + Arrays.toString(inlinedWeights) + ", ExerciseBackprop " + Arrays.toString(exerciseWeights)
                        + ", EJML " + Arrays.toString(ejml) + ", autograd " + Arrays.toString(autograd));
            }
        }
        if (Math.abs(a - b) > 1e-10 || Math.abs(a - c) > 1e-10 || Math.abs(a - d) > 1e-10) {
            throw new IllegalStateException("summed losses disagree: " + a + ", " + b + ", " + c + ", " + d);
        }
    }
}
