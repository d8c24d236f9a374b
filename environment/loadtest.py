"""Load test: one Jupyter server, N students at once, then their abandoned kernels culled.

Run with the project environment's Python (bash environment/loadtest.sh sets up what is missing first):

    loadtest.py [--sessions 20] [--ramp 20] [--timeout 900] [--cull-idle 30] [--json FILE]

It gives every student a folder of their own in a scratch folder (sNN/notebooks/ with their notebook,
and lib/target/jars and lib/src linked beside it, so the setup cell's ../lib/target/jars and the
library source some notebooks quote resolve, as in the repository and the hand-out), starts JupyterLab's server on 127.0.0.1 with a random free port and a random
token, and with idle-kernel culling set short (MappingKernelManager.cull_idle_timeout = --cull-idle s, default 120,
cull_interval 5 s, cull_connected True: a browser tab left open still counts as abandoned once idle).

Each session, arriving spread over --ramp seconds, does what a student does, over the server's REST and
websocket API only (the same calls JupyterLab makes):
  1. opens an experiment notebook (GET /api/contents, POST /api/sessions: a new kernel "java"),
  2. Run All: every code cell's execute_request sent at once over /api/kernels/<id>/channels, stop_on_error,
  3. edits the hyperparameters cell (learningRate halved: 1.0 -> 0.5) and saves it (PUT /api/contents),
  4. Run All again, and checks that the outputs changed,
  5. walks away: closes the websocket without shutting its kernel down.
Sessions take the experiment notebooks 04-11 in turn. An error is any execute_reply that is not "ok", an
error output, a failed HTTP call, or a session still running at --timeout.

Reported: sessions completed, errors, peak resident memory of the server plus all its kernels (sampled
every 0.5 s), the slowest and median Run All, and memory before, at the peak, and after culling.
Exit status 1 when any session failed or the kernels were not culled.
"""
import argparse
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timezone
from urllib.parse import quote

import psutil
import requests
import websocket

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPERIMENTS = ["04-exp1-hand-vs-auto", "05-exp2-builtin-sigmoid", "06-exp3-relu", "07-exp4-mseloss",
               "08-exp5-cross-entropy", "09-exp6-step-and-epochs", "10-exp7-random-init", "11-exp8-zero-init"]
LEARNING_RATE = re.compile(r"(double\s+learningRate\s*=\s*)([0-9.]+)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_rss(pid):
    """Resident bytes of pid and its descendants, and how many of those are kernels (java)."""
    try:
        root = psutil.Process(pid)
        processes = [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0, 0
    total, kernels = 0, 0
    for process in processes:
        try:
            total += process.memory_info().rss
            if process is not root and "java" in process.name():
                kernels += 1
        except psutil.NoSuchProcess:
            pass
    return total, kernels


class Sampler(threading.Thread):
    """Samples the server's and its kernels' memory every 0.5 s; keeps the peak and a coarse timeline."""

    def __init__(self, pid, begin):
        super().__init__(daemon=True)
        self.pid, self.begin = pid, begin
        self.peak, self.peak_kernels, self.peak_at = 0, 0, 0.0
        self.timeline = []
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            rss, kernels = tree_rss(self.pid)
            now = time.time() - self.begin
            if rss > self.peak:
                self.peak, self.peak_kernels, self.peak_at = rss, kernels, now
            if not self.timeline or now - self.timeline[-1][0] >= 5:
                self.timeline.append((round(now, 1), round(rss / 1e6), kernels))
            self.stop.wait(0.5)


def message(msg_type, content, session, channel="shell"):
    return {"header": {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "loadtest",
                       "session": session, "date": datetime.now(timezone.utc).isoformat(), "version": "5.3"},
            "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}


class Session:
    def __init__(self, number, notebook, base, token, deadline):
        self.number, self.notebook, self.base, self.token, self.deadline = number, notebook, base, token, deadline
        self.http = requests.Session()
        self.http.headers["Authorization"] = "token " + token
        self.errors = []
        self.run_all = []        # seconds, per Run All
        self.ready = None        # seconds from POST /api/sessions to the kernel_info reply
        self.completed = False
        self.changed = None

    def remaining(self):
        return max(1.0, self.deadline - time.time())

    def call(self, method, path, **kwargs):
        response = self.http.request(method, self.base + path, timeout=self.remaining(), **kwargs)
        if response.status_code >= 400:
            raise RuntimeError("%s %s: HTTP %d %s" % (method, path, response.status_code, response.text[:200]))
        return response.json() if response.content else None

    def receive(self, ws):
        ws.settimeout(self.remaining())
        raw = ws.recv()
        if time.time() > self.deadline:
            raise TimeoutError("the test's time limit passed")
        return json.loads(raw)

    def run_cells(self, ws, session_id, cells):
        """Run All: all execute requests at once; returns the text of every output, per cell."""
        pending = {}
        outputs = {}
        begin = time.time()
        for index, source in cells:
            request = message("execute_request", {"code": source, "silent": False, "store_history": True,
                                                  "user_expressions": {}, "allow_stdin": False,
                                                  "stop_on_error": True}, session_id)
            pending[request["header"]["msg_id"]] = index
            outputs[index] = []
            ws.send(json.dumps(request))
        while pending:
            reply = self.receive(ws)
            parent = reply.get("parent_header", {}).get("msg_id")
            kind = reply.get("msg_type") or reply["header"]["msg_type"]
            if parent not in pending:
                if kind in ("execute_reply", "error"):
                    self.errors.append("a %s for a request this session did not send: %s"
                                       % (kind, json.dumps(reply["content"])[:300]))
                continue
            index = pending[parent]
            if kind == "execute_reply":
                status = reply["content"].get("status")
                if status != "ok":
                    self.errors.append("cell %d: execute_reply %s %s" % (index, status, json.dumps(reply["content"])[:300]))
                del pending[parent]
            elif kind == "error":
                self.errors.append("cell %d: error output %s" % (index, json.dumps(reply["content"])[:300]))
            elif kind in ("execute_result", "display_data", "stream"):
                content = reply["content"]
                outputs[index].append(content.get("text") or json.dumps(content.get("data", {}), sort_keys=True))
        self.run_all.append(time.time() - begin)
        return outputs

    def run(self):
        ws = None
        try:
            path = "s%02d/notebooks/%s.ipynb" % (self.number, self.notebook)
            model = self.call("GET", "/api/contents/" + quote(path) + "?content=1&type=notebook")
            notebook = model["content"]
            begin = time.time()
            session = self.call("POST", "/api/sessions", json={
                "path": path, "name": path, "type": "notebook", "kernel": {"name": "java"}})
            kernel_id = session["kernel"]["id"]
            session_id = uuid.uuid4().hex
            ws = websocket.create_connection(
                self.base.replace("http", "ws", 1) + "/api/kernels/%s/channels?session_id=%s" % (kernel_id, session_id),
                header=["Authorization: token " + self.token], timeout=self.remaining())
            info = message("kernel_info_request", {}, session_id)
            ws.send(json.dumps(info))
            while True:
                reply = self.receive(ws)
                if reply.get("parent_header", {}).get("msg_id") == info["header"]["msg_id"] \
                        and reply["header"]["msg_type"] == "kernel_info_reply":
                    break
            self.ready = time.time() - begin

            def code_cells():
                return [(i, "".join(c["source"]) if isinstance(c["source"], list) else c["source"])
                        for i, c in enumerate(notebook["cells"]) if c["cell_type"] == "code"]

            first = self.run_cells(ws, session_id, code_cells())
            if self.errors:
                return
            # The hyperparameters cell: the one that declares learningRate; halve it and save, as a student would.
            for cell in notebook["cells"]:
                source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                if cell["cell_type"] == "code" and LEARNING_RATE.search(source):
                    cell["source"] = LEARNING_RATE.sub(lambda m: m.group(1) + repr(float(m.group(2)) / 2), source, 1)
                    break
            else:
                raise RuntimeError("no learningRate in %s" % path)
            self.call("PUT", "/api/contents/" + quote(path), json={"type": "notebook", "format": "json",
                                                                   "content": notebook})
            second = self.run_cells(ws, session_id, code_cells())
            self.changed = first != second
            if not self.changed:
                self.errors.append("the outputs did not change after the hyperparameters edit")
            self.completed = not self.errors
        except Exception as error:  # counted and reported, never raised out of the thread
            self.errors.append("%s: %s" % (type(error).__name__, error))
        finally:
            if ws is not None:
                ws.close()   # the student walks away; the kernel stays until the server culls it


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20, help="students at once (20)")
    parser.add_argument("--ramp", type=float, default=20, help="seconds over which the sessions arrive (20)")
    parser.add_argument("--timeout", type=float, default=900, help="time limit for all sessions, s (900)")
    parser.add_argument("--cull-idle", type=int, default=120,
                        help="cull_idle_timeout, s (120: longer than a session, so that the whole class is there at once)")
    parser.add_argument("--cull-wait", type=float, default=300, help="how long to wait for the culling, s (300)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    jars = os.path.join(ROOT, "lib", "target", "jars")
    if not os.path.isfile(os.path.join(jars, "backprop-lib.jar")):
        sys.exit("[loadtest] ERROR: no helper jar in %s: run  bash environment/setup.sh  first" % jars)
    scratch = tempfile.mkdtemp(prefix="backprop-loadtest-")
    server = None
    sampler = None
    try:
        # One folder per student, as on a JupyterHub (each their own copy; two sessions on one path would
        # share one kernel): students/sNN/notebooks/NAME.ipynb, and students/sNN/lib/target/jars and
        # students/sNN/lib/src linked.
        students = os.path.join(scratch, "students")
        for n in range(args.sessions):
            home = os.path.join(students, "s%02d" % n)
            os.makedirs(os.path.join(home, "notebooks"))
            name = EXPERIMENTS[n % len(EXPERIMENTS)] + ".ipynb"
            shutil.copy(os.path.join(ROOT, "notebooks", name), os.path.join(home, "notebooks", name))
            os.makedirs(os.path.join(home, "lib", "target"))
            os.symlink(jars, os.path.join(home, "lib", "target", "jars"))
            os.symlink(os.path.join(ROOT, "lib", "src"), os.path.join(home, "lib", "src"))
        port, token = free_port(), secrets.token_hex(24)
        base = "http://127.0.0.1:%d" % port
        jupyter = os.path.join(os.path.dirname(sys.executable), "jupyter")
        command = [jupyter, "lab", "--no-browser", "--ip=127.0.0.1", "--port=%d" % port,
                   "--ServerApp.port_retries=0", "--IdentityProvider.token=" + token,
                   "--ServerApp.root_dir=" + students,
                   "--MappingKernelManager.cull_idle_timeout=%d" % args.cull_idle,
                   "--MappingKernelManager.cull_interval=5",
                   "--MappingKernelManager.cull_connected=True",
                   "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        log = open(os.path.join(scratch, "server.log"), "w")
        env = dict(os.environ, JUPYTER_PATH=os.path.join(sys.prefix, "share", "jupyter"),
                   JUPYTER_PLATFORM_DIRS="1", JUPYTER_RUNTIME_DIR=os.path.join(scratch, "runtime"),
                   JUPYTER_CONFIG_DIR=os.path.join(scratch, "config"))
        begin = time.time()
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        headers = {"Authorization": "token " + token}
        while True:
            try:
                if requests.get(base + "/api/status", headers=headers, timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            if server.poll() is not None or time.time() - begin > 60:
                sys.exit("[loadtest] ERROR: the server did not start; its log:\n" + open(log.name).read()[-3000:])
            time.sleep(0.3)
        print("[loadtest] server on %s (scratch %s), %d sessions over %.0f s, machine: %d cores, load %.2f"
              % (base, scratch, args.sessions, args.ramp, os.cpu_count() or 0, os.getloadavg()[0]), flush=True)
        time.sleep(1)
        idle_server, _ = tree_rss(server.pid)
        sampler = Sampler(server.pid, begin)
        sampler.start()

        deadline = time.time() + args.timeout
        sessions = [Session(n, EXPERIMENTS[n % len(EXPERIMENTS)], base, token, deadline)
                    for n in range(args.sessions)]
        threads = []
        load_begin = time.time()
        for n, session in enumerate(sessions):
            delay = load_begin + args.ramp * n / max(1, args.sessions) - time.time()
            if delay > 0:
                time.sleep(delay)
            thread = threading.Thread(target=session.run, daemon=True)
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join(max(0.0, deadline - time.time()))
        load_seconds = time.time() - load_begin
        for session, thread in zip(sessions, threads):
            if thread.is_alive():
                session.errors.append("still running at the time limit")
        after_load, kernels_after_load = tree_rss(server.pid)

        # The culling: every kernel is idle and abandoned now; the server should shut them all down.
        cull_begin = time.time()
        remaining = None
        while time.time() - cull_begin < args.cull_wait:
            remaining = len(requests.get(base + "/api/kernels", headers=headers, timeout=10).json())
            if remaining == 0:
                break
            time.sleep(2)
        cull_seconds = time.time() - cull_begin
        time.sleep(3)   # the last JVMs exit after their shutdown reply
        after_cull, kernels_after_cull = tree_rss(server.pid)
        sampler.stop.set()
        sampler.join()

        completed = sum(s.completed for s in sessions)
        errors = [(s.number, s.notebook, e) for s in sessions for e in s.errors]
        runs = [t for s in sessions for t in s.run_all]
        first_runs = [s.run_all[0] for s in sessions if s.run_all]
        second_runs = [s.run_all[1] for s in sessions if len(s.run_all) > 1]
        readies = [s.ready for s in sessions if s.ready is not None]
        figures = {
            "sessions": args.sessions, "completed": completed, "errors": len(errors),
            "load_seconds": round(load_seconds, 1),
            "server_idle_mb": round(idle_server / 1e6), "peak_mb": round(sampler.peak / 1e6),
            "peak_kernels": sampler.peak_kernels, "peak_at_s": round(sampler.peak_at, 1),
            "after_load_mb": round(after_load / 1e6), "kernels_after_load": kernels_after_load,
            "after_cull_mb": round(after_cull / 1e6), "kernels_after_cull": kernels_after_cull,
            "kernels_listed_after_cull": remaining, "cull_seconds": round(cull_seconds, 1),
            "kernel_ready_median_s": round(statistics.median(readies), 2) if readies else None,
            "kernel_ready_max_s": round(max(readies), 2) if readies else None,
            "run_all_median_s": round(statistics.median(runs), 2) if runs else None,
            "run_all_slowest_s": round(max(runs), 2) if runs else None,
            "first_run_all_slowest_s": round(max(first_runs), 2) if first_runs else None,
            "second_run_all_slowest_s": round(max(second_runs), 2) if second_runs else None,
            "timeline_s_mb_kernels": sampler.timeline,
            "error_list": errors[:50],
        }
        print("[loadtest] sessions completed: %d of %d; errors: %d" % (completed, args.sessions, len(errors)))
        for number, notebook, error in errors[:40]:
            print("[loadtest]   session %d (%s): %s" % (number, notebook, error))
        print("[loadtest] all sessions done in %.0f s; kernel ready after POST /api/sessions: median %.1f s, max %.1f s"
              % (load_seconds, figures["kernel_ready_median_s"] or 0, figures["kernel_ready_max_s"] or 0))
        print("[loadtest] Run All: median %.1f s, slowest %.1f s (first runs' slowest %.1f s, second runs' %.1f s)"
              % (figures["run_all_median_s"] or 0, figures["run_all_slowest_s"] or 0,
                 figures["first_run_all_slowest_s"] or 0, figures["second_run_all_slowest_s"] or 0))
        print("[loadtest] memory (RSS, server + kernels): server alone %d MB; peak %d MB with %d kernels; "
              "after the sessions %d MB (%d kernels); after culling %d MB (%d kernels, %s listed, %.0f s after the last session)"
              % (figures["server_idle_mb"], figures["peak_mb"], figures["peak_kernels"], figures["after_load_mb"],
                 kernels_after_load, figures["after_cull_mb"], kernels_after_cull, remaining, cull_seconds))
        print("[loadtest] timeline (s, MB, kernels): " + " ".join("%s:%d/%d" % t for t in sampler.timeline))
        if args.json:
            with open(args.json, "w") as f:
                json.dump(figures, f, indent=1)
        ok = not errors and completed == args.sessions and remaining == 0
        sys.exit(0 if ok else 1)
    finally:
        if sampler is not None:
            sampler.stop.set()
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
