package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every notebook in notebooks/ through the real kernel and checks it against its committed
 * outputs (see {@link NotebookComparison}). Runs in `mvn verify` (failsafe), after the helper jar
 * the notebooks load has been packaged. Several notebooks run at once (-Dnotebooks.threads, default
 * 2): each has its own kernel JVM, and most of a run is JVM start-up and compilation.
 */
class NotebooksIT {

    private static final Path NOTEBOOKS = Path.of(System.getProperty("notebooks.dir", "../notebooks")).toAbsolutePath().normalize();
    private static final Path FRESH = Path.of(System.getProperty("notebooks.out", "target/notebooks")).toAbsolutePath();
    private static final int THREADS = Integer.getInteger("notebooks.threads", 2);
    private static final NotebookComparison COMPARISON = new NotebookComparison(
            Double.parseDouble(System.getProperty("notebooks.rtol", "1e-9")),
            Double.parseDouble(System.getProperty("notebooks.atol", "1e-12")));
    private static final String REFRESH = "bash environment/notebooks.sh --execute notebooks/";

    private static ExecutorService pool;

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndMatchesItsCommittedOutputs() throws Exception {
        NotebookRunner runner = NotebookRunner.find();
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebooks in " + NOTEBOOKS);
        Files.createDirectories(FRESH);
        pool = Executors.newFixedThreadPool(Math.max(1, THREADS));
        List<DynamicTest> tests = new ArrayList<>();
        for (Path notebook : notebooks) {
            Future<Path> fresh = pool.submit(() -> runner.execute(notebook, FRESH));
            tests.add(DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> check(notebook, fresh)));
        }
        return tests.stream();
    }

    private static void check(Path notebook, Future<Path> run) throws IOException, InterruptedException {
        Notebook committed = Notebook.load(notebook);
        List<String> problems = new ArrayList<>(COMPARISON.committedProblems(committed));
        try {
            Path fresh = run.get();
            problems.addAll(COMPARISON.compare(committed, Notebook.load(fresh)));
        } catch (ExecutionException e) {
            problems.add(e.getCause().getMessage());
        }
        if (!problems.isEmpty()) {
            String name = notebook.getFileName().toString();
            fail("notebooks/" + name + ":\n  - " + String.join("\n  - ", problems)
                    + "\nThe fresh run is in " + FRESH.resolve(name) + ". If the new outputs are right, refresh the"
                    + " committed ones with\n    " + REFRESH + name + "\nand commit the notebook.");
        }
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
