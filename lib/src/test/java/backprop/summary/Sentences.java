package backprop.summary;

import backprop.view.Statements;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the summary's sentences back as a reader would: the text of one, and the numbers it states. */
final class Sentences {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?(e-?\\d+)?");

    private Sentences() {
    }

    /** Sentence i (from 0) of the statements. */
    static String sentence(Statements statements, int i) {
        List<String> all = statements.sentences();
        assertTrue(i < all.size(), "only " + all.size() + " sentences: " + all);
        return all.get(i);
    }

    /** The numbers written in the sentence, in order; digits in names (o1, dL/dw3) are not numbers. */
    static double[] numbers(String sentence) {
        Matcher m = NUMBER.matcher(sentence.replace('−', '-'));
        return m.results().mapToDouble(r -> Double.parseDouble(r.group())).toArray();
    }

    /** The first number written after {@code marker} in the sentence. */
    static double after(String sentence, String marker) {
        int at = sentence.indexOf(marker);
        assertTrue(at >= 0, "no \"" + marker + "\" in: " + sentence);
        double[] rest = numbers(" " + sentence.substring(at + marker.length()));
        assertTrue(rest.length > 0, "no number after \"" + marker + "\" in: " + sentence);
        return rest[0];
    }

    /** Asserts that the sentence's number at {@code position} (from 0) is {@code expected} within {@code tolerance}. */
    static void states(double expected, double tolerance, String sentence, int position) {
        double[] shown = numbers(sentence);
        assertTrue(position < shown.length, "no number " + position + " in: " + sentence);
        assertEquals(expected, shown[position], tolerance, "number " + position + " of: " + sentence);
    }
}
