"""Runs chosen cells of a notebook, in a chosen order, in one kernel: what a student does by hand.

    run_cells.py PLAN.json

PLAN.json (written by NotebookRunner.runCells):
    notebook  the .ipynb whose cells are run
    cwd       the kernel's working directory (where the notebook's relative paths start)
    output    where to write the result
    timeout   seconds per cell
    steps     [{"cell": N, "source": optional replacement text, "group": G}, ...]

N counts all cells from 1, markdown included, as Notebook.java does. Within a group, the steps after
one whose output holds an error are skipped, as Run All stops at the first error. The result is an
nbformat 4 notebook with one code cell per step, in plan order; a skipped step has no execution count.
"""
import json
import sys

import nbformat
from nbclient import NotebookClient


def main(plan_file):
    with open(plan_file, encoding="utf-8") as f:
        plan = json.load(f)
    source = nbformat.read(plan["notebook"], as_version=4)
    result = nbformat.v4.new_notebook(metadata=source.metadata)
    client = NotebookClient(source, timeout=plan.get("timeout", 600), startup_timeout=120,
                            allow_errors=True, record_timing=False,
                            kernel_name=source.metadata.get("kernelspec", {}).get("name", ""),
                            resources={"metadata": {"path": plan["cwd"]}})
    # Read before running: execute_cell puts each executed cell back into the client's notebook.
    cells = [(c.cell_type, c.source) for c in source.cells]
    failed_groups = set()
    with client.setup_kernel():
        for step in plan["steps"]:
            kind, text = cells[step["cell"] - 1]
            if kind != "code":
                raise ValueError("cell %d of %s is a %s cell" % (step["cell"], plan["notebook"], kind))
            cell = nbformat.v4.new_code_cell(step.get("source", text))
            group = step.get("group", 0)
            if group not in failed_groups:
                # execute_cell appends to the cell object it is given: a fresh one per step keeps
                # the outputs of every run of the same cell apart.
                client.execute_cell(cell, step["cell"] - 1)
                if any(o.output_type == "error" for o in cell.outputs):
                    failed_groups.add(group)
            result.cells.append(cell)
    nbformat.write(result, plan["output"])


if __name__ == "__main__":
    main(sys.argv[1])
