"""Measures the Java kernel: start-up, each notebook's Run All, the whole suite, and memory per kernel.

Run with the project environment's Python (bash environment/measure.sh does: it sets up what is missing
first). Nothing is written into the notebooks. Median of --repeat runs (default 3); every run of a
notebook is a fresh kernel, as in the test harness (environment/execute.py).

    measure.py                          kernel start, every notebook, the suite (2 at a time), memory
    measure.py --only 06 09             just those notebooks (file name prefixes); no suite
    measure.py --no-suite --no-notebooks   just kernel start-up and an idle kernel's memory
    measure.py --variant "c1=-XX:TieredStopAtLevel=1" --variant "default-jit="   JVM options compared
    measure.py --kernel java --kernel rjk-old@/tmp/old-platform/notebooks   two kernelspecs compared

With several kernels or variants, the runs take turns (kernel A, kernel B, A, B, ...), so that the other
work on a shared machine weighs on each alike.

Figures, per notebook:
  start   kernel start to the first kernel_info reply (jupyter_client's wait_for_ready)
  cells   sum over the code cells of execute_input -> execute_reply (the kernel's own message timestamps,
          as nbclient's record_timing keeps them; a cell without them counts the client's round trip)
  wall    the harness's whole run of the notebook: start the kernel, run every cell, shut it down
  rss     resident memory of the kernel after Run All, summed over the kernel process and its children
  cpu     CPU seconds (user + system) the kernel's processes used up to the same point: less disturbed
          than the times above when other work shares the machine
  suite   every notebook, two at a time (as notebooks.sh --execute), first start to last shutdown

--variant LABEL=OPTIONS: the first --kernel with OPTIONS instead of its java command's own JVM options
(-XX:..., -Xmx, -Xms, -Xss, -Xshare, -Xlog), in a throw-away copy of the kernelspec; the installed one is
not touched. An option written ENV:NAME=VALUE goes into the kernel's environment instead.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import nbformat
import psutil
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JVM_OPTION_PREFIXES = ("-XX:", "-Xmx", "-Xms", "-Xss", "-Xshare", "-Xlog", "-Xint", "-Xss")


def kernel_usage(pid):
    """(resident bytes, CPU seconds) of process pid and all its descendants ((0, 0) when it is gone)."""
    try:
        root = psutil.Process(pid)
        processes = [root] + root.children(recursive=True)
    except (psutil.NoSuchProcess, TypeError, ValueError):
        return 0, 0.0
    rss, cpu = 0, 0.0
    for process in processes:
        try:
            rss += process.memory_info().rss
            times = process.cpu_times()
            cpu += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return rss, cpu


def kernel_private(pid):
    """(USS, PSS) bytes of pid and its descendants: memory private to the kernel, and its proportional
    share of the pages it shares (the JDK's libraries and class-data archives, mapped once for all kernels)."""
    uss = pss = 0
    try:
        root = psutil.Process(pid)
        for process in [root] + root.children(recursive=True):
            info = process.memory_full_info()
            uss += info.uss
            pss += getattr(info, "pss", 0)
    except (psutil.NoSuchProcess, psutil.AccessDenied, TypeError, ValueError):
        pass
    return uss, pss


def kernel_pid(km):
    provisioner = getattr(km, "provisioner", None)
    pid = getattr(provisioner, "pid", None)
    if pid is None and getattr(provisioner, "process", None) is not None:
        pid = provisioner.process.pid
    return pid


def variant_kernelspec(kernel, label, options, workdir):
    """A copy of kernelspec `kernel` whose java command has `options` instead of its own JVM options.
    Returns the new kernelspec's name; workdir/kernels must be on JUPYTER_PATH."""
    spec = KernelSpecManager().get_kernel_spec(kernel)
    argv = [arg.replace("{resource_dir}", spec.resource_dir) for arg in spec.argv]
    kept = [arg for arg in argv[1:] if not arg.startswith(JVM_OPTION_PREFIXES)]
    jvm, env = [], dict(spec.env)
    for option in shlex.split(options):
        if option.startswith("ENV:"):
            key, _, value = option[4:].partition("=")
            env[key] = value
        else:
            jvm.append(option)
    data = spec.to_dict()
    data["argv"] = [argv[0]] + jvm + kept
    data["env"] = env
    data["display_name"] = "%s with %s" % (spec.display_name, options)
    name = "%s-variant-%s" % (kernel, re.sub(r"[^A-Za-z0-9._-]", "_", label))
    target = os.path.join(workdir, "kernels", name)
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "kernel.json"), "w") as f:
        json.dump(data, f, indent=1)
    return name


def measure_start(kernel, cwd):
    """Seconds from starting the kernel to its first kernel_info reply; the idle kernel's RSS."""
    km = KernelManager(kernel_name=kernel)
    begin = time.perf_counter()
    km.start_kernel(cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        seconds = time.perf_counter() - begin
        _, cpu = kernel_usage(kernel_pid(km))
        time.sleep(0.5)
        rss, _ = kernel_usage(kernel_pid(km))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    return {"start": seconds, "start_cpu": cpu, "idle_rss": rss}


def parse_date(value):
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def run_notebook(path, kernel):
    """One fresh-kernel Run All of the notebook, as the harness does it; a dict of figures.
    Raises RuntimeError when a cell fails."""
    notebook = nbformat.read(path, as_version=4)
    figures = {"rss": 0, "peak_rss": 0}
    client_times = {}
    started = {}
    last_code = max((i for i, c in enumerate(notebook.cells) if c.cell_type == "code"), default=-1)

    def on_start(notebook):
        figures["start"] = time.perf_counter() - begin

    def on_execute(cell, cell_index):
        started[cell_index] = time.perf_counter()

    def on_executed(cell, cell_index, execute_reply):
        client_times[cell_index] = time.perf_counter() - started[cell_index]
        rss, cpu = kernel_usage(kernel_pid(client.km))
        figures["peak_rss"] = max(figures["peak_rss"], rss)
        if cell_index == last_code:
            figures["rss"] = rss
            figures["cpu"] = cpu
            figures["uss"], figures["pss"] = kernel_private(kernel_pid(client.km))

    client = NotebookClient(notebook, timeout=1800, startup_timeout=120, record_timing=True,
                            kernel_name=kernel, allow_errors=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
                            on_notebook_start=on_start, on_cell_execute=on_execute,
                            on_cell_executed=on_executed)
    begin = time.perf_counter()
    # The kernels' own logging (the old kernel logs every message) stays out of the report.
    client.execute(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    figures["wall"] = time.perf_counter() - begin
    cells = 0.0
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        timing = cell.metadata.get("execution", {})
        try:
            cells += (parse_date(timing["shell.execute_reply"]) - parse_date(timing["iopub.execute_input"])).total_seconds()
        except (KeyError, ValueError):
            cells += client_times.get(index, 0.0)
    figures["cells"] = cells
    figures["client_cells"] = sum(client_times.values())
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                raise RuntimeError("%s: %s" % (os.path.basename(path), output.get("evalue", "error")))
    return figures


def run_suite(paths, kernel, jobs):
    begin = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(lambda p: run_notebook(p, kernel), paths))
    return time.perf_counter() - begin


def median(values):
    return statistics.median(values) if values else float("nan")


def mb(value):
    return value / 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", action="append",
                        help="kernelspec name, optionally @ its notebooks folder (default: java@notebooks/)")
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=OPTIONS",
                        help="the first kernel with these JVM options instead of its own")
    parser.add_argument("--only", nargs="*", help="notebook file name prefixes, e.g. 06 09")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-notebooks", action="store_true", help="kernel start-up only")
    parser.add_argument("--no-suite", action="store_true", help="skip the whole-suite runs")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks at a time in the suite run (2)")
    parser.add_argument("--json", help="also write the raw figures to this file")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="measure-")
    os.environ["JUPYTER_PATH"] = workdir + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    try:
        configs = []   # (label, kernelspec name, notebooks folder)
        for entry in args.kernel or ["java"]:
            name, _, folder = entry.partition("@")
            configs.append((name, name, os.path.abspath(folder or os.path.join(ROOT, "notebooks"))))
        for entry in args.variant:
            label, _, options = entry.partition("=")
            configs.append((label, variant_kernelspec(configs[0][1], label, options, workdir), configs[0][2]))
        print("machine: %d cores, load average %.2f %.2f %.2f (shared with other work)"
              % ((os.cpu_count() or 0,) + os.getloadavg()), flush=True)
        results = {}
        for label, kernel, folder in configs:
            spec = KernelSpecManager().get_kernel_spec(kernel)
            print("%s: kernelspec %s, %s; notebooks %s" % (label, kernel, " ".join(spec.argv), folder), flush=True)
            results[label] = {"kernel": kernel, "argv": spec.argv, "env": spec.env, "notebooks_dir": folder,
                              "starts": [], "notebooks": {}, "suite": []}

        def notebooks_of(folder):
            paths = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".ipynb"))
            if args.only:
                paths = [p for p in paths if os.path.basename(p).startswith(tuple(args.only))]
            return paths

        for _ in range(args.repeat):
            for label, kernel, folder in configs:
                results[label]["starts"].append(measure_start(kernel, folder))
        print("\n| kernel | start s (median of %d) | start CPU s | idle RSS MB |\n|---|---:|---:|---:|" % args.repeat)
        for label, _, _ in configs:
            starts = results[label]["starts"]
            print("| %s | %.2f | %.2f | %.0f |" % (label, median([s["start"] for s in starts]),
                                                   median([s["start_cpu"] for s in starts]),
                                                   mb(median([s["idle_rss"] for s in starts]))), flush=True)

        if not args.no_notebooks:
            names = [os.path.basename(p) for p in notebooks_of(configs[0][2])]
            for name in names:
                for _ in range(args.repeat):
                    for label, kernel, folder in configs:
                        path = os.path.join(folder, name)
                        if os.path.exists(path):
                            results[label]["notebooks"].setdefault(name[:-6], []).append(run_notebook(path, kernel))
            for label, _, _ in configs:
                print("\n%s (median of %d fresh-kernel runs)\n\n| notebook | start s | cells s | wall s | "
                      "kernel CPU s | RSS after Run All MB | USS MB |\n|---|---:|---:|---:|---:|---:|---:|" % (label, args.repeat))
                every = results[label]["notebooks"]
                for name, runs in every.items():
                    print("| %s | %.2f | %.2f | %.2f | %.1f | %.0f | %.0f |" % (
                        name, median([r["start"] for r in runs]), median([r["cells"] for r in runs]),
                        median([r["wall"] for r in runs]), median([r.get("cpu", 0) for r in runs]),
                        mb(median([r["rss"] for r in runs])), mb(median([r.get("uss", 0) for r in runs]))))
                if every:
                    print("| all (sum; memory: largest) | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f |" % (
                        sum(median([r["start"] for r in runs]) for runs in every.values()),
                        sum(median([r["cells"] for r in runs]) for runs in every.values()),
                        sum(median([r["wall"] for r in runs]) for runs in every.values()),
                        sum(median([r.get("cpu", 0) for r in runs]) for runs in every.values()),
                        mb(max(median([r["rss"] for r in runs]) for runs in every.values())),
                        mb(max(median([r.get("uss", 0) for r in runs]) for runs in every.values()))), flush=True)

        if not args.no_suite and not args.only:
            for _ in range(args.repeat):
                for label, kernel, folder in configs:
                    results[label]["suite"].append(run_suite(notebooks_of(folder), kernel, args.jobs))
            print()
            for label, _, folder in configs:
                suite = results[label]["suite"]
                print("suite %s (%d notebooks, %d at a time): median %.1f s (%s)" % (
                    label, len(notebooks_of(folder)), args.jobs, median(suite),
                    ", ".join("%.1f" % s for s in suite)), flush=True)
        print("machine at the end: load average %.2f %.2f %.2f" % os.getloadavg())

        if args.json:
            with open(args.json, "w") as f:
                json.dump(results, f, indent=1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
