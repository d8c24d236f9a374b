package backprop.summary;

import backprop.activation.Activation;
import backprop.conformance.TorchReference;
import backprop.gradients.GradientSource;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigmoidBackwardsTest {

    /** Both forms against PyTorch's float64 gradients (torch.sigmoid and the written-out form) at every probed z. */
    @Test
    void bothFormsDifferentiateAsPyTorchDoes() {
        double[] z = TorchReference.doubles("activations", "z");
        double[] builtIn = TorchReference.doubles("activations", "float64", "sigmoid", "dy_dz");
        double[] written = TorchReference.doubles("activations", "float64", "sigmoid_written_out", "dy_dz");
        for (int i = 0; i < z.length; i++) {
            same(builtIn[i], SigmoidBackwards.torchBackward(z[i]), "torch.sigmoid at " + z[i]);
            same(written[i], SigmoidBackwards.writtenOutBackward(z[i]), "written out at " + z[i]);
        }
    }

    private static void same(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": " + actual);
        } else {
            assertEquals(expected, actual, Math.abs(expected) * 1e-12, what);
        }
    }

    @Test
    void theSentencesStateTheLimitsOfTheAssignment() {
        Training autograd = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .learningRate(1).epochs(20).gradients(GradientSource.AUTOGRAD);
        Statements s = SigmoidBackwards.of(autograd.run(),
                autograd.network(Examples.exercise(Activation.BUILTIN_SIGMOID)).run(), Examples.EXERCISE_X).statements();
        assertTrue(Sentences.numbers(sentence(s, 0))[0] < 1e-15, sentence(s, 0));
        // The bound is the net inputs' own, computed here from the weights, hidden and output units alike.
        double largest = 0;
        double[] w = Examples.EXERCISE_WEIGHTS.clone();
        for (int epoch = 1; epoch <= 20; epoch++) {
            double[] x = Examples.EXERCISE_X;
            double h1 = 1 / (1 + Math.exp(-(w[0] * x[0] + w[2] * x[1])));
            double h2 = 1 / (1 + Math.exp(-(w[1] * x[0] + w[3] * x[1])));
            largest = Math.max(largest, Math.max(Math.abs(w[4] * h1 + w[6] * h2), Math.abs(w[5] * h1 + w[7] * h2)));
            largest = Math.max(largest, Math.max(Math.abs(w[0] * x[0] + w[2] * x[1]), Math.abs(w[1] * x[0] + w[3] * x[1])));
            w = autograd.epochs(epoch).run().finalWeights();
        }
        double bound = Sentences.after(sentence(s, 0), "|z| <");
        assertTrue(largest < bound && bound <= largest + 0.01, largest + " against " + sentence(s, 0));
        // ASSIGNMENT.md: torch.sigmoid's gradient is 0 for z >= about 37, the written-out one NaN below about -709.
        assertEquals(37, Sentences.after(sentence(s, 1), "from z ≈"), 0.5, sentence(s, 1));
        assertEquals(-709.5, Sentences.after(sentence(s, 2), "Below z ≈"), 0.5, sentence(s, 2));
        assertTrue(sentence(s, 2).contains("NaN"), sentence(s, 2));
        // σ'(z) = e^z / (1 + e^z)² is e^z to double precision at z = −709: the written-out form's 0 is the wrong one
        String at709 = sentence(s, 2).substring(sentence(s, 2).indexOf("already at z = −709"));
        assertEquals(0, Sentences.after(at709, "the written-out form gives"), 0, at709);
        assertEquals(Math.exp(-709), Sentences.after(at709, "torch.sigmoid gives"), Math.exp(-709) * 5e-6, at709);
    }

    @Test
    void runsThatPartAreNotCalledAlike() {
        Training autograd = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .learningRate(1).epochs(20).gradients(GradientSource.AUTOGRAD);
        Statements s = SigmoidBackwards.of(autograd.run(), autograd.network(Examples.exercise(Activation.RELU)).run(), Examples.EXERCISE_X)
                .statements();
        assertTrue(Sentences.numbers(sentence(s, 0))[0] > 1e-3, sentence(s, 0));
    }
}
