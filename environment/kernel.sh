# shellcheck shell=bash
# Sourced by setup.sh: the Java kernel. pip puts JJava's kernelspec "java" into the environment
# ($VENV/share/jupyter/kernels/java); this makes it ours: the JDK the checks chose, the JVM options below,
# and environment/kernel/ (Run All stops at the first error) started directly, one JVM instead of
# JJava's launcher plus its kernel.

kernel_dir() {
    printf '%s/share/jupyter/kernels/%s' "$VENV" "$KERNEL_NAME"
}

ensure_kernel() {
    local spec jar classes json listed
    spec=$(kernel_dir)
    [ -f "$spec/jjava.jar" ] || die "JJava is not in $VENV ($spec/jjava.jar is missing): run this script again, or pip install -r environment/requirements.txt"
    jar="$spec/backprop-kernel.jar"
    if [ ! -f "$jar" ] || [ "$spec/jjava.jar" -nt "$jar" ] || [ -n "$(find "$ENV_DIR/kernel" -newer "$jar" -name '*.java' -print)" ]; then
        say "kernel: compiling environment/kernel against JJava"
        classes="$CACHE/kernel-classes"
        rm -rf "$classes"
        find "$ENV_DIR/kernel" -name '*.java' -print0 \
            | xargs -0 "$JAVA_HOME/bin/javac" --release 17 -nowarn -cp "$spec/jjava.jar" -d "$classes" \
            || die "javac failed on environment/kernel (JJava changed its API?)"
        "$JAVA_HOME/bin/jar" cf "$jar" -C "$classes" . || die "could not write $jar"
    fi
    json=$(kernel_json)
    if [ "$json" = "$(cat "$spec/kernel.json" 2>/dev/null)" ]; then
        say "kernel: '$KERNEL_NAME' up to date in $spec (Java $JAVA_MAJOR: $JAVA_BIN)"
    else
        printf '%s\n' "$json" > "$spec/kernel.json"
        say "kernel: installed '$KERNEL_NAME' in $spec (Java $JAVA_MAJOR: $JAVA_BIN)"
    fi
    # Read whole, then searched: grep -q would stop reading early, and pipefail would call that a failure.
    listed=$("$JUPYTER" kernelspec list 2>/dev/null || true)
    printf '%s\n' "$listed" | grep "^ *$KERNEL_NAME " >/dev/null \
        || die "the kernelspec was written but '$JUPYTER kernelspec list' does not show '$KERNEL_NAME'"
}

# JVM options, and why each is there:
#   java.awt.headless       charts are drawn off-screen: works without a display, and no window pops up
#   file/stdout.encoding    Java 17 takes the locale's charset, often ASCII on servers; notebooks are UTF-8
#   slf4j.internal.verbosity  Tablesaw's logging API would print a three-line warning into the first cell
#   TieredStopAtLevel=1     the quick (C1) JIT only: most of a cell's time is JShell compiling it, and the
#                           optimising JIT's warm-up competes for the CPU (see README, Speed)
#   UseSerialGC             one small heap, no GC threads per core: a class of kernels on one server
#   --add-opens jdk.jshell  what JJava's own launcher passes: JJava reaches into JShell's internals
#   sun-misc-unsafe-memory-access (Java 23+)  Tablesaw's classgraph calls sun.misc.Unsafe, and Java 24+
#                           prints four warning lines about it to the server's terminal at every start
kernel_json() {
    local java unsafe=""
    java=$(printf '%s' "$JAVA_BIN" | sed 's/\\/\\\\/g; s/"/\\"/g')
    [ "$JAVA_MAJOR" -ge 23 ] && unsafe='
    "--sun-misc-unsafe-memory-access=allow",'

    cat <<JSON
{
  "argv": [
    "$java",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Dstdout.encoding=UTF-8",
    "-Dslf4j.internal.verbosity=ERROR",
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",$unsafe
    "--add-opens",
    "jdk.jshell/jdk.jshell=ALL-UNNAMED",
    "-cp",
    "{resource_dir}/jjava.jar:{resource_dir}/backprop-kernel.jar",
    "backprop.kernel.StopOnErrorKernel",
    "{connection_file}"
  ],
  "display_name": "Java (jjava)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {},
  "metadata": {}
}
JSON
}
