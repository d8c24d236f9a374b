package backprop.conformance;

import backprop.init.Initialiser;
import backprop.init.TorchGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static backprop.conformance.TorchReference.at;
import static backprop.conformance.TorchReference.keys;
import static backprop.conformance.TorchReference.numbers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * torch.manual_seed(seed) then eight torch.rand(1) ({@code rand}): {@link TorchGenerator}'s MT19937
 * outputs, its float32 draws and {@link Initialiser#torchRand} must equal torch's bit for bit.
 */
class TorchRandConformanceTest {

    static Stream<String> seeds() {
        return keys(at("rand", "seeds")).stream();
    }

    @Test
    void theFileHasThreeSeeds() {
        assertEquals(3, seeds().count());
        assertEquals(8, at("rand", "draws_per_seed").asInt());
    }

    @ParameterizedTest(name = "torch.manual_seed({0})")
    @MethodSource("seeds")
    void drawsMatchTorchExactly(String seed) {
        JsonNode torch = at("rand", "seeds", seed);
        int n = at("rand", "draws_per_seed").asInt();
        long[] mt = new long[n];
        long[] numerators = new long[n];
        double[] rand = new double[n];
        TorchGenerator outputs = TorchGenerator.manualSeed(Long.parseLong(seed));
        TorchGenerator draws = TorchGenerator.manualSeed(Long.parseLong(seed));
        for (int i = 0; i < n; i++) {
            mt[i] = outputs.nextUnsignedInt();
            rand[i] = draws.rand();
            numerators[i] = Math.round(rand[i] * (1 << 24));
        }
        long[] torchMt = new long[n];
        long[] torchNumerators = new long[n];
        for (int i = 0; i < n; i++) {
            torchMt[i] = torch.get("mt19937_output").get(i).asLong();
            torchNumerators[i] = torch.get("numerator_24bit").get(i).asLong();
        }
        double[] initial = Initialiser.torchRand(Long.parseLong(seed)).parameters(new int[] {2, 2, 2}, false);
        assertAll("seed " + seed,
                () -> assertArrayEquals(torchMt, mt, "MT19937 outputs"),
                () -> assertArrayEquals(torchNumerators, numerators, "24-bit numerators"),
                () -> assertArrayEquals(numbers(torch.get("rand")), rand, 0.0, "torch.rand(1) draws"),
                () -> assertArrayEquals(numbers(torch.get("rand")), initial, 0.0, "Initialiser.torchRand w1..w8"));
    }
}
