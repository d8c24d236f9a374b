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

/**
 * The hand-out as a teacher makes it and a student sets it up, made once per test JVM and shared by
 * {@link HandoutIT} and {@link HandoutToHandinIT}: {@code bash environment/handout.sh OUT/made} (the
 * student edition), its zip unpacked into a fresh folder, and {@code python3 start.py --setup-only} there
 * with the python3 a student's shell would find (-Dhandout.python), outside the project's environment:
 * start.py's own new .venv, pip install from PyPI (pip's cache reused, about a minute), no Maven, no
 * repository. The notebooks as handed out are also copied to {@link #handedOut()} (with links to the
 * bundle's jars and library source), so that tests may run them there while the student's own folder
 * stays theirs.
 */
final class StudentBundle {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path OUT = Path.of(System.getProperty("handout.out", "target/handout")).toAbsolutePath();
    /** The python3 a student's shell would find: the first on PATH outside the project's environment. */
    private static final String PYTHON = System.getProperty("handout.python", onPath("python3", withoutProjectVenv(System.getenv("PATH"))));

    private static StudentBundle made;

    private final Path zip;
    private final Path folder;

    private StudentBundle(Path zip, Path folder) {
        this.zip = zip;
        this.folder = folder;
    }

    /** The hand-out, made, unpacked and set up by the first test that asks. */
    static synchronized StudentBundle get() throws IOException, InterruptedException {
        if (made == null) {
            Files.createDirectories(OUT);
            Path into = OUT.resolve("made");
            run(List.of("bash", ROOT.resolve("environment/handout.sh").toString(), into.toString()), ROOT, Map.of(), OUT.resolve("handout.log"), 20);
            Path zip = into.resolve("backprop-notebooks.zip");
            assertTrue(Files.isRegularFile(zip), "no " + zip);
            Path student = Files.createTempDirectory(OUT, "student-");
            unzip(zip, student);
            StudentBundle bundle = new StudentBundle(zip, student.resolve("backprop-notebooks"));
            NotebookRunner.scratchCopy(bundle.handedOut().getParent(), bundle.folder.resolve("notebooks"),
                    bundle.folder.resolve("lib/target/jars"), name -> true);
            Files.createSymbolicLink(bundle.handedOut().resolveSibling("lib/src"), bundle.folder.resolve("lib/src"));
            bundle.python(List.of("start.py", "--setup-only"), "student-setup.log", 20);
            made = bundle;
        }
        return made;
    }

    Path zip() {
        return zip;
    }

    /** The unpacked folder, backprop-notebooks/, as the student has it. */
    Path folder() {
        return folder;
    }

    /** A copy of the notebooks as handed out, where ../lib/target/jars and ../lib/src lead into the bundle. */
    Path handedOut() {
        return OUT.resolve("handed-out/notebooks");
    }

    /** The student's machine: no project environment on PATH, no JUPYTER_PATH of ours. */
    Map<String, String> studentEnvironment() {
        return Map.of("PATH", withoutProjectVenv(System.getenv("PATH")));
    }

    /** As {@link #studentEnvironment()}, inside the .venv that start.py made (its jupyter, its kernel). */
    Map<String, String> venvEnvironment() {
        return Map.of("PATH", folder.resolve(".venv/bin") + ":" + studentEnvironment().get("PATH"),
                "JUPYTER_PATH", folder.resolve(".venv/share/jupyter").toString(), "JUPYTER_PLATFORM_DIRS", "1");
    }

    /** {@code python3 ARGS...} in the unpacked folder, as the student types it; fails the test if it fails. */
    void python(List<String> args, String log, int minutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(args);
        run(command, folder, studentEnvironment(), OUT.resolve(log), minutes);
    }

    /** A program of the .venv start.py made (python, jupyter), in the unpacked folder. */
    void venv(String program, List<String> args, String log, int minutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(folder.resolve(".venv/bin").resolve(program).toString()));
        command.addAll(args);
        run(command, folder, venvEnvironment(), OUT.resolve(log), minutes);
    }

    static void run(List<String> command, Path dir, Map<String, String> env, Path log, int minutes) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("JUPYTER_PATH");
        builder.environment().remove("VIRTUAL_ENV");
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes:\n" + NotebookRunner.tail(log, 30));
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + NotebookRunner.tail(log, 30));
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
