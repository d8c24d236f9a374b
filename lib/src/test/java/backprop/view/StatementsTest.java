package backprop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;

import org.junit.jupiter.api.Test;

class StatementsTest {

    @Test
    void numbersAreWrittenAtSixSignificantDigitsAndOnlyTrueSentencesAreKept() {
        Statements s = Statements.of()
                .add("The loss falls from %s to %s in %s epochs.", 0.2097097937078311, 0.010342811, 100)
                .addIf(false, "never said")
                .either(1.0 > 2.0, "bigger", "not bigger, %s", 1e-9);

        assertEquals(List.of("The loss falls from 0.20971 to 0.0103428 in 100 epochs.", "not bigger, 1e-9"), s.sentences());
        assertEquals("- The loss falls from 0.20971 to 0.0103428 in 100 epochs.\n- not bigger, 1e-9", s.toString());
    }

    @Test
    void anArrayOfDoublesIsWrittenAsAPoint() {
        assertEquals(List.of("y = (0.23, -0.07, 1.23457e-7)"),
                Statements.of().add("y = %s", (Object) new double[] {0.23, -0.07, 1.234567891e-7}).sentences());
    }

    @Test
    void aRunSaysHowFarItGotAndWhyItStopped() {
        TrainingRun healthy = Training.of(Examples.exercise()).data(Examples.EXERCISE_X, Examples.EXERCISE_Y).learningRate(1).epochs(100).run();
        TrainingRun stopped = Training.of(Examples.exercise(Activation.RELU)).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .loss(Loss.CROSS_ENTROPY).learningRate(50).epochs(100).run();

        assertEquals(List.of("baseline: 100 of 100 epochs, last loss " + Numbers.format(healthy.finalLoss()) + "."),
                Statements.of().run("baseline", healthy).sentences());
        assertEquals(Statements.of().run("a", healthy).run("b", stopped).sentences(),
                Statements.of().runs(Labelled.of("a", healthy, "b", stopped)).sentences());
        String said = Statements.of().run("step 50", stopped).sentences().get(0);
        assertTrue(stopped.epochsRun() < 100, "the cross-entropy run with step 50 should stop early");
        assertTrue(said.startsWith("step 50: " + stopped.epochsRun() + " of 100 epochs, last loss -"), said);
        assertTrue(said.endsWith("; diverged at epoch " + stopped.epochsRun() + ": " + stopped.divergence().get().reason() + "."), said);
    }

    @Test
    void htmlIsAnEscapedList() {
        assertEquals("<ul>\n<li>loss &lt; 0.00245 &amp; falling</li>\n</ul>", Statements.of().add("loss < %s & falling", 0.00245).toHtml());
    }

    @Test
    void labelledKeepsTheOrderAndRefusesARepeatedLabel() {
        assertEquals(List.of("b", "a", "c"), List.copyOf(Labelled.of("b", 1, "a", 2, "c", 3).keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Labelled.of("a", 1, "a", 2));
        assertEquals("label \"a\" given twice; allowed: each label once", e.getMessage());
    }

    @Test
    void listedJoinsItemsAndSaysNoneForAnEmptyList() {
        assertEquals("none", Statements.listed(List.of()));
        assertEquals("h2, o2", Statements.listed(List.of("h2", "o2")));
        assertEquals("0.333333, 37", Statements.listed(List.of(1.0 / 3, 37.0)));
    }

    @Test
    void agreementSaysBitForBitRoundingOrDisagree() {
        assertEquals(List.of("A and B agree bit for bit.",
                        "A and B agree up to a relative difference of 2.22045e-16: rounding in the last binary digits.",
                        "A and B DISAGREE: relative difference up to 0.00120186."),
                Statements.of().agreement("A and B", 0).agreement("A and B", 0x1p-52).agreement("A and B", 0.00120186).sentences());
        assertTrue(Statements.of().agreement("A and B", Double.NaN).sentences().get(0).contains("DISAGREE"));
    }

    @Test
    void addAllAppendsTheOtherListInOrder() {
        Statements first = Statements.of().add("one.");
        assertEquals(List.of("one.", "two.", "three."),
                first.addAll(Statements.of().add("two.").add("three.")).sentences());
    }
}
