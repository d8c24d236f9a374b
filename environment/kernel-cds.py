"""Writes the kernel's class-data-sharing archive (environment/kernel.sh runs this once per JDK).

    kernel-cds.py SPEC_DIR ARCHIVE

Starts the kernelspec in SPEC_DIR (its kernel.json) once more with -XX:ArchiveClassesAtExit=ARCHIVE,
runs a few cells of the kinds our notebooks have (declarations, imports, streams, a record, formatting, a
compile error, an exception, drawing and PNG-encoding an image), and shuts the kernel down; the JVM then
writes the classes it loaded (JJava, JShell, javac, AWT, ImageIO: about 4,000) into ARCHIVE, and every
later start maps them instead of loading and verifying them again. Nothing here needs the helper jar.

The archive belongs to one JDK build and one kernel class path: kernel.sh names it after the JDK and
writes it again when the JDK or the kernel's jars change; a stale or missing archive only costs speed,
because the kernel runs with -Xshare:auto (the JVM then starts without it, silently with -Xlog:cds*=off).
Exit status 1, with the reason, when no archive was written.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

CELLS = [
    "int a = 1 + 2;",
    "import java.util.*; import java.util.function.*; import java.util.stream.*;",
    "List<Integer> xs = IntStream.range(0, 100).boxed().collect(Collectors.toList());\n"
    "xs.stream().mapToInt(i -> i).sum()",
    "record Point(double x, double y) {}\n"
    "String fmt(double v) { return String.format(Locale.ROOT, \"%.6f\", v); }\n"
    "fmt(new Point(Math.exp(1), 2).x()) + \" \" + Arrays.toString(new double[] {1, 2})",
    "double[][] w = new double[2][2]; for (int i = 0; i < 2; i++) w[i][i] = 1.0 / (1 + Math.exp(-i)); w[1][1]",
    "var image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_ARGB);\n"
    "var g = image.createGraphics();\n"
    "g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);\n"
    "g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));\n"
    "g.setColor(java.awt.Color.BLUE); g.draw(new java.awt.geom.Line2D.Double(0, 0, 300, 180));\n"
    "g.setStroke(new java.awt.BasicStroke(2f)); g.draw(new java.awt.geom.Path2D.Double(new java.awt.Rectangle(5, 5, 50, 50)));\n"
    "g.drawString(\"loss 0.123\", 20, 20); g.dispose();\n"
    "var png = new java.io.ByteArrayOutputStream(); javax.imageio.ImageIO.write(image, \"png\", png); png.size()",
    "image",
    "undefinedName + 1",
    "throw new IllegalArgumentException(\"learningRate must be > 0\");",
    "int b = a * 2;",
]


def main():
    spec_dir, archive = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with open(os.path.join(spec_dir, "kernel.json")) as f:
        spec = json.load(f)
    argv = [arg.replace("{resource_dir}", spec_dir) for arg in spec["argv"]]
    argv = [arg for arg in argv if not arg.startswith(("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
                                                       "-Xshare", "-Xlog:cds"))]
    partial = archive + ".partial"
    if os.path.exists(partial):
        os.remove(partial)
    spec["argv"] = [argv[0], "-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds*=off"] + argv[1:]
    work = tempfile.mkdtemp(prefix="kernel-cds-")
    os.makedirs(os.path.join(work, "cds"))
    with open(os.path.join(work, "cds", "kernel.json"), "w") as f:
        json.dump(spec, f)
    km = KernelManager(kernel_name="cds", kernel_spec_manager=KernelSpecManager(kernel_dirs=[work]))
    km.shutdown_wait_time = 120   # the JVM writes the archive on its way out
    km.start_kernel(cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        for code in CELLS:
            kc.execute_interactive(code, timeout=120, stop_on_error=False, output_hook=lambda msg: None)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    for _ in range(50):   # the process has exited; the file is complete once renamed below
        if os.path.exists(partial):
            break
        time.sleep(0.1)
    if not os.path.exists(partial) or os.path.getsize(partial) == 0:
        sys.exit("the JVM wrote no archive (%s)" % argv[0])
    os.replace(partial, archive)


if __name__ == "__main__":
    main()
