"""Markdown report of bench/run-training-throughput.sh from its RESULT lines.

Input lines (tab-separated): RESULT GROUP SIDE MODEL BATCH VARIANT THREADS IMG_S_MEDIAN
IMG_S_BEST CPU_MS_PER_IMG ITERS. The two sides of one group ran back to back, so every
ratio is taken within a group; the summary gives the median of the groups' ratios.
Usage: throughput_table.py RESULTS.tsv NOTES.md > out.md
"""

import statistics
import sys
from collections import defaultdict

# NerveScope's trainer (trainModel) runs this variant: channels-last since 2026-11-23.
TRAINER_VARIANT = "full-channels-last"

VARIANT_TEXT = {
    "full-channels-last": "full iteration: batch assembly + augmentation + step, model and batches channels-last "
                          "(NerveScope: trainModel's path, trainStep under its TensorCacheScope)",
    "full-channels-last-nocache": "NerveScope only: the same without the TensorCacheScope (LibTorch's own allocator)",
    "full-contiguous": "the full iteration, contiguous (NerveScope's trainer before 2026-11-23)",
    "full-contiguous-nocache": "NerveScope only: the same without the TensorCacheScope",
    "step-contiguous": "step alone on a ready batch, contiguous",
    "step-channels-last": "step alone on a ready batch, channels-last (model and input)",
}

WHAT = """What is measured, on both sides: SA-UNet (495,047 parameters, the same network, tests/inference/
test_python_peer), train mode, batch 8 of 256x256 greyscale frames from the same synthetic dataset
folder (its train split, wrist view, decoded once into memory: decoding is not timed), soft dice + BCE
with logits, Adam lr 5e-4 with default betas, zero_grad/forward/loss/backward/step/loss.item() per
iteration, LibTorch intra-op threads and OpenBLAS threads both set to the count shown. The `full`
variants add what a training iteration also does: a shuffled batch gathered from memory and the
segmentation augmentation (random shear/rotation/scale/shift/flip, bilinear warp of image and mask,
mask re-thresholded): NerveScope through `ns::training::trainStep` (OpenCV warpAffine per sample, the
function trainModel calls), PyTorch with one affine_grid + grid_sample per batch (torchvision's
approach; checked equal to the same warp to 1e-5). Not measured: data loading from disk, validation,
checkpoints (per epoch, not per iteration), GPU.

NerveScope's trainer holds a `TensorCacheScope` (inference/TensorCache.h) for the run: LibTorch
CPU blocks of 256 KiB and up are reused instead of glibc mmapping and unmapping every multi-MB
activation, which made every iteration page-fault its working set back in (about half of the CPU time,
mostly in the kernel, on this VM). `full-channels-last-nocache` is the trainer's path without it. Stock
PyTorch has no such cache on the CPU; the PyTorch side runs as a user would run it.
"""


def main():
    rows = defaultdict(dict)  # (variant, threads, group) -> side -> (median, best, cpu)
    for line in open(sys.argv[1]):
        f = line.rstrip("\n").split("\t")
        if len(f) < 11 or f[0] != "RESULT":
            continue
        group, side, variant, threads = int(f[1]), f[2], f[5], int(f[6])
        rows[(variant, threads, group)][side] = (float(f[7]), float(f[8]), float(f[9]))
    notes = open(sys.argv[2]).read()

    print("# SA-UNet training throughput on the CPU: NerveScope vs the same model trained by PyTorch\n")
    print(notes)
    print(WHAT)
    print("Images per second at batch 8, 256x256 greyscale (higher is better); `ratio` = NerveScope / "
          "PyTorch within one group (back-to-back runs), so above 1 NerveScope is faster. `cpu` = process CPU "
          "milliseconds per image (least moved by other people's load); `cpu ratio` = PyTorch cpu / "
          "NerveScope cpu (above 1: NerveScope needs less CPU).\n")

    summary = defaultdict(lambda: defaultdict(list))
    for (variant, threads, group), sides in sorted(rows.items()):
        if "nervescope" in sides and "pytorch" in sides:
            n, p = sides["nervescope"], sides["pytorch"]
            s = summary[(variant, threads)]
            s["ratio"].append(n[0] / p[0])
            s["best"].append(n[1] / p[1])
            s["cpu"].append(p[2] / n[2])
            s["n"].append(n[0])
            s["p"].append(p[0])
    print("## Summary (median over groups)\n")
    print("| variant | threads | groups | NerveScope img/s | PyTorch img/s | ratio | ratio of best iterations | cpu ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (variant, threads), s in sorted(summary.items()):
        med = statistics.median
        print(f"| {variant} | {threads} | {len(s['ratio'])} | {med(s['n']):.3f} | {med(s['p']):.3f} | "
              f"**{med(s['ratio']):.2f}** | {med(s['best']):.2f} | {med(s['cpu']):.2f} |")
    print()
    head = defaultdict(list)
    for (variant, threads, group), sides in rows.items():
        if variant == TRAINER_VARIANT and "nervescope" in sides:
            fulls = [v["pytorch"][0] for (var, t, g), v in rows.items()
                     if t == threads and g == group and var.startswith("full-") and "pytorch" in v]
            if fulls:
                head[threads].append(sides["nervescope"][0] / max(fulls))
    for threads, ratios in sorted(head.items()):
        print(f"NerveScope's training iteration ({TRAINER_VARIANT}) vs PyTorch's faster full variant (contiguous or channels-last), "
              f"{threads} thread(s): ratio **{statistics.median(ratios):.2f}** (median of {len(ratios)} groups; "
              f"target >= 1.0)\n")
    for variant, text in VARIANT_TEXT.items():
        print(f"- `{variant}`: {text}")
    print("\n## Every group\n")
    print("| group | variant | threads | NerveScope median | best | cpu ms/img | PyTorch median | best | cpu ms/img | ratio |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (variant, threads, group), sides in sorted(rows.items(), key=lambda kv: (kv[0][2], kv[0][0])):
        n = sides.get("nervescope", ("", "", ""))
        p = sides.get("pytorch", ("", "", ""))
        ratio = f"{n[0] / p[0]:.2f}" if n[0] != "" and p[0] != "" else ""
        print(f"| {group} | {variant} | {threads} | {n[0]} | {n[1]} | {n[2]} | {p[0]} | {p[1]} | {p[2]} | {ratio} |")


if __name__ == "__main__":
    main()
