package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Executes a notebook headless with {@code jupyter nbconvert --execute}, through the kernel it names. */
final class NotebookRunner {

    static final String SETUP_COMMAND = "bash environment/setup.sh";
    private static final long TIMEOUT_MINUTES = 30;
    private static final Path DRIVER = Path.of(System.getProperty("basedir", "."), "src", "test", "python", "run_cells.py")
            .toAbsolutePath().normalize();

    private final String jupyter;

    private NotebookRunner(String jupyter) {
        this.jupyter = jupyter;
    }

    /**
     * The runner of the project's environment: $JUPYTER (test.sh sets it), else .venv/bin/jupyter.
     *
     * @throws IllegalStateException naming the setup command when Jupyter or the kernel is missing
     */
    static NotebookRunner find() throws InterruptedException {
        String fromEnv = System.getenv("JUPYTER");
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        String candidate = fromEnv != null && !fromEnv.isBlank() ? fromEnv : root.resolve(".venv/bin/jupyter").toString();
        String kernels = Files.isExecutable(Path.of(candidate)) ? run(List.of(candidate, "kernelspec", "list")) : null;
        if (kernels == null) {
            throw new IllegalStateException("Jupyter is not installed (" + candidate + " does not run), so the notebooks "
                    + "cannot be executed. Run  " + SETUP_COMMAND + "  to install Jupyter and the Java kernel, then run the tests again.");
        }
        if (!kernels.matches("(?s).*\\n\\s*" + NotebookComparison.KERNEL + "\\s.*")) {
            throw new IllegalStateException("Jupyter (" + candidate + ") has no kernel '" + NotebookComparison.KERNEL
                    + "'. Run  " + SETUP_COMMAND + "  to install it, then run the tests again.");
        }
        return new NotebookRunner(candidate);
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
        if (exit != 0) {
            throw new IllegalStateException("jupyter nbconvert failed (exit " + exit + ") on " + name + ":\n"
                    + tail(log, 25) + "\n(full log: " + log + ")");
        }
        return outDir.resolve(name);
    }

    private static int start(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES + 2, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /**
     * One step of a session driven cell by cell: code cell {@code cell} (numbered as in {@link Notebook})
     * of the session's notebook, or of {@code notebook} when that is not null, run as it is or with
     * {@code source} in its place. Steps of one {@code group} behave like Run All: after a step whose
     * output holds an error, the rest of its group is skipped.
     */
    record Step(Path notebook, int cell, String source, int group) {

        static Step run(int cell) {
            return new Step(null, cell, null, 0);
        }

        static Step inGroup(int group, int cell) {
            return new Step(null, cell, null, group);
        }

        static Step edited(int group, int cell, String source) {
            return new Step(null, cell, source, group);
        }

        /** The same step on a cell of another notebook, run in the same kernel. */
        Step of(Path other) {
            return new Step(other, cell, source, group);
        }
    }

    /**
     * Runs {@code steps} one after another in ONE kernel started in {@code workDir}, as a student
     * clicking through the notebook does (src/test/python/run_cells.py, with nbclient).
     *
     * @return one code cell per step, in order, with that run's outputs; a skipped step has no
     *         execution count
     */
    Notebook runCells(Path notebook, Path workDir, Path out, List<Step> steps) throws IOException, InterruptedException {
        Files.createDirectories(out.getParent());
        Path plan = out.resolveSibling(out.getFileName() + ".plan.json");
        StringBuilder json = new StringBuilder("{\"notebook\": ").append(jsonString(notebook.toAbsolutePath().toString()))
                .append(", \"cwd\": ").append(jsonString(workDir.toAbsolutePath().toString()))
                .append(", \"output\": ").append(jsonString(out.toAbsolutePath().toString()))
                .append(", \"timeout\": ").append(TimeUnit.MINUTES.toSeconds(TIMEOUT_MINUTES))
                .append(", \"steps\": [");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            json.append(i == 0 ? "" : ", ").append("{\"cell\": ").append(step.cell()).append(", \"group\": ").append(step.group());
            if (step.notebook() != null) {
                json.append(", \"notebook\": ").append(jsonString(step.notebook().toAbsolutePath().toString()));
            }
            if (step.source() != null) {
                json.append(", \"source\": ").append(jsonString(step.source()));
            }
            json.append('}');
        }
        Files.writeString(plan, json.append("]}\n"), StandardCharsets.UTF_8);
        Path log = out.resolveSibling(out.getFileName() + ".log");
        List<String> command = List.of(python(), DRIVER.toString(), plan.toString());
        int exit = start(command, log);
        if (exit != 0) {
            throw new IllegalStateException("run_cells.py failed (exit " + exit + ") on " + notebook.getFileName() + ":\n"
                    + tail(log, 25) + "\n(full log: " + log + ")");
        }
        return Notebook.load(out);
    }

    /**
     * A throwaway copy to run notebooks in, so that the committed ones are never touched:
     * {@code dir/notebooks} gets the files of {@code notebooks} whose names {@code include} accepts (the
     * notebooks and what they %load), and {@code dir/lib/target/jars} links to {@code jars}, so the
     * notebooks' {@code %jars ../lib/target/jars} finds the build; with {@code jars} null it is left
     * out, as in a project that was never built. Anything already in {@code dir} is deleted.
     *
     * @return {@code dir/notebooks}
     */
    static Path scratchCopy(Path dir, Path notebooks, Path jars, Predicate<String> include) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path copy = Files.createDirectories(dir.resolve("notebooks"));
        try (Stream<Path> files = Files.list(notebooks)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> include.test(f.getFileName().toString())).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        if (jars != null) {
            Files.createDirectories(dir.resolve("lib/target"));
            Files.createSymbolicLink(dir.resolve("lib/target/jars"), jars.toAbsolutePath());
        }
        return copy;
    }

    /** The Python beside this jupyter: the project's environment, which has nbclient. */
    String python() {
        return Path.of(jupyter).resolveSibling("python").toString();
    }

    /** The jupyter command this runner uses. */
    String jupyter() {
        return jupyter;
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The last lines of a log, without the kernel's INFO lines, which say nothing about failures. */
    static String tail(Path log, int lines) throws IOException {
        List<String> kept = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.matches("^\\[\\d{4}-\\d\\d-\\d\\d [\\d:]+\\] \\[INFO.*")).toList();
        return String.join("\n", kept.subList(Math.max(0, kept.size() - lines), kept.size()));
    }

    /**
     * Runs one of the Python drivers in src/test/python that speak Jupyter's protocol to a fresh kernel
     * (their last arguments: kernel name, working folder, then {@code args}); returns what it printed, the
     * one JSON line they write. Fails the test, with the end of its log, if it fails or takes 3 minutes.
     */
    Object driver(String script, String... args) throws IOException, InterruptedException {
        Path driver = Path.of(System.getProperty("basedir", "."), "src", "test", "python", script).toAbsolutePath().normalize();
        Path out = Files.createDirectories(Path.of(System.getProperty("robustness.out", "target/robustness")).toAbsolutePath());
        Path log = out.resolve(script.replace(".py", ".log"));
        List<String> command = new ArrayList<>(List.of(python(), driver.toString(), NotebookComparison.KERNEL, out.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        environment(builder);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES),
                script + ": the kernel did not answer in 3 minutes");
        assertEquals(0, process.exitValue(), script + " failed:\n" + tail(log, 20));
        return Json.parse(printed);
    }

    /** Jupyter's environment as test.sh sets it: our kernelspecs first, no warnings about folders. */
    static void environment(ProcessBuilder builder) {
        Path jupyterPath = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize().resolve(".venv/share/jupyter");
        builder.environment().putIfAbsent("JUPYTER_PATH", jupyterPath.toString());
        builder.environment().put("JUPYTER_PLATFORM_DIRS", "1");
    }

    /** Output of a short command, or null when it cannot run or fails. */
    private static String run(List<String> command) throws InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            environment(builder);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
