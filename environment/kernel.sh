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
    ensure_kernel_cds "$spec"
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

# Class-data sharing (CDS): an archive of the classes every kernel start loads (JJava, JShell, javac, AWT),
# written once per JDK by environment/kernel-cds.py and mapped by every start: see the README, Speed and
# memory. Sets KERNEL_CDS to the archive's file name in the kernelspec folder, or to nothing when there is
# none; a failure only costs speed (the kernel runs without it), so it warns and carries on. Idempotent:
# written again only when the JDK, JJava or environment/kernel changed (the archive's name holds the JDK's
# path and version, and the JVM ignores an archive whose class path changed: -Xshare:auto).
ensure_kernel_cds() {
    local spec=$1 name
    name="cds-$(printf '%s %s' "$JAVA_BIN" "$("$JAVA_BIN" -version 2>&1)" | cksum | cut -d ' ' -f 1).jsa"
    KERNEL_CDS=""
    find "$spec" -maxdepth 1 -name 'cds-*.jsa' ! -name "$name" -delete
    if [ -s "$spec/$name" ] && [ -z "$(find "$JAVA_BIN" "$spec/jjava.jar" "$spec/backprop-kernel.jar" -newer "$spec/$name" -print)" ]; then
        KERNEL_CDS=$name
        return 0
    fi
    rm -f "$spec/$name"
    # The archive is written by a kernel started from kernel.json: the current options, without an archive.
    kernel_json > "$spec/kernel.json"
    say "kernel: writing its class-data archive for Java $JAVA_MAJOR (one kernel run, about 10 s)"
    mkdir -p "$CACHE/logs"
    if "$PYTHON" "$ENV_DIR/kernel-cds.py" "$spec" "$spec/$name" >"$CACHE/logs/kernel-cds.log" 2>&1 && [ -s "$spec/$name" ]; then
        KERNEL_CDS=$name
    else
        tail -n 5 "$CACHE/logs/kernel-cds.log" >&2
        say "WARNING: no class-data archive (log: environment/.cache/logs/kernel-cds.log); the kernel works, it only starts slower"
    fi
}

# JVM options (environment/kernel/jvm-options.txt), and why each is there:
#   java.awt.headless       charts are drawn off-screen: works without a display, and no window pops up
#   file/stdout.encoding    Java 17 takes the locale's charset, often ASCII on servers; notebooks are UTF-8
#   slf4j.internal.verbosity  Tablesaw's logging API would print a three-line warning into the first cell
#   TieredStopAtLevel=1     the quick (C1) JIT only: most of a cell's time is JShell compiling it, and the
#                           optimising JIT's warm-up competes for the CPU (see README, Speed)
#   UseSerialGC             one small heap, no GC threads per core: a class of kernels on one server
#   Xms48m Xmn8m Xmx256m, Min/MaxHeapFreeRatio 10/30   the young generation stays small (every page of it
#                           is touched on each cycle); the heap starts at 48 MB, about what a Run All's live
#                           data reaches (from 16 MB it grew in small steps, each a full GC: 13 of them, 0.4 s,
#                           in notebook 13), grows only as needed and gives memory back at a full GC; 256 MB
#                           caps a runaway cell (live data after the largest notebook: about 33 MB)
#   TrimNativeHeapInterval  returns glibc's freed native memory every 2 s (when the JDK has the option)
#   SharedArchiveFile, Xshare:auto, Xlog:cds*=off   the class-data archive above, if there is one; a
#                           missing, stale or foreign archive is skipped silently and the kernel starts
#   MALLOC_ARENA_MAX=2      fewer glibc malloc arenas (one per thread otherwise): less native memory
#   (README, Speed and memory, has the measurements behind these: bash environment/measure.sh)
#   --add-opens jdk.jshell  what JJava's own launcher passes: JJava reaches into JShell's internals
#   sun-misc-unsafe-memory-access (Java 23+)  Tablesaw's classgraph calls sun.misc.Unsafe, and Java 24+
#                           prints four warning lines about it to the server's terminal at every start
#
# The options of environment/kernel/jvm-options.txt for this JDK, each as a kernel.json argv line: "23+" ones
# only on Java 23+, "?" ones only where this JDK accepts them (a JDK 17 older than 17.0.9, say, refuses
# -XX:TrimNativeHeapInterval, and an unknown option would stop the kernel from starting).
jvm_options() {
    local line option
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            '#'* | '') continue ;;
            '23+ '*) option=${line#'23+ '}; [ "$JAVA_MAJOR" -ge 23 ] || continue ;;
            '? '*) option=${line#'? '}; "$JAVA_BIN" "$option" -version >/dev/null 2>&1 || continue ;;
            *) option=$line ;;
        esac
        printf '    "%s",\n' "$option"
    done < "$ENV_DIR/kernel/jvm-options.txt"
}

kernel_json() {
    local java cds=""
    java=$(printf '%s' "$JAVA_BIN" | sed 's/\\/\\\\/g; s/"/\\"/g')
    # The class-data archive is this machine's own (ensure_kernel_cds), so it is not in jvm-options.txt.
    [ -z "${KERNEL_CDS:-}" ] || cds='
    "-XX:SharedArchiveFile={resource_dir}/'"$KERNEL_CDS"'",
    "-Xshare:auto",
    "-Xlog:cds*=off",'
    cat <<JSON
{
  "argv": [
    "$java",$cds
$(jvm_options)
    "-cp",
    "{resource_dir}/jjava.jar:{resource_dir}/backprop-kernel.jar",
    "backprop.kernel.StopOnErrorKernel",
    "{connection_file}"
  ],
  "display_name": "Java (jjava)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {"MALLOC_ARENA_MAX": "2"},
  "metadata": {}
}
JSON
}
