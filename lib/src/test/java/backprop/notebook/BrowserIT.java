package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import tech.tablesaw.api.Table;

/**
 * What a student does, in a real browser: open experiment 3 in Jupyter, change the learning rate in
 * the Hyperparameters cell, Run All, and read the new tables, chart and sentences.
 *
 * <p>A Jupyter Notebook server runs on loopback (random port, token) over a temporary copy of
 * notebooks/ whose ../lib/target/jars leads to the jars `mvn package` just built; headless Chromium is
 * driven through chromedriver (Debian's chromium and chromium-driver, which environment/setup.sh
 * installs; -Dbrowser.chromium / -Dbrowser.chromedriver point elsewhere). The new numbers are checked
 * against the page before the edit and against the library run with the new learning rate.
 * Screenshots go to target/browser/. The page is the classic Jupyter Notebook 6 (Debian's
 * jupyter-notebook; -Dbrowser.jupyter picks another jupyter). -Dbrowser.skip=true skips the test.
 */
class BrowserIT {

    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path JARS = Path.of(System.getProperty("notebook.jars", "target/jars")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("browser.out", "target/browser")).toAbsolutePath();
    private static final String NOTEBOOK = "06-exp3-relu.ipynb";
    private static final double NEW_RATE = 3.0;
    private static final Duration RUN_ALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern RATE_LINE = Pattern.compile("(double learningRate = )([-+0-9.eE]+)(;)");

    @Test
    void editingTheLearningRateAndRunningAllChangesTablesChartAndStatements() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "-Dbrowser.skip=true");
        Path chromium = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
        for (Path p : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing. Run  bash environment/setup.sh  (it installs Debian's chromium and chromium-driver),"
                        + " or pass -Dbrowser.chromium=... -Dbrowser.chromedriver=..., or skip with -Dbrowser.skip=true.");
            }
        }
        assertTrue(Files.isRegularFile(JARS.resolve("backprop-lib.jar")), "no " + JARS + "/backprop-lib.jar: run mvn package first");

        Notebook committed = Notebook.load(NOTEBOOKS.resolve(NOTEBOOK));
        Notebook.Cell hyperparameters = committed.cells().stream()
                .filter(c -> c.isCode() && RATE_LINE.matcher(c.source()).find()).findFirst()
                .orElseThrow(() -> new AssertionError(NOTEBOOK + " has no cell with `double learningRate = ...;`"));
        Matcher m = RATE_LINE.matcher(hyperparameters.source());
        assertTrue(m.find());
        String oldValue = m.group(2);
        double oldRate = Double.parseDouble(oldValue);
        assertNotEquals(NEW_RATE, oldRate, "the committed learning rate already is " + NEW_RATE);
        String newValue = String.valueOf(NEW_RATE);

        Path work = OUT.resolve("work");
        Path notebooks = NotebookRunner.scratchCopy(work, NOTEBOOKS, JARS, name -> true);

        String jupyter = classicNotebook(NotebookRunner.find().jupyter());
        try (JupyterServer server = JupyterServer.start(jupyter, notebooks, OUT.resolve("jupyter.log"));
             Browser browser = Browser.start(chromium, chromedriver, work.resolve("chromium-profile"))) {
            WebDriver driver = browser.driver;
            open(driver, server.url("notebooks/" + NOTEBOOK), committed.cells().size());

            Page before = Page.read(driver);
            assertTrue(before.shows(summaries(oldRate)),
                    "the page should show the committed outputs, with the runs at learning rate " + oldValue);

            editLearningRate(driver, hyperparameters.number(), oldValue, newValue);
            String edited = cellSource(driver, hyperparameters.number());
            assertTrue(edited.contains("double learningRate = " + newValue + ";"), "the cell reads now:\n" + edited);
            screenshot(driver, hyperparameters.number(), OUT.resolve(NOTEBOOK.replace(".ipynb", "-edited.png")));

            runAll(driver, committed.cells().stream().filter(Notebook.Cell::isCode).findFirst().orElseThrow().number());

            Page after = Page.read(driver);
            assertEquals(List.of(), after.errors, "error outputs after Run All");
            int chartCell = after.imageCells.isEmpty() ? hyperparameters.number() : after.imageCells.get(0);
            screenshot(driver, chartCell, OUT.resolve(NOTEBOOK.replace(".ipynb", "-after-run-all.png")));

            // Tables: as many as before, the training tables recomputed at the new rate.
            assertEquals(before.tables.size(), after.tables.size(), "HTML tables before and after");
            long changedTables = java.util.stream.IntStream.range(0, after.tables.size())
                    .filter(i -> !after.tables.get(i).equals(before.tables.get(i))).count();
            assertTrue(changedTables >= after.tables.size() / 2, changedTables + " of " + after.tables.size() + " tables changed");
            TrainingRun base = run(Activation.SIGMOID, NEW_RATE);
            TrainingRun variant = run(Activation.RELU, NEW_RATE);
            assertTrue(after.shows(summaries(NEW_RATE)), "the summaries of the runs at learning rate " + newValue
                    + " computed by the library:\n" + summaries(NEW_RATE));
            assertFalse(after.shows(summaries(oldRate)), "the page still shows the runs at learning rate " + oldValue);
            for (TrainingRun r : List.of(base, variant)) {
                Table expected = r.table(1, 10, 50, 100);
                for (int row = 0; row < expected.rowCount(); row++) {
                    String loss = expected.column("loss").getString(row);
                    assertTrue(after.tableText().contains(loss), "the loss " + loss + " of epoch " + expected.column("epoch").getString(row)
                            + " (learning rate " + newValue + ", " + r.initialNetwork().activation(1) + ") is in no table");
                }
            }

            // The chart: still there, redrawn, and decoded by the browser.
            assertFalse(after.images.isEmpty(), "no chart image after Run All");
            assertEquals(before.images.size(), after.images.size(), "chart images before and after");
            for (int i = 0; i < after.images.size(); i++) {
                assertNotEquals(before.images.get(i), after.images.get(i), "chart " + (i + 1) + " did not change");
            }
            assertEquals(after.images.size(), after.renderedImages, "images the browser decoded (naturalWidth > 0)");

            // The sentences: regenerated from the new runs.
            String o1 = String.format(Locale.ROOT, "o1 of the %s network ends at %.6f", Activation.RELU, variant.last().o(1));
            assertTrue(after.shows(o1), "the statements should say \"" + o1 + "\"");
            assertNotEquals(before.statements, after.statements, "the generated statements did not change");
        }
    }

    /**
     * A jupyter whose `notebook` is the classic Notebook 6 page, the one this test knows how to click:
     * -Dbrowser.jupyter, else Debian's (setup.sh installs it there), else the tests' own. Notebook 7,
     * which pip installs, is built from JupyterLab and has other menus and elements.
     */
    private static String classicNotebook(String testsJupyter) throws IOException, InterruptedException {
        String chosen = System.getProperty("browser.jupyter",
                Files.isExecutable(Path.of("/usr/bin/jupyter")) ? "/usr/bin/jupyter" : testsJupyter);
        ProcessBuilder builder = new ProcessBuilder(chosen, "notebook", "--version").redirectErrorStream(true);
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = builder.start();
        String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String last = version.strip().lines().reduce("", (a, b) -> b).strip();
        if (!last.startsWith("6.")) {
            fail("`" + chosen + " notebook --version` says \"" + last + "\"; this test drives the classic Jupyter Notebook 6"
                    + " page. On Debian, bash environment/setup.sh installs it (jupyter-notebook); elsewhere pass"
                    + " -Dbrowser.jupyter=PATH to a jupyter with notebook 6, or skip the test with -Dbrowser.skip=true.");
        }
        return chosen;
    }

    /** The two runs of experiment 3's section 1 as its summary cell prints them. */
    private static String summaries(double rate) {
        return run(Activation.SIGMOID, rate).summary() + "\n" + run(Activation.RELU, rate).summary();
    }

    private static TrainingRun run(Activation activation, double rate) {
        return Training.of(Examples.exercise(activation)).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .loss(Loss.HALF_SUM_SQUARED).learningRate(rate).epochs(100).run();
    }

    /**
     * Opens the notebook and waits for its kernel. A second try after a reload: on a machine where
     * another checkout's setup.sh reinstalls the shared kernelspec, the page can miss it for a moment
     * and then offers to pick a kernel instead of starting one.
     */
    private static void open(WebDriver driver, String url, int cells) {
        for (int attempt = 1; ; attempt++) {
            driver.get(url);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(d -> d.findElements(By.cssSelector("#notebook-container div.cell")).size() == cells);
            try {
                wait.until(d -> kernelIdle(d));
                return;
            } catch (TimeoutException e) {
                if (attempt == 2) {
                    throw new AssertionError("the notebook's kernel did not start (see " + OUT.resolve("jupyter.log") + ")", e);
                }
            }
        }
    }

    private static WebElement cell(WebDriver driver, int number) {
        return driver.findElements(By.cssSelector("#notebook-container > div.cell")).get(number - 1);
    }

    private static String cellSource(WebDriver driver, int number) {
        return String.join("\n", cell(driver, number).findElements(By.cssSelector(".CodeMirror-code pre.CodeMirror-line"))
                .stream().map(WebElement::getText).toList());
    }

    /** Keyboard only, as a student edits: click into the line, go to the number, select it, type. */
    private static void editLearningRate(WebDriver driver, int cellNumber, String oldValue, String newValue) {
        WebElement line = cell(driver, cellNumber).findElements(By.cssSelector(".CodeMirror-code pre.CodeMirror-line")).stream()
                .filter(l -> RATE_LINE.matcher(l.getText()).find()).findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", line);
        int at = line.getText().indexOf("= " + oldValue + ";") + 2;
        line.click();
        Actions keys = new Actions(driver).sendKeys(Keys.HOME);
        for (int i = 0; i < at; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.keyDown(Keys.SHIFT);
        for (int i = 0; i < oldValue.length(); i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.keyUp(Keys.SHIFT).sendKeys(newValue).sendKeys(Keys.ESCAPE).perform();
    }

    /**
     * Cell > Run All from the menu bar, then wait until no cell is queued and the kernel is idle. When
     * not even the first cell has run after a minute and a half, the kernel missed its start-up
     * messages (see environment/kernel-fix, and NotebookRunner's retry): then Kernel > Restart & Run
     * All, as a student would.
     */
    private static void runAll(WebDriver driver, int firstCodeCell) {
        menu(driver, "celllink", "run_all_cells");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> busyPrompts(d) > 0 || !kernelIdle(d));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(500)).until(d -> ran(d, firstCodeCell));
        } catch (TimeoutException stuck) {
            menu(driver, "kernellink", "restart_run_all");
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.cssSelector(".modal-footer button.btn-danger"))).click();
        }
        new WebDriverWait(driver, RUN_ALL_TIMEOUT, Duration.ofMillis(500))
                .until(d -> ran(d, firstCodeCell) && busyPrompts(d) == 0 && kernelIdle(d));
    }

    private static void menu(WebDriver driver, String menu, String item) {
        driver.findElement(By.id(menu)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("#" + item + " > a"))).click();
    }

    /** The cell's prompt shows an execution count: it ran in this kernel. */
    private static boolean ran(WebDriver driver, int cellNumber) {
        String prompt = cell(driver, cellNumber).findElement(By.cssSelector("div.input_prompt")).getText();
        return prompt.matches("(?s).*\\[\\d+\\].*");
    }

    private static long busyPrompts(WebDriver driver) {
        return driver.findElements(By.cssSelector("div.input_prompt")).stream().filter(p -> p.getText().contains("[*]")).count();
    }

    private static boolean kernelIdle(WebDriver driver) {
        return !driver.findElements(By.cssSelector("#kernel_indicator_icon.kernel_idle_icon")).isEmpty();
    }

    private static void screenshot(WebDriver driver, int cellNumber, Path file) throws IOException {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", cell(driver, cellNumber));
        Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** What the page shows in its output areas. */
    private record Page(String text, List<String> tables, List<String> images, int renderedImages, List<Integer> imageCells,
                        List<String> errors, String statements) {

        String tableText() {
            return String.join("\n", tables);
        }

        /** Whether the page shows {@code expected}; text results arrive as HTML, so line breaks read as spaces. */
        boolean shows(String expected) {
            return oneLine(text).contains(oneLine(expected));
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ");
        }

        static Page read(WebDriver driver) {
            List<WebElement> cells = driver.findElements(By.cssSelector("#notebook-container > div.cell"));
            StringBuilder text = new StringBuilder();
            List<String> tables = new ArrayList<>();
            List<String> images = new ArrayList<>();
            List<Integer> imageCells = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            String statements = "";
            int rendered = 0;
            for (int i = 0; i < cells.size(); i++) {
                for (WebElement area : cells.get(i).findElements(By.cssSelector("div.output_area > div.output_subarea"))) {
                    String shown = area.getText();
                    text.append(shown).append('\n');
                    if (shown.startsWith("o2 of the")) {
                        statements = shown;
                    }
                    for (WebElement table : area.findElements(By.tagName("table"))) {
                        tables.add(table.getText());
                    }
                    for (WebElement img : area.findElements(By.tagName("img"))) {
                        images.add(img.getAttribute("src"));
                        imageCells.add(i + 1);
                        Object width = ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", img);
                        if (width instanceof Number n && n.intValue() > 0) {
                            rendered++;
                        }
                    }
                    if (area.getAttribute("class").contains("output_error")) {
                        errors.add("cell " + (i + 1) + ": " + shown);
                    }
                }
            }
            return new Page(text.toString(), tables, images, rendered, imageCells, errors, statements);
        }
    }

    /** `jupyter notebook` on 127.0.0.1, a free port and a random token, stopped with its kernels. */
    private static final class JupyterServer implements AutoCloseable {

        private final Process process;
        private final int port;
        private final String token;

        private JupyterServer(Process process, int port, String token) {
            this.process = process;
            this.port = port;
            this.token = token;
        }

        static JupyterServer start(String jupyter, Path root, Path log) throws IOException, InterruptedException {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            String token = UUID.randomUUID().toString().replace("-", "");
            // kernel_info_timeout: Notebook 6 asks a new kernel for its info once and waits this long for
            // the answer before it connects the page; a kernel that is still starting drops that first
            // request (environment/kernel-fix), which would cost a minute where 10 s do.
            List<String> command = new ArrayList<>(List.of(jupyter, "notebook", "--no-browser", "--ip=127.0.0.1",
                    "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
                    "--MappingKernelManager.kernel_info_timeout=10", "--notebook-dir=" + root));
            if ("root".equals(System.getProperty("user.name"))) {
                command.add("--allow-root");
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
            JupyterServer server = new JupyterServer(builder.start(), port, token);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!server.answers()) {
                if (!server.process.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException("Jupyter did not start on port " + port + ":\n"
                            + NotebookRunner.tail(log, 20) + "\n(full log: " + log + ")");
                }
                Thread.sleep(250);
            }
            return server;
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + "/" + path + "?token=" + token;
        }

        private boolean answers() {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("api/status")).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                return c.getResponseCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        }

        @Override
        public void close() throws InterruptedException {
            List<ProcessHandle> kernels = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            kernels.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Headless Chromium through chromedriver, both given by path: Selenium Manager never runs. */
    private static final class Browser implements AutoCloseable {

        final WebDriver driver;

        private Browser(WebDriver driver) {
            this.driver = driver;
        }

        static Browser start(Path chromium, Path chromedriver, Path profile) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            // This machine's network is closed: Chromium's background services would only fail.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                    .withLogFile(OUT.resolve("chromedriver.log").toFile()).build();
            return new Browser(new ChromeDriver(service, options));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
