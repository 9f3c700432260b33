"""Runs the Python peer on the C++ net's weights and input; prints the comparison as JSON.

Usage: check_peer.py ARCH ACTIVATION STATE.pt IO.pt
  STATE.pt  torch::pickle_save'd dict of the C++ net's named parameters and buffers
  IO.pt     dict with "input" and the C++ net's eval-mode "output" for it
Prints {"params": trainable parameters of the Python net, "max_abs_diff": |Python - C++|}.
Exit status 0 unless something could not be run (the judging is test_python_peer's).
"""

import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nervescope_models as nm  # noqa: E402


def main(argv):
    arch, activation, state_path, io_path = argv[1:5]
    state = torch.load(state_path)
    io = torch.load(io_path)
    model = nm.create_model(arch, activation)
    nm.load_cpp_state(model, dict(state))
    model.eval()
    with torch.inference_mode():
        out = model(io["input"])
    print(json.dumps({"params": nm.count_parameters(model),
                      "max_abs_diff": float((out - io["output"]).abs().max()),
                      "max_abs_output": float(io["output"].abs().max())}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
