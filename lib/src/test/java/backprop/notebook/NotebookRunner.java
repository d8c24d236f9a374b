package backprop.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Executes a notebook headless with {@code jupyter nbconvert --execute}, through the kernel it names. */
final class NotebookRunner {

    static final String SETUP_COMMAND = "bash environment/setup.sh";
    private static final long TIMEOUT_MINUTES = 30;

    private final String jupyter;

    private NotebookRunner(String jupyter) {
        this.jupyter = jupyter;
    }

    /**
     * The runner for this machine: $JUPYTER (test.sh sets it), else jupyter on PATH, else Debian's.
     *
     * @throws IllegalStateException naming the setup command when Jupyter or the kernel is missing
     */
    static NotebookRunner find() throws InterruptedException {
        List<String> candidates = new ArrayList<>();
        String fromEnv = System.getenv("JUPYTER");
        if (fromEnv != null && !fromEnv.isBlank()) {
            candidates.add(fromEnv);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            candidates.add(Path.of(dir, "jupyter").toString());
        }
        candidates.add("/usr/bin/jupyter");
        for (String candidate : candidates) {
            if (!Files.isExecutable(Path.of(candidate))) {
                continue;
            }
            String kernels = run(List.of(candidate, "kernelspec", "list"));
            if (kernels == null) {
                continue;
            }
            if (!kernels.contains(NotebookComparison.KERNEL)) {
                throw new IllegalStateException("Jupyter (" + candidate + ") has no kernel '" + NotebookComparison.KERNEL
                        + "'. Run  " + SETUP_COMMAND + "  to install it, then run the tests again.");
            }
            return new NotebookRunner(candidate);
        }
        throw new IllegalStateException("Jupyter is not installed (no usable 'jupyter' command), so the notebooks "
                + "cannot be executed. Run  " + SETUP_COMMAND + "  to install Jupyter and the Java kernel, then run the tests again.");
    }

    /**
     * Executes {@code notebook} (in its own directory, so relative paths work) and writes the result
     * to {@code outDir}; errors in cells are kept as outputs, for the comparison to report by cell.
     *
     * @return the executed copy
     */
    Path execute(Path notebook, Path outDir) throws IOException, InterruptedException {
        String name = notebook.getFileName().toString();
        Path log = outDir.resolve(name.replace(".ipynb", ".log"));
        List<String> command = List.of(jupyter, "nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                "--ExecutePreprocessor.timeout=" + TimeUnit.MINUTES.toSeconds(TIMEOUT_MINUTES),
                "--ExecutePreprocessor.startup_timeout=120",
                "--output-dir", outDir.toString(), "--output", name, notebook.toString());
        int exit = start(command, log);
        if (exit != 0 && kernelNeverAnswered(log)) {
            // A kernelspec installed without environment/kernel-fix can miss its start; a second try usually works.
            exit = start(command, log);
        }
        if (exit != 0) {
            throw new IllegalStateException("jupyter nbconvert failed (exit " + exit + ") on " + name + ":\n"
                    + tail(log, 25) + "\n(full log: " + log + ")");
        }
        return outDir.resolve(name);
    }

    private static int start(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES + 2, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static boolean kernelNeverAnswered(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.contains("Kernel didn't respond") || text.contains("Kernel died before replying");
    }

    /** The last lines of a log, without the kernel's INFO lines, which say nothing about failures. */
    static String tail(Path log, int lines) throws IOException {
        List<String> kept = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.matches("^\\[\\d{4}-\\d\\d-\\d\\d [\\d:]+\\] \\[INFO.*")).toList();
        return String.join("\n", kept.subList(Math.max(0, kept.size() - lines), kept.size()));
    }

    /** Output of a short command, or null when it cannot run or fails. */
    private static String run(List<String> command) throws InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
