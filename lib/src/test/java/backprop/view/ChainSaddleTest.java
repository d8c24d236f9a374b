package backprop.view;

import backprop.gradients.OriginalChainLoop;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Dataset;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain's weights and product, and the sentences on when it learns e = -x. */
class ChainSaddleTest {

    private static TrainingRun chain(double[] w, int epochs) {
        return Training.of(Examples.chain().withParameters(w)).data(Dataset.of(Examples.CHAIN_X, Examples.CHAIN_Y))
                .loss(Loss.HALF_SUM_SQUARED).learningRate(0.05).oneSampleAtATime().epochs(epochs).run();
    }

    @Test
    void aChainThatStartsAtTheTargetHasLearnedFromEpochOne() {
        double[] w = {1, 1, -1};   // e = -x exactly: every gradient is 0
        TrainingRun run = chain(w, 5);
        Map<String, double[]> weights = ChainSaddle.weights(run);
        assertEquals(List.of("w1", "w2 (on w1 from epoch 1)", "w3", "w1·w2·w3 (target −1)"), List.copyOf(weights.keySet()));
        assertEquals(-1, weights.get("w1·w2·w3 (target −1)")[4], 0);
        OriginalChainLoop original = OriginalChainLoop.run(w, Examples.CHAIN_X, Examples.CHAIN_Y, 0.05, 5, 1e-6);
        List<String> s = ChainSaddle.statements(run, run, original).sentences();
        assertEquals("After 5 epochs w1·w2·w3 = -1 (loss 0): e = −x is learned.", s.get(0));
        assertEquals("At the end of each of the 5 epochs, (w1, w2) is at least 1.41421 from the origin, the saddle where every gradient vanishes.", s.get(1));
        assertEquals("The product first gets within 0.01 of −1 at epoch 1.", s.get(2));
        assertEquals("The original loop (not gradient descent on L) gets there at epoch 1.", s.get(3));
    }

    @Test
    void theOriginalStartHasTheWrongSignAndIsNotLearnedInTwentyEpochs() {
        // w1 w2 w3 = 0.2333 * -0.233 * -0.52133 = +0.0283: e > 0 for x = 1, on the wrong side of -1
        TrainingRun run = chain(Examples.CHAIN_WEIGHTS, 20);
        OriginalChainLoop original = OriginalChainLoop.run(Examples.CHAIN_WEIGHTS, Examples.CHAIN_X, Examples.CHAIN_Y, 0.05, 20, 1e-6);
        List<String> s = ChainSaddle.statements(run, run, original).sentences();
        assertTrue(s.get(0).startsWith("After 20 epochs w1·w2·w3 = ") && s.get(0).endsWith("e = −x is not learned yet."), s.get(0));
        assertEquals("Within 20 epochs the product never gets within 0.01 of −1.", s.get(2));
        TrainingRun long_ = chain(Examples.CHAIN_WEIGHTS, 160);
        assertTrue(ChainSaddle.statements(long_, long_, original).sentences().get(1).startsWith("Within 160 epochs, at an epoch end, (w1, w2) comes within 0.01"),
                "the original start passes within about 0.011 of the saddle");
        assertEquals("The original loop does not get there within 20 epochs.", s.get(3));
        assertEquals(0.0283389, ChainSaddle.weights(chain(Examples.CHAIN_WEIGHTS, 1)).get("w1·w2·w3 (target −1)")[0], 0.01);
        // w1 = 0.2333 and w2 = -0.233 start apart; once past the saddle they stay together to the end.
        Map<String, double[]> longWeights = ChainSaddle.weights(chain(Examples.CHAIN_WEIGHTS, 400));
        String w2 = List.copyOf(longWeights.keySet()).get(1);
        int from = Integer.parseInt(w2.replaceAll(".*from epoch (\\d+)\\)", "$1"));
        double[] w1s = longWeights.get("w1"), w2s = longWeights.get(w2);
        assertTrue(from > 1 && Math.abs(w1s[from - 2] - w2s[from - 2]) >= 0.005, w2);
        for (int i = from - 1; i < 400; i++) {
            assertTrue(Math.abs(w1s[i] - w2s[i]) < 0.005, "epoch " + (i + 1));
        }
    }
}
