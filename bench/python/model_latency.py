"""PyTorch's side of bench/run-model-latency.sh: the identical SA-UNet / U-Net
(nervescope_models.py, proven equal by tests/inference/test_python_peer) timed in Python.

Variants, each at every thread count (torch.set_num_threads):
  eager-contiguous, eager-channels-last   nn.Module under torch.inference_mode
  frozen-contiguous, frozen-channels-last torch.jit.freeze(torch.jit.script(model).eval())
                                          (BN folded into plain convs, constants inlined)
  ofi-channels-last                       torch.jit.optimize_for_inference of the scripted
                                          model (frozen, then MKL-DNN weight prepacking)
Usage: model_latency.py --model sa-unet --batch 1 [--runs 7] [--size 256] [--threads 1,2]
                        [--device cpu|cuda]   (cuda: the side is printed as pytorch-cuda)
Prints the same RESULT lines as NerveScope's model_latency (tab-separated):
  RESULT pytorch MODEL BATCH VARIANT THREADS MS_PER_FRAME MIN_MS_PER_FRAME CPU_MS_PER_FRAME RUNS
"""

import argparse
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nervescope_models as nm  # noqa: E402

VARIANTS = ["eager-contiguous", "eager-channels-last", "frozen-contiguous", "frozen-channels-last",
            "ofi-channels-last"]
# frozen-contiguous loses to frozen-channels-last everywhere we looked; --variants adds it.
DEFAULT_VARIANTS = [v for v in VARIANTS if v != "frozen-contiguous"]


def build(arch, variant, example, device):
    model = nm.create_model(arch).eval().to(device)
    channels_last = variant.endswith("channels-last")
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    if variant.startswith("eager"):
        return model
    scripted = torch.jit.script(model).eval()
    if variant.startswith("ofi"):
        return torch.jit.optimize_for_inference(scripted)
    return torch.jit.freeze(scripted)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="sa-unet")
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--threads", default="1,2")
    p.add_argument("--variants", default=",".join(DEFAULT_VARIANTS))
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    a = p.parse_args()
    cuda = a.device == "cuda"
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    side = "pytorch-cuda" if cuda else "pytorch"
    torch.manual_seed(0)
    for variant in a.variants.split(","):
        fmt = torch.channels_last if variant.endswith("channels-last") else torch.contiguous_format
        x = torch.rand(a.batch, 1, a.size, a.size, device=a.device).contiguous(memory_format=fmt)
        with torch.inference_mode() if variant.startswith("eager") else torch.no_grad():
            model = build(a.model, variant, x, a.device)
            for threads in [int(t) for t in a.threads.split(",")]:
                torch.set_num_threads(threads)
                # Warm-up: TorchScript's profiling executor specialises on the first calls.
                for _ in range(3 if a.batch == 1 and not cuda else (10 if cuda else 2)):
                    model(x)
                sync()
                ms, cpu = [], []
                for _ in range(a.runs):
                    c0 = time.process_time()
                    t0 = time.perf_counter()
                    model(x)
                    sync()
                    ms.append((time.perf_counter() - t0) * 1e3)
                    cpu.append((time.process_time() - c0) * 1e3)
                print(f"RESULT\t{side}\t{a.model}\t{a.batch}\t{variant}\t{threads}\t"
                      f"{statistics.median(ms) / a.batch:.3f}\t{min(ms) / a.batch:.3f}\t"
                      f"{statistics.median(cpu) / a.batch:.3f}\t{a.runs}", flush=True)


if __name__ == "__main__":
    main()
