package backprop.notebooks;

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

import org.junit.jupiter.api.Test;

/**
 * The hand-in command of the repository, as a student runs it: `bash environment/notebooks.sh --handin DIR
 * NB...` on copies of notebooks (-Dhandin.notebooks, default two with formulas, tables and charts; "all"
 * for every one) whose details cell a student has filled in, then what a teacher opens, offline
 * ({@link HandinChecks}). The notebooks themselves must come out unchanged. (The hand-out's own
 * {@code start.py --handin} is tried in {@link HandoutToHandinIT}.)
 */
class HandinIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path JARS = Path.of(System.getProperty("notebook.jars", "target/jars")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("handin.out", "target/handin")).toAbsolutePath();
    private static final String CHOSEN = System.getProperty("handin.notebooks", "06-exp3-relu.ipynb,09-exp6-step-and-epochs.ipynb");
    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String NAME = "Li Hua 李华";
    private static final String NUMBER = "2026123456";

    @Test
    void handinWritesOneSelfContainedPagePerNotebookAndAnIndex() throws Exception {
        List<String> names = new ArrayList<>("all".equals(CHOSEN) ? listNotebooks() : Arrays.asList(CHOSEN.split(",")));
        Path copies = NotebookRunner.scratchCopy(OUT.resolve("work"), NOTEBOOKS, JARS,
                name -> !name.endsWith(".ipynb") || names.contains(name));
        List<String> before = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("environment/notebooks.sh").toString(), "--handin",
                OUT.resolve("out").toString()));
        for (String name : names) {
            fillInDetails(copies.resolve(name), NAME, NUMBER);
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
        HandinChecks checks = new HandinChecks(OUT, NAME, NUMBER, CHROMIUM, List.of(ROOT.toString(), copies.toString(), OUT.toString()));
        List<String> problems = new ArrayList<>();
        List<Notebook> notebooks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Notebook notebook = Notebook.load(NOTEBOOKS.resolve(name));
            notebooks.add(notebook);
            if (!Files.readString(copies.resolve(name), StandardCharsets.UTF_8).equals(before.get(i))) {
                problems.add(name + " was changed by the hand-in");
            }
            if (HandinChecks.charts(notebook) == 0 || !HandinChecks.hasFormulas(notebook)) {
                problems.add(name + ": choose notebooks with charts and formulas for this test (-Dhandin.notebooks)");
            }
            problems.addAll(checks.notebookProblems(out, name, notebook));
        }
        problems.addAll(checks.indexProblems(out, notebooks));
        assertEquals(List.of(), problems, "hand-in in " + out);
    }

    /**
     * A student who is stuck still hands in: a notebook that stops at an error (here a "not done yet" right
     * after the setup cell) is written up to that cell, its page and the index say where it stopped, and
     * the cells after it show no outputs, not the ones saved from an earlier session.
     */
    @Test
    void aNotebookThatStopsAtAnErrorIsHandedInUpToIt() throws Exception {
        String name = "00-index.ipynb";
        Path copies = NotebookRunner.scratchCopy(OUT.resolve("stuck"), NOTEBOOKS, JARS, n -> !n.endsWith(".ipynb") || n.equals(name));
        Path notebook = copies.resolve(name);
        fillInDetails(notebook, NAME, NUMBER);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(notebook.toFile());
        var cells = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("cells");
        int setup = 0;
        while (!cells.get(setup).get("cell_type").asText().equals("code")) {
            setup++;
        }
        var stuck = mapper.createObjectNode().put("cell_type", "code").put("id", "stuck").putNull("execution_count")
                .put("source", "throw new IllegalStateException(\"not done yet: my backward pass\");");
        stuck.putObject("metadata");
        stuck.putArray("outputs");
        cells.insert(setup + 1, stuck);
        mapper.writeValue(notebook.toFile(), json);

        Path out = OUT.resolve("stuck-out");
        Path log = OUT.resolve("handin-stuck.log");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("environment/notebooks.sh").toString(), "--handin",
                out.toString(), notebook.toString()).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the hand-in did not finish in 10 minutes");
        assertEquals(0, process.exitValue(), "notebooks.sh --handin failed:\n" + NotebookRunner.tail(log, 30));

        String page = Files.readString(out.resolve("00-index.html"), StandardCharsets.UTF_8);
        String where = "cell " + (setup + 2);
        assertTrue(page.contains("data-handin-stopped=\"" + where + "\""), "the page should say it stops at " + where);
        assertTrue(page.contains("not done yet: my backward pass"), "the page should show the error");
        long outputs = java.util.regex.Pattern.compile("<div[^>]*class=\"[^\"]*jp-OutputArea-output").matcher(page).results().count();
        assertEquals(1, outputs, "outputs on the page: only the error's (the cells after it did not run)");
        assertTrue(Files.readString(out.resolve("00-index.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"), "a PDF");
        assertTrue(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8).contains("(stops at " + where + " with an error)"),
                "the index should say where the notebook stops");
        assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("STOPPED 00-index"), "the command should say so");
    }

    /** What a student does first: the details cell at the top, filled in. */
    static void fillInDetails(Path notebook, String name, String number) throws IOException {
        String json = Files.readString(notebook, StandardCharsets.UTF_8);
        String filled = json.replace("Name / 姓名:** …", "Name / 姓名:** " + name).replace("Student number / 学号:** …", "Student number / 学号:** " + number);
        assertFalse(filled.equals(json), notebook.getFileName() + " has no details cell (Name / 姓名, Student number / 学号) to fill in");
        Files.writeString(notebook, filled, StandardCharsets.UTF_8);
    }

    private static List<String> listNotebooks() throws IOException {
        try (var files = Files.list(NOTEBOOKS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
        }
    }
}
