package backprop.view;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundBinsTest {

    @ParameterizedTest
    @CsvSource({"epoch 100, 40", "epoch 1000, 40", "epoch 100, 10", "wide, 40", "symmetric, 25", "symmetric, 3", "symmetric, 1"})
    void everyValueInTheRoundBinAroundIt(String shape, int bins) {
        double[] values = ChartTicksTest.spread(shape);
        RoundBins round = RoundBins.of(values, bins);
        int[] counts = round.counts();
        double w = round.width();

        double significand = w / Math.pow(10, Math.floor(Math.log10(w) + 1e-12));
        assertTrue(Arrays.asList(1.0, 2.0, 5.0).contains(Math.rint(significand * 1e9) / 1e9), "width " + w);
        assertTrue(counts.length >= bins / 1.6 && counts.length <= bins * 1.6 + 1, counts.length + " bins for " + bins);
        assertEquals(values.length, Arrays.stream(counts).sum());
        for (int i = 0; i < counts.length; i++) {
            double centre = round.centre(i);
            assertEquals(Math.rint(centre / w), centre / w, 1e-9, "centre " + centre);
            long inside = Arrays.stream(values).filter(v -> v >= centre - w / 2 && v < centre + w / 2).count();
            assertEquals(inside, counts[i], "bin around " + centre);
        }
        assertTrue(counts[0] > 0 && counts[counts.length - 1] > 0, "the first and last bins hold the extremes");
    }

    @Test
    void oneValueAndBadInput() {
        RoundBins single = RoundBins.of(new double[] {0.25, 0.25, Double.NaN}, 10);
        assertEquals(2, Arrays.stream(single.counts()).sum());
        assertThrows(IllegalArgumentException.class, () -> RoundBins.of(new double[] {1}, 0));
        // 1000 seeds at the same floor: one bar, under its value (not under 0).
        RoundBins floor = RoundBins.of(new double[] {0.00245, 0.00245 * (1 + 1e-13), 0.00245}, 20);
        assertEquals(List.of("0.00245"), floor.labels(ChartStyle.TEXT_FONT));
    }
}
