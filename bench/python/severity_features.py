#!/usr/bin/env python3
"""How much of a wrist's severity does one transverse frame show, measured without a CNN?

Measures the six severity signs (core/synth/Severity.cpp) directly in each wrist transverse
frame of a `dataset synth --task cts-severity` folder, inside and around the *true* nerve
mask: area and flattening from the mask; echogenicity and intensity quantiles inside it;
band-pass energy of the honeycomb at three scales; a radial intensity profile across the
boundary in 0.1 mm steps (epineurium rim, perineural ring); boundary sharpness. Intensities
are divided by the surrounding tissue's mean (1.5-3 mm outside the nerve). Then:

1. grades the frames from these measurements (gradient boosting and logistic regression,
   trained on TRAIN, scored on TEST): a grader with a perfect locator and hand-made features;
2. regresses each true parameter from them, giving its error as a fraction of the spread of
   that parameter within a grade (bench/python/severity_ceiling.py: a grader reaches 0.92 when
   every sign is measured to within about half a grade's spread);
3. grades from the true parameters of each frame (the wrist's, with the frame's own area,
   which depends on the level), with a quadratic discriminant: the most any frame could give.

    /usr/bin/python3 bench/python/severity_features.py TRAIN_DIR TEST_DIR [PROFILES]

Results: bench/results/severity_features.txt. Takes about 2 minutes for 2,400 + 600
patients on 2 cores.
"""
import csv
import sys
from multiprocessing import Pool

import numpy as np
from PIL import Image
from scipy import ndimage as ndi
from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

PARAMS = ["areaMm2", "fascicleVisibility", "echogenicity", "epineuriumBlur", "flattening", "perineuralThickness"]
# Mean within-grade standard deviation of each parameter (Severity.cpp's table; the frame's
# area follows the wrist's CSA).
GRADE_SD = {"areaMm2": 3.6, "fascicleVisibility": 0.118, "echogenicity": 0.078, "epineuriumBlur": 0.115,
            "flattening": 0.325, "perineuralThickness": 0.085}


def measure(job):
    root, row = job
    img = np.asarray(Image.open(f"{root}/{row['image']}"), dtype=np.float32)
    if img.ndim == 3:
        img = img.mean(2)
    mask = np.asarray(Image.open(f"{root}/{row['mask']}")) > 127
    if mask.ndim == 3:
        mask = mask[..., 0]
    mm = float(row["pixelSpacingMm"])
    ys, xs = np.nonzero(mask)
    if len(ys) < 10:
        return None
    pad = int(4 / mm)
    y0, y1 = max(ys.min() - pad, 0), min(ys.max() + pad, img.shape[0])
    x0, x1 = max(xs.min() - pad, 0), min(xs.max() + pad, img.shape[1])
    img, mask = img[y0:y1, x0:x1], mask[y0:y1, x0:x1]
    outside = ndi.distance_transform_edt(~mask) * mm
    inside = ndi.distance_transform_edt(mask) * mm
    surround = img[(outside > 1.5) & (outside < 3.0)]
    rel = img / (surround.mean() + 1e-3)
    core = inside > 0.25
    if not core.any():
        core = mask
    f = {"area": mask.sum() * mm * mm}
    ev = np.sort(np.linalg.eigvalsh(np.cov(np.stack(np.nonzero(mask)))))
    f["flattening"] = np.sqrt(ev[1] / max(ev[0], 1e-6))
    f["core_mean"], f["core_sd"] = rel[core].mean(), rel[core].std()
    for q in (5, 25, 50, 75, 95):
        f[f"core_q{q}"] = np.percentile(rel[core], q)
    px = 0.06 / mm  # scales in pixels of a 0.06 mm grid
    for s in (1.0, 2.0, 4.0):
        band = ndi.gaussian_filter(rel, s * px) - ndi.gaussian_filter(rel, 2 * s * px)
        f[f"bandpass{s:g}"] = np.abs(band[core]).mean()
    signed = outside - inside
    for k in range(-10, 16):
        ring = (signed > k * 0.1) & (signed <= (k + 1) * 0.1)
        f[f"radial{k}"] = rel[ring].mean() if ring.any() else 1.0
    gy, gx = np.gradient(ndi.gaussian_filter(rel, 1.0))
    grad = np.hypot(gy, gx)[(outside <= 0.2) & (inside <= 0.2)]
    f["edge_mean"], f["edge_p90"] = grad.mean(), np.percentile(grad, 90)
    f["surround_sd"] = (surround / (surround.mean() + 1e-3)).std()
    return f


def load(root, profiles):
    rows = [r for r in csv.DictReader(open(f"{root}/manifest.csv"))
            if r["view"] == "wrist" and r["profile"] in profiles and r["gradeIndex"] != ""]
    with Pool() as pool:
        feats = pool.map(measure, [(root, r) for r in rows], chunksize=32)
    kept = [(r, f) for r, f in zip(rows, feats) if f is not None]
    keys = list(kept[0][1])
    x = np.array([[f[k] for k in keys] for _, f in kept])
    truth = np.array([[float(r[p]) for p in PARAMS] for r, _ in kept])
    grade = np.array([int(r["gradeIndex"]) for r, _ in kept])
    profile = np.array([r["profile"] for r, _ in kept])
    return x, truth, grade, profile


def by_profile(pred, grade, profile):
    return "  ".join(f"{p} {np.mean(pred[profile == p] == grade[profile == p]):.3f}" for p in sorted(set(profile)))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    profiles = (sys.argv[3] if len(sys.argv) > 3 else "hm70a,minisono").split(",")
    xa, ta, ga, _ = load(sys.argv[1], profiles)
    xb, tb, gb, pb = load(sys.argv[2], profiles)
    print(f"{len(ga)} training frames, {len(gb)} test frames ({', '.join(profiles)})")
    print("Grading from measurements inside and around the true mask:")
    graders = {"gradient boosting": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=0),
               "logistic regression": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000))}
    for name, model in graders.items():
        pred = model.fit(xa, ga).predict(xb)
        print(f"  {name:20s} {np.mean(pred == gb):.3f}   ({by_profile(pred, gb, pb)})")
    print("Each parameter regressed from the measurements (error / within-grade sd):")
    for j, p in enumerate(PARAMS):
        err = HistGradientBoostingRegressor(max_iter=300, random_state=0).fit(xa, ta[:, j]).predict(xb) - tb[:, j]
        print(f"  {p:20s} {err.std() / GRADE_SD[p]:.2f}")
    print("Grading from each frame's true parameters (quadratic discriminant):")
    for name, cols in (("all six", range(6)), ("texture only", (1, 2, 3, 5))):
        cols = list(cols)
        pred = QuadraticDiscriminantAnalysis().fit(ta[:, cols], ga).predict(tb[:, cols])
        print(f"  {name:20s} {np.mean(pred == gb):.3f}   ({by_profile(pred, gb, pb)})")


if __name__ == "__main__":
    main()
