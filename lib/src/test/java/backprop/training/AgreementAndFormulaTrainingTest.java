package backprop.training;

import backprop.activation.Activation;
import backprop.gradients.GradientSource;
import backprop.gradients.OnePass;
import backprop.init.Initialiser;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.network.Network;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementAndFormulaTrainingTest {

    private static TrainingRun run(GradientSource source, double rate) {
        return Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .loss(Loss.HALF_SUM_SQUARED).learningRate(rate).epochs(20).gradients(source).run();
    }

    @Test
    void aRunAgreesWithItselfBitForBit() {
        Agreement a = Agreement.of(run(GradientSource.HAND_WRITTEN, 1), run(GradientSource.HAND_WRITTEN, 1));
        assertTrue(a.allIdentical());
        assertEquals(20 * 19, a.compared(), "loss, o1, o2, 8 gradients, 8 weights per epoch");
        assertEquals(17, a.digits());
        assertEquals("-", a.worstWhere());
    }

    @Test
    void handWrittenAndAutogradAgreeToRoundingButDifferentRunsDoNot() {
        Agreement close = Agreement.of(run(GradientSource.HAND_WRITTEN, 1), run(GradientSource.AUTOGRAD, 1));
        assertTrue(close.maxAbsDifference() < 1e-15 && close.digits() >= 12);
        Agreement far = Agreement.of(run(GradientSource.HAND_WRITTEN, 1), run(GradientSource.HAND_WRITTEN, 0.5));
        assertTrue(far.digits() <= 1, "step 1 vs step 0.5 differ in the leading digit somewhere: " + far);
        assertTrue(far.worstWhere().contains("epoch"));
    }

    @Test
    void atAChaoticStepTheTwoPassesPartBeyondRounding() {
        // Step 200 on the exercise is chaotic (notebook 09): the two orders of operations part by far more than 1e-12 in 1000 epochs.
        Training large = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(200).epochs(1000);
        Agreement chaotic = Agreement.of(large.gradients(GradientSource.HAND_WRITTEN).run(), large.gradients(GradientSource.AUTOGRAD).run());
        assertTrue(chaotic.grown(), chaotic.toString());
        assertFalse(Agreement.of(run(GradientSource.HAND_WRITTEN, 1), run(GradientSource.AUTOGRAD, 1)).grown());
    }

    @Test
    void formulaTrainingWithTheCorrectGradientIsTraining() {
        double[] losses = FormulaTraining.losses(FormulaTraining.AUTOGRAD, Examples.EXERCISE_WEIGHTS,
                Examples.EXERCISE_X, Examples.EXERCISE_Y, 1, 20);
        assertArrayEquals(run(GradientSource.AUTOGRAD, 1).losses(), losses, 1e-15);
        assertEquals(0.2097097937078311, losses[0], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> FormulaTraining.losses(FormulaTraining.AUTOGRAD,
                new double[3], Examples.EXERCISE_X, Examples.EXERCISE_Y, 1, 5));
    }

    @Test
    void onePassColumnsAndLargestNetInput() {
        Network net = Examples.exercise(Activation.SIGMOID);
        double[] hand = OnePass.column(net, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED, GradientSource.HAND_WRITTEN);
        double[] auto = OnePass.column(net, Examples.EXERCISE_X, Examples.EXERCISE_Y, Loss.HALF_SUM_SQUARED, GradientSource.AUTOGRAD);
        assertEquals(13, OnePass.QUANTITIES.size());
        assertEquals(0.5621765008857981, hand[0], 1e-15);
        assertEquals(0.47694575860699684, auto[2], 1e-15);
        assertEquals(-0.008421480461, auto[5], 1e-12);
        assertArrayEquals(hand, auto, 1e-16);
        // One epoch: the largest |z| is taken over the four net inputs at the given weights.
        TrainingRun one = Training.of(net).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED).learningRate(1).epochs(1).run();
        double inH2 = -0.4 * 0.5 + 0.6 * 0.3, inH1 = 0.2 * 0.5 + 0.5 * 0.3;
        double h1 = 1 / (1 + Math.exp(-inH1)), h2 = 1 / (1 + Math.exp(-inH2));
        double expected = Math.max(Math.max(Math.abs(inH1), Math.abs(inH2)),
                Math.max(Math.abs(0.1 * h1 - 0.3 * h2), Math.abs(-0.5 * h1 + 0.8 * h2)));
        assertEquals(expected, NetInputs.largestAbs(one, Examples.EXERCISE_X), 1e-15);
        double highest = Math.max(Math.max(inH1, inH2), Math.max(0.1 * h1 - 0.3 * h2, -0.5 * h1 + 0.8 * h2));
        assertEquals(highest, NetInputs.highest(one, Examples.EXERCISE_X), 1e-15);
        // All weights -20 on positive inputs: every z is below 0 (hidden -16, outputs -40 h), so the highest is negative while |z| is 16.
        TrainingRun negative = Training.of(Examples.exercise(Activation.SIGMOID, Initialiser.constant(-20)))
                .data(Examples.EXERCISE_X, Examples.EXERCISE_Y).loss(Loss.HALF_SUM_SQUARED).learningRate(1).epochs(1).run();
        double hNegative = 1 / (1 + Math.exp(16));
        assertEquals(-40 * hNegative, NetInputs.highest(negative, Examples.EXERCISE_X), 1e-18);
        assertEquals(16, NetInputs.largestAbs(negative, Examples.EXERCISE_X), 1e-12);
    }
}
