package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The kernel's side of "Run All stops at the first error" (environment/kernel/): the requests a front end
 * queued behind a failed one come back {@code aborted}, without output; a request sent afterwards runs.
 * The browser test checks the same in JupyterLab; this one speaks the protocol, so it names the kernel's fault.
 */
class RunAllStopsAtErrorIT {

    private static final Path DRIVER = Path.of(System.getProperty("basedir", "."), "src", "test", "python", "run_all_queued.py")
            .toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("robustness.out", "target/robustness")).toAbsolutePath();

    @Test
    @SuppressWarnings("unchecked")
    void requestsQueuedBehindAFailureAreAbortedAndLaterOnesRun() throws Exception {
        NotebookRunner runner = NotebookRunner.find();
        List<String> command = new ArrayList<>(List.of(runner.python(), DRIVER.toString(), NotebookComparison.KERNEL,
                Files.createDirectories(OUT).toString(),
                "int a = 1; a",
                "throw new IllegalArgumentException(\"learningRate must be > 0, got -1.0\");",
                "a + 1",
                "System.out.println(\"stale\"); a + 2"));
        Path log = OUT.resolve("run-all-queued.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false).redirectError(log.toFile());
        NotebookRunner.environment(builder);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the kernel did not answer in 3 minutes");
        assertEquals(0, process.exitValue(), "run_all_queued.py failed:\n" + NotebookRunner.tail(log, 20));

        Map<String, Object> result = (Map<String, Object>) Json.parse(out);
        assertEquals(List.of("ok", "error", "aborted", "aborted"), result.get("statuses"), "statuses of the queued cells");
        assertEquals(List.of(1.0, 1.0, 0.0, 0.0), result.get("outputs"), "outputs of the queued cells (result, error, none, none)");
        assertEquals("ok", result.get("later"), "a cell run after the aborted ones");
    }
}
