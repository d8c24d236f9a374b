package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrintoutTest {

    @Test
    void agreesWithinHalfAUnitOfTheLastPrintedDigit() {
        assertEquals(0.00005, Printout.halfLastDigit("13.3109"), 1e-20);
        assertEquals(0.5, Printout.halfLastDigit("0"), 0.0);
        assertEquals(0.005, Printout.halfLastDigit("-50.90"), 1e-20);
        Printout p = Printout.of("t").add("o1", "13.3109", 13.31088608).add("loss", "-50.90", -50.9014).add("w1", "0.4236", 0.4287);
        assertEquals(2, p.agreeing());
        assertEquals(3, p.count());
        assertEquals("no", p.table().stringColumn("agrees").get(2));
        assertEquals("-50.90", p.table().stringColumn("printed").get(1));
        assertThrows(IllegalArgumentException.class, () -> p.add("x", "0,5", 0.5));
        assertEquals("- 2 of 3 printed values are reproduced to the digits printed; the table shows the others.",
                p.verdict().toString());
        assertEquals("- All 1 printed values are reproduced to the digits printed.",
                Printout.of("t").add("o2", "0", 0.0).verdict().toString());
    }

    @Test
    void weightsAreComparedInParameterOrderOnePrintedNumberEach() {
        backprop.training.TrainingRun relu = backprop.training.Training.of(backprop.network.Examples.exercise(backprop.activation.Activation.RELU))
                .data(backprop.network.Examples.EXERCISE_X, backprop.network.Examples.EXERCISE_Y).learningRate(1).epochs(100).run();
        // Report 000, experiment 3 (ReLU, 1/2-sum), epoch 100, as ASSIGNMENT.md quotes it.
        Printout p = Printout.of("t").weights(relu, "0.4287", "-0.4", "0.6372", "0.6", "0.5672", "-0.5", "-0.3", "0.8");
        assertEquals(8, p.agreeing());
        assertEquals("w8", p.table().stringColumn(0).get(7));
        assertThrows(IllegalArgumentException.class, () -> Printout.of("t").weights(relu, "0.4287"));
    }
}
