package backprop.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.List;
import java.util.Map;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.kernel.JavaKernel;
import org.dflib.jjava.kernel.magics.ClasspathMagic;
import org.dflib.jjava.kernel.magics.LoadMagic;
import org.dflib.jjava.kernel.magics.TimeMagic;
import org.dflib.jjava.maven.MavenDependencyResolver;
import org.dflib.jjava.maven.magics.MavenMagic;
import org.dflib.jjava.maven.magics.MavenRepoMagic;

/**
 * The JJava kernel (PyPI {@code jjava}) with three changes a notebook user expects from every Jupyter kernel,
 * and one that a class of them sharing a server needs.
 *
 * <ul>
 *   <li><b>JupyterLab shows the kernel idle on connecting</b>, not "Unknown": JJava leaves the history
 *       request JupyterLab sends first unanswered.</li>
 *   <li><b>Run All stops at the first error.</b> The front end sends every cell's execute request at once,
 *       with {@code stop_on_error: true}. JJava 1.0a8 parses that flag but runs every queued request anyway,
 *       so the cells below a failed one print stack traces and stale results. Here, after a request with
 *       {@code stop_on_error} fails, the execute requests already waiting in the shell socket are answered
 *       {@code status: aborted} without running, as ipykernel does; the first request that arrives after
 *       the queue ran empty runs normally again.</li>
 *   <li><b>No class-name index of the JDK and every jar.</b> JShell builds one in a background thread when it
 *       starts and again after every {@code %classpath}, only to suggest imports for unknown names and to
 *       complete package names in an import; on the 2 cores a class shares, that thread competes with the
 *       cells, and its index stays in the heap (about 25 MB with the helper jar's dependencies, measured by
 *       environment/measure.sh). Completion of names in scope and of members ({@code Math.ma}, {@code
 *       run.}) does not use it and keeps working.</li>
 *   <li><b>The JVM ends when the kernel does.</b> JJava leaves a non-daemon thread behind after a
 *       shutdown request, so the process lingered about 2.5 s, which every headless run paid.</li>
 * </ul>
 *
 * <p>Everything else is JJava's own start-up, through its public builder, with the magics JJava 1.0a8
 * registers. Upstream, the stop-on-error change belongs in {@code BaseKernel.handleExecuteRequest}.
 */
public final class StopOnErrorKernel {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StopOnErrorKernel CONNECTION_FILE");
        }
        // JJava logs every message it handles at INFO into the Jupyter server's terminal (and the connection key).
        Logger.getLogger("").setLevel(Level.WARNING);
        var properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        var connection = new AbortingConnection(properties);

        var maven = new MavenDependencyResolver();
        var time = new TimeMagic();
        JavaKernel kernel = JavaKernel.builder()
                .name("JJava")
                .version(jjavaVersion())
                .extensionsEnabled(true)
                .lineMagic("load", new LoadMagic())
                .lineMagic("classpath", new ClasspathMagic())
                .lineMagic("time", time)
                .lineMagic("maven", new MavenMagic(maven))
                .lineMagic("mavenRepo", new MavenRepoMagic(maven))
                .cellMagic("time", time)
                .build();
        withoutImportIndex(kernel.getJShell());
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        // JJava keeps no history and then sends no reply at all; JupyterLab waits for that reply (and the
        // idle status around it) before it shows the kernel as idle instead of "Unknown".
        connection.setHandler(MessageType.HISTORY_REQUEST, (env, message) -> {
            env.setBusyDeferIdle();
            env.reply(new HistoryReply(List.of()));
        });
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /**
     * Holds JShell's class-name indexer before it starts (its own suspend/resume count, which JShell uses
     * around completions, so the indexer never resumes). The method is JDK-internal: on a JDK without it the
     * kernel starts as JJava's would, only with the index.
     */
    private static void withoutImportIndex(jdk.jshell.JShell shell) {
        var analysis = shell.sourceCodeAnalysis();
        try {
            var suspend = analysis.getClass().getMethod("suspendIndexing");
            suspend.setAccessible(true);
            suspend.invoke(analysis);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Logger.getLogger(StopOnErrorKernel.class.getName()).fine("JShell's import index stays on: " + e);
        }
    }

    private static String jjavaVersion() throws java.io.IOException {
        var properties = new Properties();
        try (var in = JavaKernel.class.getResourceAsStream("/META-INF/maven/org.dflib.jjava/jjava-distro/pom.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "");
    }

    /** A connection that remembers whether the last execute request failed, and aborts what queued behind it. */
    private static final class AbortingConnection extends JupyterConnection {

        private static final String EXECUTE_REPLY = MessageType.EXECUTE_REPLY.getName();

        /** Set by the reply environment when the request being handled replies with an error. */
        private boolean failed;
        /** True from a failed stop_on_error request until the shell socket holds no more requests. */
        private boolean aborting;

        AbortingConnection(KernelConnectionProperties properties) throws Exception {
            super(properties);
        }

        @Override
        public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext context) {
            return new ShellReplyEnvironment(channel, stdin, iopub, context) {
                @Override
                public void replyError(MessageType<?> type, ErrorReply error) {
                    failed |= EXECUTE_REPLY.equals(type.getName());
                    super.replyError(type, error);
                }
            };
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> ShellHandler<T> getHandler(MessageType<T> type) {
            ShellHandler<T> handler = super.getHandler(type);
            if (handler == null || type != MessageType.EXECUTE_REQUEST) {
                return handler;
            }
            ShellHandler<ExecuteRequest> execute = (ShellHandler<ExecuteRequest>) handler;
            return (ShellHandler<T>) (ShellHandler<ExecuteRequest>) (env, message) -> {
                if (aborting) {
                    env.setBusyDeferIdle();
                    env.reply(new Message(message, MessageType.EXECUTE_REPLY, Map.of("status", "aborted")));
                } else {
                    failed = false;
                    execute.handle(env, message);
                    aborting = failed && message.getContent().shouldStopOnError();
                }
                // Only what was queued behind the failure is aborted: once the socket is empty, a request
                // the user sends later runs.
                if (aborting && !requestsWaiting()) {
                    aborting = false;
                }
            };
        }

        private boolean requestsWaiting() {
            return (shell.getEvents() & org.dflib.jjava.shaded.org.zeromq.ZMQ.Poller.POLLIN) != 0;
        }
    }
}
