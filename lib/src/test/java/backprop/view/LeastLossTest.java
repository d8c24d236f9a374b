package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import backprop.training.Training;
import backprop.training.TrainingRun;
import tech.tablesaw.api.Table;

import org.junit.jupiter.api.Test;

class LeastLossTest {

    private static final double[] DISTRIBUTION = {0.77, 0.23};
    private static final double[] BINARY = {0.23, 0.07};

    private static TrainingRun run(Network net, double[] y, Loss loss, int epochs) {
        return Training.of(net).data(Examples.EXERCISE_X, y).loss(loss).learningRate(1).epochs(epochs).run();
    }

    private static LeastLoss softmax(int epochs) {
        Network logits = Network.of(new int[] {2, 2, 2}, new Activation[] {Activation.SIGMOID, Activation.IDENTITY}, false,
                Initialiser.given(Examples.EXERCISE_WEIGHTS));
        return LeastLoss.softmax("Softmax", run(logits, DISTRIBUTION, Loss.CROSS_ENTROPY, epochs), DISTRIBUTION);
    }

    @Test
    void softmaxCrossEntropyApproachesTheEntropyOfTheTargetFromAbove() {
        LeastLoss least = softmax(1000);
        assertEquals(-(0.77 * Math.log(0.77) + 0.23 * Math.log(0.23)), least.value(), 1e-15);
        Table t = least.table(1, 10, 5000);
        assertEquals(List.of("", "1", "10", "1000"), t.columnNames());
        assertEquals(List.of("loss", "loss - least", "softmax(o)1", "softmax(o)2", "o1", "o2"),
                t.stringColumn(0).asList().subList(0, 6));
        assertEquals(least.run().epoch(10).loss() - least.value(), t.doubleColumn("10").getDouble(1), 0.0);
        List<String> said = least.statements().sentences();
        assertEquals("Softmax, y = (0.77, 0.23): no warning.", said.get(0));
        assertTrue(said.get(1).contains("softmax(o) = (0.77, 0.23) against y = (0.77, 0.23)"), said.get(1));
        // At 1000 epochs the gap is a few units of 1e-16: rounding, said as such rather than as a distance to go.
        assertTrue(said.get(1).startsWith("In epoch 1000 the loss is 0.539276, its least value 0.539276 (H(y)) up to"
                + " rounding (difference "), said.get(1));
        String early = softmax(10).statements().sentences().get(1);
        assertTrue(early.startsWith("In epoch 10 the loss is 0.540639, " + Numbers.format(softmax(10).run().finalLoss()
                - (-(0.77 * Math.log(0.77) + 0.23 * Math.log(0.23)))) + " from its least value"), early);
        assertTrue(said.get(2).startsWith("The loss never went below"), said.get(2));
    }

    @Test
    void binaryCrossEntropyEndsAtOEqualsYAndTheMeanBinaryEntropy() {
        LeastLoss least = LeastLoss.binary("BCE", run(Examples.exercise(), BINARY, Loss.BINARY_CROSS_ENTROPY, 1000), BINARY);
        double h1 = -(0.23 * Math.log(0.23) + 0.77 * Math.log(0.77));
        double h2 = -(0.07 * Math.log(0.07) + 0.93 * Math.log(0.93));
        assertEquals((h1 + h2) / 2, least.value(), 1e-15);
        assertEquals(0.23, least.run().o(1), 1e-9);
        assertEquals(0.07, least.run().o(2), 1e-9);
        assertEquals(List.of("loss", "loss - least", "o1"), least.table(1).stringColumn(0).asList().subList(0, 3));
        assertTrue(least.statements().sentences().get(1).contains("o = (0.23, 0.07) against y = (0.23, 0.07)"));
    }

    @Test
    void aTargetOfZeroOrOneGivesABoundThatIsOnlyApproached() {
        // -(0 log o + 1 log(1 - o)) > 0 for every o in (0, 1): the mean binary entropy 0 of y = (0, 1) is not taken.
        double[] corners = {0, 1};
        LeastLoss least = LeastLoss.binary("BCE", run(Examples.exercise(), corners, Loss.BINARY_CROSS_ENTROPY, 2000), corners);
        assertEquals(0, least.value(), 0);
        assertFalse(least.attained());
        assertTrue(least.run().finalLoss() > 1e-6, "still " + least.run().finalLoss() + " above 0 after 2000 epochs");
        List<String> said = least.statements().sentences();
        assertTrue(said.get(1).startsWith("A target of 0 or 1 makes 0 (mean binary entropy) a lower bound the loss only approaches"), said.get(1));
        assertTrue(said.get(2).contains("from its lower bound 0"), said.get(2));
        assertTrue(least.table(1).name().contains("lower bound (never reached)"), least.table(1).name());
        assertTrue(LeastLoss.binary("BCE", least.run(), BINARY).attained());
    }

    @Test
    void gapsKeepOnlyWhatALogAxisCanShow() {
        LeastLoss least = softmax(1000);
        double[] gaps = least.gaps();
        double[] losses = least.run().losses();
        assertEquals(losses.length, gaps.length);
        boolean roundedAway = false;
        for (int e = 0; e < gaps.length; e++) {
            double gap = losses[e] - least.value();
            if (gap > 0) {
                assertEquals(gap, gaps[e], 0.0);
            } else {
                assertTrue(Double.isNaN(gaps[e]), "epoch " + (e + 1));
                roundedAway = true;
            }
        }
        assertTrue(roundedAway, "1000 epochs should reach H(y) to the last bit in some epoch");
    }
}
