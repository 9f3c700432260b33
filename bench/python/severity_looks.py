#!/usr/bin/env python3
"""Is speckle what keeps a severity CNN from S3's 0.92 on one frame?

Reads the per-frame files of `nervescope-cli evaluate --frames FILE` for K datasets that
differ only in their speckle (`dataset synth --speckle-seed 0..K-1`, same --seed): the same
anatomy and grade, seen through K independent realisations of speckle and noise. For each
scanner profile it prints the accuracy of each single look and of the probabilities
averaged over 1..K looks of the same frame. If averaging lifts accuracy far above one look,
speckle is the limit; if it does not, the network's reading of the anatomy is.

    /usr/bin/python3 bench/python/severity_looks.py frames-0.csv frames-1.csv ...
(bench/severity-looks.sh makes the files.)
"""
import csv
import sys
from collections import defaultdict

import numpy as np


def read(path):
    rows = {}
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        classes = [c[2:] for c in reader.fieldnames if c.startswith("p_")]
        for r in reader:
            if not r["predicted"]:
                continue  # no nerve found: not graded in this look
            rows[r["frame"]] = (r["profile"], classes.index(r["truth"]),
                                np.array([float(r["p_" + c]) for c in classes]))
    return rows


def main(paths):
    looks = [read(p) for p in paths]
    # Only frames graded in every look, so each K compares the same frames.
    common = set.intersection(*(set(l) for l in looks))
    profiles = sorted({looks[0][n][0] for n in common})
    print(f"{len(paths)} looks, {len(common)} frames graded in all of them")
    for prof in profiles:
        names = sorted(n for n in common if looks[0][n][0] == prof)
        truth = np.array([looks[0][n][1] for n in names])
        probs = np.stack([[l[n][2] for n in names] for l in looks])  # look x frame x class
        single = [(probs[k].argmax(1) == truth).mean() for k in range(len(looks))]
        line = f"{prof:10s} frames {len(names):4d}  one look: " + " ".join(f"{a:.3f}" for a in single)
        line += f" (mean {np.mean(single):.3f})  averaged over K looks:"
        for k in range(2, len(looks) + 1):
            line += f" K={k} {(probs[:k].mean(0).argmax(1) == truth).mean():.3f}"
        print(line)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1:])
