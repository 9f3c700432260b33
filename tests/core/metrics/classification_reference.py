#!/usr/bin/python3
"""Independent reference values for test_classification_metrics (scikit-learn).

Usage: classification_reference.py DIR
Reads from DIR:
  y_true.npy, y_pred.npy (int, k classes), classes.npy (one int: k)
  bin_labels.npy (0/1), bin_scores.npy (float)      -> roc_auc_score, roc_curve
  pix_prob.npy (2-D float32), pix_ref.npy (2-D uint8) -> roc_auc_score on the pixels
Prints JSON. Run with Debian's /usr/bin/python3.
"""
import json
import sys

import numpy as np
from sklearn.metrics import (accuracy_score, confusion_matrix, precision_recall_fscore_support, recall_score,
                             roc_auc_score, roc_curve)


def main():
    d = sys.argv[1]
    y_true, y_pred = np.load(f"{d}/y_true.npy"), np.load(f"{d}/y_pred.npy")
    k = int(np.load(f"{d}/classes.npy")[0])
    labels = list(range(k))
    cm = confusion_matrix(y_true, y_pred, labels=labels)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    mp, mr, mf, _ = precision_recall_fscore_support(y_true, y_pred, labels=labels, average="macro", zero_division=0)
    wp, wr, wf, _ = precision_recall_fscore_support(y_true, y_pred, labels=labels, average="weighted",
                                                    zero_division=0)
    # Specificity of class c = recall of "not c" in the one-vs-rest problem.
    spec = [recall_score(y_true != c, y_pred != c, zero_division=0) for c in labels]

    bl, bs = np.load(f"{d}/bin_labels.npy"), np.load(f"{d}/bin_scores.npy")
    fpr, tpr, thr = roc_curve(bl, bs, drop_intermediate=False)

    prob, ref = np.load(f"{d}/pix_prob.npy"), np.load(f"{d}/pix_ref.npy")
    print(json.dumps({
        "confusion": cm.tolist(),
        "accuracy": accuracy_score(y_true, y_pred),
        "precision": p.tolist(), "recall": r.tolist(), "f1": f.tolist(), "support": s.tolist(),
        "specificity": spec,
        "macro": [mp, mr, mf, float(np.mean(spec))],
        "weighted": [wp, wr, wf],
        "auc": roc_auc_score(bl, bs),
        "fpr": fpr.tolist(), "tpr": tpr.tolist(), "thresholds": thr[1:].tolist(),
        "pixelAuc": roc_auc_score(ref.ravel() != 0, prob.ravel().astype(np.float64)),
    }))


if __name__ == "__main__":
    main()
