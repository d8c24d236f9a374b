package backprop.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of an .ipynb file (nbformat 4) that the notebook tests compare. */
record Notebook(String name, String kernel, List<Cell> cells) {

    /**
     * One cell; {@code number} counts all cells from 1, as a reader scrolling the notebook would;
     * {@code nbgrader} is its nbgrader metadata (empty when it has none).
     */
    record Cell(int number, String type, String source, Integer executionCount, List<String> tags, List<Output> outputs,
            Map<String, Object> nbgrader) {

        /** nbgrader's id of the cell (solution, check or test cell), or null. */
        String gradeId() {
            return (String) nbgrader.get("grade_id");
        }

        /** A cell nbgrader replaces in the student edition (code between BEGIN/END SOLUTION, or an answer). */
        boolean isSolution() {
            return Boolean.TRUE.equals(nbgrader.get("solution"));
        }

        /** A test cell that nbgrader's autograder scores. */
        boolean isGraded() {
            return Boolean.TRUE.equals(nbgrader.get("grade"));
        }

        boolean isCode() {
            return type.equals("code");
        }

        boolean isBlank() {
            return source.isBlank();
        }

        /** Only magic lines (%jars...): their output describes the machine (paths, jar counts), not results. */
        boolean isMagicOnly() {
            return source.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("//"))
                    .allMatch(line -> line.startsWith("%"));
        }

        String firstLine() {
            String line = source.strip().lines().findFirst().orElse("");
            return line.length() > 60 ? line.substring(0, 57) + "..." : line;
        }

        @Override
        public String toString() {
            return "cell " + number + " [" + firstLine() + "]";
        }
    }

    /**
     * One output; {@code data} maps mime types to their text (base64 for images). An error has
     * {@code error} ("name: message") and {@code traceback}, the lines the front end shows, colour
     * codes and all.
     */
    record Output(String type, String streamName, String text, Map<String, String> data, String error, List<String> traceback) {
    }

    static Notebook load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Notebook parse(String name, String json) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        Map<String, Object> metadata = (Map<String, Object>) root.getOrDefault("metadata", Map.of());
        Map<String, Object> kernelspec = (Map<String, Object>) metadata.getOrDefault("kernelspec", Map.of());
        List<Cell> cells = new ArrayList<>();
        for (Object o : (List<Object>) root.getOrDefault("cells", List.of())) {
            Map<String, Object> cell = (Map<String, Object>) o;
            Map<String, Object> cellMetadata = (Map<String, Object>) cell.getOrDefault("metadata", Map.of());
            List<String> tags = new ArrayList<>();
            for (Object tag : (List<Object>) cellMetadata.getOrDefault("tags", List.of())) {
                tags.add(String.valueOf(tag));
            }
            List<Output> outputs = new ArrayList<>();
            for (Object out : (List<Object>) cell.getOrDefault("outputs", List.of())) {
                outputs.add(output((Map<String, Object>) out));
            }
            Double count = (Double) cell.get("execution_count");
            cells.add(new Cell(cells.size() + 1, (String) cell.get("cell_type"), text(cell.get("source")),
                    count == null ? null : count.intValue(), tags, outputs,
                    (Map<String, Object>) cellMetadata.getOrDefault("nbgrader", Map.of())));
        }
        return new Notebook(name, (String) kernelspec.get("name"), cells);
    }

    @SuppressWarnings("unchecked")
    private static Output output(Map<String, Object> out) {
        Map<String, String> data = new LinkedHashMap<>();
        ((Map<String, Object>) out.getOrDefault("data", Map.of())).forEach((mime, value) -> data.put(mime, text(value)));
        String error = null;
        List<String> traceback = new ArrayList<>();
        if ("error".equals(out.get("output_type"))) {
            error = out.get("ename") + ": " + out.get("evalue");
            for (Object line : (List<Object>) out.getOrDefault("traceback", List.of())) {
                traceback.add(String.valueOf(line));
            }
        }
        return new Output((String) out.get("output_type"), (String) out.get("name"), text(out.get("text")), data, error, traceback);
    }

    /** nbformat stores multi-line text either as one string or as a list of lines. */
    @SuppressWarnings("unchecked")
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> lines) {
            return String.join("", (List<String>) lines);
        }
        return value instanceof String s ? s : String.valueOf(value);
    }
}
