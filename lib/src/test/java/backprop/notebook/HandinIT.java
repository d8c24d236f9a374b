package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The hand-in command, as a student runs it: `bash environment/notebooks.sh --handin DIR NB...` on
 * copies of notebooks (-Dhandin.notebooks, default two with tables and charts; "all" for every one),
 * then what a teacher opens: one HTML page per notebook with its images inside, no error output, and
 * index.html linking every page under the notebook's title, with nothing in it that changes between
 * runs (no dates). The notebooks themselves must come out unchanged.
 */
class HandinIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path JARS = Path.of(System.getProperty("notebook.jars", "target/jars")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("handin.out", "target/handin")).toAbsolutePath();
    private static final String CHOSEN = System.getProperty("handin.notebooks", "06-exp3-relu.ipynb,11-exp8-zero-init.ipynb");
    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*src=\"([^\"]*)\"");
    private static final Pattern DATE = Pattern.compile("\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\b\\d\\d?:\\d\\d(:\\d\\d)?\\b");

    @Test
    void handinWritesOneSelfContainedPagePerNotebookAndAnIndex() throws Exception {
        List<String> names = new ArrayList<>("all".equals(CHOSEN) ? listNotebooks() : Arrays.asList(CHOSEN.split(",")));
        Path copies = NotebookRunner.scratchCopy(OUT.resolve("work"), NOTEBOOKS, JARS,
                name -> !name.endsWith(".ipynb") || names.contains(name));
        List<String> before = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("environment/notebooks.sh").toString(), "--handin",
                OUT.resolve("out").toString()));
        for (String name : names) {
            before.add(Files.readString(copies.resolve(name), StandardCharsets.UTF_8));
            command.add(copies.resolve(name).toString());
        }
        Path log = OUT.resolve("handin.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process process = builder.start();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the hand-in did not finish in 15 minutes");
        assertEquals(0, process.exitValue(), "notebooks.sh --handin failed:\n" + NotebookRunner.tail(log, 30));

        Path out = OUT.resolve("out");
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String page = name.replace(".ipynb", ".html");
            Notebook notebook = Notebook.load(NOTEBOOKS.resolve(name));
            if (!Files.readString(copies.resolve(name), StandardCharsets.UTF_8).equals(before.get(i))) {
                problems.add(name + " was changed by the hand-in");
            }
            if (!index.contains("<a href=\"" + page + "\">")) {
                problems.add("index.html does not link " + page);
            }
            if (!index.contains(title(notebook))) {
                problems.add("index.html does not give the title of " + name + ": " + title(notebook));
            }
            if (!Files.isRegularFile(out.resolve(page))) {
                problems.add("no " + page);
                continue;
            }
            problems.addAll(pageProblems(page, Files.readString(out.resolve(page), StandardCharsets.UTF_8), notebook));
        }
        Matcher date = DATE.matcher(index);
        if (date.find()) {
            problems.add("index.html holds a date or time, \"" + date.group() + "\": the same notebooks would give another page tomorrow");
        }
        assertEquals(List.of(), problems, "hand-in in " + out);
    }

    /** Images inside the page, as many as the notebook draws; no error or stderr output; nothing local linked. */
    private static List<String> pageProblems(String page, String html, Notebook notebook) {
        List<String> problems = new ArrayList<>();
        long expected = notebook.cells().stream().flatMap(c -> c.outputs().stream()).filter(o -> o.data().containsKey("image/png")).count();
        int embedded = 0;
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            if (img.group(1).startsWith("data:image/png;base64,")) {
                embedded++;
            } else if (!img.group(1).startsWith("data:")) {
                problems.add(page + ": an image is linked, not embedded: " + img.group(1));
            }
        }
        if (embedded != expected) {
            problems.add(page + ": " + embedded + " embedded PNG images, the notebook draws " + expected);
        }
        if (expected == 0) {
            problems.add(page + ": choose notebooks with charts for this test (-Dhandin.notebooks)");
        }
        if (html.contains("data-mime-type=\"application/vnd.jupyter.stderr\"")) {
            problems.add(page + ": has error or stderr output");
        }
        if (html.contains("src=\"file:") || html.contains("href=\"file:")) {
            problems.add(page + ": loads something from this machine's disk (file:)");
        }
        assertFalse(html.isBlank(), page + " is empty");
        return problems;
    }

    /** The first Markdown heading, as the index shows it (HTML-escaped). */
    private static String title(Notebook notebook) {
        return notebook.cells().stream().filter(c -> !c.isCode()).flatMap(c -> c.source().lines())
                .filter(l -> l.startsWith("#")).findFirst().map(l -> l.replaceFirst("^#+", "").strip())
                .map(t -> t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;"))
                .orElse(notebook.name().replace(".ipynb", ""));
    }

    private static List<String> listNotebooks() throws IOException {
        try (var files = Files.list(NOTEBOOKS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
        }
    }
}
