"""Runs chosen cells of a notebook, in a chosen order, in one kernel: what a student does by hand.

    run_cells.py PLAN.json

PLAN.json (written by NotebookRunner.runCells):
    notebook  the .ipynb whose cells are run (its kernelspec starts the kernel)
    cwd       the kernel's working directory (where the notebook's relative paths start)
    output    where to write the result
    timeout   seconds per cell
    steps     [{"cell": N, "source": optional replacement text, "group": G,
                "notebook": optional other .ipynb to take cell N from}, ...]

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
    metadata = nbformat.read(plan["notebook"], as_version=4).metadata
    result = nbformat.v4.new_notebook(metadata=metadata)
    # The client's notebook is a one-cell stand-in: execute_cell stores each cell it runs there, at
    # the index it is given, and the steps may come from several notebooks.
    stand_in = nbformat.v4.new_notebook(metadata=metadata, cells=[nbformat.v4.new_code_cell("")])
    client = NotebookClient(stand_in, timeout=plan.get("timeout", 600), startup_timeout=120,
                            allow_errors=True, record_timing=False,
                            kernel_name=metadata.get("kernelspec", {}).get("name", ""),
                            resources={"metadata": {"path": plan["cwd"]}})
    cells = {}

    def cells_of(path):
        if path not in cells:
            cells[path] = [(c.cell_type, c.source) for c in nbformat.read(path, as_version=4).cells]
        return cells[path]

    failed_groups = set()
    with client.setup_kernel():
        for step in plan["steps"]:
            path = step.get("notebook", plan["notebook"])
            kind, text = cells_of(path)[step["cell"] - 1]
            if kind != "code":
                raise ValueError("cell %d of %s is a %s cell" % (step["cell"], path, kind))
            cell = nbformat.v4.new_code_cell(step.get("source", text))
            group = step.get("group", 0)
            if group not in failed_groups:
                # execute_cell appends to the cell object it is given: a fresh one per step keeps
                # the outputs of every run of the same cell apart.
                client.execute_cell(cell, 0)
                if any(o.output_type == "error" for o in cell.outputs):
                    failed_groups.add(group)
            result.cells.append(cell)
    nbformat.write(result, plan["output"])


if __name__ == "__main__":
    main(sys.argv[1])
