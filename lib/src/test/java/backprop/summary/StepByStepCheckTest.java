package backprop.summary;

import backprop.conformance.TorchReference;
import backprop.network.Examples;
import backprop.view.Statements;
import org.junit.jupiter.api.Test;

import static backprop.summary.Sentences.numbers;
import static backprop.summary.Sentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepByStepCheckTest {

    /** PyTorch's float64 forward pass (torch-reference.json) and its printout [0.7514, 0.7729], 0.2984 (ASSIGNMENT.md). */
    @Test
    void statesPyTorchsOutputsAndPassesTheCheck() {
        Statements s = StepByStepCheck.of(Examples.stepByStep(), 1e-6).statements(1e-6);
        double[] n = numbers(sentence(s, 0));   // 2-2-2 reads as 2, -2, -2; then o1, o2, loss, printout
        double[] output = TorchReference.doubles("step_by_step", "float64", "output");
        double loss = TorchReference.number(TorchReference.at("step_by_step", "float64", "loss"));
        assertEquals(output[0], n[3], 5e-7);
        assertEquals(output[1], n[4], 5e-7);
        assertEquals(loss, n[5], 5e-7);
        assertEquals(0.7514, n[6], 0);
        assertEquals(0.2984, n[8], 0);
        assertEquals(0.7514, n[3], 5e-5);
        assertEquals(0.2984, n[5], 5e-5);
        assertTrue(sentence(s, 1).startsWith("Weights and biases alike pass"), sentence(s, 1));
    }

    @Test
    void aToleranceBelowTheDifferenceQuotientsErrorFails() {
        String s = sentence(StepByStepCheck.of(Examples.stepByStep(), 1e-6).statements(1e-12), 1);
        assertTrue(s.startsWith("A gradient fails the check"), s);
        assertTrue(s.endsWith("fail alike, so the check is off, its ε or its tolerance not allowing for the central difference's own error."), s);
    }
}
