package backprop.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * environment/notebooks.sh as a student meets it: started twice it points at the running JupyterLab instead of
 * starting a second one; a busy port is named; the server's terminal is not flooded by the kernel's logging;
 * a notebook that fails under --execute is reported by its cell and error, without a Python traceback.
 */
class NotebooksScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = ROOT.resolve("notebooks");
    private static final Path JARS = Path.of(System.getProperty("notebook.jars", "target/jars")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("robustness.out", "target/robustness")).toAbsolutePath().resolve("script");
    private static final String SCRIPT = ROOT.resolve("environment/notebooks.sh").toString();

    @Test
    void aBusyPortIsNamedAndASecondStartPointsAtTheRunningServer() throws Exception {
        Files.createDirectories(OUT);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result busy = run(List.of(SCRIPT, "--port", String.valueOf(taken.getLocalPort())), OUT.resolve("busy.log"));
            assertNotEquals(0, busy.exit, "notebooks.sh on a busy port should fail:\n" + busy.output);
            assertTrue(busy.output.contains("port " + taken.getLocalPort() + " is taken"), busy.output);
        }

        Assumptions.assumeFalse(serverAlreadyRunning(), "a JupyterLab of this checkout already serves notebooks/ (a developer's)");
        int port = freePort();
        String token = UUID.randomUUID().toString();
        Path log = OUT.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(SCRIPT, "--no-browser", "--port=" + port, "--ServerApp.token=" + token)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        NotebookRunner.environment(builder);
        Process server = builder.start();
        try {
            waitForServer(port, token, server, log);
            Result again = run(List.of(SCRIPT, "--no-browser"), OUT.resolve("again.log"));
            assertEquals(0, again.exit, "the second notebooks.sh should only point at the first:\n" + again.output);
            assertTrue(again.output.contains("already running") && again.output.contains(":" + port + "/")
                    && again.output.contains(token), "the second start should give the running server's URL:\n" + again.output);

            // A kernel started as the page would: its start-up must not write the kernel's INFO logging to the terminal.
            startKernel(port, token);
            String terminal = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(terminal.contains("org.dflib") || terminal.contains("INFO: "),
                    "the kernel's logging reached the server's terminal:\n" + terminal);
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aNotebookThatFailsUnderExecuteIsNamedByItsCellAndError() throws Exception {
        Path work = NotebookRunner.scratchCopy(OUT.resolve("execute"), NOTEBOOKS, JARS, name -> name.equals("06-exp3-relu.ipynb"));
        Path notebook = work.resolve("06-exp3-relu.ipynb");
        String text = Files.readString(notebook, StandardCharsets.UTF_8);
        String broken = text.replaceFirst("double learningRate = [-+0-9.eE]+;", "double learningRate = -1.0;");
        assertNotEquals(text, broken, "no `double learningRate = ...;` in notebook 06");
        Files.writeString(notebook, broken, StandardCharsets.UTF_8);

        Result result = run(List.of(SCRIPT, "--execute", notebook.toString()), OUT.resolve("execute.log"));

        assertNotEquals(0, result.exit, result.output);
        assertTrue(result.output.contains("FAILED  06-exp3-relu: cell "), result.output);
        assertTrue(result.output.contains("learningRate"), "the kernel's message should name the parameter:\n" + result.output);
        assertFalse(result.output.contains("Traceback (most recent call last)"), "a Python traceback:\n" + result.output);
        assertEquals(broken, Files.readString(notebook, StandardCharsets.UTF_8), "a failed notebook must stay as it was");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of("bash"))).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.command().addAll(command);
        NotebookRunner.environment(builder);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), command + " did not finish in 5 minutes");
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean serverAlreadyRunning() throws IOException, InterruptedException {
        String jupyter = NotebookRunner.find().jupyter();
        Result list = run(List.of("-c", "\"$0\" server list --json", jupyter), OUT.resolve("list.log"));
        return list.output.contains("\"root_dir\": \"" + NOTEBOOKS + "\"");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitForServer(int port, String token, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "notebooks.sh stopped:\n" + Files.readString(log, StandardCharsets.UTF_8));
            try {
                if (request("GET", port, "/api/status", token) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("JupyterLab did not answer on port " + port + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void startKernel(int port, String token) throws Exception {
        assertEquals(201, request("POST", port, "/api/kernels", token), "POST /api/kernels");
        Thread.sleep(5000);   // the kernel's start-up messages, if any, are written by then
    }

    private static int request(String method, int port, String path, String token) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", "token " + token);
        if (method.equals("POST")) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.getOutputStream().write("{\"name\": \"java\"}".getBytes(StandardCharsets.UTF_8));
        }
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
