package backprop.notebooks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a reader sees in a cell's text outputs, in order, as written.
 *
 * <p>What is left out, and why: terminal colour codes and HTML tags (markup, not content), UUIDs
 * (display ids, new on every run), whole tokens containing a path separator (absolute paths differ
 * per machine, jar names carry versions), and digits glued to letters (identifiers such as w1, o2,
 * hex ids). A number may end a sentence ("loss 0.21.").
 */
final class OutputNumbers {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern PATH_TOKEN = Pattern.compile("\\S*[/\\\\]\\S*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])[-+]?(?:NaN|Infinity|(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d+)?)(?!\\w|\\.\\d)");

    private OutputNumbers() {
    }

    static List<String> inText(String text) {
        String plain = ANSI.matcher(text).replaceAll("");
        plain = UUID.matcher(plain).replaceAll(" ");
        plain = PATH_TOKEN.matcher(plain).replaceAll(" ");
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(plain);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    static List<String> inHtml(String html) {
        String text = TAG.matcher(html).replaceAll(" ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return inText(text);
    }

    /** Equal within {@code relative} of the larger magnitude, plus {@code absolute} for values near 0. */
    static boolean close(String committed, String fresh, double relative, double absolute) {
        if (committed.equals(fresh)) {
            return true;
        }
        double a = Double.parseDouble(committed);
        double b = Double.parseDouble(fresh);
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.compare(a, b) == 0;
        }
        return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b)) + absolute;
    }
}
