#!/usr/bin/env python3
"""How well could any grader do on NerveScope's severity phantoms?

An ideal observer that knows a wrist's six severity parameters (core/synth/Severity.cpp:
CSA, fascicle visibility, echogenicity, epineurium blur, flattening, perineural thickness)
and the generator's per-grade distributions, classified by a quadratic discriminant fitted
to draws from the same generator. A CNN sees the parameters only through one noisy frame,
so it is modelled as measuring each parameter with Gaussian noise of a fraction of a
grade's spread. Grades are equally likely, as in `dataset synth`.

    /usr/bin/python3 bench/python/severity_ceiling.py
"""
import numpy as np
from scipy.stats import multivariate_normal

# Copied from core/synth/Severity.cpp (distribution()): mean, sd per parameter and grade.
TABLE = np.array([
    [8.2, 2.0, 0.90, 0.07, 1.00, 0.07, 0.08, 0.06, 1.7, 0.25, 0.05, 0.04],
    [12.0, 3.0, 0.68, 0.12, 0.86, 0.08, 0.30, 0.12, 2.0, 0.30, 0.18, 0.08],
    [15.5, 4.0, 0.48, 0.14, 0.74, 0.08, 0.50, 0.14, 2.3, 0.35, 0.32, 0.10],
    [19.5, 5.5, 0.28, 0.14, 0.62, 0.08, 0.70, 0.14, 2.6, 0.40, 0.48, 0.12]])
LOW = [4.0, 0.0, 0.35, 0.0, 1.1, 0.0]   # sampleSeverity's clamps
HIGH = [40.0, 1.0, 1.3, 1.0, 4.0, 1.2]
NAMES = ["csa", "fascicles", "echogenicity", "blur", "flattening", "perineural"]


def draw(rng, n):
    grade = rng.integers(0, 4, n)
    x = np.empty((n, 6))
    for k in range(6):
        x[:, k] = np.clip(TABLE[grade, 2 * k] + rng.normal(size=n) * TABLE[grade, 2 * k + 1], LOW[k], HIGH[k])
    return x, grade


def accuracy(rng, columns, noise):
    spread = np.array([TABLE[:, 2 * c + 1].mean() for c in columns])
    xt, gt = draw(rng, 40000)
    xs, gs = draw(rng, 20000)
    xt = xt[:, columns] + rng.normal(size=(len(xt), len(columns))) * noise * spread
    xs = xs[:, columns] + rng.normal(size=(len(xs), len(columns))) * noise * spread
    loglik = np.stack([multivariate_normal(xt[gt == g].mean(0), np.cov(xt[gt == g].T)).logpdf(xs) for g in range(4)], 1)
    return float((loglik.argmax(1) == gs).mean())


def main():
    rng = np.random.default_rng(0)
    everything = list(range(6))
    print("ideal observer, all six parameters exact:      %.3f" % accuracy(rng, everything, 0.0))
    print("  without CSA and flattening (texture only):   %.3f" % accuracy(rng, [1, 2, 3, 5], 0.0))
    for noise in (0.25, 0.5, 0.75, 1.0):
        print("  each measured with noise %.2f x grade sd:    %.3f" % (noise, accuracy(rng, everything, noise)))


if __name__ == "__main__":
    main()
