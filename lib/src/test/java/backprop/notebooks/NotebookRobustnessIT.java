package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import backprop.activation.Activation;
import backprop.loss.Loss;
import backprop.network.Examples;
import backprop.notebooks.Notebook.Cell;
import backprop.notebooks.Notebook.Output;
import backprop.notebooks.NotebookRunner.Step;
import backprop.training.Training;
import backprop.training.TrainingRun;

/**
 * What students do to a notebook besides Run All once, each against the real kernel:
 * <ul>
 *   <li>Restart &amp; Run All again: every number, table and chart comes out the same;</li>
 *   <li>run cells again, or out of order: the same numbers;</li>
 *   <li>type a bad value into the Hyperparameters cell: Run All stops right there with one line that
 *       says what is wrong (no stack trace), in every notebook;</li>
 *   <li>pick a step size that diverges: the notebook still runs to the end, says "diverged at epoch N"
 *       and draws its charts;</li>
 *   <li>open a notebook before building the jar: the first cell names the command to run.</li>
 * </ul>
 * Sessions run in their own kernels, two at a time (-Dnotebooks.threads), in copies of the notebooks.
 */
class NotebookRobustnessIT {

    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path JARS = Path.of(System.getProperty("notebook.jars", "target/jars")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("robustness.out", "target/robustness")).toAbsolutePath();
    private static final int THREADS = Integer.getInteger("notebooks.threads", 2);
    /** The notebook that is run twice, out of order and into divergence: quick, and with tables and a chart. */
    private static final String SUBJECT = "06-exp3-relu.ipynb";
    private static final Pattern NOTEBOOK = Pattern.compile("\\d\\d-.*\\.ipynb");
    private static final String SETUP_COMMAND = "bash environment/setup.sh";

    private static final Pattern RATE = Pattern.compile("(?m)^(double learningRate = )[^;]+;");
    private static final Pattern EPOCHS = Pattern.compile("(?m)^(int\\[\\] epochs = )\\{[^}]*\\};");
    private static final Pattern INITIALISATION = Pattern.compile("(?m)^(Initialiser initialisation = )[^;]+;");
    private static final Pattern INPUT = Pattern.compile("(?m)^(double\\[\\] x = )[^;]+;");
    private static final Pattern FIRST_INPUT = Pattern.compile("(?m)^(double x1 = )[^,;]+");
    private static final Pattern A_NUMBER = Pattern.compile("(?m)^(double \\w+ = )[^,;]+");
    private static final Pattern LOSS = Pattern.compile("(?m)^(Loss loss = )[^;]+;");
    private static final Pattern DIVERGED = Pattern.compile("diverged at epoch (\\d+)");
    private static final double DIVERGING_RATE = 50;

    /** A bad value typed into the Hyperparameters cell, and what the one error must say. */
    private record BadValue(String what, Pattern line, String replacement, String mentions) {
    }

    private static final List<BadValue> BAD_VALUES = List.of(
            new BadValue("learningRate = -1", RATE, "$1-1;", "learningRate = -1.0"),
            new BadValue("epochs = \"ten\"", EPOCHS, "$1\"ten\";", "java.lang.String cannot be converted to int[]"),
            new BadValue("three initial weights for eight", INITIALISATION, "$1Initialiser.given(0.1, 0.2, 0.3);", "exactly 8"),
            new BadValue("three inputs for two input units", INPUT, "$1{0.5, 0.3, 0.1};", "x = [0.5, 0.3, 0.1]"),
            new BadValue("x1 = NaN", FIRST_INPUT, "$1Double.NaN", "x1 = NaN"),
            new BadValue("a string where a number belongs", A_NUMBER, "$1\"ten\"", "java.lang.String cannot be converted to double"));

    /** One bad value tried in one notebook: the steps of {@code group} in the bad-value session. */
    private record Case(String notebook, BadValue bad, int group) {
    }

    private static ExecutorService pool;
    private static Notebook subject;
    private static List<Step> clickedPlan;
    private static int runAllSteps;
    private static Future<Notebook> clicked;
    private static Future<Notebook> restarted;
    private static final List<Case> cases = new ArrayList<>();
    private static List<Step> badValuePlan;
    private static Future<Notebook> badValueRun;
    private static Future<Notebook> unbuilt;

    @BeforeAll
    static void startSessions() throws Exception {
        NotebookRunner runner = NotebookRunner.find();
        pool = Executors.newFixedThreadPool(Math.max(1, THREADS));
        subject = Notebook.load(NOTEBOOKS.resolve(SUBJECT));

        Path work = NotebookRunner.scratchCopy(OUT.resolve("work"), NOTEBOOKS, JARS, name -> true);
        clickedPlan = clickingPlan(subject);
        clicked = pool.submit(() -> runner.runCells(work.resolve(SUBJECT), work, OUT.resolve("clicked-" + SUBJECT), clickedPlan));
        Path restartDir = Files.createDirectories(OUT.resolve("restart"));
        restarted = pool.submit(() -> Notebook.load(runner.execute(work.resolve(SUBJECT), restartDir)));

        badValuePlan = badValuePlan(work);
        String first = allNotebooks().get(0);
        badValueRun = pool.submit(() -> runner.runCells(work.resolve(first), work, OUT.resolve("bad-values.ipynb"), badValuePlan));

        Path bare = NotebookRunner.scratchCopy(OUT.resolve("unbuilt"), NOTEBOOKS, null, name -> !name.endsWith(".ipynb") || name.equals(SUBJECT));
        List<Step> firstCells = subject.cells().stream().filter(Cell::isCode).limit(3).map(c -> Step.inGroup(1, c.number())).toList();
        unbuilt = pool.submit(() -> runner.runCells(bare.resolve(SUBJECT), bare, OUT.resolve("unbuilt-" + SUBJECT), firstCells));
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- the sessions' plans

    /**
     * Run All; then the Hyperparameters cell and a middle cell twice; the Hyperparameters cell, the
     * last cell and the middle cell once more (out of order); then, as a new Run All from the
     * Hyperparameters cell down, a step size that diverges with ReLU and cross-entropy.
     */
    private static List<Step> clickingPlan(Notebook notebook) {
        List<Step> plan = new ArrayList<>();
        notebook.cells().stream().filter(c -> c.isCode() && !c.isBlank()).forEach(c -> plan.add(Step.run(c.number())));
        runAllSteps = plan.size();
        int hyper = hyperparametersCell(notebook).number();
        int middle = middleCell(notebook).number();
        int last = lastNumberCell(notebook).number();
        plan.addAll(List.of(Step.run(hyper), Step.run(middle), Step.run(middle), Step.run(hyper), Step.run(last), Step.run(middle)));
        String diverging = replace(hyperparametersCell(notebook).source(), RATE, "$1" + DIVERGING_RATE + ";");
        diverging = replace(diverging, LOSS, "$1Loss.CROSS_ENTROPY;");
        plan.add(Step.edited(1, hyper, diverging));
        notebook.cells().stream().filter(c -> c.isCode() && !c.isBlank() && c.number() > hyper)
                .forEach(c -> plan.add(Step.inGroup(1, c.number())));
        return plan;
    }

    /**
     * Every notebook in turn, in ONE kernel (a kernel each would cost more than all the
     * cases): its cells above the Hyperparameters cell, then per bad value the edited Hyperparameters
     * cell and the cell after it, as a Run All from there would. Each notebook's check reads only the
     * variables its own Hyperparameters cell declares (NotebooksIT runs every notebook alone), so what
     * an earlier notebook left in the kernel cannot make a case pass.
     */
    private static List<Step> badValuePlan(Path work) throws IOException {
        List<Step> plan = new ArrayList<>();
        int group = 1;
        for (String name : allNotebooks()) {
            Notebook notebook = Notebook.load(NOTEBOOKS.resolve(name));
            Path copy = work.resolve(name);
            Cell hyper = hyperparametersCell(notebook);
            notebook.cells().stream().filter(c -> c.isCode() && c.number() < hyper.number())
                    .forEach(c -> plan.add(Step.run(c.number()).of(copy)));
            for (BadValue bad : BAD_VALUES) {
                if (bad.line().matcher(hyper.source()).find()) {
                    plan.add(Step.edited(group, hyper.number(), replace(hyper.source(), bad.line(), bad.replacement())).of(copy));
                    plan.add(Step.inGroup(group, hyper.number() + 1).of(copy));
                    cases.add(new Case(name, bad, group));
                    group++;
                }
            }
        }
        return plan;
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void restartAndRunAllTwiceGivesIdenticalOutputs() throws Exception {
        Notebook first = get(clicked);
        Notebook second = get(restarted);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < runAllSteps; i++) {
            Cell a = first.cells().get(i);
            Cell b = second.cells().get(clickedPlan.get(i).cell() - 1);
            String where = "cell " + clickedPlan.get(i).cell() + " [" + b.firstLine() + "]";
            NotebookComparison.errors(a).forEach(e -> problems.add(where + " failed in the first run: " + e));
            NotebookComparison.errors(b).forEach(e -> problems.add(where + " failed in the second run: " + e));
            if (!NotebookComparison.numbers(a).equals(NotebookComparison.numbers(b))) {
                problems.add(where + ": numbers " + NotebookComparison.numbers(a) + " then " + NotebookComparison.numbers(b));
            }
            if (!NotebookComparison.richKinds(a).equals(NotebookComparison.richKinds(b))) {
                problems.add(where + ": " + NotebookComparison.richKinds(a) + " then " + NotebookComparison.richKinds(b));
            }
            if (!images(a).equals(images(b))) {
                problems.add(where + ": the chart is not the same image in both runs");
            }
        }
        assertEquals(List.of(), problems, SUBJECT + ", two runs from a fresh kernel");
        assertFalse(images(first.cells().stream().toList()).isEmpty(), SUBJECT + " should draw a chart");
    }

    @Test
    void cellsRunAgainOrOutOfOrderGiveTheSameNumbers() throws Exception {
        Notebook run = get(clicked);
        Map<Integer, List<String>> inOrder = new LinkedHashMap<>();
        for (int i = 0; i < runAllSteps; i++) {
            inOrder.put(clickedPlan.get(i).cell(), NotebookComparison.numbers(run.cells().get(i)));
        }
        int checked = 0;
        for (int i = runAllSteps; i < clickedPlan.size() && clickedPlan.get(i).group() == 0; i++) {
            Step step = clickedPlan.get(i);
            Cell again = run.cells().get(i);
            assertEquals(List.of(), NotebookComparison.errors(again), "cell " + step.cell() + ", step " + (i + 1));
            assertEquals(inOrder.get(step.cell()), NotebookComparison.numbers(again),
                    "cell " + step.cell() + " run again (step " + (i + 1) + " of the session) shows other numbers");
            checked += NotebookComparison.numbers(again).isEmpty() ? 0 : 1;
        }
        assertTrue(checked >= 4, "only " + checked + " re-run cells had numbers to compare");
    }

    @TestFactory
    Stream<DynamicTest> aBadHyperparameterStopsRunAllWithOneLine() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : allNotebooks()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Notebook run = get(badValueRun);
                List<Case> mine = cases.stream().filter(c -> c.notebook().equals(name)).toList();
                assertTrue(mine.size() >= 1, name + ": its Hyperparameters cell holds no value this test knows how to spoil");
                List<String> problems = new ArrayList<>();
                for (Case c : mine) {
                    List<String> where = new ArrayList<>();
                    List<Output> errors = new ArrayList<>();
                    for (int i = 0; i < badValuePlan.size(); i++) {
                        if (badValuePlan.get(i).group() != c.group()) {
                            continue;
                        }
                        for (Output o : run.cells().get(i).outputs()) {
                            if (o.error() != null) {
                                errors.add(o);
                                where.add("cell " + badValuePlan.get(i).cell());
                            }
                        }
                    }
                    BadValue bad = c.bad();
                    if (errors.size() != 1) {
                        problems.add(bad.what() + ": " + errors.size() + " errors (" + where + "), expected one");
                        continue;
                    }
                    List<String> shown = errors.get(0).traceback().stream().map(NotebookRobustnessIT::plain)
                            .flatMap(String::lines).filter(l -> !l.isBlank()).toList();
                    String text = String.join("\n", shown);
                    if (!text.contains(bad.mentions())) {
                        problems.add(bad.what() + ": the error does not say \"" + bad.mentions() + "\":\n" + text);
                    }
                    if (shown.stream().anyMatch(l -> l.trim().startsWith("at "))) {
                        problems.add(bad.what() + ": the error shows stack frames:\n" + text);
                    }
                    if (shown.size() > 4) {
                        problems.add(bad.what() + ": the error takes " + shown.size() + " lines:\n" + text);
                    }
                }
                assertEquals(List.of(), problems, name);
            }));
        }
        return tests.stream();
    }

    @Test
    void everyNotebookChecksItsHyperparametersRightAway() throws IOException {
        for (String name : allNotebooks()) {
            Notebook notebook = Notebook.load(NOTEBOOKS.resolve(name));
            Cell hyper = hyperparametersCell(notebook);
            Cell next = notebook.cells().get(hyper.number());
            assertTrue(next.isCode() && next.source().strip().startsWith("Hyperparameters.check("),
                    name + ": the cell after the Hyperparameters cell should be the check, Hyperparameters.check()...");
            for (String variable : List.of("learningRate", "epochs", "initialisation")) {
                if (Pattern.compile("(?m)^\\S+ " + variable + " = ").matcher(hyper.source()).find()) {
                    assertTrue(next.source().contains("(" + variable + ")"), name + ": the check does not look at " + variable);
                }
            }
        }
    }

    @Test
    void aDivergingRunEndsWithItsEpochAndStillDrawsItsCharts() throws Exception {
        Notebook run = get(clicked);
        TrainingRun expected = Training.of(Examples.exercise(Activation.RELU)).data(Examples.EXERCISE_X, Examples.EXERCISE_Y)
                .loss(Loss.CROSS_ENTROPY).learningRate(DIVERGING_RATE).epochs(100).run();
        assertTrue(expected.diverged(), "the library no longer diverges at step " + DIVERGING_RATE);
        List<String> problems = new ArrayList<>();
        List<String> said = new ArrayList<>();
        List<Cell> charts = new ArrayList<>();
        for (int i = 0; i < clickedPlan.size(); i++) {
            if (clickedPlan.get(i).group() != 1) {
                continue;
            }
            Cell cell = run.cells().get(i);
            String where = "cell " + clickedPlan.get(i).cell() + " [" + cell.firstLine() + "]";
            if (cell.executionCount() == null) {
                problems.add(where + " never ran");
            }
            NotebookComparison.errors(cell).forEach(e -> problems.add(where + ": " + e));
            Matcher m = DIVERGED.matcher(shownText(cell));
            while (m.find()) {
                said.add(m.group());
            }
            if (!images(cell).isEmpty()) {
                charts.add(cell);
            }
        }
        assertEquals(List.of(), problems, SUBJECT + " with learningRate = " + DIVERGING_RATE + " and cross-entropy");
        assertTrue(said.contains("diverged at epoch " + expected.divergence().orElseThrow().epoch()),
                "the notebook should say \"diverged at epoch " + expected.divergence().orElseThrow().epoch() + "\"; it says " + said);
        long chartsBefore = subject.cells().stream().filter(c -> !images(c).isEmpty()).count();
        assertEquals(chartsBefore, charts.size(), "charts drawn in the diverging run");
        for (Cell chart : charts) {
            for (String png : images(chart)) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(png)));
                assertNotNull(image, "cell " + chart.number() + ": not a PNG");
                assertTrue(image.getWidth() > 100 && image.getHeight() > 100, "cell " + chart.number() + ": a tiny image");
                assertTrue(colours(image) > 2, "cell " + chart.number() + ": a blank image");
            }
        }
    }

    @Test
    void withoutTheBuildTheFirstCellNamesTheCommand() throws Exception {
        Notebook run = get(unbuilt);
        Cell setup = run.cells().get(0);
        String shown = shownText(setup);
        assertTrue(shown.contains(SETUP_COMMAND), "the setup cell should name `" + SETUP_COMMAND + "`; it shows:\n" + shown);
        long errors = run.cells().stream().mapToLong(c -> NotebookComparison.errors(c).size()).sum();
        assertEquals(1, errors, "errors: the setup cell's, and Run All stops there");
        assertEquals(1, NotebookComparison.errors(setup).size(), "the setup cell should stop Run All");
        assertTrue(run.cells().stream().skip(1).allMatch(c -> c.executionCount() == null), "cells after the setup cell ran");
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> allNotebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> NOTEBOOK.matcher(n).matches()).sorted().toList();
        }
    }

    /** The code cell under the "## Hyperparameters" heading. */
    static Cell hyperparametersCell(Notebook notebook) {
        List<Cell> cells = notebook.cells();
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (!cells.get(i).isCode() && cells.get(i).source().strip().startsWith("## Hyperparameters") && cells.get(i + 1).isCode()) {
                return cells.get(i + 1);
            }
        }
        throw new AssertionError(notebook.name() + " has no code cell under a \"## Hyperparameters\" heading");
    }

    /** Of the code cells after the Hyperparameters cell that show numbers, the one in the middle. */
    private static Cell middleCell(Notebook notebook) {
        List<Cell> shown = numberCells(notebook);
        return shown.get(shown.size() / 2);
    }

    private static Cell lastNumberCell(Notebook notebook) {
        List<Cell> shown = numberCells(notebook);
        return shown.get(shown.size() - 1);
    }

    private static List<Cell> numberCells(Notebook notebook) {
        int hyper = hyperparametersCell(notebook).number();
        List<Cell> shown = notebook.cells().stream()
                .filter(c -> c.isCode() && c.number() > hyper + 1 && !NotebookComparison.numbers(c).isEmpty()).toList();
        if (shown.size() < 3) {
            throw new AssertionError(notebook.name() + ": too few cells with numbers after the Hyperparameters cell");
        }
        return shown;
    }

    private static String replace(String source, Pattern line, String replacement) {
        Matcher m = line.matcher(source);
        if (!m.find()) {
            fail("no line matching " + line + " in\n" + source);
        }
        return m.replaceFirst(replacement);
    }

    private static List<String> images(Cell cell) {
        return images(List.of(cell));
    }

    private static List<String> images(List<Cell> cells) {
        return cells.stream().flatMap(c -> c.outputs().stream()).map(o -> o.data().get("image/png"))
                .filter(p -> p != null).map(p -> p.replaceAll("\\s", "")).toList();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight() && seen.size() < 3; y += 3) {
            for (int x = 0; x < image.getWidth() && seen.size() < 3; x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /** The text of a cell's streams and results (images left out). */
    private static String shownText(Cell cell) {
        StringBuilder text = new StringBuilder();
        for (Output o : cell.outputs()) {
            text.append(o.text()).append('\n');
            o.traceback().forEach(line -> text.append(plain(line)).append('\n'));
            o.data().forEach((mime, value) -> {
                if (mime.startsWith("text/")) {
                    text.append(value).append('\n');
                }
            });
        }
        return text.toString();
    }

    /** A traceback line as the reader sees it: without terminal colour codes. */
    private static String plain(String line) {
        return line.replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");
    }

    private static Notebook get(Future<Notebook> run) throws InterruptedException, IOException {
        try {
            return run.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new AssertionError(cause.getMessage(), cause);
        }
    }
}
