package backprop.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceExcerptTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        Path f = dir.resolve("Example.java");
        Files.writeString(f, String.join("\n",
                "class Example {",
                "    double f(double a, double b) {",
                "        double c = a * b;",
                "",
                "        return c < 0 ? -c : c;",
                "    }",
                "}"));
        return f;
    }

    @Test
    void quotesTheLinesBetweenTheMarkersWithTheirNumbersAndWithoutCommonIndentation() throws IOException {
        SourceExcerpt e = SourceExcerpt.of(file(), "double c", "return c");
        assertEquals(List.of("double c = a * b;", "", "return c < 0 ? -c : c;"), e.lines());
        assertEquals(3, e.firstLine());
        assertEquals(5, e.lastLine());
        assertEquals("Example.java", e.fileName());
        String html = e.toHtml();
        assertTrue(html.contains("Example.java, lines 3&ndash;5"));
        assertTrue(html.contains("return c &lt; 0 ? -c : c;"));
        assertTrue(e.toString().startsWith("Example.java, lines 3-5\n   3  double c = a * b;"));
    }

    @Test
    void oneLineWhenBothMarkersAreOnIt() throws IOException {
        SourceExcerpt e = SourceExcerpt.of(file().toString(), "double f(", "double f(");
        assertEquals(List.of("double f(double a, double b) {"), e.lines());
        assertEquals(2, e.firstLine());
    }

    @Test
    void quotesTheLibrarysOwnSource() {
        SourceExcerpt e = SourceExcerpt.of("src/main/java/backprop/gradients/ExerciseBackprop.java",
                "deltaO1 = dLossDo[0]", "dLossDw8 =");
        assertTrue(e.lines().get(0).startsWith("deltaO1 = dLossDo[0]"));
        assertTrue(e.lines().get(e.lines().size() - 1).startsWith("dLossDw8 = "));
    }

    @Test
    void missingFilesAndMarkersAreNamed() throws IOException {
        Path f = file();
        IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class,
                () -> SourceExcerpt.of(dir.resolve("Missing.java"), "a", "b"));
        assertTrue(noFile.getMessage().contains("Missing.java"));
        IllegalArgumentException noFrom = assertThrows(IllegalArgumentException.class, () -> SourceExcerpt.of(f, "nowhere", "}"));
        assertTrue(noFrom.getMessage().contains("\"nowhere\""));
        IllegalArgumentException noTo = assertThrows(IllegalArgumentException.class, () -> SourceExcerpt.of(f, "return", "double c"));
        assertTrue(noTo.getMessage().contains("at or after line 5"));
        assertThrows(IllegalArgumentException.class, () -> SourceExcerpt.of(f, "", "}"));
    }
}
