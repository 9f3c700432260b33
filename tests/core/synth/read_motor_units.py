#!/usr/bin/python3
"""Reads one motor-unit sequence folder with numpy alone (docs/motor-unit-format.md) and
prints, as JSON, what test_motor_storage compares with the C++ side: per array its shape,
dtype, float64 sum and sum of squares, a few elements, and the .npy data offset; plus
consistency checks between spikes.npy, firings.json and meta.json.
Usage: read_motor_units.py SEQUENCE_DIR"""
import json
import os
import sys

import numpy as np


def data_offset(path):
    with open(path, "rb") as f:
        magic = f.read(6)
        major, minor = f.read(1)[0], f.read(1)[0]
        n = int.from_bytes(f.read(2), "little")
        assert magic == b"\x93NUMPY" and (major, minor) == (1, 0), path
        return 10 + n


def main(folder):
    out = {"arrays": {}}
    for name in ("velocity", "masks", "twitch_trains", "force_trains", "spikes", "velocity_clean"):
        path = os.path.join(folder, name + ".npy")
        if not os.path.exists(path):
            continue
        a = np.load(path, allow_pickle=False)
        flat = a.reshape(-1).astype(np.float64)
        out["arrays"][name] = {
            "shape": list(a.shape),
            "dtype": a.dtype.str,
            "c_contiguous": bool(a.flags["C_CONTIGUOUS"]),
            "sum": float(flat.sum()),
            "sumsq": float((flat * flat).sum()),
            "first": float(flat[0]) if flat.size else None,
            "last": float(flat[-1]) if flat.size else None,
            "offset": data_offset(path),
        }
    with open(os.path.join(folder, "meta.json")) as f:
        meta = json.load(f)
    with open(os.path.join(folder, "firings.json")) as f:
        firings = json.load(f)
    spikes = np.load(os.path.join(folder, "spikes.npy"))
    masks = np.load(os.path.join(folder, "masks.npy"))
    ok = len(firings["units"]) == meta["unit_count"] == spikes.shape[0] == masks.shape[0]
    for u, unit in enumerate(firings["units"]):
        ok = ok and sorted(np.flatnonzero(spikes[u]).tolist()) == sorted(set(unit["frames"]))
    out["labels_consistent"] = bool(ok)
    out["unit_count"] = meta["unit_count"]
    out["seed"] = meta["seed"]
    # Velocity at a unit's centre pixel, as a reader would index it: velocity[t, row, col].
    if meta["unit_count"]:
        u0 = meta["units"][0]
        px = meta["params"]["pixel_spacing_mm"]
        v = np.load(os.path.join(folder, "velocity.npy"))
        r, c = int(u0["centre_y_mm"] / px), int(u0["centre_x_mm"] / px)
        out["centre_series_sum"] = float(v[:, r, c].astype(np.float64).sum())
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
