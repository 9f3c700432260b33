"""Markdown table of bench/run-model-latency.sh's RESULT lines (NerveScope and PyTorch).

Usage: latency_table.py RESULTS.tsv [NOTES.txt] > model_latency.md
Per model and batch: every variant and thread count side by side, then a summary with
the ratio NerveScope best / Python best (below 1: NerveScope is faster).
"""

import collections
import sys

TARGET_MS = 30.0  # SA-UNet per 256x256 frame on the 2-core machine (issue 5)


def load(path):
    rows = []
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if len(f) == 10 and f[0] == "RESULT":
            rows.append({"impl": f[1], "model": f[2], "batch": int(f[3]), "variant": f[4],
                         "threads": int(f[5]), "ms": float(f[6]), "min": float(f[7]),
                         "cpu": float(f[8]), "runs": int(f[9])})
    return rows


def best(rows, pred, key="ms"):
    cands = [r for r in rows if pred(r)]
    return min(cands, key=lambda r: r[key]) if cands else None


def label(r):
    return f"{r['variant']}, {r['threads']} thr" if r else "-"


def main(argv):
    rows = load(argv[1])
    notes = open(argv[2]).read() if len(argv) > 2 else ""
    groups = collections.OrderedDict()
    for r in rows:
        groups.setdefault((r["model"], r["batch"]), []).append(r)
    impls = sorted({r["impl"] for r in rows}, key=lambda i: (not i.startswith("nervescope"), i))
    out = ["# Model latency per 256x256 frame: NerveScope (C++) vs the identical model in PyTorch (Python)", ""]
    if notes:
        out += [notes.rstrip(), ""]
    out += ["Milliseconds per frame (batch time / batch) after warm-up: median wall time of the timed runs;",
            "in the tables of every variant also the fastest run (`min`) and the median process CPU time",
            "(`cpu`; at 1 thread the figure least moved by other people's load).",
            "NerveScope: `eager` = the torch::nn modules under c10::InferenceMode; `optimized` = after",
            "`ns::models::optimizeForInference` (BN folded, ECA+BN fused, oneDNN convolutions).",
            "PyTorch: `eager` = nn.Module under torch.inference_mode; `frozen` =",
            "torch.jit.freeze(torch.jit.script(model).eval()); `ofi` = torch.jit.optimize_for_inference.",
            "Identity of the two models: tests/inference/test_python_peer (parameters, outputs within 1e-4).", "",
            "## Summary", "",
            "| model | batch | NerveScope eager | NerveScope best | Python eager | Python best | "
            "NerveScope best / Python best | same, fastest runs | same, CPU time at 1 thread |",
            "|---|---:|---|---|---|---|---:|---:|---:|"]
    for (model, batch), g in groups.items():
        ns_rows = lambda r: r["impl"].startswith("nervescope")  # noqa: E731
        py_rows = lambda r: r["impl"].startswith("pytorch")  # noqa: E731
        ne = best(g, lambda r: ns_rows(r) and r["variant"].startswith("eager"))
        nb = best(g, ns_rows)
        pe = best(g, lambda r: py_rows(r) and r["variant"].startswith("eager"))
        pb = best(g, py_rows)
        fmt = lambda r: f"{r['ms']:.1f} ms ({label(r)})" if r else "-"  # noqa: E731
        ratio = f"{nb['ms'] / pb['ms']:.2f}" if nb and pb else "-"
        nmin, pmin = best(g, ns_rows, "min"), best(g, py_rows, "min")
        ratio_min = f"{nmin['min'] / pmin['min']:.2f}" if nmin and pmin else "-"
        one = lambda r: r["threads"] == 1  # noqa: E731
        ncpu = best(g, lambda r: ns_rows(r) and one(r), "cpu")
        pcpu = best(g, lambda r: py_rows(r) and one(r), "cpu")
        ratio_cpu = f"{ncpu['cpu'] / pcpu['cpu']:.2f}" if ncpu and pcpu else "-"
        out.append(f"| {model} | {batch} | {fmt(ne)} | {fmt(nb)} | {fmt(pe)} | {fmt(pb)} | {ratio} | "
                   f"{ratio_min} | {ratio_cpu} |")
    sa = [r for r in rows if r["model"] == "sa-unet" and r["impl"] == "nervescope"]
    out.append("\nRatios below 1: NerveScope is faster.")
    if sa:
        b = min(sa, key=lambda r: r["ms"])
        b1 = best(sa, lambda r: r["batch"] == 1)
        out += ["", f"SA-UNet target (<= {TARGET_MS:.0f} ms per frame on the CPU): best "
                f"{b['ms']:.1f} ms at batch {b['batch']} ({label(b)}): "
                f"{'met' if b['ms'] <= TARGET_MS else 'NOT met'}; at batch 1 "
                f"{b1['ms']:.1f} ms ({label(b1)})." if b1 else ""]
    out += ["", "## Every variant", ""]
    for (model, batch), g in groups.items():
        out += [f"### {model}, batch {batch}", "",
                "| variant | threads | " + " | ".join(f"{i} median | min | cpu" for i in impls) + " |",
                "|---|---:|" + "---:|" * (3 * len(impls))]
        keys = []
        for r in g:
            if (r["variant"], r["threads"]) not in keys:
                keys.append((r["variant"], r["threads"]))
        for v, t in keys:
            cells = []
            for i in impls:
                m = [r for r in g if r["impl"] == i and r["variant"] == v and r["threads"] == t]
                cells += [f"{m[0][k]:.1f}" for k in ("ms", "min", "cpu")] if m else ["", "", ""]
            out.append(f"| {v} | {t} | " + " | ".join(cells) + " |")
        for i in impls:
            w = best(g, lambda r, i=i: r["impl"] == i)
            for v in sorted({r["variant"] for r in g if r["impl"] == i}):
                by_t = {r["threads"]: r["ms"] for r in g if r["impl"] == i and r["variant"] == v}
                if len(by_t) > 1:
                    tw = min(by_t, key=by_t.get)
                    out.append(f"\n{i} {v}: {tw} thread(s) wins "
                               + ", ".join(f"{t} thr {ms:.1f}" for t, ms in sorted(by_t.items())))
            if w:
                out.append(f"\n{i} fastest: {label(w)}, {w['ms']:.1f} ms/frame")
        out.append("")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
