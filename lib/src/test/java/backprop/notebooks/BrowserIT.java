package backprop.notebooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.training.Training;
import backprop.training.TrainingRun;
import backprop.view.Numbers;

/**
 * What a student does, in a real browser: open experiment 3 in JupyterLab 4, change the learning rate in
 * the Hyperparameters cell with the keyboard, Run > Run All Cells, and read the new tables, chart and
 * sentences; a bad value stops Run All at the check cell; Run All twice is clean; and Notebook 7 opens and
 * runs the same notebook.
 *
 * <p>One `jupyter lab` of the project's environment (.venv) runs on 127.0.0.1 (free port, random token)
 * over a scratch copy of notebooks/ whose ../lib/target/jars leads to the build; its user settings come
 * from a scratch folder (JUPYTERLAB_SETTINGS_DIR): every cell attached to the page (windowingMode "none");
 * no news or update notifications comes from the environment itself (environment/lab-settings.json). Each test opens a fresh copy of the notebook in its own workspace
 * and shuts its kernel down afterwards. One headless Chromium (Debian's chromium and chromedriver, which
 * environment/setup.sh installs; -Dbrowser.chromium / -Dbrowser.chromedriver point elsewhere) serves all
 * tests. Screenshots: target/browser/*.png, and TEST-failure.png when a test fails.
 * -Dbrowser.skip=true skips the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path JARS = Path.of(System.getProperty("notebook.jars", "target/jars")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("browser.out", "target/browser")).toAbsolutePath();
    private static final String NOTEBOOK = "06-exp3-relu.ipynb";
    private static final String KERNEL_DISPLAY_NAME = "Java (jjava)";
    private static final double NEW_RATE = 3.0;
    private static final String BAD_RATE = "-1.0";
    private static final int[] EPOCHS = {1, 10, 50, 100};
    private static final Duration RUN_ALL_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern RATE_LINE = Pattern.compile("(double learningRate = )([-+0-9.eE]+)(;)");
    private static final Pattern COUNT = Pattern.compile("\\[(\\d+)\\]");

    private Notebook committed;
    private Notebook.Cell hyperparameters;
    private Notebook.Cell checkCell;
    private String committedRate;
    private Path work;
    private Path notebooks;
    private JupyterServer lab;
    private JupyterServer notebook7;
    private WebDriver driver;
    private String test = "BrowserIT";
    private long started = System.nanoTime();

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "-Dbrowser.skip=true");
        if (!Files.isRegularFile(JARS.resolve("backprop-lib.jar"))) {
            throw new AssertionError("no " + JARS + "/backprop-lib.jar: run  " + NotebookRunner.SETUP_COMMAND + "  (or mvn package) first");
        }
        committed = Notebook.load(NOTEBOOKS.resolve(NOTEBOOK));
        hyperparameters = committed.cells().stream().filter(c -> c.isCode() && RATE_LINE.matcher(c.source()).find()).findFirst()
                .orElseThrow(() -> new AssertionError(NOTEBOOK + " has no code cell with `double learningRate = ...;`"));
        checkCell = committed.cells().stream().filter(c -> c.isCode() && c.number() > hyperparameters.number()).findFirst()
                .orElseThrow(() -> new AssertionError(NOTEBOOK + " has no code cell after the Hyperparameters cell"));
        Matcher m = RATE_LINE.matcher(hyperparameters.source());
        m.find();
        committedRate = m.group(2);
        if (Double.parseDouble(committedRate) == NEW_RATE) {
            throw new AssertionError("the committed learning rate already is " + NEW_RATE + "; the test needs another one");
        }

        Files.createDirectories(OUT);
        try (var old = Files.newDirectoryStream(OUT, "*.png")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
        work = OUT.resolve("work");
        notebooks = NotebookRunner.scratchCopy(work, NOTEBOOKS, JARS, name -> name.equals(NOTEBOOK));
        Path settings = work.resolve("lab-settings");
        writeSetting(settings, "@jupyterlab/notebook-extension/tracker.jupyterlab-settings", "{\"windowingMode\": \"none\"}");
        String jupyter = NotebookRunner.find().jupyter();
        lab = JupyterServer.start(jupyter, "lab", notebooks, settings, work.resolve("lab-workspaces"), OUT.resolve("jupyter-lab.log"));
        driver = Chromium.start(1400, 1000, work.resolve("chromium-profile"), OUT.resolve("chromedriver.log"));
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        for (JupyterServer server : new JupyterServer[] {lab, notebook7}) {
            if (server != null) {
                server.close();
            }
        }
    }

    /** A fresh copy of the committed notebook for every test: what one test typed never reaches the next. */
    @BeforeEach
    void freshNotebook(TestInfo info) throws IOException {
        test = info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        started = System.nanoTime();
        Files.copy(NOTEBOOKS.resolve(NOTEBOOK), notebooks.resolve(NOTEBOOK), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Leaves the page (an edited notebook asks "leave the page?": accepted) and shuts the kernels down. */
    @AfterEach
    void closeNotebook() throws Exception {
        try {
            driver.get("about:blank");
        } catch (WebDriverException ignored) {
            // a prompt already handled by the accept policy
        }
        for (JupyterServer server : new JupyterServer[] {lab, notebook7}) {
            if (server != null) {
                server.shutDownSessions();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ tests

    @Test
    @Order(0)
    @SuppressWarnings("unchecked")
    void theEnvironmentAsksNoNewsQuestionAndChecksNoUpdates() {
        // The server folds the environment's overrides.json into the schema's defaults; the test's own user
        // settings leave these two alone, so the defaults are what a new student gets.
        Map<String, Object> plugin = (Map<String, Object>) Json.parse(
                lab.get("lab/api/settings/@jupyterlab/apputils-extension:notification"));
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) plugin.get("schema")).get("properties");
        assertEquals("false", ((Map<String, Object>) properties.get("fetchNews")).get("default"),
                "fetchNews' default (\"none\" asks every new student about Jupyter news)");
        assertEquals(Boolean.FALSE, ((Map<String, Object>) properties.get("checkForUpdates")).get("default"),
                "checkForUpdates' default");
    }

    @Test
    @Order(1)
    void editingTheLearningRateAndRunningAllChangesTablesChartAndSentences() throws Exception {
        openInLab();
        Page before = Page.read(driver);
        Expected old = expectedAt(Double.parseDouble(committedRate));
        check(before.shows(old.summaries()), "the committed outputs, with the runs at learning rate " + committedRate + ":\n"
                + old.summaries(), before.text());

        edit(hyperparameters.number(), committedRate, String.valueOf(NEW_RATE));
        screenshot(hyperparameters.number(), "lab-1-edited.png");

        runAll();
        Page after = Page.read(driver);
        check(after.errors().isEmpty(), "no error outputs after Run All", String.join("\n", after.errors()));
        check(after.unrun().isEmpty(), "every code cell ran (shows an execution count)", "not run: cells " + after.unrun());
        screenshot(after.imageCells().isEmpty() ? hyperparameters.number() : after.imageCells().get(0), "lab-1-chart-after-run-all.png");
        screenshot(after.statementsCell() > 0 ? after.statementsCell() : hyperparameters.number(), "lab-1-sentences-after-run-all.png");

        // Tables: as many as before, most recomputed, and the losses the library computes at the new rate.
        Expected now = expectedAt(NEW_RATE);
        check(before.tables().size() == after.tables().size() && !after.tables().isEmpty(),
                before.tables().size() + " HTML tables, as before Run All", after.tables().size() + " tables");
        long changed = IntStream.range(0, after.tables().size()).filter(i -> !after.tables().get(i).equals(before.tables().get(i))).count();
        check(changed >= after.tables().size() / 2, "at least half of the " + after.tables().size() + " tables changed",
                changed + " changed");
        check(after.shows(now.summaries()), "the summaries of the runs at learning rate " + NEW_RATE + " as the library computes them:\n"
                + now.summaries(), after.text());
        check(!after.shows(old.summaries()), "no summary of the runs at the old learning rate " + committedRate, after.text());
        for (LossAt loss : now.losses()) {
            check(after.tableText().contains(loss.loss()), "the loss " + loss.loss() + " of epoch " + loss.epoch() + " (" + loss.run()
                    + ", learning rate " + NEW_RATE + ") in a table", after.tableText());
        }

        // The chart: still there, redrawn, and decoded by the browser.
        check(!after.images().isEmpty() && after.images().size() == before.images().size(),
                before.images().size() + " chart image(s), as before", after.images().size() + " image(s)");
        for (int i = 0; i < after.images().size(); i++) {
            check(!after.images().get(i).equals(before.images().get(i)), "chart " + (i + 1) + " redrawn", "the same image as before Run All");
        }
        check(after.decodedImages() == after.images().size(), "every image decoded by the browser (naturalWidth > 0)",
                after.decodedImages() + " of " + after.images().size());

        // The sentences: regenerated from the new runs.
        check(after.shows(now.o1Sentence()), "the sentence \"" + now.o1Sentence() + "\"", after.statements());
        check(!after.statements().isBlank() && !after.statements().equals(before.statements()),
                "the generated sentences changed", after.statements());
    }

    @Test
    @Order(2)
    void runAllStopsAtTheFirstErrorAndRunsAgainOnceFixed() throws Exception {
        openInLab();
        Page before = Page.read(driver);
        List<Integer> withOutputs = before.cellsBelow(checkCell.number()).stream().filter(c -> !c.outputs().isEmpty())
                .map(Cell::number).toList();
        check(!withOutputs.isEmpty(), "committed outputs below the check cell (the stale outputs Run All must clear)", "none");

        edit(hyperparameters.number(), committedRate, BAD_RATE);
        runAll();
        Page stopped = Page.read(driver);
        screenshot(hyperparameters.number(), "lab-2-stopped-at-the-check-cell.png");
        Cell checked = stopped.cell(checkCell.number());
        check(checked.outputs().size() == 1 && checked.outputs().get(0).error() && checked.outputs().get(0).text().contains("learningRate"),
                "cell " + checkCell.number() + " (the check) shows one error naming learningRate", checked.describe());
        check(stopped.errors().size() == 1, "exactly one error output on the page", String.join("\n", stopped.errors()));
        for (Cell above : stopped.cells()) {
            if (above.code() && above.number() <= hyperparameters.number()) {
                check(above.count() != null, "cell " + above.number() + " above the error ran", above.describe());
            }
        }
        String below = stopped.cellsBelow(checkCell.number()).stream()
                .filter(c -> !c.outputs().isEmpty() || c.count() != null || c.prompt().contains("*"))
                .map(Cell::describe).collect(Collectors.joining("\n"));
        check(below.isEmpty(), "no output and no execution count in any cell below the check cell " + checkCell.number()
                + " (Run All stops at the first error; the stale outputs are cleared)", below);

        edit(hyperparameters.number(), BAD_RATE, committedRate);
        runAll();
        Page fixed = Page.read(driver);
        screenshot(hyperparameters.number(), "lab-2-fixed-and-run-again.png");
        check(fixed.errors().isEmpty(), "no error output once the value is fixed", String.join("\n", fixed.errors()));
        check(fixed.unrun().isEmpty(), "every code cell ran", "not run: cells " + fixed.unrun());
        List<Integer> missing = withOutputs.stream().filter(n -> fixed.cell(n).outputs().isEmpty()).toList();
        check(missing.isEmpty(), "outputs again in every cell that had them", "no output in cells " + missing);
        check(fixed.shows(expectedAt(Double.parseDouble(committedRate)).summaries()), "the runs at learning rate " + committedRate,
                fixed.text());
    }

    @Test
    @Order(3)
    void runAllTwiceIsClean() throws Exception {
        openInLab();
        runAll();
        Page first = Page.read(driver);
        check(first.errors().isEmpty(), "no error output after the first Run All", String.join("\n", first.errors()));
        int firstSetupCount = first.cell(firstCode().number()).count();

        runAll();
        Page second = Page.read(driver);
        screenshot(firstCode().number(), "lab-3-second-run-all-setup-cell.png");
        check(second.errors().isEmpty(), "no error output after the second Run All (in particular not in the setup cell "
                + firstCode().number() + ")", String.join("\n", second.errors()));
        check(second.unrun().isEmpty(), "every code cell ran again", "not run: cells " + second.unrun());
        Integer again = second.cell(firstCode().number()).count();
        check(again != null && again > firstSetupCount, "the setup cell ran a second time (count above " + firstSetupCount + ")",
                second.cell(firstCode().number()).describe());
        check(second.tableText().equals(first.tableText()), "the same tables as after the first Run All", second.tableText());
    }

    @Test
    @Order(4)
    void notebook7OpensAndRunsTheNotebook() throws Exception {
        if (notebook7 == null) {
            notebook7 = JupyterServer.start(NotebookRunner.find().jupyter(), "notebook", notebooks, work.resolve("lab-settings"),
                    work.resolve("notebook-workspaces"), OUT.resolve("jupyter-notebook.log"));
        }
        open(notebook7.url("notebooks/" + NOTEBOOK), notebook7);
        runAll();
        Page after = Page.read(driver);
        screenshot(after.imageCells().isEmpty() ? firstCode().number() : after.imageCells().get(0), "notebook7-after-run-all.png");
        check(after.errors().isEmpty(), "no error output in Notebook 7 after Run All", String.join("\n", after.errors()));
        check(after.unrun().isEmpty(), "every code cell ran in Notebook 7", "not run: cells " + after.unrun());
        check(after.decodedImages() > 0 && after.tables().size() > 0, "tables and a decoded chart",
                after.tables().size() + " tables, " + after.decodedImages() + " decoded images");
        check(after.shows(expectedAt(Double.parseDouble(committedRate)).summaries()), "the runs at learning rate " + committedRate,
                after.text());
    }

    // ---------------------------------------------------------------------------------------- the library

    /** One line of a training table: which run, which epoch, the loss as the table prints it. */
    private record LossAt(String run, String epoch, String loss) {
    }

    /** What experiment 3's first section shows at a learning rate, as the library computes it. */
    private record Expected(String summaries, List<LossAt> losses, String o1Sentence) {
    }

    /** The only place that calls the training API: the notebook's two runs (baseline sigmoid, variant ReLU) at {@code rate}. */
    private static Expected expectedAt(double rate) {
        List<TrainingRun> runs = new ArrayList<>();
        for (Activation activation : List.of(Activation.SIGMOID, Activation.RELU)) {
            runs.add(Training.of(Examples.exercise(activation)).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                    .loss(Loss.HALF_SUM_SQUARED).learningRate(rate).epochs(EPOCHS[EPOCHS.length - 1]).run());
        }
        List<LossAt> losses = new ArrayList<>();
        for (TrainingRun run : runs) {
            for (int epoch : EPOCHS) {
                losses.add(new LossAt(String.valueOf(run.initialNetwork().activation(1)), String.valueOf(epoch), Numbers.format(run.lossAt(epoch))));
            }
        }
        // As the notebook's Statements write them: numbers at 6 significant digits.
        String o1 = "o1 of the " + Activation.RELU + " network ends at " + Numbers.format(runs.get(1).last().o(1));
        List<String> summaries = new ArrayList<>();
        for (TrainingRun run : runs) {
            summaries.add(run.initialNetwork().activation(1) + ": " + run.epochsRun() + " of " + EPOCHS[EPOCHS.length - 1]
                    + " epochs, last loss " + Numbers.format(run.finalLoss()));
        }
        return new Expected(String.join(".\n", summaries) + ".", losses, o1);
    }

    // ------------------------------------------------------------------------------------------- the page

    private void openInLab() {
        open(lab.url("lab/workspaces/" + test + "/tree/" + NOTEBOOK), lab);
    }

    /**
     * Opens the notebook and waits until it is fully rendered (every cell, with its committed outputs)
     * and its kernel is "Java (jjava)" and connected and idle. Dialogs and notifications are dismissed.
     *
     * <p>JupyterLab shows a JJava kernel as "Unknown", not "Idle", until its first execution: it ignores
     * the status messages of kernel_info requests (page config untracked_message_types), and JJava does
     * not answer the history request after which ipykernel reports "idle". There the server's view of the
     * kernel (idle, with the page's connection) decides.
     */
    private void open(String url, JupyterServer server) {
        log("opening " + url.replaceAll("\\?token=.*", ""));
        driver.get(url);
        int cells = committed.cells().size();
        await("the notebook " + NOTEBOOK + " with all " + cells + " cells and their committed outputs", Duration.ofSeconds(60), () -> {
            dismissPopups();
            Page page = Page.read(driver);
            return page.cells().size() == cells && IntStream.range(0, cells).allMatch(i ->
                    committed.cells().get(i).outputs().isEmpty() || !page.cells().get(i).outputs().isEmpty());
        }, () -> Page.read(driver).summary());
        log("notebook rendered, kernel " + kernelStatus());
        await("the kernel \"" + KERNEL_DISPLAY_NAME + "\" connected and idle", Duration.ofSeconds(60), () -> {
            dismissPopups();
            if (!KERNEL_DISPLAY_NAME.equals(kernelName())) {
                return false;
            }
            String status = kernelStatus();
            return "idle".equals(status) || "unknown".equals(status) && server.kernelIdleAndConnected(NOTEBOOK);
        }, () -> "kernel \"" + kernelName() + "\", status \"" + kernelStatus() + "\"; server log: " + server.log);
        log("notebook open, kernel ready");
    }

    /** Closes dialogs (a kernel chooser is answered with its default, the notebook's own kernel) and notifications. */
    private void dismissPopups() {
        js("""
                for (const dialog of document.querySelectorAll('.jp-Dialog')) {
                  const kernelChoice = /select kernel/i.test(dialog.innerText);
                  const button = dialog.querySelector(kernelChoice ? '.jp-mod-accept' : '.jp-mod-reject, .jp-Dialog-close-button');
                  if (button) { console.warn('BrowserIT dismissed a dialog: ' + dialog.innerText); button.click(); }
                }
                document.querySelectorAll('.Toastify__close-button, .jp-Notification-Toast-Close').forEach(b => b.click());
                """);
    }

    private String kernelName() {
        return (String) js("const k = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName');"
                + " return k ? k.innerText.trim() : '';");
    }

    /** The notebook toolbar's execution indicator: idle, busy, unknown, connecting, starting, ... */
    private String kernelStatus() {
        return (String) js("const k = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');"
                + " return k ? k.getAttribute('data-status') : 'no indicator';");
    }

    /**
     * Keyboard only, as a student edits in CodeMirror 6: click into the line, Home, arrow right to the
     * number, shift+arrow over it, type the new value, Escape. Then checks what the editor holds.
     */
    private void edit(int cellNumber, String oldValue, String newValue) {
        WebElement cell = cellElement(cellNumber);
        WebElement line = cell.findElements(By.cssSelector(".jp-InputArea-editor .cm-line")).stream()
                .filter(l -> RATE_LINE.matcher(l.getText()).find()).findFirst()
                .orElseThrow(() -> failure("a line `double learningRate = ...;` in cell " + cellNumber, cell.getText()));
        js("arguments[0].scrollIntoView({block: 'center'});", line);
        int at = line.getText().indexOf("= " + oldValue + ";") + 2;
        check(at >= 2, "the line to read `= " + oldValue + ";`", line.getText());
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
        String source = Page.read(driver).cell(cellNumber).source();
        check(source.contains("double learningRate = " + newValue + ";") && !source.contains("= " + oldValue + ";"),
                "cell " + cellNumber + " to read `double learningRate = " + newValue + ";` after typing", source);
    }

    /**
     * Run > Run All Cells from the menu bar, then waits until the run started (a cell shows [*]) and
     * ended: no cell queued or running, the kernel idle, the first code cell with an execution count.
     */
    private void runAll() {
        int first = firstCode().number();
        driver.findElement(By.xpath("//div[contains(@class,'lm-MenuBar-itemLabel')][normalize-space()='Run']")).click();
        By item = By.xpath("//li[contains(@class,'lm-Menu-item')][.//div[contains(@class,'lm-Menu-itemLabel')][normalize-space()='Run All Cells']]");
        await("the menu item Run > Run All Cells", Duration.ofSeconds(10), () -> !driver.findElements(item).isEmpty(),
                () -> String.valueOf(js("return [...document.querySelectorAll('.lm-Menu-item')].map(i => i.innerText).join(' | ');")));
        driver.findElement(item).click();
        log("Run All clicked");
        await("Run All to start (a cell showing [*])", Duration.ofSeconds(30), Duration.ofMillis(50),
                () -> prompts().stream().anyMatch(p -> p.contains("*")), () -> Page.read(driver).summary());
        await("Run All to end: no cell showing [*], the kernel idle", RUN_ALL_TIMEOUT, Duration.ofMillis(250), () -> {
            List<String> prompts = prompts();
            return prompts.stream().noneMatch(p -> p.contains("*")) && COUNT.matcher(prompts.get(first - 1)).find()
                    && "idle".equals(kernelStatus());
        }, () -> "kernel status \"" + kernelStatus() + "\"\n" + Page.read(driver).summary());
        log("Run All done");
    }

    /** Every cell's prompt ("[3]:", "[*]:", "[ ]:", "" for markdown), cheaper to poll than {@link Page#read}. */
    @SuppressWarnings("unchecked")
    private List<String> prompts() {
        return (List<String>) js("const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');"
                + " return panel ? [...panel.querySelectorAll('.jp-Notebook .jp-Cell')].map(c =>"
                + " ((c.querySelector('.jp-InputArea-prompt') || {}).innerText || '').trim()) : [];");
    }

    /** Progress on the console: which step of which test, seconds since the test began. */
    private void log(String step) {
        System.out.printf(Locale.ROOT, "[BrowserIT] %s: %s at %.1f s%n", test, step, (System.nanoTime() - started) / 1e9);
    }

    private Notebook.Cell firstCode() {
        return committed.cells().stream().filter(Notebook.Cell::isCode).findFirst().orElseThrow();
    }

    private WebElement cellElement(int number) {
        return driver.findElements(By.cssSelector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")).get(number - 1);
    }

    /** The whole window, with cell {@code number} scrolled to the top. */
    private Path screenshot(int number, String name) throws IOException {
        js("arguments[0].scrollIntoView({block: 'start'});", cellElement(number));
        return screenshot(name);
    }

    private Path screenshot(String name) throws IOException {
        Path file = OUT.resolve(name);
        Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void check(boolean ok, String expected, String shown) {
        if (!ok) {
            throw failure(expected, shown);
        }
    }

    private void await(String expected, Duration timeout, Supplier<Boolean> condition, Supplier<String> shown) {
        await(expected, timeout, Duration.ofMillis(200), condition, shown);
    }

    private void await(String expected, Duration timeout, Duration poll, Supplier<Boolean> condition, Supplier<String> shown) {
        try {
            new WebDriverWait(driver, timeout, poll).until(d -> condition.get());
        } catch (TimeoutException e) {
            throw failure(expected + " (waited " + timeout.toSeconds() + " s)", shown.get());
        }
    }

    /** An assertion error saying what was expected, what the page showed, and where its screenshot is. */
    private AssertionError failure(String expected, String shown) {
        String where;
        try {
            where = screenshot(test + "-failure.png").toString();
        } catch (IOException | WebDriverException e) {
            where = "(no screenshot: " + e.getMessage() + ")";
        }
        String text = shown == null ? "" : shown.length() > 6000 ? shown.substring(0, 6000) + "\n[...]" : shown;
        return new AssertionError("Expected: " + expected + "\nThe page showed:\n" + text + "\nScreenshot: " + where);
    }

    // ------------------------------------------------------------------------------- what the page shows

    /** One output area: its mime type as the page renders it, its text, tables and images. */
    private record Output(String mime, String text, List<String> tables, List<String> images, int decoded) {

        /** JupyterLab renders error outputs (and stderr) as application/vnd.jupyter.stderr. */
        boolean error() {
            return mime.equals("application/vnd.jupyter.stderr");
        }
    }

    /** One cell as the page shows it: number counts all cells from 1, as in {@link Notebook}. */
    private record Cell(int number, boolean code, String prompt, String source, List<Output> outputs) {

        /** The execution count in the prompt ("[12]:"), or null ("[ ]:", "[*]:", none). */
        Integer count() {
            Matcher m = COUNT.matcher(prompt);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        String describe() {
            String first = source.lines().findFirst().orElse("");
            return "cell " + number + " " + (prompt.isEmpty() ? "" : prompt + " ") + "`" + (first.length() > 50 ? first.substring(0, 47) + "..." : first)
                    + "`: " + outputs.size() + " output(s)" + outputs.stream().map(o -> "\n    " + o.mime() + ": "
                    + o.text().strip().replaceAll("\\s+", " ").replaceAll("^(.{160}).+", "$1...")).collect(Collectors.joining());
        }
    }

    /** How the cell of sentences that follow the runs' numbers begins (notebook 06). */
    private static final String STATEMENTS = "o1 of the ";

    private record Page(List<Cell> cells) {

        private static final String READ = """
                const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
                if (!panel) return [];
                return [...panel.querySelectorAll('.jp-Notebook .jp-Cell')].map(c => ({
                  code: c.classList.contains('jp-CodeCell'),
                  prompt: ((c.querySelector('.jp-InputArea-prompt') || {}).innerText || '').trim(),
                  source: [...c.querySelectorAll('.jp-InputArea-editor .cm-line')].map(l => l.textContent).join('\\n'),
                  outputs: [...c.querySelectorAll('.jp-OutputArea-output')].map(o => ({
                    mime: o.getAttribute('data-mime-type') || '',
                    text: o.innerText,
                    tables: [...o.querySelectorAll('table')].map(t => t.innerText),
                    images: [...o.querySelectorAll('img')].map(i => i.src),
                    decoded: [...o.querySelectorAll('img')].filter(i => i.complete && i.naturalWidth > 0).length
                  }))
                }));
                """;

        @SuppressWarnings("unchecked")
        static Page read(WebDriver driver) {
            List<Map<String, Object>> raw = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(READ);
            List<Cell> cells = new ArrayList<>();
            for (Map<String, Object> c : raw) {
                List<Output> outputs = new ArrayList<>();
                for (Map<String, Object> o : (List<Map<String, Object>>) c.get("outputs")) {
                    outputs.add(new Output((String) o.get("mime"), (String) o.get("text"), (List<String>) o.get("tables"),
                            (List<String>) o.get("images"), ((Number) o.get("decoded")).intValue()));
                }
                cells.add(new Cell(cells.size() + 1, (Boolean) c.get("code"), (String) c.get("prompt"), (String) c.get("source"), outputs));
            }
            return new Page(cells);
        }

        Cell cell(int number) {
            return cells.get(number - 1);
        }

        List<Cell> cellsBelow(int number) {
            return cells.stream().filter(c -> c.code() && c.number() > number).toList();
        }

        private List<Output> outputs() {
            return cells.stream().flatMap(c -> c.outputs().stream()).toList();
        }

        String text() {
            return outputs().stream().map(Output::text).collect(Collectors.joining("\n"));
        }

        List<String> tables() {
            return outputs().stream().flatMap(o -> o.tables().stream()).toList();
        }

        String tableText() {
            return String.join("\n", tables());
        }

        List<String> images() {
            return outputs().stream().flatMap(o -> o.images().stream()).toList();
        }

        int decodedImages() {
            return outputs().stream().mapToInt(Output::decoded).sum();
        }

        List<Integer> imageCells() {
            return cells.stream().filter(c -> c.outputs().stream().anyMatch(o -> !o.images().isEmpty())).map(Cell::number).toList();
        }

        List<String> errors() {
            return cells.stream().filter(c -> c.outputs().stream().anyMatch(Output::error)).map(Cell::describe).toList();
        }

        /** Code cells without an execution count. */
        List<Integer> unrun() {
            return cells.stream().filter(c -> c.code() && c.count() == null).map(Cell::number).toList();
        }

        /** The generated sentences on where the runs end ("o1 of the relu network ends at ..."), or "". */
        String statements() {
            return outputs().stream().map(Output::text).filter(t -> t.strip().startsWith(STATEMENTS)).findFirst().orElse("");
        }

        int statementsCell() {
            return cells.stream().filter(c -> c.outputs().stream().anyMatch(o -> o.text().strip().startsWith(STATEMENTS)))
                    .mapToInt(Cell::number).findFirst().orElse(0);
        }

        /** Whether the page shows {@code expected}; text results arrive as HTML, so line breaks read as spaces. */
        boolean shows(String expected) {
            return oneLine(text()).contains(oneLine(expected));
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ");
        }

        /** One line per cell, for failure messages. */
        String summary() {
            return cells.isEmpty() ? "(no notebook on the page)" : cells.size() + " cells:\n"
                    + cells.stream().filter(Cell::code).map(Cell::describe).collect(Collectors.joining("\n"));
        }
    }

    // ---------------------------------------------------------------------------------- server and browser

    private static void writeSetting(Path settings, String file, String json) throws IOException {
        Path path = settings.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json + "\n");
    }

    /**
     * `jupyter lab` or `jupyter notebook` of the project's environment on 127.0.0.1, a free port and a
     * random token, with the given user settings and workspaces folders; stopped with its kernels.
     */
    private static final class JupyterServer implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        private final Process process;
        private final int port;
        private final String token;
        final Path log;

        private JupyterServer(Process process, int port, String token, Path log) {
            this.process = process;
            this.port = port;
            this.token = token;
            this.log = log;
        }

        static JupyterServer start(String jupyter, String app, Path root, Path settings, Path workspaces, Path log)
                throws IOException, InterruptedException {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            String token = UUID.randomUUID().toString().replace("-", "");
            List<String> command = new ArrayList<>(List.of(jupyter, app, "--no-browser", "--ip=127.0.0.1", "--port=" + port,
                    "--ServerApp.port_retries=0", "--IdentityProvider.token=" + token, "--ServerApp.root_dir=" + root));
            if ("root".equals(System.getProperty("user.name"))) {
                command.add("--allow-root");
            }
            Files.createDirectories(workspaces);
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            NotebookRunner.environment(builder);
            // Read by JupyterLab and Notebook 7 alike (jupyterlab_server): our settings, our workspaces.
            builder.environment().put("JUPYTERLAB_SETTINGS_DIR", settings.toString());
            builder.environment().put("JUPYTERLAB_WORKSPACES_DIR", workspaces.toString());
            builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
            JupyterServer server = new JupyterServer(builder.start(), port, token, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.get("api/status") == null) {
                if (!server.process.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException("jupyter " + app + " did not start on port " + port + ":\n"
                            + NotebookRunner.tail(log, 20) + "\n(full log: " + log + ")");
                }
                Thread.sleep(200);
            }
            return server;
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + "/" + path + "?token=" + token;
        }

        /** Whether the server sees the notebook's kernel idle, with at least one connection (the page). */
        @SuppressWarnings("unchecked")
        boolean kernelIdleAndConnected(String notebookPath) {
            String json = get("api/sessions");
            if (json == null) {
                return false;
            }
            for (Object o : (List<Object>) Json.parse(json)) {
                Map<String, Object> session = (Map<String, Object>) o;
                Map<String, Object> kernel = (Map<String, Object>) session.get("kernel");
                if (notebookPath.equals(session.get("path")) && kernel != null && "idle".equals(kernel.get("execution_state"))
                        && kernel.get("connections") instanceof Number n && n.intValue() > 0) {
                    return true;
                }
            }
            return false;
        }

        /** Deletes every session, which shuts its kernel down. */
        @SuppressWarnings("unchecked")
        void shutDownSessions() throws IOException, InterruptedException {
            String json = get("api/sessions");
            if (json == null) {
                return;
            }
            for (Object o : (List<Object>) Json.parse(json)) {
                String id = (String) ((Map<String, Object>) o).get("id");
                HTTP.send(request("api/sessions/" + id).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
                    .header("Authorization", "token " + token).timeout(Duration.ofSeconds(10));
        }

        /** The body of a GET, or null when the server does not answer 200. */
        private String get(String path) {
            try {
                HttpResponse<String> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? response.body() : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        @Override
        public void close() throws InterruptedException {
            List<ProcessHandle> kernels = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            kernels.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }
}
