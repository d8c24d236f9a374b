package backprop.view;

import backprop.activation.Activation;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Experiment 8's sentences: tied units, a start where nothing moves, and the gaps of a chart. */
class TiedUnitsTest {

    private static TrainingRun run(Activation a, Initialiser init, Loss loss) {
        return Training.of(Examples.exercise(a, init)).data(EXERCISE_X, EXERCISE_Y).loss(loss).learningRate(1).epochs(30).run();
    }

    private static final TrainingRun ZERO_SIGMOID = run(Activation.SIGMOID, Initialiser.zeros(), Loss.HALF_SUM_SQUARED);
    private static final TrainingRun GIVEN = run(Activation.SIGMOID, Initialiser.given(Examples.EXERCISE_WEIGHTS), Loss.HALF_SUM_SQUARED);
    private static final TrainingRun ZERO_RELU_CE = run(Activation.RELU, Initialiser.zeros(), Loss.CROSS_ENTROPY);

    @Test
    void aZeroSigmoidStartIsOneUnitTwiceAndTheGivenStartIsNot() {
        assertTrue(TiedUnits.stayedTied(ZERO_SIGMOID, EXERCISE_X));
        assertTrue(TiedUnits.identical("z", ZERO_SIGMOID, EXERCISE_X).sentences().get(0)
                .startsWith("z: in all 30 epochs w1 = w2, w3 = w4, w5 = w7, w6 = w8 and h1 = h2 exactly"));
        assertFalse(TiedUnits.stayedTied(GIVEN, EXERCISE_X));
        assertTrue(TiedUnits.identical("g", GIVEN, EXERCISE_X).sentences().get(0).contains("not all equal"));
        assertTrue(TiedUnits.differ("g", GIVEN, EXERCISE_X).sentences().get(0).startsWith("g: the pairs differ (largest |w1 − w2| = "));
        assertEquals(List.of("w1 vs w2", "w3 vs w4", "w5 vs w7", "w6 vs w8"), TiedUnits.pairs("z", ZERO_SIGMOID).stringColumn("pair").asList());
    }

    @Test
    void fromZerosOnlyTheOutgoingWeightsMoveInEpochOne() {
        // o1 = o2 = 1/2, h = 1/2: dL/dw5 = (1/2 - 0.23) * 1/4 * 1/2 = 0.03375, dL/dw6 = (1/2 + 0.07) * 1/4 * 1/2 = 0.07125
        List<String> s = TiedUnits.firstEpoch("z", ZERO_SIGMOID).sentences();
        assertEquals("z, epoch 1: dL/dw1 = 0, dL/dw2 = 0, dL/dw3 = 0, dL/dw4 = 0; dL/dw5 = 0.03375, dL/dw6 = 0.07125,"
                + " dL/dw7 = 0.03375, dL/dw8 = 0.07125.", s.get(0));
        assertEquals("Only w5..w8 move in epoch 1; w1..w4 move from epoch 2 on.", s.get(1));
        assertTrue(TiedUnits.firstEpoch("g", GIVEN).sentences().get(1).startsWith("w1..w4 receive a gradient in epoch 1"));
    }

    @Test
    void fromZerosWithFOfZeroEqualToZeroNothingMovesInEpochOne() {
        // h = f(0) = 0 makes dL/dw5..w8 = δ_o·h = 0, and w5..w8 = 0 make δ_h = 0: tanh (f'(0) = 1) as well as ReLU
        for (Activation a : new Activation[] {Activation.TANH, Activation.RELU}) {
            List<String> s = TiedUnits.firstEpoch("z", run(a, Initialiser.zeros(), Loss.HALF_SUM_SQUARED)).sentences();
            assertEquals("z, epoch 1: dL/dw1 = 0, dL/dw2 = 0, dL/dw3 = 0, dL/dw4 = 0; dL/dw5 = 0, dL/dw6 = 0, dL/dw7 = 0,"
                    + " dL/dw8 = 0.", s.get(0), a.name());
            assertEquals("No weight moves in epoch 1: all eight gradients are 0.", s.get(1), a.name());
        }
    }

    @Test
    void reluWithCrossEntropyFromZerosMovesNothing() {
        assertTrue(TiedUnits.frozen(ZERO_RELU_CE));
        // report 000, experiment 8: o = (0, 0) and the loss 0.16 ln 2 (printed 0.1109035537) at every epoch
        assertEquals("r: over all 30 epochs every gradient is exactly 0 and every weight stays where it started;"
                + " the outputs stay (0, 0) and the loss stays 0.110904.", TiedUnits.frozen("r", ZERO_RELU_CE).sentences().get(0));
        assertFalse(TiedUnits.frozen(ZERO_SIGMOID));
        assertTrue(TiedUnits.frozen("z", ZERO_SIGMOID).sentences().get(0).startsWith("z: something moves over the 30 epochs"));
    }

    @Test
    void aTiedPairHasNoGapToDrawOnALogAxis() {
        assertTrue(Arrays.stream(TiedUnits.gap(ZERO_SIGMOID, 1, 2)).allMatch(Double::isNaN));
        double[] given = TiedUnits.gap(GIVEN, 1, 2);
        assertEquals(30, given.length);
        assertTrue(Arrays.stream(given).allMatch(g -> g > 0.5), "w1 and w2 start 0.6 apart");
    }

    @Test
    void aStartIsNamedByItsWeights() {
        assertEquals("zeros", TiedUnits.startName(new double[8]));
        assertEquals("all 0.3", TiedUnits.startName(new double[] {0.3, 0.3, 0.3}));
        assertEquals("the start", TiedUnits.startName(Examples.EXERCISE_WEIGHTS));
    }
}
