package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The hand-out, as a teacher makes it with one command and a student starts it ({@link StudentBundle}):
 * the zip holds the student edition of every notebook of notebooks/ (nbgrader's release: solutions replaced
 * by the stub, answer cells emptied, hidden tests and outputs gone, every other cell as in the teacher's
 * edition) and what it needs, and nothing of the repository's build; start.py sets it up with Python and a
 * JDK only; a notebook runs from it (-Dhandout.notebook) with its charts; and the unfinished exercises
 * (02, 03) run with no error but the stubs' "not done yet", their check cells saying per item what is
 * missing in a table.
 */
class HandoutIT {

    private static final Path TEACHER = StudentBundle.ROOT.resolve("notebooks");
    private static final String NOTEBOOK = System.getProperty("handout.notebook", "06-exp3-relu.ipynb");
    private static final String STUB = "throw new UnsupportedOperationException(\"not done yet\");";
    private static final List<String> EXERCISES = List.of("02-hand-calculation.ipynb", "03-code.ipynb");

    @Test
    void theZipHoldsTheStudentEditionAndWhatItNeeds() throws Exception {
        StudentBundle bundle = StudentBundle.get();
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(bundle.zip().toFile())) {
            Set<String> entries = zip.stream().map(ZipEntry::getName).map(n -> n.replaceFirst("^backprop-notebooks/", "")).collect(Collectors.toSet());
            problems.addAll(contentProblems(entries));
            for (String name : teacherNotebooks()) {
                ZipEntry entry = zip.getEntry("backprop-notebooks/notebooks/" + name);
                if (entry == null) {
                    problems.add("the hand-out has no notebooks/" + name);
                    continue;
                }
                String handedOut = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                problems.addAll(editionProblems(Notebook.load(TEACHER.resolve(name)), Notebook.parse(name, handedOut)));
            }
        }
        assertEquals(List.of(), problems, "hand-out " + bundle.zip());
    }

    /** What the student needs, nothing of the repository's build, the notebooks of notebooks/ and no others. */
    private static List<String> contentProblems(Set<String> entries) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String part : List.of("start.py", "README.md", "requirements.txt", "kernel/backprop-kernel.jar", "kernel/jvm-options.txt",
                "kernel/src/backprop/kernel/StopOnErrorKernel.java", "lib/target/jars/backprop-lib.jar", "tools/execute.py",
                "tools/handin.py", "tools/handin-index.py", "tools/lab-settings.json",
                "lib/src/main/java/backprop/gradients/ExerciseBackprop.java")) {
            if (!entries.contains(part)) {
                problems.add("the hand-out has no " + part);
            }
        }
        if (entries.stream().noneMatch(e -> e.startsWith("lib/target/jars/deps/") && e.endsWith(".jar"))) {
            problems.add("the hand-out has no dependency jars in lib/target/jars/deps");
        }
        for (String absent : List.of("pom.xml", "mvnw", "lib/pom.xml", "lib/src/test/", "environment/", ".venv/", "notebooks/.ipynb_checkpoints/")) {
            if (entries.stream().anyMatch(e -> e.equals(absent) || e.startsWith(absent))) {
                problems.add("the hand-out should not hold " + absent);
            }
        }
        if (entries.stream().filter(e -> e.startsWith("notebooks/") && e.endsWith(".ipynb")).count() != teacherNotebooks().size()) {
            problems.add("the hand-out holds other notebooks than notebooks/: " + entries.stream().filter(e -> e.startsWith("notebooks/")).sorted().toList());
        }
        return problems;
    }

    @Test
    void aStudentStartsFromTheZipWithPythonAndAJdkOnly() throws Exception {
        StudentBundle bundle = StudentBundle.get();
        assertTrue(Files.isExecutable(bundle.folder().resolve(".venv/bin/python")), "start.py made no .venv in the unpacked folder");
        assertTrue(Files.isRegularFile(bundle.folder().resolve(".venv/share/jupyter/kernels/java/kernel.json")), "start.py installed no kernel");
        Path overrides = bundle.folder().resolve(".venv/share/jupyter/lab/settings/overrides.json");
        assertTrue(Files.isRegularFile(overrides) && Files.readString(overrides).contains("\"fetchNews\": \"false\""),
                "start.py did not give JupyterLab the course's defaults (no news prompt): " + overrides);

        Path copy = bundle.handedOut().resolve(NOTEBOOK);
        bundle.venv("python", List.of(bundle.folder().resolve("tools/execute.py").toString(), "--inplace", copy.toString()), "student-execute.log", 15);
        Notebook executed = Notebook.load(copy);
        long errors = executed.cells().stream().flatMap(c -> c.outputs().stream()).filter(o -> o.error() != null).count();
        long codeCells = executed.cells().stream().filter(c -> c.isCode()).count();
        long ran = executed.cells().stream().filter(c -> c.isCode() && !c.outputs().isEmpty()).count();
        assertEquals(0, errors, NOTEBOOK + " from the hand-out has error outputs");
        assertTrue(HandinChecks.charts(executed) > 0 && ran > codeCells / 2,
                NOTEBOOK + " from the hand-out drew " + HandinChecks.charts(executed) + " charts, " + ran + " of " + codeCells + " code cells gave output");
    }

    /**
     * The exercises as handed out, every cell run (past errors, as a student running cell by cell does):
     * the only errors are the stubs' "not done yet" and the graded tests' lists of what is not done yet;
     * every check cell shows a table with each item "not done yet", and no stack trace.
     */
    @Test
    void theUnfinishedExercisesSayNotDoneYet() throws Exception {
        StudentBundle bundle = StudentBundle.get();
        Path out = StudentBundle.OUT.resolve("unfinished");
        List<String> command = new ArrayList<>(List.of("nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                "--ExecutePreprocessor.startup_timeout=120", "--output-dir", out.toString()));
        EXERCISES.forEach(name -> command.add(bundle.handedOut().resolve(name).toString()));
        bundle.venv("jupyter", command, "unfinished.log", 15);
        List<String> problems = new ArrayList<>();
        for (String name : EXERCISES) {
            Notebook executed = Notebook.load(out.resolve(name));
            int checks = 0;
            for (Notebook.Cell cell : executed.cells()) {
                if (!cell.isCode()) {
                    continue;
                }
                if (cell.executionCount() == null) {
                    problems.add(name + " " + cell + ": did not run");
                }
                for (Notebook.Output output : cell.outputs()) {
                    String error = output.error();
                    // the stub's exception (in a solution cell, or a guard's "not done yet: ..."), or a graded test listing what is not done
                    boolean notDone = error != null && error.contains("not done yet")
                            && (error.contains("UnsupportedOperationException") || cell.isGraded() && !error.contains("WRONG"));
                    if (error != null && !notDone) {
                        problems.add(name + " " + cell + ": an error other than \"not done yet\": " + error);
                    }
                    if ("stderr".equals(output.streamName())) {
                        problems.add(name + " " + cell + ": writes to stderr: " + output.text());
                    }
                }
                if (cell.gradeId() != null && cell.gradeId().startsWith("check-")) {
                    checks++;
                    problems.addAll(notDoneTable(name + " " + cell, cell));
                }
            }
            if (checks == 0) {
                problems.add(name + ": no check cells (nbgrader grade_id check-...)");
            }
        }
        assertEquals(List.of(), problems, "the unfinished student edition, executed in " + out);
    }

    /** A check cell of an unfinished exercise: one table, every item "not done yet", no error, no stack trace. */
    private static List<String> notDoneTable(String where, Notebook.Cell cell) {
        List<String> problems = new ArrayList<>();
        if (cell.outputs().size() != 1 || cell.outputs().get(0).error() != null) {
            return List.of(where + ": not one table but " + cell.outputs().stream().map(o -> o.error() != null ? o.error() : o.type()).toList());
        }
        String html = cell.outputs().get(0).data().getOrDefault("text/html", "");
        String text = cell.outputs().get(0).data().getOrDefault("text/plain", "");
        int rows = HandinChecks.count(html, "<tr") - 1;
        if (!html.contains("<table") || rows < 1 || HandinChecks.count(html, "<td>not done yet</td><td>") != rows) {
            problems.add(where + ": not a table with every item not done yet: " + text);
        }
        if (!text.lines().findFirst().orElse("").matches(".*: 0 of " + rows + " right, " + rows + " not done yet\\.")) {
            problems.add(where + ": its first line does not say how many are not done yet: " + text.lines().findFirst().orElse(""));
        }
        if (text.contains("Exception") || text.contains("\tat ") || html.contains("Exception")) {
            problems.add(where + ": shows an exception: " + text);
        }
        return problems;
    }

    /**
     * The student edition of one notebook against the teacher's: same cells; code solutions replaced by the
     * stub between what comes before BEGIN SOLUTION and after END SOLUTION; answers emptied; test cells
     * without their hidden part; every other cell unchanged; no outputs.
     */
    private static List<String> editionProblems(Notebook teacher, Notebook student) {
        List<String> problems = new ArrayList<>();
        String name = teacher.name();
        if (teacher.cells().size() != student.cells().size()) {
            return List.of(name + ": " + student.cells().size() + " cells in the student edition, " + teacher.cells().size() + " in the teacher's");
        }
        for (int i = 0; i < teacher.cells().size(); i++) {
            Notebook.Cell t = teacher.cells().get(i), s = student.cells().get(i);
            Function<String, String> expected = source -> source;
            if (t.isSolution() && t.isCode()) {
                expected = HandoutIT::stubbed;
            } else if (t.isSolution()) {
                expected = source -> "YOUR ANSWER HERE";
            } else if (t.isGraded()) {
                expected = source -> source.replaceFirst("(?s)\\s*// BEGIN HIDDEN TESTS.*// END HIDDEN TESTS", "");
            }
            if (!s.source().strip().equals(expected.apply(t.source()).strip())) {
                problems.add(name + " " + t + (t.gradeId() == null ? "" : " (" + t.gradeId() + ")") + ": the student edition has\n"
                        + s.source() + "\n  expected\n" + expected.apply(t.source()));
            }
            if (!s.outputs().isEmpty()) {
                problems.add(name + " " + t + ": the student edition has outputs");
            }
        }
        return problems;
    }

    /** A solution cell as the student gets it: the lines between BEGIN and END SOLUTION are the stub. */
    private static String stubbed(String source) {
        List<String> lines = source.lines().toList();
        int begin = indexOf(lines, "// BEGIN SOLUTION"), end = indexOf(lines, "// END SOLUTION");
        if (begin < 0 || end < begin) {
            return STUB;
        }
        String indent = lines.get(begin).substring(0, lines.get(begin).indexOf("//"));
        List<String> kept = new ArrayList<>(lines.subList(0, begin));
        kept.add(indent + STUB);
        kept.addAll(lines.subList(end + 1, lines.size()));
        return String.join("\n", kept);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> teacherNotebooks() throws IOException {
        try (var files = Files.list(TEACHER)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
        }
    }
}
