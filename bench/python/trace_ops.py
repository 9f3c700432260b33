"""Self time per op from chrome traces of LibTorch's legacy profiler (train_throughput
--trace, C++ or Python), side by side: where one side spends more than the other.
Usage: trace_ops.py NERVESCOPE_TRACE PYTORCH_TRACE [rows]
"""

import json
import sys
from collections import defaultdict


def self_times(path):
    events = [e for e in json.load(open(path)) if e.get("ph") == "X"]
    by_tid = defaultdict(list)
    for e in events:
        by_tid[e.get("tid")].append(e)
    total = defaultdict(float)
    count = defaultdict(int)
    for evs in by_tid.values():
        evs.sort(key=lambda e: (e["ts"], -e["dur"]))
        stack = []  # [end, name, child time]
        def close(item):
            total[item[1]] += item[3] - item[2]
        for e in evs:
            start, end = e["ts"], e["ts"] + e["dur"]
            while stack and stack[-1][0] <= start:
                close(stack.pop())
            if stack:
                stack[-1][2] += e["dur"]
            stack.append([end, e["name"], 0.0, e["dur"]])
            count[e["name"]] += 1
        while stack:
            close(stack.pop())
    return total, count


def main():
    a, ac = self_times(sys.argv[1])
    b, bc = self_times(sys.argv[2])
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    names = sorted(set(a) | set(b), key=lambda n: -max(a.get(n, 0), b.get(n, 0)))
    print(f"{'op':45s} {'NerveScope ms':>14s} {'calls':>6s} {'PyTorch ms':>11s} {'calls':>6s}")
    for n in names[:rows]:
        print(f"{n[:45]:45s} {a.get(n, 0) / 1e3:14.1f} {ac.get(n, 0):6d} {b.get(n, 0) / 1e3:11.1f} {bc.get(n, 0):6d}")
    print(f"{'total self time':45s} {sum(a.values()) / 1e3:14.1f} {'':6s} {sum(b.values()) / 1e3:11.1f}")


if __name__ == "__main__":
    main()
