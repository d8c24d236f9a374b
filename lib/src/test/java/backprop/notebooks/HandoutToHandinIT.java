package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A student, end to end, from the hand-out to a finished, self-checked, exported hand-in, in the folder
 * the zip was unpacked into ({@link StudentBundle}: made by handout.sh, set up by start.py's own set-up,
 * a fresh .venv from PyPI with pip's cache, shared with {@link HandoutIT}; the project's .venv is not used):
 * <ol>
 *   <li>does the exercises: every solution cell of the student edition gets the teacher's solution (taken
 *   from notebooks/ by the nbgrader cell id), every details cell the student's name and number;</li>
 *   <li>runs the exercises and saves them (tools/execute.py --inplace, what Run All + save does) and reads
 *   every check cell: each says all its items are right, and no graded test fails;</li>
 *   <li>runs {@code python3 start.py --handin}: every notebook afresh into handin/, checked as a teacher
 *   opens it ({@link HandinChecks}: per notebook a self-contained HTML page with the formulas typeset
 *   offline and no raw TeX, a PDF with the charts, the student's name and number, and the index).</li>
 * </ol>
 */
class HandoutToHandinIT {

    private static final Path TEACHER = StudentBundle.ROOT.resolve("notebooks");
    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String NAME = "Wang Fang 王芳";
    private static final String NUMBER = "2026654321";
    private static final String STUB = "throw new UnsupportedOperationException(\"not done yet\");";
    private static final List<String> EXERCISES = List.of("02-hand-calculation.ipynb", "03-code.ipynb");

    @Test
    void aStudentGoesFromTheHandoutToAFinishedSelfCheckedExportedHandin() throws Exception {
        StudentBundle bundle = StudentBundle.get();
        Path notebooks = bundle.folder().resolve("notebooks");
        List<String> names;
        try (var files = Files.list(notebooks)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
        }
        int solved = 0, solutions = 0;
        for (String name : names) {
            Notebook teacher = Notebook.load(TEACHER.resolve(name));
            solutions += (int) teacher.cells().stream().filter(c -> c.isCode() && c.isSolution()).count();
            solved += doTheWork(notebooks.resolve(name), teacher);
        }
        assertTrue(solutions > 0 && solved == solutions, solved + " of the teacher's " + solutions + " solution cells found in the student edition");

        List<String> run = new ArrayList<>(List.of(bundle.folder().resolve("tools/execute.py").toString(), "--inplace"));
        EXERCISES.forEach(name -> run.add(notebooks.resolve(name).toString()));
        bundle.venv("python", run, "student-run.log", 15);
        List<String> problems = new ArrayList<>();
        for (String name : EXERCISES) {
            problems.addAll(selfCheckProblems(Notebook.load(notebooks.resolve(name))));
        }
        assertEquals(List.of(), problems, "the finished exercises' own checks, in " + notebooks);

        bundle.python(List.of("start.py", "--handin"), "student-handin.log", 25);
        Path out = bundle.folder().resolve("handin");
        HandinChecks checks = new HandinChecks(StudentBundle.OUT.resolve("handin-checks"), NAME, NUMBER, CHROMIUM,
                List.of(StudentBundle.ROOT.toString(), bundle.folder().toString(), StudentBundle.OUT.toString()));
        List<Notebook> handedIn = new ArrayList<>();
        long charts = 0;
        for (String name : names) {
            Notebook reference = Notebook.load(TEACHER.resolve(name));   // the same cells, executed: its charts and formulas
            charts += HandinChecks.charts(reference);
            handedIn.add(Notebook.load(notebooks.resolve(name)));
            problems.addAll(checks.notebookProblems(out, name, reference));
        }
        problems.addAll(checks.indexProblems(out, handedIn));
        String hand = Files.readString(out.resolve("02-hand-calculation.html"));
        if (!hand.contains("Hand calculation: all 8 right.")) {
            problems.add("02-hand-calculation.html does not show the finished check of the updated weights");
        }
        assertTrue(charts > 0 && handedIn.stream().anyMatch(HandinChecks::hasFormulas), "the notebooks draw no charts or hold no formulas");
        assertEquals(List.of(), problems, "the hand-in in " + out);
    }

    /**
     * Writes the student's work into a notebook of the student edition: each solution code cell (which must
     * hold the stub) gets the teacher's cell of the same nbgrader id, the details cell the name and number.
     *
     * @return how many solution cells were filled in
     */
    private static int doTheWork(Path notebook, Notebook teacher) throws IOException {
        Map<String, String> solutions = teacher.cells().stream().filter(c -> c.isCode() && c.isSolution())
                .collect(Collectors.toMap(Notebook.Cell::gradeId, Notebook.Cell::source));
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(notebook.toFile());
        int solved = 0;
        boolean details = false;
        for (JsonNode cell : root.get("cells")) {
            String source = text(cell.get("source"));
            String id = cell.path("metadata").path("nbgrader").path("grade_id").asText(null);
            if (id != null && solutions.containsKey(id)) {
                assertTrue(source.contains(STUB), notebook.getFileName() + " " + id + ": no stub to replace:\n" + source);
                ((ObjectNode) cell).set("source", new TextNode(solutions.get(id)));
                solved++;
            }
            for (JsonNode tag : cell.path("metadata").path("tags")) {
                if (tag.asText().equals("student-details")) {
                    String filled = source.replace("Name / 姓名:** …", "Name / 姓名:** " + NAME).replace("Student number / 学号:** …", "Student number / 学号:** " + NUMBER);
                    assertTrue(!filled.equals(source), notebook.getFileName() + ": its details cell has no blanks to fill in:\n" + source);
                    ((ObjectNode) cell).set("source", new TextNode(filled));
                    details = true;
                }
            }
        }
        assertTrue(details, notebook.getFileName() + " has no details cell (tag student-details)");
        json.writerWithDefaultPrettyPrinter().writeValue(notebook.toFile(), root);
        return solved;
    }

    /** nbformat keeps a cell's source as one string or as a list of lines. */
    private static String text(JsonNode source) {
        if (!source.isArray()) {
            return source.asText();
        }
        StringBuilder joined = new StringBuilder();
        source.forEach(line -> joined.append(line.asText()));
        return joined.toString();
    }

    /** Every check cell of a finished exercise says "all N right", with no WRONG or not done item; no graded test fails; no error at all. */
    private static List<String> selfCheckProblems(Notebook executed) {
        List<String> problems = new ArrayList<>();
        int checks = 0;
        for (Notebook.Cell cell : executed.cells()) {
            String where = executed.name() + " " + cell;
            cell.outputs().stream().filter(o -> o.error() != null).forEach(o -> problems.add(where + ": " + o.error()));
            if (cell.gradeId() == null || !cell.gradeId().startsWith("check-")) {
                continue;
            }
            checks++;
            String text = cell.outputs().isEmpty() ? "" : cell.outputs().get(0).data().getOrDefault("text/plain", "");
            String html = cell.outputs().isEmpty() ? "" : cell.outputs().get(0).data().getOrDefault("text/html", "");
            if (!text.lines().findFirst().orElse("").matches(".*: all \\d+ right\\.") || html.contains("WRONG") || html.contains("not done yet")) {
                problems.add(where + ": the self-check does not say all right: " + text.lines().findFirst().orElse("(no output)"));
            }
        }
        if (checks == 0) {
            problems.add(executed.name() + ": no check cells");
        }
        return problems;
    }
}
