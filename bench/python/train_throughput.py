"""PyTorch's side of bench/run-training-throughput.sh: the identical SA-UNet
(nervescope_models.py, proven equal by tests/inference/test_python_peer) trained from Python
with NerveScope's settings, timed per iteration.

Same settings as NerveScope's trainer (inference/training/), stated:
  data      the train split, wrist view, of the dataset folder train_throughput --make-data
            writes, decoded once into memory at SIZE x SIZE greyscale in [0, 1] (Pillow; the
            decoding is not timed on either side), masks thresholded at 0.5;
  batches   a fresh random permutation per epoch cut into batches of BATCH, a last batch of
            one dropped (Batches.cpp); gathered from the in-memory tensor (a TensorDataset
            without DataLoader workers, as NerveScope has none either);
  augment   per sample, the same random affine as Augment.cpp / augmentRangesFor(segmentation):
            shear x and y +-15 deg, rotation +-10 deg, scale 0.9-1.1, shift +-5 %, horizontal
            flip half the time, about the image centre; bilinear, zero borders, mask
            re-thresholded at 0.5. Applied the PyTorch way (torchvision's RandomAffine on
            tensors does the same): one affine_grid + grid_sample for the whole batch;
  model     nervescope_models.create_model("sa-unet"), train mode (batch statistics);
  loss      soft dice (smooth 1, whole batch) + BCE with logits, equally weighted (Losses.cpp);
  optimiser torch.optim.Adam(lr=5e-4), PyTorch's defaults otherwise (as torch::optim::Adam's);
            zero_grad, forward, loss, backward, step, loss.item() every iteration;
  threads   torch.set_num_threads(T) and, like inference/CpuThreads.cpp, OpenBLAS's own pool
            set to T as well (--blas-threads default leaves OpenBLAS at its default).
Modes: full (batch assembly + augmentation + step, what a training iteration costs) and step
(the step alone on one ready, unaugmented batch). Formats: contiguous, channels-last (model
and batches; NerveScope's trainer is contiguous, so full-channels-last has no C++ twin: it
is PyTorch's other choice of layout).

Usage: train_throughput.py --data DIR [--iters 7] [--warmup 2] [--batch 8] [--size 256]
       [--threads 1,2] [--modes full,step] [--formats contiguous] [--phases] [--trace FILE]
Prints the same RESULT lines as NerveScope's train_throughput (tab-separated):
  RESULT pytorch sa-unet BATCH MODE-FORMAT THREADS IMG_S_MEDIAN IMG_S_BEST CPU_MS_PER_IMG ITERS
--trace FILE: writes FILE.THREADS, the legacy autograd profiler's chrome trace over --iters steps
(bench/python/trace_ops.py sums it per op; diagnosis only).
"""

import argparse
import ctypes
import json
import math
import os
import random
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nervescope_models as nm  # noqa: E402

# augmentRangesFor(TrainingTask::Segmentation)
SHEAR_DEG, ROTATION_DEG, SCALE_MIN, SCALE_MAX, TRANSLATE, FLIP = 15.0, 10.0, 0.9, 1.1, 0.05, True
LEARNING_RATE = 5e-4  # TrainingConfig::learningRate


def openblas_set_threads(threads):
    """OpenBLAS is behind libblas.so.3; find the loaded library and set its pool size."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line and line.split()[-1].startswith("/")}
    for path in sorted(paths):
        lib = ctypes.CDLL(path)
        if hasattr(lib, "openblas_set_num_threads"):
            lib.openblas_set_num_threads(threads)
            return True
    return False


def load_split(data_dir, size):
    manifest = json.load(open(os.path.join(data_dir, "manifest.json")))
    rows = [r for r in manifest["items"] if r["split"] == "train" and r.get("view", "wrist") in ("", "wrist")]

    def read(path):
        img = Image.open(os.path.join(data_dir, path)).convert("L")
        if img.size != (size, size):
            img = img.resize((size, size), Image.BOX if img.size[0] > size else Image.BILINEAR)
        return np.asarray(img, dtype=np.float32) / 255.0

    images = torch.from_numpy(np.stack([read(r["image"]) for r in rows]))[:, None]
    masks = (torch.from_numpy(np.stack([read(r["mask"]) for r in rows]))[:, None] > 0.5).float()
    return images.contiguous(), masks.contiguous()


def affine_matrix(size):
    """Augment.cpp's affineMatrix for one random draw (3x3, source to destination pixels)."""
    shx, shy = (math.radians(random.uniform(-SHEAR_DEG, SHEAR_DEG)) for _ in range(2))
    rot = math.radians(random.uniform(-ROTATION_DEG, ROTATION_DEG))
    scale = random.uniform(SCALE_MIN, SCALE_MAX)
    tx, ty = (random.uniform(-TRANSLATE, TRANSLATE) for _ in range(2))
    flip = FLIP and random.random() < 0.5
    c0 = (size - 1) * 0.5
    to_centre = np.array([[1, 0, -c0], [0, 1, -c0], [0, 0, 1]], dtype=np.float64)
    mirror = np.diag([-1.0 if flip else 1.0, 1.0, 1.0])
    shear = np.array([[1, math.tan(shx), 0], [math.tan(shy), 1, 0], [0, 0, 1]])
    c, s = math.cos(rot) * scale, math.sin(rot) * scale
    rot_scale = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])
    back = np.array([[1, 0, c0 + tx * size], [0, 1, c0 + ty * size], [0, 0, 1]])
    return back @ rot_scale @ shear @ mirror @ to_centre


def augment(images, masks):
    """One random affine per sample, image and mask alike, in one grid_sample."""
    n, _, h, w = images.shape
    # grid_sample maps output to input in [-1, 1] (align_corners=True: -1 and 1 are pixel
    # centres 0 and size-1), so theta = norm * inverse(M) * norm^-1.
    norm = np.array([[2.0 / (w - 1), 0, -1], [0, 2.0 / (h - 1), -1], [0, 0, 1]])
    theta = np.stack([(norm @ np.linalg.inv(affine_matrix(w)) @ np.linalg.inv(norm))[:2] for _ in range(n)])
    grid = F.affine_grid(torch.from_numpy(theta).float(), [n, 2, h, w], align_corners=True)
    warped = F.grid_sample(torch.cat([images, masks], 1), grid, mode="bilinear", padding_mode="zeros",
                           align_corners=True)
    return warped[:, :1].contiguous(), (warped[:, 1:] > 0.5).float()


def segmentation_loss(logits, target):
    p = torch.sigmoid(logits)
    dice = 1.0 - (2.0 * (p * target).sum() + 1.0) / (p.sum() + target.sum() + 1.0)
    return dice + F.binary_cross_entropy_with_logits(logits, target)


class Batches:
    """Epochs of shuffled batches; a last batch of one is dropped (Batches.cpp)."""

    def __init__(self, samples, batch):
        self.samples, self.batch, self.queue = samples, batch, []

    def next(self):
        if not self.queue:
            order = torch.randperm(self.samples)
            self.queue = [order[i:i + self.batch] for i in range(0, self.samples, self.batch)
                          if min(self.samples, i + self.batch) - i >= 2 or self.samples == 1]
        return self.queue.pop(0)


def make_model(channels_last):
    torch.manual_seed(1)
    model = nm.create_model("sa-unet").train()
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    return model


def step(model, adam, x, y):
    adam.zero_grad()
    loss = segmentation_loss(model(x), y)
    loss.backward()
    adam.step()
    return loss.item()


def phases(model, adam, images, masks, batches, laps):
    t = time.perf_counter()

    def lap(i):
        nonlocal t
        now = time.perf_counter()
        laps[i].append((now - t) * 1e3)
        t = now

    idx = batches.next()
    x, y = augment(images[idx], masks[idx])
    lap(0)
    adam.zero_grad()
    logits = model(x)
    lap(1)
    loss = segmentation_loss(logits, y)
    lap(2)
    loss.backward()
    lap(3)
    adam.step()
    loss.item()
    lap(4)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--iters", type=int, default=7)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--threads", default="1,2")
    p.add_argument("--modes", default="full,step")
    p.add_argument("--formats", default="contiguous")
    p.add_argument("--blas-threads", choices=["follow", "default"], default="follow")
    p.add_argument("--phases", action="store_true")
    p.add_argument("--trace", default="")
    a = p.parse_args()
    random.seed(1)
    images, masks = load_split(a.data, a.size)
    print(f"train split: {images.shape[0]} frames", file=sys.stderr)
    for threads in [int(t) for t in a.threads.split(",")]:
        torch.set_num_threads(threads)
        if a.blas_threads == "follow" and not openblas_set_threads(threads):
            print("OpenBLAS not found; its threads left at the default", file=sys.stderr)
        for mode in [m for m in a.modes.split(",") if m]:
            if mode not in ("full", "step"):
                sys.exit(f"unknown mode {mode}")
            for fmt in a.formats.split(","):
                channels_last = fmt == "channels-last"
                model = make_model(channels_last)
                adam = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
                batches = Batches(images.shape[0], a.batch)
                if mode == "step":
                    n = min(a.batch, images.shape[0])
                    fx, fy = images[:n].clone(), masks[:n].clone()
                    if channels_last:
                        fx = fx.contiguous(memory_format=torch.channels_last)
                        fy = fy.contiguous(memory_format=torch.channels_last)
                secs, cpu = [], []
                for it in range(a.warmup + a.iters):
                    c0, t0 = time.process_time(), time.perf_counter()
                    if mode == "full":
                        idx = batches.next()
                        x, y = augment(images[idx], masks[idx])
                        if channels_last:
                            x = x.contiguous(memory_format=torch.channels_last)
                            y = y.contiguous(memory_format=torch.channels_last)
                    else:
                        x, y = fx, fy
                    step(model, adam, x, y)
                    dt, dc = time.perf_counter() - t0, time.process_time() - c0
                    if it >= a.warmup:
                        secs.append(dt / x.shape[0])
                        cpu.append(dc / x.shape[0])
                print(f"RESULT\tpytorch\tsa-unet\t{a.batch}\t{mode}-{fmt}\t{threads}\t"
                      f"{1.0 / statistics.median(secs):.3f}\t{1.0 / min(secs):.3f}\t"
                      f"{statistics.median(cpu) * 1e3:.1f}\t{a.iters}", flush=True)
        if a.phases:
            model = make_model(False)
            adam = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
            batches = Batches(images.shape[0], a.batch)
            laps = [[] for _ in range(5)]
            for it in range(a.warmup + a.iters):
                run = [[] for _ in range(5)]
                phases(model, adam, images, masks, batches, run)
                if it >= a.warmup:
                    for i in range(5):
                        laps[i].append(run[i][0])
            for i, name in enumerate(["batch+augment", "forward", "loss", "backward", "adam"]):
                print(f"PHASE\tpytorch\t{threads}\t{name}\t{statistics.median(laps[i]):.1f}", flush=True)
        if a.trace:
            # The same as train_throughput --trace: the legacy profiler over --iters steps on a
            # ready batch in the first of --formats (diagnosis only).
            channels_last = a.formats.split(",")[0] == "channels-last"
            model = make_model(channels_last)
            adam = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
            x, y = images[:a.batch].clone(), masks[:a.batch].clone()
            if channels_last:
                x = x.contiguous(memory_format=torch.channels_last)
            for _ in range(a.warmup):
                step(model, adam, x, y)
            with torch.autograd.profiler.profile(use_kineto=False) as prof:
                for _ in range(a.iters):
                    step(model, adam, x, y)
            prof.export_chrome_trace(f"{a.trace}.{threads}")


if __name__ == "__main__":
    main()
