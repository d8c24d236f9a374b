package backprop.bench;

import backprop.gradients.AutogradPass;
import backprop.gradients.AutogradReplay;
import backprop.gradients.BackwardPass;
import backprop.gradients.DeltaRule;
import backprop.gradients.ExerciseBackprop;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * One SGD step (forward, loss, backward, update) of the exercise's 2-2-2 sigmoid network with the
 * half-sum loss and step 1, five ways:
 * <ol type="a">
 *   <li>a plain double loop written here: what the JVM can do at best,</li>
 *   <li>the written-out pass, {@link ExerciseBackprop},</li>
 *   <li>the general-shape delta rule on EJML matrices, {@link DeltaRule},</li>
 *   <li>the autograd pass, {@link AutogradPass}: a fresh graph every step,</li>
 *   <li>the training loop's autograd pass, {@link AutogradReplay}: that graph built once and replayed.</li>
 * </ol>
 * b to e step as the training loop does: {@link BackwardPass#run}, w &lt;- w - rate * dL/dw,
 * {@link Network#setParameters}. Every invocation starts from the given w1..w8 and runs the exercise's
 * 100 epochs, so each variant spends its time on the states a student's run goes through.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ExerciseStepBenchmark {

    static final int STEPS = 100;

    private static final double[] GIVEN = Examples.EXERCISE_WEIGHTS.clone();
    private static final double RATE = Examples.EXERCISE_LEARNING_RATE;

    private final double[] x = Examples.EXERCISE_X.clone();
    private final double[] y = Examples.EXERCISE_Y.clone();
    private final double[] inlinedWeights = new double[8];

    /** The loop of the variant this fork times (b to e); null when it times a. */
    private StepLoop timed;

    /** A network, one backward pass on it, and the loop's buffers. */
    private static final class StepLoop {
        final Network network = Examples.exercise();
        final BackwardPass pass;
        final double[] weights = new double[8];
        final double[] outputs = new double[2];
        final double[] gradient = new double[8];

        StepLoop(BiFunction<Network, Loss, BackwardPass> backwardPass) {
            pass = backwardPass.apply(network, Loss.HALF_SUM_SQUARED);
        }

        /** 100 steps from the given weights, as the training loop takes them. */
        double hundredSteps(double[] x, double[] y) {
            System.arraycopy(GIVEN, 0, weights, 0, 8);
            network.setParameters(weights);
            double losses = 0;
            for (int i = 0; i < STEPS; i++) {
                losses += pass.run(x, y, outputs, gradient);
                for (int k = 0; k < 8; k++) {
                    weights[k] -= RATE * gradient[k];
                }
                network.setParameters(weights);
            }
            return losses;
        }
    }

    /**
     * Builds and checks only the variant this fork times: had the other passes run through
     * {@link StepLoop#hundredSteps} too, its call to {@code pass.run} would be profiled as reaching
     * several classes, and the JIT would look each call up through the interface instead of calling
     * the timed pass directly.
     */
    @Setup
    public void setUp(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        BiFunction<Network, Loss, BackwardPass> pass =
                benchmark.endsWith("b_exerciseBackprop") ? ExerciseBackprop::new
                : benchmark.endsWith("c_deltaRuleEjml") ? DeltaRule::new
                : benchmark.endsWith("d_autograd") ? AutogradPass::new
                : benchmark.endsWith("e_autogradReplay") ? AutogradReplay::new
                : null;
        timed = pass == null ? null : new StepLoop(pass);
        checkAgreesWithInlined();
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
        return timed.hundredSteps(x, y);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double c_deltaRuleEjml() {
        return timed.hundredSteps(x, y);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double d_autograd() {
        return timed.hundredSteps(x, y);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double e_autogradReplay() {
        return timed.hundredSteps(x, y);
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

    /** A benchmark of a wrong computation would be worthless: the timed variant must train as a does. */
    private void checkAgreesWithInlined() {
        double a = a_inlinedLoop();
        if (timed == null) {
            return;
        }
        double sum = timed.hundredSteps(x, y);
        double[] w = timed.network.parameters();
        for (int k = 0; k < 8; k++) {
            if (Math.abs(w[k] - inlinedWeights[k]) > 1e-12) {
                throw new IllegalStateException("the variants disagree after " + STEPS + " steps: inlined "
                        + Arrays.toString(inlinedWeights) + ", " + timed.pass.getClass().getSimpleName() + " " + Arrays.toString(w));
            }
        }
        if (Math.abs(a - sum) > 1e-10) {
            throw new IllegalStateException("summed losses disagree: inlined " + a + ", "
                    + timed.pass.getClass().getSimpleName() + " " + sum);
        }
    }
}
