package backprop.gradients;

import backprop.activation.Activation;
import backprop.network.Examples;
import backprop.loss.Loss;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static backprop.network.Examples.EXERCISE_X;
import static backprop.network.Examples.EXERCISE_Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exercise's reference values (double precision, quoted below; PyTorch agrees to ~1e-8), reproduced by all three ways of computing them. */
class ExerciseReferenceTest {

    static final double H1 = 0.5621765008857981;
    static final double H2 = 0.4950001666600003;
    static final double O1 = 0.47694575860699684;
    static final double O2 = 0.5286964002912302;
    static final double LOSS = 0.2097097937078311;
    static final double[] GRADIENT = {-0.008421480461, 0.012606653078, -0.005052888277, 0.007563991847,
        0.034632989287, 0.083866099538, 0.030494578557, 0.073844661211};
    static final double[] WEIGHTS_AFTER_ONE_STEP = {0.2084, -0.4126, 0.5051, 0.5924, 0.0654, -0.5839, -0.3305, 0.7262};

    @Test
    void writtenOutPassMatchesTheReferenceForwardValuesAndGradients() {
        ExerciseBackprop pass = ExerciseBackprop.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        assertEquals(H1, pass.outH1(), 1e-15);
        assertEquals(H2, pass.outH2(), 1e-15);
        assertEquals(O1, pass.outO1(), 1e-15);
        assertEquals(O2, pass.outO2(), 1e-15);
        assertEquals(LOSS, pass.loss(), 1e-15);
        assertArrayEquals(GRADIENT, pass.gradient(), 1e-12);
        assertArrayEquals(WEIGHTS_AFTER_ONE_STEP, pass.updatedWeights(1.0), 5e-5);
    }

    @Test
    void generalBackpropMatchesTheReference() {
        DeltaRule pass = DeltaRule.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        assertArrayEquals(new double[] {H1, H2}, pass.out(1), 1e-15);
        assertArrayEquals(new double[] {O1, O2}, pass.outputs(), 1e-15);
        assertEquals(LOSS, pass.loss(), 1e-15);
        assertArrayEquals(GRADIENT, pass.gradient(), 1e-12);
    }

    @Test
    void autogradMatchesTheReference() {
        AutogradPass pass = AutogradPass.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        assertArrayEquals(new double[] {O1, O2}, pass.outputs(), 1e-15);
        assertEquals(LOSS, pass.loss(), 1e-15);
        assertArrayEquals(GRADIENT, pass.gradient(), 1e-12);
    }

    @Test
    void deltasFollowTheDerivation() {
        ExerciseBackprop p = ExerciseBackprop.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        // Independent arithmetic from the reference forward values.
        double deltaO1 = (O1 - 0.23) * O1 * (1 - O1);
        double deltaO2 = (O2 + 0.07) * O2 * (1 - O2);
        assertEquals(deltaO1, p.deltaO1(), 1e-15);
        assertEquals(deltaO2, p.deltaO2(), 1e-15);
        assertEquals((deltaO1 * 0.1 + deltaO2 * -0.5) * H1 * (1 - H1), p.deltaH1(), 1e-15);
        assertEquals((deltaO1 * -0.3 + deltaO2 * 0.8) * H2 * (1 - H2), p.deltaH2(), 1e-15);
        assertEquals(0.2 * 0.5 + 0.5 * 0.3, p.inH1(), 1e-15);
        assertEquals(-0.4 * 0.5 + 0.6 * 0.3, p.inH2(), 1e-15);
    }

    @Test
    void builtInSigmoidGivesTheSameNumbers() {
        Function<Activation, double[]> gradient = a ->
                DeltaRule.of(Examples.exercise(a), EXERCISE_X, EXERCISE_Y, Loss.HALF_SUM_SQUARED).gradient();
        assertArrayEquals(GRADIENT, gradient.apply(Activation.BUILTIN_SIGMOID), 1e-12);
    }

    @Test
    void mseOverTheVectorEqualsTheHalfSumAndPerOutputSumDoublesIt() {
        DeltaRule half = DeltaRule.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.HALF_SUM_SQUARED);
        DeltaRule mean = DeltaRule.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.MSE);
        DeltaRule summed = DeltaRule.of(Examples.exercise(), EXERCISE_X, EXERCISE_Y, Loss.MSE_SUMMED_PER_OUTPUT);
        assertEquals(LOSS, mean.loss(), 1e-15);
        assertArrayEquals(GRADIENT, mean.gradient(), 1e-12);
        assertEquals(2 * LOSS, summed.loss(), 1e-15);
        for (int k = 0; k < 8; k++) {
            assertEquals(2 * half.gradient()[k], summed.gradient()[k], 1e-15);
        }
    }
}
