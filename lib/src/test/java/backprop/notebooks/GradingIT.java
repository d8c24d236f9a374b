package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The teacher's flow of README.md ("Grading with nbgrader") on a temporary course folder: the marked
 * notebooks 02 and 03 as the source of assignment "bp", {@code nbgrader generate_assignment} (the student
 * edition: solutions replaced by the stub, hidden tests gone), four submissions (the teacher's solutions,
 * report A's slope, report B's bracket, one hand value off), {@code nbgrader autograde} (full marks for the
 * first, the matching test failing with a clear message for each other) and {@code nbgrader generate_feedback}.
 */
class GradingIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("robustness.out", "target/robustness")).toAbsolutePath().resolve("grading");
    private static final String HAND = "02-hand-calculation.ipynb", CODE = "03-code.ipynb";

    @Test
    void generateSubmitAutogradeAndFeedback() throws Exception {
        Path course = OUT.resolve("course");
        deleteTree(course);
        Files.createDirectories(course.resolve("source/bp"));
        Files.copy(ROOT.resolve("environment/nbgrader_config.py"), course.resolve("nbgrader_config.py"));
        for (String name : List.of(HAND, CODE)) {
            Files.copy(ROOT.resolve("notebooks").resolve(name), course.resolve("source/bp").resolve(name));
        }

        String generate = nbgrader(course, "generate_assignment", "bp");
        Map<String, String> release = new LinkedHashMap<>();
        for (String name : List.of(HAND, CODE)) {
            String text = Files.readString(course.resolve("release/bp").resolve(name), StandardCharsets.UTF_8);
            release.put(name, text);
            assertFalse(text.contains("BEGIN SOLUTION") || text.contains("HIDDEN TESTS"), name + ": solutions or hidden tests left:\n" + generate);
            assertTrue(text.contains("throw new UnsupportedOperationException(\\\"not done yet\\\");"), name + ": no stub");
        }
        assertFalse(release.get(CODE).contains("deltaO1 * w[4] + deltaO2 * w[5]"), "the backward pass is in the student edition");
        assertFalse(release.get(CODE).contains("0.7, -1.2, 2.2"), "a hidden test point is in the student edition");
        assertFalse(release.get(HAND).contains("inH1  = w1 * x1 + w3 * x2"), "a hand value is in the student edition");
        assertTrue(release.get(CODE).contains("YOUR ANSWER HERE"), "the observations answer cell is not emptied");

        String source = Files.readString(course.resolve("source/bp").resolve(CODE), StandardCharsets.UTF_8);
        String hand = Files.readString(course.resolve("source/bp").resolve(HAND), StandardCharsets.UTF_8);
        String reportA = replace(source, "double deltaH1 = (deltaO1 * w[4] + deltaO2 * w[5])", "double deltaH1 = ((outO1 - y[0]) * outH1 * (1 - outH1) * w[4] + deltaO2 * w[5])");
        reportA = replace(reportA, "double deltaH2 = (deltaO1 * w[6] + deltaO2 * w[7])", "double deltaH2 = ((outO1 - y[0]) * outH1 * (1 - outH1) * w[6] + deltaO2 * w[7])");
        String reportB = replace(source, "double deltaH1 = (deltaO1 * w[4] + deltaO2 * w[5])", "double deltaH1 = (deltaO1 * outH1 + deltaO2 * outH1)");
        reportB = replace(reportB, "double deltaH2 = (deltaO1 * w[6] + deltaO2 * w[7])", "double deltaH2 = (deltaO1 * outH2 + deltaO2 * outH2)");
        String handOff = replace(hand, "w5New = w5 - learningRate * dLossDw5;", "w5New = 0.0754;");
        submit(course, "teacher", Map.of(HAND, hand, CODE, source));
        submit(course, "reportA", Map.of(CODE, reportA));
        submit(course, "reportB", Map.of(CODE, reportB));
        submit(course, "handOff", Map.of(HAND, handOff));

        String autograde = nbgrader(course, "autograde", "bp");
        nbgrader(course, "export", "--to", course.resolve("grades.csv").toString());
        Map<String, String[]> grades = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(course.resolve("grades.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            grades.put(f[3], f);   // assignment,duedate,timestamp,student_id,...,raw_score(7),...,score(9),max_score(10)
        }
        // The autograded points: 7 for the hand calculation, 5 for the backward pass; the rest is graded by hand.
        assertEquals(12.0, Double.parseDouble(grades.get("teacher")[9]), 1e-9, "teacher's solutions:\n" + String.join("\n", lines) + "\n" + autograde);

        Map<String, Object> a = failures(course, "reportA", CODE);
        assertEquals(List.of("test-backward"), List.copyOf(a.keySet()), "report A: " + a);
        assertTrue(a.get("test-backward").toString().contains("dL/dw1 at the exercise: WRONG"), a.toString());
        assertEquals(1.0, Double.parseDouble(grades.get("reportA")[9]), 1e-9, "report A keeps only the update's point");

        Map<String, Object> b = failures(course, "reportB", CODE);
        assertEquals(List.of("test-backward"), List.copyOf(b.keySet()), "report B: " + b);
        assertTrue(b.get("test-backward").toString().contains("dL/dw1 at the exercise: WRONG, yours 0.01458"), b.toString());

        Map<String, Object> h = failures(course, "handOff", HAND);
        assertEquals(List.of("test-hand-update"), List.copyOf(h.keySet()), "hand value off: " + h);
        assertTrue(h.get("test-hand-update").toString().contains("w5New: WRONG, yours 0.0754"), h.toString());
        assertEquals(6.0, Double.parseDouble(grades.get("handOff")[9]), 1e-9);

        nbgrader(course, "generate_feedback", "bp");
        String feedbackA = Files.readString(course.resolve("feedback/reportA/bp/03-code.html"), StandardCharsets.UTF_8);
        assertTrue(feedbackA.contains("dL/dw1 at the exercise: WRONG"), "the feedback does not show the failing gradient");
        String feedbackH = Files.readString(course.resolve("feedback/handOff/bp/02-hand-calculation.html"), StandardCharsets.UTF_8);
        assertTrue(feedbackH.contains("w5New: WRONG"), "the feedback does not show the wrong hand value");
        String feedbackT = Files.readString(course.resolve("feedback/teacher/bp/03-code.html"), StandardCharsets.UTF_8);
        assertFalse(feedbackT.contains(": WRONG") || feedbackT.contains("AssertionError"), "the teacher's feedback shows a failure");
    }

    /** Writes a submission; the notebooks find ../lib/target/jars through a link to the project's lib/ beside it. */
    private static void submit(Path course, String student, Map<String, String> notebooks) throws IOException {
        Path dir = course.resolve("submitted").resolve(student).resolve("bp");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> nb : notebooks.entrySet()) {
            Files.writeString(dir.resolve(nb.getKey()), nb.getValue(), StandardCharsets.UTF_8);
        }
        for (String step : List.of("submitted", "autograded")) {
            Path link = course.resolve(step).resolve(student).resolve("lib");
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, ROOT.resolve("lib"));
        }
    }

    /** grade_id -> the error text of every graded test cell of the autograded notebook that failed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> failures(Path course, String student, String notebook) throws IOException {
        Map<String, Object> nb = (Map<String, Object>) Json.parse(Files.readString(course.resolve("autograded").resolve(student).resolve("bp").resolve(notebook)));
        Map<String, Object> failed = new LinkedHashMap<>();
        for (Object o : (List<Object>) nb.get("cells")) {
            Map<String, Object> cell = (Map<String, Object>) o;
            Map<String, Object> meta = (Map<String, Object>) ((Map<String, Object>) cell.get("metadata")).get("nbgrader");
            if (meta == null || !Boolean.TRUE.equals(meta.get("grade")) || !"code".equals(cell.get("cell_type"))) {
                continue;
            }
            for (Object out : (List<Object>) cell.get("outputs")) {
                Map<String, Object> output = (Map<String, Object>) out;
                if ("error".equals(output.get("output_type"))) {
                    failed.put((String) meta.get("grade_id"), output.get("evalue") + "\n" + output.get("traceback"));
                }
            }
        }
        return failed;
    }

    private static String replace(String text, String from, String to) {
        String json = from.replace("\"", "\\\""), jsonTo = to.replace("\"", "\\\"");
        assertTrue(text.contains(json), "not in the notebook: " + from);
        return text.replace(json, jsonTo);
    }

    private static String nbgrader(Path course, String... args) throws IOException, InterruptedException {
        String jupyter = NotebookRunner.find().jupyter();
        Path bin = Path.of(jupyter).getParent();
        List<String> command = new ArrayList<>(List.of(bin.resolve("nbgrader").toString()));
        command.addAll(List.of(args));
        Path log = course.resolve("nbgrader-" + args[0] + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(course.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        NotebookRunner.environment(builder);
        // nbgrader runs alembic (its database migrations) from PATH: the environment's bin first.
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + builder.environment().getOrDefault("PATH", ""));
        Process process = builder.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), command + " did not finish in 10 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), command + " failed:\n" + output);
        assertFalse(output.contains("[ERROR]") || output.contains("| ERROR]"), command + " reported an error:\n" + output);
        return output;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted((x, y) -> y.compareTo(x)).toList();
            all.forEach(p -> p.toFile().setWritable(true));
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
