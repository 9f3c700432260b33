#!/usr/bin/python3
"""Independent reference values for test_segmentation_metrics.

Usage: segmentation_reference.py DIR COUNT
Reads DIR/pred_<i>.npy, DIR/ref_<i>.npy (uint8 masks, nonzero = inside) and
DIR/spacing.npy (COUNT x 2: x = column spacing, y = row spacing, mm per pixel), prints JSON.

Overlap from scikit-learn on the flattened masks; boundaries from scipy.ndimage
(mask XOR binary_erosion with the 4-connected cross, zero border); the Hausdorff distance in
pixels from skimage.metrics.hausdorff_distance on those boundaries; HD95 and the mm values
as medpy.metric.binary.hd95 computes them (scipy's exact EDT with `sampling`, pooled
directed distances, numpy.percentile 95). Run with Debian's /usr/bin/python3.
"""
import json
import sys

import numpy as np
from scipy import ndimage
from skimage.metrics import hausdorff_distance
from sklearn.metrics import f1_score, jaccard_score, precision_score, recall_score


def boundary(mask):
    cross = ndimage.generate_binary_structure(2, 1)
    return mask & ~ndimage.binary_erosion(mask, structure=cross, border_value=0)


def directed(a_edge, b_edge, sampling):
    dt = ndimage.distance_transform_edt(~b_edge, sampling=sampling)
    return dt[a_edge]


def main():
    folder, count = sys.argv[1], int(sys.argv[2])
    spacing = np.load(f"{folder}/spacing.npy")
    cases = []
    for i in range(count):
        pred = np.load(f"{folder}/pred_{i}.npy") != 0
        ref = np.load(f"{folder}/ref_{i}.npy") != 0
        y_true, y_pred = ref.ravel(), pred.ravel()
        case = {
            "dice": f1_score(y_true, y_pred),
            "iou": jaccard_score(y_true, y_pred),
            "precision": precision_score(y_true, y_pred, zero_division=0),
            "recall": recall_score(y_true, y_pred, zero_division=0),
        }
        pe, re = boundary(pred), boundary(ref)
        case["hdPx"] = float(hausdorff_distance(pe, re))
        pooled = np.hstack((directed(pe, re, (1.0, 1.0)), directed(re, pe, (1.0, 1.0))))
        case["hd95Px"] = float(np.percentile(pooled, 95))
        sx, sy = spacing[i]
        pooled_mm = np.hstack((directed(pe, re, (sy, sx)), directed(re, pe, (sy, sx))))
        case["hdMm"] = float(pooled_mm.max())
        case["hd95Mm"] = float(np.percentile(pooled_mm, 95))
        # MONAI's convention, for the record: max of the two directed 95th percentiles.
        case["hd95PxMonai"] = float(max(np.percentile(directed(pe, re, (1.0, 1.0)), 95),
                                        np.percentile(directed(re, pe, (1.0, 1.0)), 95)))
        cases.append(case)
    dice = np.array([c["dice"] for c in cases])
    print(json.dumps({
        "cases": cases,
        "diceMean": float(dice.mean()),
        "diceMedian": float(np.median(dice)),
        "diceSd": float(dice.std(ddof=1)),
    }))


if __name__ == "__main__":
    main()
