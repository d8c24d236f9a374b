#!/usr/bin/env python3
"""Sets up the backprop notebooks and opens them in JupyterLab. Needs Python and a JDK 17+ only.

    python3 start.py              first time: makes .venv here, installs JupyterLab and the Java kernel
                                  (a few minutes); then, and every later time, opens JupyterLab on notebooks/
    python3 start.py --setup-only sets up (or checks) without opening JupyterLab
    python3 start.py --handin [DIR]   runs every notebook afresh and writes the hand-in to DIR (default
                                  handin/): NAME.html and NAME.pdf each, readable offline, and index.html
                                  (needs Chromium, Chrome or Edge installed)

On Windows type  py start.py  instead of  python3 start.py. The JDK is the one in JAVA_HOME, else the
java on PATH.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")
WINDOWS = os.name == "nt"
BIN = os.path.join(VENV, "Scripts" if WINDOWS else "bin")
PYTHON = os.path.join(BIN, "python.exe" if WINDOWS else "python")
REQUIREMENTS = os.path.join(HERE, "requirements.txt")
KERNEL = os.path.join(VENV, "share", "jupyter", "kernels", "java")


def say(message):
    print("[start] " + message, flush=True)


def die(message):
    print("[start] ERROR: " + message, file=sys.stderr, flush=True)
    sys.exit(1)


def find_jdk():
    """(java, major version): a full JDK 17+ (the kernel compiles every cell with JShell)."""
    home = os.environ.get("JAVA_HOME")
    exe = "java.exe" if WINDOWS else "java"
    java = os.path.join(home, "bin", exe) if home and os.path.isfile(os.path.join(home, "bin", exe)) else shutil.which("java")
    if not java:
        die("no Java found. Install a JDK 17 or newer (for example Temurin from adoptium.net) or set JAVA_HOME.")
    java = os.path.realpath(java)
    settings = subprocess.run([java, "-XshowSettings:properties", "-version"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, universal_newlines=True).stdout
    match = re.search(r"java\.specification\.version = (\d+)", settings)
    major = int(match.group(1)) if match else 0
    if major < 17:
        die("%s is Java %s; the notebooks need a JDK 17 or newer. Set JAVA_HOME to a newer JDK." % (java, major or "?"))
    modules = subprocess.run([java, "--list-modules"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True).stdout
    if "jdk.jshell@" not in modules:
        die("%s is a JRE without JShell; install a full JDK 17 or newer." % java)
    return java, major


def ensure_venv():
    if not os.path.isfile(PYTHON):
        say("creating the Python environment %s" % VENV)
        venv.create(VENV, with_pip=True)
    stamp = os.path.join(VENV, ".requirements.txt")
    with open(REQUIREMENTS, "rb") as f:
        wanted = f.read()
    if os.path.isfile(stamp):
        with open(stamp, "rb") as f:
            if f.read() == wanted:
                say("Python environment: up to date")
                return
    say("installing JupyterLab and the Java kernel (pip install -r requirements.txt; a few minutes the first time)")
    result = subprocess.run([PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-r", REQUIREMENTS])
    if result.returncode != 0:
        die("pip could not install requirements.txt (see above)")
    with open(stamp, "wb") as f:
        f.write(wanted)


def ensure_lab_settings():
    """JupyterLab's defaults in .venv: no "Jupyter news?" prompt, no update check (your own settings win)."""
    with open(os.path.join(HERE, "tools", "lab-settings.json"), "rb") as f:
        wanted = f.read()
    target = os.path.join(VENV, "share", "jupyter", "lab", "settings", "overrides.json")
    if os.path.isfile(target):
        with open(target, "rb") as f:
            if f.read() == wanted:
                return
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as f:
        f.write(wanted)


def jvm_options(java, major):
    """kernel/jvm-options.txt, the course's own list (environment/kernel/jvm-options.txt), for this JDK."""
    options = []
    with open(os.path.join(HERE, "kernel", "jvm-options.txt"), encoding="utf-8") as f:
        for line in (raw.rstrip("\n") for raw in f):
            if not line or line.startswith("#"):
                continue
            if line.startswith("23+ "):
                if major >= 23:
                    options.append(line[4:])
            elif line.startswith("? "):
                accepted = subprocess.run([java, line[2:], "-version"], capture_output=True).returncode == 0
                if accepted:
                    options.append(line[2:])
            else:
                options.append(line)
    return options


def kernel_json(java, major):
    """The same kernel as the course's own machines use (environment/kernel.sh), without their class-data archive."""
    argv = [java] + jvm_options(java, major) + [
        "-cp", "{resource_dir}/jjava.jar" + os.pathsep + "{resource_dir}/backprop-kernel.jar",
        "backprop.kernel.StopOnErrorKernel", "{connection_file}"]
    return {"argv": argv, "display_name": "Java (jjava)", "language": "java", "interrupt_mode": "message",
            "env": {"MALLOC_ARENA_MAX": "2"}, "metadata": {}}


def ensure_kernel(java, major):
    if not os.path.isfile(os.path.join(KERNEL, "jjava.jar")):
        die("JJava is not in %s: delete the .venv folder and run this again" % KERNEL)
    shutil.copyfile(os.path.join(HERE, "kernel", "backprop-kernel.jar"), os.path.join(KERNEL, "backprop-kernel.jar"))
    with open(os.path.join(KERNEL, "kernel.json"), "w", encoding="utf-8") as f:
        json.dump(kernel_json(java, major), f, indent=2)
        f.write("\n")
    say("kernel: 'java' installed (Java %d: %s)" % (major, java))


def environment():
    """This folder's environment first: its jupyter on PATH, its kernel ahead of any installed elsewhere."""
    env = dict(os.environ)
    env["PATH"] = BIN + os.pathsep + env.get("PATH", "")
    env["JUPYTER_PATH"] = os.path.join(VENV, "share", "jupyter")
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["JAVA_HOME"] = os.path.dirname(os.path.dirname(find_jdk()[0]))
    env.pop("PYTHONHOME", None)
    return env


def notebooks():
    folder = os.path.join(HERE, "notebooks")
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".ipynb"))


def handin(out):
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    index = os.path.join(out, "index.html")
    if os.path.exists(index):
        os.remove(index)
    tools = os.path.join(HERE, "tools")
    paths = notebooks()
    if subprocess.run([PYTHON, os.path.join(tools, "execute.py"), "--html", out] + paths, env=environment()).returncode:
        die("some notebooks failed (see above), so %s is not complete; fix them and run this again" % out)
    if subprocess.run([PYTHON, os.path.join(tools, "handin-index.py"), out], input="\n".join(paths) + "\n",
                      universal_newlines=True, env=environment()).returncode:
        die("could not write %s" % index)
    say("hand-in ready: %s (open it in a browser; hand in the whole folder)" % index)


def main():
    # JupyterLab 4 runs on 3.9+, but requirements.txt pins the versions tested (IPython 9 and others need 3.11.5+).
    if sys.version_info < (3, 11, 5):
        die("this is Python %d.%d.%d; the pinned packages in requirements.txt need Python 3.11.5 or newer"
            % sys.version_info[:3])
    args = sys.argv[1:]
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return
    java, major = find_jdk()
    say("JDK: Java %d at %s" % (major, java))
    ensure_venv()
    ensure_lab_settings()
    ensure_kernel(java, major)
    if args and args[0] == "--setup-only":
        say("ready. Open the notebooks with:  python3 start.py")
        return
    if args and args[0] == "--handin":
        handin(args[1] if len(args) > 1 else os.path.join(HERE, "handin"))
        return
    command = [PYTHON, "-m", "jupyterlab"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    say("opening JupyterLab on notebooks/ (Ctrl+C twice stops it)")
    os.chdir(os.path.join(HERE, "notebooks"))
    sys.exit(subprocess.call(command + args, env=environment()))


if __name__ == "__main__":
    main()
