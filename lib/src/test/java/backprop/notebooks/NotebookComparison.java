package backprop.notebooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import backprop.notebooks.Notebook.Cell;
import backprop.notebooks.Notebook.Output;

/**
 * Compares a committed notebook with a fresh execution of it and lists every problem: errors, code
 * cells never run, rich outputs (images, HTML tables...) that appear in one and not the other, and
 * numbers that differ beyond the tolerance.
 */
final class NotebookComparison {

    static final String KERNEL = "java";
    /** Cells tagged so hold numbers that change from run to run (timings): their numbers are not compared. */
    static final String NO_COMPARE_TAG = "no-compare";
    /** An absolute path of the machine that ran the notebook: /home/..., /tmp/x/..., C:\\Users\\... */
    private static final Pattern MACHINE_PATH = Pattern.compile(
            "(?<![\\w.:/-])/(?:home|root|tmp|work|Users|usr|opt|var|mnt|private)/[\\w.-]+|\\b[A-Z]:\\\\[\\w.-]+\\\\");
    /** Terminal colour codes and other control characters: a formula's \\b or \\t written as JSON escapes. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final double relative;
    private final double absolute;

    NotebookComparison(double relative, double absolute) {
        this.relative = relative;
        this.absolute = absolute;
    }

    /** Problems with the committed file alone: wrong kernel, cells not run, errors saved in it. */
    List<String> committedProblems(Notebook committed) {
        List<String> problems = new ArrayList<>();
        if (!KERNEL.equals(committed.kernel())) {
            problems.add("the notebook's kernelspec is '" + committed.kernel() + "', expected '" + KERNEL + "'");
        }
        for (Cell cell : committed.cells()) {
            if (cell.isCode() && !cell.isBlank() && cell.executionCount() == null) {
                problems.add(cell + " was never run in the committed file");
            }
            errors(cell).forEach(e -> problems.add(cell + " holds an error in the committed file: " + e));
            if (CONTROL.matcher(cell.source()).find()) {
                problems.add(cell + " has a control character in its source (a \\b, \\t or \\a of a formula?)");
            }
            for (Output output : cell.outputs()) {
                // Images are base64, in which "/abc/def" is noise, not a path: only what is shown as text counts.
                String shown = output.text() + "\n" + output.data().entrySet().stream().filter(e -> !e.getKey().startsWith("image/"))
                        .map(Map.Entry::getValue).collect(Collectors.joining("\n"));
                Matcher path = MACHINE_PATH.matcher(shown);
                if (path.find()) {
                    problems.add(cell + " shows a path of the machine that ran it: " + path.group());
                }
                if (CONTROL.matcher(shown).find()) {
                    problems.add(cell + " has terminal colour codes or control characters in its output");
                }
            }
        }
        return problems;
    }

    /** Problems of the fresh run, and differences between the two. */
    List<String> compare(Notebook committed, Notebook fresh) {
        List<String> problems = new ArrayList<>();
        if (committed.cells().size() != fresh.cells().size()) {
            problems.add("the fresh run has " + fresh.cells().size() + " cells, the committed file "
                    + committed.cells().size());
            return problems;
        }
        for (int i = 0; i < fresh.cells().size(); i++) {
            Cell before = committed.cells().get(i);
            Cell after = fresh.cells().get(i);
            if (!after.isCode()) {
                continue;
            }
            errors(after).forEach(e -> problems.add(after + " fails: " + e));
            Set<String> kindsBefore = richKinds(before);
            Set<String> kindsAfter = richKinds(after);
            if (!kindsBefore.equals(kindsAfter)) {
                problems.add(after + " shows " + describe(kindsAfter) + " now, the committed file " + describe(kindsBefore));
            }
            if (!before.isMagicOnly() && !before.tags().contains(NO_COMPARE_TAG)) {
                compareNumbers(after, numbers(before), numbers(after), problems);
            }
        }
        return problems;
    }

    private void compareNumbers(Cell cell, List<String> before, List<String> after, List<String> problems) {
        int shown = 0;
        for (int k = 0; k < Math.min(before.size(), after.size()) && shown < 3; k++) {
            if (!OutputNumbers.close(before.get(k), after.get(k), relative, absolute)) {
                problems.add(cell + ": number " + (k + 1) + " was " + before.get(k) + ", is now " + after.get(k));
                shown++;
            }
        }
        if (before.size() != after.size()) {
            problems.add(cell + ": its outputs hold " + after.size() + " numbers now, " + before.size()
                    + " in the committed file");
        }
    }

    static List<String> errors(Cell cell) {
        return cell.outputs().stream().filter(o -> o.error() != null).map(Output::error).toList();
    }

    /** Mime types a reader sees beyond plain text; HTML is told apart by what it holds. */
    static Set<String> richKinds(Cell cell) {
        Set<String> kinds = new TreeSet<>();
        for (Output output : cell.outputs()) {
            for (Map.Entry<String, String> entry : output.data().entrySet()) {
                String mime = entry.getKey();
                if (mime.equals("text/plain")) {
                    continue;
                }
                if (mime.equals("text/html")) {
                    String html = entry.getValue().toLowerCase();
                    mime = html.contains("<table") ? "an HTML table" : html.contains("<svg") ? "an SVG drawing" : "text/html";
                }
                kinds.add(mime);
            }
        }
        return kinds;
    }

    /**
     * Numbers in stdout and in each result, in order. A result with several forms is read in the form
     * a notebook front end shows (HTML before Markdown, LaTeX, plain text), so no number counts twice.
     */
    static List<String> numbers(Cell cell) {
        List<String> numbers = new ArrayList<>();
        for (Output output : cell.outputs()) {
            if ("stream".equals(output.type()) && "stdout".equals(output.streamName())) {
                numbers.addAll(OutputNumbers.inText(output.text()));
            }
            Map<String, String> data = output.data();
            if (data.containsKey("text/html")) {
                numbers.addAll(OutputNumbers.inHtml(data.get("text/html")));
            } else {
                Stream.of("text/markdown", "text/latex", "text/plain").filter(data::containsKey).findFirst()
                        .ifPresent(mime -> numbers.addAll(OutputNumbers.inText(data.get(mime))));
            }
        }
        return numbers;
    }

    private static String describe(Set<String> kinds) {
        return kinds.isEmpty() ? "no rich output" : String.join(" + ", kinds);
    }
}
