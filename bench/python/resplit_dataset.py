#!/usr/bin/env python3
"""Copies a `dataset synth` folder's manifest with a new train/val/test split, linking its
images and masks, so one set of phantoms can be trained and tested under two protocols:

  frames    S3's: every frame drawn on its own, stratified by grade (frames of one wrist
            land on both sides of the split; S3 split 2,518 frames 75/25 this way)
  patients  ours: every patient's frames on one side (the model cards' held-out figures)

Usage: resplit_dataset.py SRC DST frames|patients [--test 0.25] [--val 0.10] [--seed 1]
Only the transverse (wrist) frames are kept: the comparison is about the transverse CNN.
"""
import argparse
import json
import os
import random
from collections import defaultdict


def assign(keys, test, val, rng):
    keys = sorted(keys)
    rng.shuffle(keys)
    n_test = round(len(keys) * test)
    n_val = round(len(keys) * val)
    out = {}
    for i, k in enumerate(keys):
        out[k] = "test" if i < n_test else "val" if i < n_test + n_val else "train"
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("protocol", choices=["frames", "patients"])
    ap.add_argument("--test", type=float, default=0.25)
    ap.add_argument("--val", type=float, default=0.10)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(os.path.join(a.src, "manifest.json")) as f:
        manifest = json.load(f)
    items = [it for it in manifest["items"] if it["view"] == "wrist"]
    split = {}
    if a.protocol == "frames":
        by_grade = defaultdict(list)
        for it in items:
            by_grade[it["grade"]].append(it["name"])
        for names in by_grade.values():
            split.update(assign(names, a.test, a.val, rng))
        for it in items:
            it["split"] = split[it["name"]]
    else:
        patients = assign({it["patient"] for it in items}, a.test, a.val, rng)
        for it in items:
            it["split"] = patients[it["patient"]]
    counts = defaultdict(int)
    for it in items:
        counts[it["split"]] += 1
    manifest["items"] = items
    manifest["frames"] = len(items)
    manifest["splitBy"] = "frame" if a.protocol == "frames" else "patient"
    manifest["splits"] = {k: counts[k] for k in ("train", "val", "test")}
    os.makedirs(a.dst, exist_ok=True)
    for sub in ("images", "masks"):
        link = os.path.join(a.dst, sub)
        if not os.path.exists(link):
            os.symlink(os.path.abspath(os.path.join(a.src, sub)), link)
    with open(os.path.join(a.dst, "manifest.json"), "w") as f:
        json.dump(manifest, f)
    print(f"{a.dst}: {a.protocol} split, " + ", ".join(f"{k} {counts[k]}" for k in ("train", "val", "test")))


if __name__ == "__main__":
    main()
