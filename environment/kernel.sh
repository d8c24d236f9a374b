# Sourced by setup.sh: installs the Java kernel as the kernelspec "rapaio-jupyter-kernel".
#
# We write kernel.json ourselves instead of running the jar's "-i -auto" installer, because the
# installer starts whatever "java" is first on PATH (we pin the JDK that find_jdk checked), passes no
# JVM options, and cannot add the channel fix in kernel-fix/ to the class path.

ensure_kernel() {
    local version jar fix spec installed
    version=$(kernel_version)
    [ -n "$version" ] || die "no <kernel.version> in $ROOT/pom.xml"
    jar="rapaio-jupyter-kernel-$version.jar"
    spec="$CACHE/kernelspec/$KERNEL_NAME"
    mkdir -p "$spec"

    if [ ! -f "$spec/$jar" ]; then
        say "fetching the kernel $version with Maven"
        run_mvn -N dependency:copy \
            -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$version" -DoutputDirectory="$spec" \
            || die "could not fetch io.github.padreati:rapaio-jupyter-kernel:$version (is Maven Central reachable?)"
        find "$spec" -name 'rapaio-jupyter-kernel-*.jar' ! -name "$jar" -delete
    fi

    fix="$spec/channel-fix.jar"
    if [ ! -f "$fix" ] || [ -n "$(find "$ENV_DIR/kernel-fix" -newer "$fix" -name '*.java' -print)" ]; then
        say "compiling the kernel's channel fix (environment/kernel-fix)"
        rm -rf "$CACHE/kernel-fix-classes"
        "$(dirname "$JAVA_BIN")/javac" --release 17 -cp "$spec/$jar" -d "$CACHE/kernel-fix-classes" \
            $(find "$ENV_DIR/kernel-fix" -name '*.java') || die "javac failed on environment/kernel-fix"
        "$(dirname "$JAVA_BIN")/jar" cf "$fix" -C "$CACHE/kernel-fix-classes" . || die "jar failed"
    fi

    write_kernel_json "$spec/kernel.json" "$version" "$jar"

    installed=$("$JUPYTER" kernelspec list 2>/dev/null | awk -v name="$KERNEL_NAME" '$1 == name { print $2 }')
    if [ -n "$installed" ] && diff -r "$spec" "$installed" >/dev/null 2>&1; then
        say "kernel: $KERNEL_NAME $version already installed in $installed"
        return 0
    fi
    "$JUPYTER" kernelspec install --user --replace --name "$KERNEL_NAME" "$spec" >/dev/null 2>&1 \
        || die "'jupyter kernelspec install' failed for $spec"
    installed=$("$JUPYTER" kernelspec list 2>/dev/null | awk -v name="$KERNEL_NAME" '$1 == name { print $2 }')
    [ -n "$installed" ] || die "the kernelspec was installed but Jupyter does not list it"
    say "kernel: installed $KERNEL_NAME $version in $installed (Java $JAVA_MAJOR: $JAVA_BIN)"
}

# JVM options, and why each is there:
#   java.awt.headless      charts are drawn off-screen: works without a display, and no window pops up
#   file.encoding          Java 17 takes the locale's charset, often ASCII on servers; notebooks are UTF-8
#   slf4j.internal.verbosity  Tablesaw's logging API would print a three-line warning into the first cell
#   TieredStopAtLevel=1    the quick (C1) JIT only: most of a cell's time is JShell compiling it, and the
#                          optimising JIT's warm-up competes for the CPU; notebooks ran in half the time
#   channel-fix.jar first  see kernel-fix/.../LoopThread.java
write_kernel_json() {
    local file=$1 version=$2 jar=$3 java
    java=$(printf '%s' "$JAVA_BIN" | sed 's/\\/\\\\/g; s/"/\\"/g')
    cat > "$file" <<JSON
{
  "argv": [
    "$java",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Dslf4j.internal.verbosity=ERROR",
    "-XX:TieredStopAtLevel=1",
    "-cp",
    "{resource_dir}/channel-fix.jar:{resource_dir}/$jar",
    "org.rapaio.jupyter.kernel.MainApp",
    "{connection_file}"
  ],
  "display_name": "Java (rjk $version)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_CLASSPATH": "",
    "RJK_COMPILER_OPTIONS": "",
    "RJK_INIT_SCRIPT": "",
    "RJK_TIMEOUT_MILLIS": "-1",
    "RJK_MIMA_CACHE": "$CACHE/mima"
  }
}
JSON
}
