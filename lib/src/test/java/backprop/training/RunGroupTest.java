package backprop.training;

import backprop.network.Examples;
import org.junit.jupiter.api.Test;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The seeds without the given run: each value comes from the right run. */
class RunGroupTest {

    @Test
    void withoutLeavesTheGivenRunOut() {
        SweepResult sweep = Training.of(Examples.exercise()).data(EXERCISE_X, EXERCISE_Y).sweep()
                .givenWeights().torchRandSeeds(0, 3).learningRates(1).epochs(1, 10).run();
        RunGroup seeds = RunGroup.without(sweep, "given");
        assertEquals(3, seeds.size());
        TrainingRun seed1 = sweep.run("torchRand(1)", 1);
        assertEquals(seed1.lossAt(10), seeds.lossesAt(10)[1]);
        assertEquals(seed1.w(6), seeds.finalWeights(6)[1]);
        assertEquals(seed1.o(2), seeds.finalOutputs(2)[1]);
        double[] given = sweep.run("given", 1).finalWeights();
        assertEquals(RunGroup.distance(seed1.finalWeights(), given), seeds.distancesAfter(given)[1]);
        assertEquals(RunGroup.distance(seed1.initialWeights(), Examples.EXERCISE_WEIGHTS), seeds.distancesBefore(Examples.EXERCISE_WEIGHTS)[1]);
        double[] losses = seeds.lossesAt(10);
        double middle = losses[0] + losses[1] + losses[2] - Math.min(losses[0], Math.min(losses[1], losses[2]))
                - Math.max(losses[0], Math.max(losses[1], losses[2]));
        assertEquals(1, seeds.countBelow(10, middle));
        // The middle loss raised by a few ulps: still only the lowest run counts below it, not the middle one.
        assertEquals(1, seeds.countBelow(10, middle * (1 + 1e-12)));
        assertEquals(2, seeds.countBelow(10, middle * (1 + 1e-6)));
        assertEquals(1, seeds.countWithin(10, middle, 1e-9));
    }

    @Test
    void distanceIsEuclideanAndRefusesMismatchedLengths() {
        assertEquals(5, RunGroup.distance(new double[] {0, 0}, new double[] {3, 4}));
        assertThrows(IllegalArgumentException.class, () -> RunGroup.distance(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> RunGroup.of(java.util.List.of()));
        assertArrayEquals(new double[0], new double[0]);
    }
}
