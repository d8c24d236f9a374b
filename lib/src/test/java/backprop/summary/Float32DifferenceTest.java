package backprop.summary;

import backprop.conformance.TorchReference;
import backprop.network.Examples;
import backprop.training.Float32Exercise;
import backprop.view.Numbers;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Float32DifferenceTest {

    private static Float32Exercise.Run run(Float32Exercise.Form form) {
        return Float32Exercise.train(form, Examples.EXERCISE_X, Examples.EXERCISE_Y, Examples.EXERCISE_WEIGHTS, 1, 100);
    }

    /** Report 003's pair (ASSIGNMENT.md), which PyTorch's two float32 runs print as the 9th loss. */
    @Test
    void statesReport003sPairWhereTheRunsFirstPart() {
        double torch = TorchReference.doubles("runs", "builtin_sigmoid", "float32", "loss")[8];
        double written = TorchReference.doubles("runs", "exercise", "float32", "loss")[8];
        assertEquals(0.11853284388780594, torch, 0);
        assertEquals(0.11853282898664474, written, 0);
        Float32Difference difference = Float32Difference.of(run(Float32Exercise.Form.TORCH_SIGMOID),
                run(Float32Exercise.Form.WRITTEN_OUT));
        assertEquals(9, difference.firstEpoch());
        Statements s = difference.statements();
        String first = sentence(s, 0), second = sentence(s, 1);
        assertTrue(first.contains("epoch 9 (epoch 8 for a loop counting from 0): " + Numbers.full(torch)
                + " (torch.sigmoid) vs " + Numbers.full(written) + " (written out)"), first);
        assertTrue(second.startsWith("That is 2 float32 ulps apart, a difference of 1.49012e-8; at 8 significant"
                + " digits 0.11853284 vs 0.11853283, 1 unit in the last place."), second);
    }

    @Test
    void identicalRunsPrintTheSameLossAndTheFormsMustNotBeSwapped() {
        Float32Exercise.Run torch = run(Float32Exercise.Form.TORCH_SIGMOID);
        Float32Exercise.Run shorter = Float32Exercise.train(Float32Exercise.Form.WRITTEN_OUT, Examples.EXERCISE_X,
                Examples.EXERCISE_Y, Examples.EXERCISE_WEIGHTS, 1, 8);
        assertEquals("In float32 the two forms print the same loss in all 8 epochs.",
                sentence(Float32Difference.of(torch, shorter).statements(), 0));
        assertThrows(IllegalArgumentException.class, () -> Float32Difference.of(shorter, torch));
    }

    @Test
    void unitsAtEightDigits() {
        assertEquals(1, Float32Difference.unitsAtEightDigits(0.11853284388780594f, 0.11853282898664474f));
        assertEquals(0, Float32Difference.unitsAtEightDigits(0.5f, 0.5f));
        assertEquals(2, Float32Difference.unitsAtEightDigits(1f + 2 * Math.ulp(1f), 1f));   // 1.0000002 vs 1.0000000
    }
}
