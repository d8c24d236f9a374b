"""Asks a fresh kernel what a student's Tab asks, and whether JShell's class-name indexer is held.

    kernel_completion.py KERNEL_NAME CWD

Prints one JSON object: {"member": [matches for "Math.ma"], "variable": [matches for "learningR" after
"double learningRate = 0.5;"], "indexer": "held", "indexing" or "none", see INDEXER_STATE}.
"""
import json
import sys

from jupyter_client.manager import start_new_kernel

# Run inside the kernel: "held" while a thread waits in JShell's index refresh for indexing to resume,
# "indexing" while one refreshes, "none" when no thread is in a refresh (finished, or never started).
INDEXER_STATE = """
Thread.getAllStackTraces().values().stream()
    .map(frames -> Arrays.stream(frames).map(StackTraceElement::getMethodName).toList())
    .filter(methods -> methods.contains("refreshIndexes"))
    .map(methods -> methods.contains("waitIndexingNotSuspended") ? "held" : "indexing")
    .findFirst().orElse("none")
"""

def complete(client, code):
    reply = client.complete(code, len(code), reply=True, timeout=120)
    return reply["content"]["matches"]


def result_text(client, code):
    texts = []
    def hook(message):
        if message["msg_type"] == "execute_result":
            texts.append(message["content"]["data"].get("text/plain", ""))
    reply = client.execute_interactive(code, timeout=120, output_hook=hook)
    if reply["content"]["status"] != "ok":
        raise SystemExit("the kernel failed on: " + code)
    return "".join(texts)


def main(kernel_name, cwd):
    manager, client = start_new_kernel(kernel_name=kernel_name, cwd=cwd, startup_timeout=120)
    try:
        result_text(client, "double learningRate = 0.5;")
        member, variable = complete(client, "Math.ma"), complete(client, "learningR")
        # Give a running indexer time to reach its wait (it starts with the kernel).
        result_text(client, "Thread.sleep(500)")
        print(json.dumps({"member": member, "variable": variable,
                          "indexer": result_text(client, INDEXER_STATE.strip())}))
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
