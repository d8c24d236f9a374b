package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * No output of a committed notebook scrolls sideways in a window of ordinary width: each notebook as
 * nbconvert's HTML (the page the hand-in is made from, laid out like JupyterLab's notebook panel) in a
 * headless Chromium window {@value #WIDTH} pixels wide, about JupyterLab's notebook panel on a 1366-pixel
 * screen with the file browser open. A table, a sentence or a printout wider than its output area is
 * reported with its notebook, cell and first words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWidthIT {

    static final int WIDTH = 1100;

    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("page-width.out", "target/page-width")).toAbsolutePath();

    /** Every output area whose content is wider than the area: "cell N: width < content width: first words". */
    private static final String OVERFLOWS = """
            const cells = Array.from(document.querySelectorAll('.jp-Cell'));
            return Array.from(document.querySelectorAll('.jp-OutputArea-output'))
                .filter(el => el.scrollWidth > el.clientWidth + 2)
                .map(el => 'cell ' + cells.indexOf(el.closest('.jp-Cell')) + ': ' + el.clientWidth + ' < '
                    + el.scrollWidth + ' px: ' + el.innerText.slice(0, 70).replace(/\\s+/g, ' '));
            """;

    private WebDriver driver;
    private String jupyter;

    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(OUT);
        jupyter = NotebookRunner.find().jupyter();
        driver = Chromium.start(WIDTH, 900, OUT.resolve("chromium-profile"), OUT.resolve("chromedriver.log"));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void noOutputIsWiderThanTheNotebook() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebooks in " + NOTEBOOKS);
        List<String> problems = new ArrayList<>();
        int outputs = 0;
        for (Path notebook : notebooks) {
            driver.get(html(notebook).toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState")));
            JavascriptExecutor page = (JavascriptExecutor) driver;
            outputs += ((Number) page.executeScript("return document.querySelectorAll('.jp-OutputArea-output').length")).intValue();
            for (Object overflow : (List<?>) page.executeScript(OVERFLOWS)) {
                problems.add(notebook.getFileName() + ", " + overflow);
            }
        }
        assertTrue(outputs > 10 * notebooks.size(), "only " + outputs + " outputs found in the pages: has nbconvert's markup changed?");
        assertEquals(List.of(), problems, "outputs wider than a " + WIDTH + "-pixel window: split or transpose the table,"
                + " wrap the line, or round the numbers");
    }

    /** The notebook as nbconvert's HTML, in {@link #OUT}. */
    private Path html(Path notebook) throws IOException, InterruptedException {
        String name = notebook.getFileName().toString().replace(".ipynb", "");
        Path log = OUT.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(jupyter, "nbconvert", "--to", "html", "--output-dir", OUT.toString(),
                notebook.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        NotebookRunner.environment(builder);
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "nbconvert did not finish " + name + " in 2 minutes");
        assertEquals(0, process.exitValue(), "nbconvert --to html failed on " + name + ":\n" + NotebookRunner.tail(log, 20));
        return OUT.resolve(name + ".html");
    }
}
