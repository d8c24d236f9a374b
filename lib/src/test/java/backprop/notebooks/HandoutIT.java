package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The hand-out, as a teacher makes it and a student starts it: `bash environment/handout.sh OUT`, then
 * its zip unpacked into a fresh folder, `python3 start.py --setup-only` there (its own new .venv from PyPI,
 * pip's cache reused; the python3 on PATH outside the project's environment (-Dhandout.python); no Maven, no repository), and one
 * notebook (-Dhandout.notebook) executed from the unpacked folder headless through the kernel start.py
 * installed, with the bundle's own tools: no error, its charts drawn.
 */
class HandoutIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("handout.out", "target/handout")).toAbsolutePath();
    private static final String NOTEBOOK = System.getProperty("handout.notebook", "06-exp3-relu.ipynb");
    /** The python3 a student's shell would find: the first on PATH outside the project's environment. */
    private static final String PYTHON = System.getProperty("handout.python", onPath("python3", withoutProjectVenv(System.getenv("PATH"))));

    @Test
    void aStudentStartsFromTheZipWithPythonAndAJdkOnly() throws Exception {
        Files.createDirectories(OUT);
        Path made = OUT.resolve("made");
        run(List.of("bash", ROOT.resolve("environment/handout.sh").toString(), made.toString()), ROOT, Map.of(), OUT.resolve("handout.log"), 20);
        Path zip = made.resolve("backprop-notebooks.zip");
        assertTrue(Files.isRegularFile(zip), "no " + zip);
        assertTrue(Files.isDirectory(made.resolve("backprop-notebooks")), "no folder beside the zip");

        Path student = Files.createTempDirectory(OUT, "student-");
        unzip(zip, student);
        Path bundle = student.resolve("backprop-notebooks");
        List<String> problems = new ArrayList<>();
        for (String part : List.of("start.py", "README.md", "requirements.txt", "kernel/backprop-kernel.jar",
                "kernel/src/backprop/kernel/StopOnErrorKernel.java", "lib/target/jars/backprop-lib.jar", "tools/execute.py",
                "tools/handin.py", "tools/handin-index.py", "notebooks/" + NOTEBOOK)) {
            if (!Files.isRegularFile(bundle.resolve(part))) {
                problems.add("the hand-out has no " + part);
            }
        }
        try (var deps = Files.list(bundle.resolve("lib/target/jars/deps"))) {
            if (deps.noneMatch(p -> p.toString().endsWith(".jar"))) {
                problems.add("the hand-out has no dependency jars in lib/target/jars/deps");
            }
        }
        for (String absent : List.of("pom.xml", "mvnw", "lib/src", "environment", ".venv")) {
            if (Files.exists(bundle.resolve(absent))) {
                problems.add("the hand-out should not hold " + absent);
            }
        }
        try (var notebooks = Files.list(ROOT.resolve("notebooks"))) {
            long expected = notebooks.filter(p -> p.toString().endsWith(".ipynb")).count();
            try (var handedOut = Files.list(bundle.resolve("notebooks"))) {
                if (handedOut.count() != expected) {
                    problems.add("the hand-out does not hold every notebook of notebooks/");
                }
            }
        }
        assertEquals(List.of(), problems, "hand-out in " + bundle);

        // The student's machine: no project environment on PATH, no JUPYTER_PATH of ours.
        Map<String, String> clean = Map.of("PATH", withoutProjectVenv(System.getenv("PATH")));
        run(List.of(PYTHON, "start.py", "--setup-only"), bundle, clean, OUT.resolve("student-setup.log"), 20);
        Path venvPython = bundle.resolve(".venv/bin/python");
        assertTrue(Files.isExecutable(venvPython), "start.py made no .venv in the unpacked folder");
        assertTrue(Files.isRegularFile(bundle.resolve(".venv/share/jupyter/kernels/java/kernel.json")), "start.py installed no kernel");

        Path copy = bundle.resolve("notebooks").resolve(NOTEBOOK);
        Map<String, String> env = Map.of("PATH", bundle.resolve(".venv/bin") + ":" + clean.get("PATH"),
                "JUPYTER_PATH", bundle.resolve(".venv/share/jupyter").toString(), "JUPYTER_PLATFORM_DIRS", "1");
        run(List.of(venvPython.toString(), bundle.resolve("tools/execute.py").toString(), "--inplace", copy.toString()), bundle, env,
                OUT.resolve("student-execute.log"), 15);
        Notebook executed = Notebook.load(copy);
        long errors = executed.cells().stream().flatMap(c -> c.outputs().stream()).filter(o -> o.error() != null).count();
        long charts = executed.cells().stream().flatMap(c -> c.outputs().stream()).filter(o -> o.data().containsKey("image/png")).count();
        long codeCells = executed.cells().stream().filter(c -> c.isCode()).count();
        long ran = executed.cells().stream().filter(c -> c.isCode() && !c.outputs().isEmpty()).count();
        assertEquals(0, errors, NOTEBOOK + " from the hand-out has error outputs");
        assertTrue(charts > 0 && ran > codeCells / 2, NOTEBOOK + " from the hand-out drew " + charts + " charts, " + ran + " of " + codeCells + " code cells gave output");
    }

    private static String onPath(String program, String path) {
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program).toString();
            }
        }
        return program;
    }

    private static String withoutProjectVenv(String path) {
        List<String> kept = new ArrayList<>();
        for (String dir : path.split(":")) {
            if (!dir.startsWith(ROOT.resolve(".venv").toString())) {
                kept.add(dir);
            }
        }
        return String.join(":", kept);
    }

    private static void run(List<String> command, Path dir, Map<String, String> env, Path log, int minutes) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("JUPYTER_PATH");
        builder.environment().remove("VIRTUAL_ENV");
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes:\n" + NotebookRunner.tail(log, 30));
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + NotebookRunner.tail(log, 30));
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "the zip holds a path outside its folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".py")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }
}
