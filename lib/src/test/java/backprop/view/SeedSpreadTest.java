package backprop.view;

import backprop.init.Initialiser;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spreads are over the seeds only: each checked against the same seeds trained one by one with
 * Training (not through the sweep), the given run left out.
 */
class SeedSpreadTest {

    private static final int SEEDS = 6;
    private static final Training SETUP = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
            .learningRate(1);
    private static final SeedSpread SPREAD = SeedSpread.train(SETUP, SEEDS, new int[] {1, 10}, 40);

    private static List<TrainingRun> seedsOneByOne() {
        List<TrainingRun> runs = new ArrayList<>();
        for (int s = 0; s < SEEDS; s++) {
            runs.add(SETUP.network(Examples.exercise(Examples.exercise().activation(1), Initialiser.torchRand(s))).epochs(40).run());
        }
        return runs;
    }

    @Test
    void theGroupIsTheSeedsAndTheGivenRunStandsApart() {
        assertEquals(SEEDS, SPREAD.seeds().size());
        assertArrayEquals(Examples.EXERCISE_WEIGHTS, SPREAD.given().initialWeights());
        assertArrayEquals(new int[] {1, 10, 40}, SPREAD.checkpoints());
        assertEquals(List.of("6 seeds and the given weights trained for 40 epochs; 0 runs diverged."), SPREAD.trained().sentences());
    }

    @Test
    void theLossTableIsOverTheSeedsOnly() {
        double[] at40 = seedsOneByOne().stream().mapToDouble(r -> r.lossAt(40)).sorted().toArray();
        Table t = SPREAD.losses();
        assertEquals(at40[0], t.doubleColumn("min").get(2));
        assertEquals(at40[SEEDS - 1], t.doubleColumn("max").get(2));
        assertEquals(SETUP.epochs(40).run().lossAt(40), t.doubleColumn("given weights").get(2));
    }

    @Test
    void theGivenRunsWeightsOutsideTheSeedsRangeAreNamedWithThatRange() {
        List<TrainingRun> seeds = seedsOneByOne();
        double[] given = SETUP.epochs(40).run().finalWeights();
        List<String> outside = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            int w = k;
            double[] values = seeds.stream().mapToDouble(r -> r.w(w)).toArray();
            double min = Arrays.stream(values).min().orElseThrow();
            double max = Arrays.stream(values).max().orElseThrow();
            if (given[k - 1] < min || given[k - 1] > max) {
                outside.add("w" + k + " = " + Numbers.format(given[k - 1]) + ", the seeds' range " + Numbers.format(min)
                        + " to " + Numbers.format(max) + ".");
            }
        }
        List<String> said = SPREAD.whereGivenEnds().sentences();
        assertEquals(outside, said.subList(1, said.size() - 1));
        assertEquals(outside.isEmpty(), said.get(0).startsWith("Every final weight"));
        // The given start: w2, w6, w7 are negative, outside every torch.rand draw in [0, 1).
        double low = seeds.stream().flatMapToDouble(r -> Arrays.stream(r.initialWeights())).min().orElseThrow();
        double high = seeds.stream().flatMapToDouble(r -> Arrays.stream(r.initialWeights())).max().orElseThrow();
        assertTrue(low >= 0 && high < 1 && 0.8 < high && 0.1 > low, low + " to " + high);
        assertEquals("The given start already lies outside the box of the seeds' starts: their initial weights all lie in "
                + Numbers.format(low) + " to " + Numbers.format(high) + " (torch.rand draws in [0, 1)), the given w2 = -0.4,"
                + " w6 = -0.5, w7 = -0.3 do not.", said.get(said.size() - 1));
    }

    @Test
    void theCountsAndTheDistancesComeFromTheSeeds() {
        List<TrainingRun> seeds = seedsOneByOne();
        TrainingRun given = SETUP.epochs(40).run();
        TrainingRun variant = seeds.get(2);
        long below = seeds.stream().filter(r -> r.lossAt(40) < variant.lossAt(40)).count();
        String first = SPREAD.lossesAt(40, variant).sentences().get(0);
        assertEquals("During epoch 40 the variant's loss is " + Numbers.format(variant.lossAt(40)) + ", the given weights' "
                + Numbers.format(given.lossAt(40)) + "; " + below + " of the 6 seeds are lower than the variant.", first);
        double closest = seeds.stream().mapToDouble(r -> distance(r.finalWeights(), given.finalWeights())).min().orElseThrow();
        String weights = SPREAD.whatTheStartChanges(10).sentences().get(1);
        assertTrue(weights.contains("the closest is " + Numbers.format(closest) + " away"), weights);
        List<String> said = SPREAD.lossesAt(40, variant).sentences();
        assertTrue(said.get(1).startsWith("During epoch 40 the seeds' losses range from "), said.get(1));
        assertTrue(said.get(2).startsWith("Spread: the 5–95 % band is "), said.get(2));
    }

    @Test
    void theChartsNameTheGivenRunsPlaceAndTheQuantilesAsQuantiles() {
        List<TrainingRun> seeds = seedsOneByOne();
        double given = SETUP.epochs(40).run().lossAt(40);
        long below = seeds.stream().filter(r -> r.lossAt(40) < given).count();
        assertEquals("Epoch 40, 6 seeds; given weights (not drawn): " + Numbers.format(given) + ", above " + below + " seeds",
                SPREAD.histogram(40, 4).getTitle());
        XYChart band = SPREAD.lossBand();
        assertEquals(List.of("given weights", "5 % quantile of the seeds", "median of the seeds", "95 % quantile of the seeds"),
                List.copyOf(band.getSeriesMap().keySet()));
        assertTrue(band.getSeriesMap().values().stream().allMatch(x -> x.getMarker() == SeriesMarkers.CIRCLE));
        assertTrue(band.getTitle().startsWith("Loss at epochs 1, 10, 40:"), band.getTitle());
    }

    @Test
    void runsThatDivergedAreSaidToHaveNotGivenANaNLoss() {
        // ReLU + cross-entropy on the float targets at step 2 has no lower bound: every run stops early.
        Training runaway = Training.of(Examples.exercise(backprop.activation.Activation.RELU)).data(Examples.EXERCISE_X,
                Examples.EXERCISE_Y).loss(backprop.loss.Loss.CROSS_ENTROPY).learningRate(2);
        SeedSpread spread = SeedSpread.train(runaway, 3, new int[] {1, 10}, 200);
        int givenStop = runaway.epochs(200).run().divergenceEpoch();
        assertTrue(givenStop > 10 && givenStop < 200, "the given run stops at " + givenStop);
        List<String> said = spread.lossesAt(200, spread.given()).sentences();
        assertEquals("During epoch 200 the variant's loss is gone (diverged at epoch " + givenStop + "), the given weights'"
                + " gone (diverged at epoch " + givenStop + ").", said.get(0));
        assertEquals("By epoch 200 every seed had diverged: there is no spread to compare.", said.get(1));
        assertTrue(said.get(2).contains("left out"), said.get(2));
        List<String> start = spread.whatTheStartChanges(10).sentences();
        assertEquals("Loss: the given run diverged at epoch " + givenStop + ", and 3 of the 3 seeds diverged too.", start.get(0));
        assertEquals(2, start.size(), "no claim that losses agree: " + start);
        assertTrue(spread.finalWeights().name().startsWith("Final weights at each run's last epoch"));
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }
}
