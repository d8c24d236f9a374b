package backprop.bench;

import backprop.activation.Activation;
import backprop.gradients.DeltaRule;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One SGD step of the delta rule on EJML matrices ({@link DeltaRule}), as the training loop takes it, on width-width-width networks (sigmoid, half-sum loss, no
 * biases): how the cost grows with the layer width. Each invocation restarts from the same
 * Xavier-initialised weights, because a network left to fit one sample for millions of steps drives
 * its errors towards subnormal doubles, which x86 handles many times slower than normal ones.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class WidthScalingBenchmark {

    static final int STEPS = 20;

    @Param({"2", "8", "32", "128", "512"})
    public int width;

    private Network network;
    private DeltaRule pass;
    private double[] start;
    private double[] weights;
    private double[] outputs;
    private double[] gradient;
    private double[] x;
    private double[] y;

    @Setup
    public void setUp() {
        network = Network.of(new int[] {width, width, width}, Activation.SIGMOID, false, Initialiser.xavier(7));
        pass = new DeltaRule(network, Loss.HALF_SUM_SQUARED);
        start = network.parameters();
        weights = start.clone();
        outputs = new double[width];
        gradient = new double[network.parameterCount()];
        Random random = new Random(11);
        x = new double[width];
        y = new double[width];
        for (int i = 0; i < width; i++) {
            x[i] = 2 * random.nextDouble() - 1;
            // Reachable targets, strictly inside the sigmoid's range.
            y[i] = 0.1 + 0.8 * random.nextDouble();
        }
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double ejmlStep() {
        System.arraycopy(start, 0, weights, 0, start.length);
        network.setParameters(weights);
        double losses = 0;
        for (int i = 0; i < STEPS; i++) {
            losses += pass.run(x, y, outputs, gradient);
            for (int k = 0; k < weights.length; k++) {
                weights[k] -= 0.5 * gradient[k];
            }
            network.setParameters(weights);
        }
        return losses;
    }
}
