"""Runs notebooks from the top in a fresh kernel each, headless, for notebooks.sh:

    execute.py --inplace NB...        saves each notebook's new outputs in the notebook itself
    execute.py --html DIR NB...       leaves the notebooks as they are and writes DIR/NAME.html and
                                      DIR/NAME.pdf, readable offline (handin.py); a notebook that stops
                                      at an error (an exercise not done yet) is written up to that cell,
                                      its page says where, and the cells after it show no outputs

Notebooks run two at a time (each in its own kernel JVM; our machines have two cores). One line per
notebook; a failure names the cell and the kernel's error, not a Python traceback, and leaves that
notebook's file unchanged. Exit status 1 when any notebook failed.
"""
import argparse
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(path):
    """Executes the notebook at path; returns (notebook, None, None) or, when a cell failed, (the notebook as
    run up to that cell, its number, a message naming it); (None, None, a message) when nothing ran."""
    notebook = nbformat.read(path, as_version=4)
    # record_timing=False keeps per-cell timestamps out of the committed files (clean diffs).
    client = NotebookClient(notebook, timeout=1800, startup_timeout=120, record_timing=False,
                            kernel_name=notebook.metadata.get("kernelspec", {}).get("name", ""),
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    try:
        client.execute()
    except CellExecutionError:
        for number, cell in enumerate(notebook.cells, start=1):
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    first = cell.source.splitlines()[0] if cell.source else ""
                    lines = [ANSI.sub("", line) for line in output.get("traceback", [])][:6]
                    # The cells below did not run: what they show is from an earlier session, not this run.
                    for later in notebook.cells[number:]:
                        if later.cell_type == "code":
                            later.outputs, later.execution_count = [], None
                    return notebook, number, "cell %d [%s]:\n    %s" % (number, first[:60], "\n    ".join(lines) or output.evalue)
        return None, None, "a cell failed"
    except Exception as error:  # the kernel did not start, died, or timed out
        return None, None, "%s: %s" % (type(error).__name__, str(error).splitlines()[0] if str(error) else "")
    return notebook, None, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--inplace", action="store_true")
    mode.add_argument("--html", metavar="DIR")
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("NOTEBOOK_JOBS", "2")))
    args = parser.parse_args()

    def one(path):
        name = os.path.splitext(os.path.basename(path))[0]
        start = time.time()
        notebook, stopped_at, problem = run(path)
        if problem and (args.inplace or stopped_at is None):
            return False, "FAILED  %s: %s" % (name, problem)
        if args.inplace:
            nbformat.write(notebook, path)
        else:
            import handin
            try:
                handin.export(notebook, name, args.html, stopped="cell %d" % stopped_at if stopped_at else None)
            except Exception as error:  # Chromium missing or failing, MathJax not finishing
                return False, "FAILED  %s: the offline export: %s" % (name, error)
            if stopped_at:
                return True, "STOPPED %s, written up to its error in %s" % (name, problem)
        return True, "ok      %s (%.0f s)" % (name, time.time() - start)

    failed = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for ok, line in pool.map(one, args.notebooks):
            print("[notebooks] " + line, flush=True)
            failed += not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
