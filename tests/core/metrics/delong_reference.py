#!/usr/bin/python3
"""Independent DeLong test for test_delong: the structural components of DeLong, DeLong &
Clarke-Pearson (Biometrics 1988) computed straight from their definition, O(m n) with the
kernel psi(x, y) = 1 if x > y, 1/2 if x == y, 0 otherwise — no midranks, no sorting.

Usage: delong_reference.py DIR
Reads DIR/labels.npy (0/1) and DIR/scores.npy (2 x n: two score vectors for the same cases).
Prints JSON: auc, the 2x2 covariance matrix S = S10/m + S01/n, z, two-sided p (scipy).
Run with Debian's /usr/bin/python3.
"""
import json
import sys

import numpy as np
from scipy.stats import norm


def components(pos, neg):
    psi = (pos[:, None] > neg[None, :]).astype(float) + 0.5 * (pos[:, None] == neg[None, :])
    return psi.mean(), psi.mean(axis=1), psi.mean(axis=0)  # theta, V10 (per positive), V01 (per negative)


def main():
    d = sys.argv[1]
    labels = np.load(f"{d}/labels.npy") != 0
    scores = np.load(f"{d}/scores.npy")
    thetas, v10, v01 = [], [], []
    for s in scores:
        t, a, b = components(s[labels], s[~labels])
        thetas.append(t)
        v10.append(a)
        v01.append(b)
    m, n = labels.sum(), (~labels).sum()
    s10 = np.cov(np.array(v10))  # rows = classifiers, ddof 1
    s01 = np.cov(np.array(v01))
    S = s10 / m + s01 / n
    diff = thetas[0] - thetas[1]
    z = diff / np.sqrt(S[0, 0] + S[1, 1] - 2 * S[0, 1])
    print(json.dumps({
        "auc": thetas,
        "cov": S.tolist(),
        "z": float(z),
        "p": float(2 * norm.sf(abs(z))),
    }))


if __name__ == "__main__":
    main()
