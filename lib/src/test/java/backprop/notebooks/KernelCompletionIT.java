package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The kernel holds JShell's class-name indexer (environment/kernel/: it costs a class server about 25 MB and
 * a busy thread per kernel), and Tab completion of members and of the student's own names still works.
 */
class KernelCompletionIT {

    private static final Path DRIVER = Path.of(System.getProperty("basedir", "."), "src", "test", "python", "kernel_completion.py")
            .toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("robustness.out", "target/robustness")).toAbsolutePath();

    @Test
    @SuppressWarnings("unchecked")
    void completionWorksWithTheImportIndexHeld() throws Exception {
        NotebookRunner runner = NotebookRunner.find();
        Path log = Files.createDirectories(OUT).resolve("kernel-completion.log");
        ProcessBuilder builder = new ProcessBuilder(runner.python(), DRIVER.toString(), NotebookComparison.KERNEL, OUT.toString())
                .redirectError(log.toFile());
        NotebookRunner.environment(builder);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the kernel did not answer in 3 minutes");
        assertEquals(0, process.exitValue(), "kernel_completion.py failed:\n" + NotebookRunner.tail(log, 20));

        Map<String, Object> result = (Map<String, Object>) Json.parse(out);
        assertTrue(((List<String>) result.get("member")).contains("max("), "completions of Math.ma: " + result.get("member"));
        assertEquals(List.of("learningRate"), result.get("variable"), "completions of learningR");
        assertEquals("held", result.get("indexer"), "JShell's indexer thread: should wait, held by the kernel");
    }
}
