package backprop.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A few lines of a source file, shown with their line numbers: lets a notebook quote the library's own
 * code (the lines that compute each delta, say) read from the file itself, so the quote cannot drift
 * from what runs. The excerpt runs from the first line containing {@code from} to the first line at or
 * after it containing {@code to}, both included, with their common indentation removed.
 *
 * <pre>
 *   SourceExcerpt.of("../lib/src/main/java/backprop/network/ExerciseBackprop.java",
 *           "deltaO1 = dLossDo[0]", "dLossDw[7] =")
 * </pre>
 */
public final class SourceExcerpt implements Html {

    private final String fileName;
    private final int firstLine;
    private final List<String> lines;

    private SourceExcerpt(String fileName, int firstLine, List<String> lines) {
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.lines = List.copyOf(lines);
    }

    /** The lines of {@code file} from the first containing {@code from} to the next containing {@code to}. */
    public static SourceExcerpt of(String file, String from, String to) {
        return of(Path.of(file), from, to);
    }

    /** The lines of {@code file} from the first containing {@code from} to the next containing {@code to}. */
    public static SourceExcerpt of(Path file, String from, String to) {
        if (from == null || from.isEmpty() || to == null || to.isEmpty()) {
            throw new IllegalArgumentException("from = " + quote(from) + ", to = " + quote(to)
                    + "; allowed: two non-empty pieces of text that occur in the file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("source file " + file.toAbsolutePath().normalize()
                    + " does not exist; allowed: a path to a readable file (notebooks run in notebooks/, so the"
                    + " library's sources are under ../lib/src/main/java/)");
        }
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int start = -1;
        for (int i = 0; i < all.size() && start < 0; i++) {
            if (all.get(i).contains(from)) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("from = " + quote(from) + " occurs nowhere in " + file.getFileName()
                    + "; allowed: text of one of its lines");
        }
        int end = -1;
        for (int i = start; i < all.size() && end < 0; i++) {
            if (all.get(i).contains(to)) {
                end = i;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("to = " + quote(to) + " occurs nowhere in " + file.getFileName()
                    + " at or after line " + (start + 1) + "; allowed: text of a line at or after the first one");
        }
        return new SourceExcerpt(file.getFileName().toString(), start + 1, dedent(all.subList(start, end + 1)));
    }

    private static List<String> dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') {
                    indent++;
                }
                common = Math.min(common, indent);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(common == Integer.MAX_VALUE ? 0 : common).stripTrailing());
        }
        return out;
    }

    /** The quoted lines, without line numbers. */
    public List<String> lines() {
        return lines;
    }

    /** The file's line number of the first quoted line (1-based). */
    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return firstLine + lines.size() - 1;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public String toHtml() {
        StringBuilder s = new StringBuilder();
        s.append("<div class=\"source-excerpt\"><div style=\"font-family:sans-serif;font-size:12px;color:#555\">")
                .append(escape(fileName)).append(", lines ").append(firstLine).append("&ndash;").append(lastLine())
                .append("</div><pre style=\"background:#f6f8fa;border:1px solid #ddd;padding:6px 8px;font-size:12px;"
                        + "line-height:1.35;overflow-x:auto\"><code>");
        int width = String.valueOf(lastLine()).length();
        for (int i = 0; i < lines.size(); i++) {
            String number = String.valueOf(firstLine + i);
            s.append("<span style=\"color:#999\">").append(" ".repeat(width - number.length())).append(number)
                    .append("</span>  ").append(escape(lines.get(i))).append('\n');
        }
        return s.append("</code></pre></div>").toString();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(fileName).append(", lines ").append(firstLine).append('-').append(lastLine());
        for (int i = 0; i < lines.size(); i++) {
            s.append('\n').append(String.format("%4d  ", firstLine + i)).append(lines.get(i));
        }
        return s.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
