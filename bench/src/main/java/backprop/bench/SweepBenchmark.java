package backprop.bench;

import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.SweepResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The sweep a student's experiment 7 notebook can run in one cell: 10,000 torch-seeded random
 * initialisations of the exercise, each trained 100 epochs at step 1 (one million SGD steps), the
 * loss kept at epochs 1, 10, 50 and 100. Timed as a whole call, set-up and results included, on all
 * cores (the default) and on one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class SweepBenchmark {

    static final int SEEDS = 10_000;

    @Param({"true", "false"})
    public boolean parallel;

    @Benchmark
    public SweepResult seeds10000Epochs100() {
        return Training.of(Examples.exercise())
                .data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .loss(Loss.HALF_SUM_SQUARED)
                .sweep()
                .torchRandSeeds(0, SEEDS)
                .learningRates(Examples.EXERCISE_LEARNING_RATE)
                .epochs(1, 10, 50, 100)
                .parallel(parallel)
                .run();
    }
}
