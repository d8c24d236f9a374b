"""Reference values from real PyTorch, for the library's conformance tests.

Writes lib/src/test/resources/torch-reference.json. Run by hand, NOT by CI (CI has no PyTorch):

    python3 -m venv /tmp/torchvenv                  # a throwaway venv OUTSIDE the repository
    /tmp/torchvenv/bin/pip install torch==2.13.0    # from PyPI, about a minute here. PyPI has no
                                                    # CPU-only wheel for Linux x86_64: this is the
                                                    # CUDA build (4.7 GB with its nvidia-* deps),
                                                    # run on the CPU; no GPU needed
    /tmp/torchvenv/bin/python lib/src/test/python/torch_reference.py     # from the repository root

It takes a few seconds and is deterministic: running it again with the same torch gives the same
file byte for byte. The JSON layout is described in README.md beside this script.

Each group of values has one function below. The exercise network is written the way the original
reports wrote it (one float tensor of shape [1] per weight, Python floats for x and y, the update
w.data = w.data - step * w.grad.data), so that the float32 results are the reports' printouts.
"""
import json
import math
import os
import platform
import sys
import time

import torch
import torch.nn as nn

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUTPUT = os.path.join(HERE, "..", "resources", "torch-reference.json")

DTYPES = {"float64": torch.float64, "float32": torch.float32}

# The exercise (ASSIGNMENT.md): 2-2-2, no biases.
X = (0.5, 0.3)
Y = (0.23, -0.07)
W_GIVEN = (0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8)
EPOCHS = 100
SNAPSHOT_EPOCHS = (1, 10, 50, 100)


def values(t):
    """A tensor's values as a (nested) list of Python floats: float32 values widen exactly."""
    return t.detach().to(torch.float64).tolist()


# ---------------------------------------------------------------------------------------------
# Activations and their derivatives


def sigmoid_written_out(z):
    return 1 / (1 + torch.exp(-z))


ACTIVATIONS = {
    "sigmoid": torch.sigmoid,                      # backward: y * (1 - y) from the output y
    "sigmoid_written_out": sigmoid_written_out,    # autograd through exp, add, reciprocal
    "relu": torch.relu,                            # derivative 0 at z = 0
    "tanh": torch.tanh,
}

Z_ORDINARY = [-3.0, -0.5, 0.0, 0.5, 3.0]
Z_EXTREME = [-800.0, -710.0, -709.0, -100.0, -89.0, -88.0, -40.0,
             16.0, 17.0, 18.0, 36.0, 37.0, 40.0, 100.0, 800.0]


def activations():
    z_all = sorted(Z_ORDINARY + Z_EXTREME)
    out = {"z": z_all}
    for dname, dtype in DTYPES.items():
        per_dtype = {}
        for name, f in ACTIVATIONS.items():
            z = torch.tensor(z_all, dtype=dtype, requires_grad=True)
            y = f(z)
            (dy_dz,) = torch.autograd.grad(y.sum(), z)
            per_dtype[name] = {"y": values(y), "dy_dz": values(dy_dz)}
        out[dname] = per_dtype
    return out


# ---------------------------------------------------------------------------------------------
# Losses and reductions, with the gradient w.r.t. the input (the network's output)


def half_sum_squared_error(o, y):
    return torch.sum((o - y) ** 2) / 2


def mse_sum_of_two_per_output(o, y):
    mse = nn.MSELoss()
    return mse(o[0:1], y[0:1]) + mse(o[1:2], y[1:2])


def loss_cases(o_exercise):
    """(name, expression, function, input, target, target is class indices)."""
    o3 = [0.3, -1.2, 2.5]
    batch = [[0.3, -1.2, 2.5], [1.5, 0.2, -0.7]]
    return [
        ("half_sum_squared_error", "sum((o - y)^2) / 2", half_sum_squared_error,
         o_exercise, list(Y), False),
        ("mse_mean", "nn.MSELoss(reduction='mean')(o, y)", nn.MSELoss(reduction="mean"),
         o_exercise, list(Y), False),
        ("mse_sum", "nn.MSELoss(reduction='sum')(o, y)", nn.MSELoss(reduction="sum"),
         o_exercise, list(Y), False),
        ("mse_none", "nn.MSELoss(reduction='none')(o, y)", nn.MSELoss(reduction="none"),
         o_exercise, list(Y), False),
        ("mse_sum_of_two_per_output", "nn.MSELoss()(o[0:1], y[0:1]) + nn.MSELoss()(o[1:2], y[1:2])",
         mse_sum_of_two_per_output, o_exercise, list(Y), False),
        ("half_sum_squared_error_3", "sum((o - y)^2) / 2", half_sum_squared_error,
         o3, [1.0, 0.0, -0.5], False),
        ("mse_mean_3", "nn.MSELoss(reduction='mean')(o, y)", nn.MSELoss(reduction="mean"),
         o3, [1.0, 0.0, -0.5], False),
        ("cross_entropy_index", "nn.CrossEntropyLoss()(o, 2)  (unbatched: o has shape [C])",
         nn.CrossEntropyLoss(), o3, 2, True),
        ("cross_entropy_index_batch_mean", "nn.CrossEntropyLoss(reduction='mean')(o, [2, 0])",
         nn.CrossEntropyLoss(reduction="mean"), batch, [2, 0], True),
        ("cross_entropy_index_batch_sum", "nn.CrossEntropyLoss(reduction='sum')(o, [2, 0])",
         nn.CrossEntropyLoss(reduction="sum"), batch, [2, 0], True),
        ("cross_entropy_index_batch_none", "nn.CrossEntropyLoss(reduction='none')(o, [2, 0])",
         nn.CrossEntropyLoss(reduction="none"), batch, [2, 0], True),
        ("cross_entropy_prob", "nn.CrossEntropyLoss()(o, p)  (unbatched, probability target)",
         nn.CrossEntropyLoss(), o3, [0.2, 0.5, 0.3], False),
        ("cross_entropy_prob_batch_mean", "nn.CrossEntropyLoss(reduction='mean')(o, p)",
         nn.CrossEntropyLoss(reduction="mean"), batch, [[0.2, 0.5, 0.3], [1.0, 0.0, 0.0]], False),
        ("cross_entropy_prob_batch_sum", "nn.CrossEntropyLoss(reduction='sum')(o, p)",
         nn.CrossEntropyLoss(reduction="sum"), batch, [[0.2, 0.5, 0.3], [1.0, 0.0, 0.0]], False),
        ("cross_entropy_prob_invalid_exercise",
         "nn.CrossEntropyLoss()(o, y) with the exercise's y = (0.23, -0.07) as 'probabilities'",
         nn.CrossEntropyLoss(), o_exercise, list(Y), False),
        ("cross_entropy_prob_invalid_zero_output",
         "nn.CrossEntropyLoss()(o, y) at o = (0, 0), y = (0.23, -0.07) (report 000 exp. 8)",
         nn.CrossEntropyLoss(), [0.0, 0.0], list(Y), False),
        ("bce_mean", "nn.BCELoss(reduction='mean')(p, t)", nn.BCELoss(reduction="mean"),
         [0.2, 0.7, 0.9], [0.0, 1.0, 0.5], False),
        ("bce_sum", "nn.BCELoss(reduction='sum')(p, t)", nn.BCELoss(reduction="sum"),
         [0.2, 0.7, 0.9], [0.0, 1.0, 0.5], False),
        ("bce_clamped_log", "nn.BCELoss(reduction='sum')(p, t), log clamped at -100",
         nn.BCELoss(reduction="sum"), [0.0, 1.0], [1.0, 0.0], False),
        ("bce_with_logits_mean", "nn.BCEWithLogitsLoss(reduction='mean')(o, t)",
         nn.BCEWithLogitsLoss(reduction="mean"), o3, [0.0, 1.0, 0.5], False),
    ]


def losses(o_exercise):
    out = {}
    for name, expression, f, inp, target, indices in loss_cases(o_exercise):
        case = {"expression": expression, "input": inp, "target": target,
                "target_is_class_index": indices}
        for dname, dtype in DTYPES.items():
            o = torch.tensor(inp, dtype=dtype, requires_grad=True)
            y = torch.tensor(target, dtype=torch.int64 if indices else dtype)
            loss = f(o, y)
            if loss.dim() == 0:
                (grad,) = torch.autograd.grad(loss, o)
                result = {"loss": values(loss), "grad_input": values(grad)}
            else:  # reduction='none': one loss per element (per sample), no gradient
                result = {"loss_elements": values(loss)}
            case[dname] = result
        out[name] = case
    return out


# ---------------------------------------------------------------------------------------------
# The exercise network, written as the original reports wrote it


def forward(w, activation):
    f = ACTIVATIONS[activation]
    in_h1 = w[0] * X[0] + w[2] * X[1]
    h1 = f(in_h1)
    in_h2 = w[1] * X[0] + w[3] * X[1]
    h2 = f(in_h2)
    in_o1 = w[4] * h1 + w[6] * h2
    o1 = f(in_o1)
    in_o2 = w[5] * h1 + w[7] * h2
    o2 = f(in_o2)
    return {"in_h1": in_h1, "in_h2": in_h2, "h1": h1, "h2": h2,
            "in_o1": in_o1, "in_o2": in_o2, "o1": o1, "o2": o2}


def network_loss(name, o1, o2, dtype):
    if name == "half_sse":
        return (1 / 2) * (o1 - Y[0]) ** 2 + (1 / 2) * (o2 - Y[1]) ** 2
    if name == "mse_mean_vector":
        return nn.MSELoss()(torch.cat([o1, o2]), torch.tensor(Y, dtype=dtype))
    if name == "mse_sum_of_two":
        mse = nn.MSELoss()
        return (mse(o1, torch.tensor([Y[0]], dtype=dtype))
                + mse(o2, torch.tensor([Y[1]], dtype=dtype)))
    if name == "cross_entropy_prob":
        return nn.CrossEntropyLoss()(torch.cat([o1, o2]), torch.tensor(Y, dtype=dtype))
    raise ValueError(name)


LOSS_EXPRESSIONS = {
    "half_sse": "1/2*(o1-y1)^2 + 1/2*(o2-y2)^2",
    "mse_mean_vector": "nn.MSELoss()(cat(o1, o2), y)  (mean over the 2-vector: equals half_sse)",
    "mse_sum_of_two": "nn.MSELoss()(o1, y1) + nn.MSELoss()(o2, y2)  (twice half_sse)",
    "cross_entropy_prob": "nn.CrossEntropyLoss()(cat(o1, o2), y)  (y as class probabilities)",
}


def weight_tensors(initial, dtype):
    return [torch.tensor([v], dtype=dtype, requires_grad=True) for v in initial]


def exercise_one_step():
    """One forward/backward/update of the exercise, with every intermediate value and delta."""
    out = {}
    for activation in ("sigmoid_written_out", "sigmoid"):
        per_act = {}
        for dname, dtype in DTYPES.items():
            w = weight_tensors(W_GIVEN, dtype)
            v = forward(w, activation)
            for t in v.values():
                t.retain_grad()
            loss = network_loss("half_sse", v["o1"], v["o2"], dtype)
            loss.backward()
            r = {k: t.item() for k, t in v.items()}
            r["loss"] = loss.item()
            for k, t in v.items():
                r["dL_d" + k] = t.grad.item()
            r["grads"] = [wi.grad.item() for wi in w]
            r["weights_after"] = [(wi.data - 1 * wi.grad.data).item() for wi in w]
            per_act[dname] = r
        out[activation] = per_act
    return out


def train(activation, loss_name, step, initial, dtype, epochs=EPOCHS):
    """The reports' loop. Epoch e (from 1): forward and loss at the weights after e-1 updates
    (that is what epoch e prints), backward, then update e."""
    w = weight_tensors(initial, dtype)
    loss_per_epoch, o1_per_epoch, o2_per_epoch, snapshots = [], [], [], []
    for epoch in range(1, epochs + 1):
        v = forward(w, activation)
        loss = network_loss(loss_name, v["o1"], v["o2"], dtype)
        loss.backward()
        grads = [wi.grad.item() for wi in w]
        for wi in w:
            wi.data = wi.data - step * wi.grad.data
            wi.grad.data.zero_()
        loss_per_epoch.append(loss.item())
        o1_per_epoch.append(v["o1"].item())
        o2_per_epoch.append(v["o2"].item())
        if epoch in SNAPSHOT_EPOCHS:
            snapshots.append({"epoch": epoch, "h1": v["h1"].item(), "h2": v["h2"].item(),
                              "o1": v["o1"].item(), "o2": v["o2"].item(), "loss": loss.item(),
                              "grads": grads, "weights_after": [wi.item() for wi in w]})
    v = forward(w, activation)
    final = {"weights": [wi.item() for wi in w], "o1": v["o1"].item(), "o2": v["o2"].item(),
             "loss": network_loss(loss_name, v["o1"], v["o2"], dtype).item()}
    return {"initial_weights": [wi for wi in values(torch.tensor(initial, dtype=dtype))],
            "loss": loss_per_epoch, "o1": o1_per_epoch, "o2": o2_per_epoch,
            "snapshots": snapshots, "after_last_update": final}


def seed20_weights():
    torch.manual_seed(20)
    return [torch.rand(1).item() for _ in range(8)]


# name: (activation, loss, step, initial weights, what it is). Each run changes only what its name
# says from "exercise" (hand-written sigmoid, half_sse, step 1, the given weights). Report 000 kept
# the hand-written sigmoid in its experiment 6: its float32 printouts are matched to the last digit
# with it, not with torch.sigmoid.
RUNS = {
    "exercise": ("sigmoid_written_out", "half_sse", 1, "given",
                 "exp. 1: the exercise as given, hand-written sigmoid"),
    "builtin_sigmoid": ("sigmoid", "half_sse", 1, "given", "exp. 2: torch.sigmoid"),
    "relu": ("relu", "half_sse", 1, "given", "exp. 3: ReLU (report 000 exp. 3)"),
    "mse_mean_vector": ("sigmoid_written_out", "mse_mean_vector", 1, "given",
                        "exp. 4: MSELoss over the 2-vector (same as half_sse)"),
    "mse_sum_of_two": ("sigmoid_written_out", "mse_sum_of_two", 1, "given",
                       "exp. 4: sum of two per-output MSELoss (doubled loss)"),
    "relu_mse_sum_of_two": ("relu", "mse_sum_of_two", 1, "given",
                            "report 000 exp. 4: two per-output MSELoss with ReLU still on"),
    "cross_entropy_sigmoid": ("sigmoid_written_out", "cross_entropy_prob", 1, "given",
                              "exp. 5: CrossEntropyLoss with the float targets, sigmoid"),
    "cross_entropy_relu": ("relu", "cross_entropy_prob", 1, "given",
                           "exp. 5: CrossEntropyLoss with the float targets, ReLU (diverges)"),
    "step_0.5": ("sigmoid_written_out", "half_sse", 0.5, "given", "exp. 6: step 0.5"),
    "step_3": ("sigmoid_written_out", "half_sse", 3, "given", "exp. 6: step 3"),
    "step_6": ("sigmoid_written_out", "half_sse", 6, "given",
               "exp. 6: step 6 (what report 000's 'step 3' effectively was)"),
    "mse_sum_of_two_step_0.5": ("sigmoid_written_out", "mse_sum_of_two", 0.5, "given",
                                "report 000 exp. 6 'step 0.5' (doubled loss)"),
    "mse_sum_of_two_step_3": ("sigmoid_written_out", "mse_sum_of_two", 3, "given",
                              "report 000 exp. 6 'step 3' (doubled loss)"),
    "seed20_relu_cross_entropy_step2": ("relu", "cross_entropy_prob", 2, "seed20",
                                        "report 000 exp. 7: manual_seed(20), 8 x rand(1); "
                                        "diverges"),
    "zeros_sigmoid": ("sigmoid_written_out", "half_sse", 1, "zeros",
                      "exp. 8: all-zero start, sigmoid"),
    "zeros_relu_cross_entropy": ("relu", "cross_entropy_prob", 1, "zeros",
                                 "report 000 exp. 8: all-zero start, ReLU + CrossEntropyLoss"),
}


def runs():
    initials = {"given": list(W_GIVEN), "zeros": [0.0] * 8, "seed20": seed20_weights()}
    out = {}
    for name, (activation, loss_name, step, init, description) in RUNS.items():
        run = {"description": description, "activation": activation, "loss": loss_name,
               "loss_expression": LOSS_EXPRESSIONS[loss_name], "step": step, "init": init,
               "epochs": EPOCHS}
        for dname, dtype in DTYPES.items():
            run[dname] = train(activation, loss_name, step, initials[init], dtype)
        out[name] = run
    return out


# ---------------------------------------------------------------------------------------------
# torch.manual_seed / torch.rand


class MT19937:
    """Matsumoto & Nishimura's generator, init_genrand seeding: what torch's CPU generator is."""

    def __init__(self, seed):
        self.mt = [seed & 0xFFFFFFFF]
        for i in range(1, 624):
            prev = self.mt[i - 1]
            self.mt.append((1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF)
        self.index = 624

    def next32(self):
        if self.index >= 624:
            for i in range(624):
                y = (self.mt[i] & 0x80000000) | (self.mt[(i + 1) % 624] & 0x7FFFFFFF)
                self.mt[i] = self.mt[(i + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y


def rand_draws():
    out = {"draws_per_seed": 8, "seeds": {}}
    for seed in (0, 20, 42):
        torch.manual_seed(seed)
        draws = [torch.rand(1) for _ in range(8)]
        numerators = [int(d.item() * 2 ** 24) for d in draws]
        mt = MT19937(seed)
        mt_outputs = [mt.next32() for _ in range(8)]
        assert numerators == [x & 0xFFFFFF for x in mt_outputs], seed
        out["seeds"][str(seed)] = {"rand": [d.item() for d in draws],
                                   "numerator_24bit": numerators,
                                   "mt19937_output": mt_outputs}
    return out


# ---------------------------------------------------------------------------------------------
# The biased "step by step" example: nn.Linear 2-2-2, sigmoid, sum((o - y)^2) / 2, SGD lr 0.5


def step_by_step():
    out = {}
    for dname, dtype in DTYPES.items():
        hidden = nn.Linear(2, 2).to(dtype)
        output = nn.Linear(2, 2).to(dtype)
        with torch.no_grad():
            hidden.weight.copy_(torch.tensor([[0.15, 0.20], [0.25, 0.30]], dtype=dtype))
            hidden.bias.copy_(torch.tensor([0.35, 0.35], dtype=dtype))
            output.weight.copy_(torch.tensor([[0.40, 0.45], [0.50, 0.55]], dtype=dtype))
            output.bias.copy_(torch.tensor([0.60, 0.60], dtype=dtype))
        x = torch.tensor([0.05, 0.10], dtype=dtype)
        y = torch.tensor([0.01, 0.99], dtype=dtype)
        h = torch.sigmoid(hidden(x))
        o = torch.sigmoid(output(h))
        loss = torch.sum((o - y) ** 2) / 2
        optimizer = torch.optim.SGD(list(hidden.parameters()) + list(output.parameters()), lr=0.5)
        optimizer.zero_grad()
        loss.backward()
        r = {"hidden_out": values(h), "output": values(o), "loss": loss.item(),
             "grad_hidden_weight": values(hidden.weight.grad),
             "grad_hidden_bias": values(hidden.bias.grad),
             "grad_output_weight": values(output.weight.grad),
             "grad_output_bias": values(output.bias.grad)}
        optimizer.step()
        r.update({"hidden_weight_after": values(hidden.weight),
                  "hidden_bias_after": values(hidden.bias),
                  "output_weight_after": values(output.weight),
                  "output_bias_after": values(output.bias)})
        out[dname] = r
    return out


# ---------------------------------------------------------------------------------------------
# The 3-layer chain e = w3 * (w2 * (w1 * x)), loss 1/2 (e - label)^2


def chain3():
    w_initial = [0.2333, -0.233, -0.52133]
    samples = [(1.0, -1.0), (-1.0, 1.0)]
    out = {"initial_weights": w_initial, "samples": []}
    for x, label in samples:
        w = [torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in w_initial]
        e = w[2] * (w[1] * (w[0] * x))
        loss = (e - label) ** 2 / 2
        loss.backward()
        out["samples"].append({"x": x, "label": label, "e": e.item(), "loss": loss.item(),
                               "grads": [wi.grad.item() for wi in w]})
    return out


# ---------------------------------------------------------------------------------------------


def json_safe(v):
    """JSON has no NaN or infinities: write them as the strings Java's Double.parseDouble reads."""
    if isinstance(v, float) and not math.isfinite(v):
        return "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")
    if isinstance(v, dict):
        return {k: json_safe(x) for k, x in v.items()}
    if isinstance(v, list):
        return [json_safe(x) for x in v]
    return v


def to_json(v, indent=""):
    """Pretty JSON in the script's key order, a list of numbers (or of such lists) on one line."""
    inner = indent + "  "
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [inner + json.dumps(k) + ": " + to_json(x, inner) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(v, list):
        if all(not isinstance(x, dict) for x in v) and all(
                not isinstance(x, list) or all(not isinstance(y, (dict, list)) for y in x)
                for x in v):
            return json.dumps(v, allow_nan=False, ensure_ascii=False, separators=(", ", ": "))
        return "[\n" + ",\n".join(inner + to_json(x, inner) for x in v) + "\n" + indent + "]"
    return json.dumps(v, allow_nan=False, ensure_ascii=False)


CONVENTIONS = {
    "numbers": "float64 results as shortest round-trip decimals; float32 results widened exactly "
               "to double, so (float) Double.parseDouble(s) gives the float32 value bit for bit. "
               "Inputs (z, loss inputs, weights) are written as decimals and rounded to the "
               "section's dtype before use.",
    "non_finite": "NaN, Infinity and -Infinity are written as the strings \"NaN\", \"Infinity\", "
                  "\"-Infinity\".",
    "epoch": "Epochs count from 1. At epoch e the network runs forward with the weights after e-1 "
             "updates and prints o1, o2 and the loss (so loss[0], the loss of epoch 1, is the loss "
             "at the initial weights, before any update); grads are taken at those weights; "
             "weights_after are the weights after update e. after_last_update is the forward "
             "pass at the weights after the last update (what an epoch 101 would print).",
    "weights": "w1..w8 in this order: in_h1 = w1*x1 + w3*x2, in_h2 = w2*x1 + w4*x2, "
               "in_o1 = w5*h1 + w7*h2, in_o2 = w6*h1 + w8*h2.",
    "update": "w <- w - step * dL/dw for all eight weights at once (gradients of one point).",
    "seed20": "init 'seed20': torch.manual_seed(20), then w1..w8 = 8 successive torch.rand(1) "
              "(float32); the float64 run starts from the same float32 values widened.",
}


def main():
    started = time.perf_counter()
    torch.set_num_threads(1)
    one_step = exercise_one_step()
    o_exercise = [one_step["sigmoid_written_out"]["float64"]["o1"],
                  one_step["sigmoid_written_out"]["float64"]["o2"]]
    script = os.path.relpath(os.path.abspath(__file__), REPO_ROOT)
    reference = {
        "meta": {
            "generator": script,
            "command": "python " + script,
            "torch_version": torch.__version__,
            "python_version": platform.python_version(),
            "device": "cpu",
            "conventions": CONVENTIONS,
        },
        "activations": activations(),
        "losses": losses(o_exercise),
        "exercise_one_step": one_step,
        "runs": runs(),
        "rand": rand_draws(),
        "step_by_step": step_by_step(),
        "chain3": chain3(),
    }
    text = to_json(json_safe(reference))
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text + "\n")
    print(f"wrote {os.path.relpath(os.path.abspath(OUTPUT), REPO_ROOT)} "
          f"in {time.perf_counter() - started:.2f} s (torch {torch.__version__})", file=sys.stderr)


if __name__ == "__main__":
    main()
