"""Sends cells to a fresh kernel the way JupyterLab's Run All does, every execute request at once with
stop_on_error, then (once every reply is in) one more request, as a user running a cell later would.

    run_all_queued.py KERNEL_NAME CWD CELL...

Prints one JSON object: {"statuses": [status of each queued cell...], "later": status of the last request,
"outputs": [number of outputs each queued cell produced...]}.
"""
import json
import sys

from jupyter_client.manager import start_new_kernel


def main(kernel_name, cwd, cells):
    manager, client = start_new_kernel(kernel_name=kernel_name, cwd=cwd, startup_timeout=120)
    try:
        ids = [client.execute(cell, stop_on_error=True) for cell in cells]
        statuses, outputs = {}, {i: 0 for i in ids}
        while len(statuses) < len(ids):
            reply = client.get_shell_msg(timeout=120)
            if reply["msg_type"] == "execute_reply" and reply["parent_header"].get("msg_id") in outputs:
                statuses[reply["parent_header"]["msg_id"]] = reply["content"]["status"]
        # Every reply is in, so every output of these requests has been published before it.
        while True:
            try:
                message = client.get_iopub_msg(timeout=1)
            except Exception:
                break
            parent = message["parent_header"].get("msg_id")
            if parent in outputs and message["msg_type"] in ("execute_result", "display_data", "stream", "error"):
                outputs[parent] += 1
        later = client.execute_interactive("1 + 1", timeout=120, output_hook=lambda message: None)
        print(json.dumps({"statuses": [statuses[i] for i in ids], "later": later["content"]["status"],
                          "outputs": [outputs[i] for i in ids]}))
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
