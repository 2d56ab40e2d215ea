#!/usr/bin/env python3
"""Keeps a fuzz corpus within a size budget, most coverage first.

    trim_corpus.py CONTROL_FILE CORPUS_DIR BUDGET_BYTES

CONTROL_FILE is the -merge_control_file that libFuzzer wrote while minimising CORPUS_DIR with
-merge=1 -use_counters=0: for each input, the edges it covers (COV lines). Greedily keeps the
input that adds most edges not yet covered (the smaller one on a tie) until no input adds any
or the next would pass the budget; deletes the rest from CORPUS_DIR and prints how many edges
the kept inputs cover of all. Used by scripts/fuzz, see docs/fuzzing.md.
"""

import heapq
import os
import sys


def main():
    control, corpus, budget = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(control) as f:
        lines = f.read().splitlines()
    n = int(lines[0])
    files = lines[2 : 2 + n]
    cov = {}
    for line in lines[2 + n :]:
        if line.startswith("COV "):
            parts = line.split()
            cov[int(parts[1])] = set(parts[2:])
    # Only the inputs still in the corpus (merge may have left out duplicates).
    present = {
        i: os.path.getsize(f)
        for i, f in enumerate(files)
        if os.path.abspath(os.path.dirname(f)) == os.path.abspath(corpus) and os.path.exists(f)
    }
    alla = set().union(*(cov.get(i, set()) for i in present))
    covered, kept, size = set(), [], 0
    heap = [(-len(cov.get(i, ())), present[i], i) for i in present]
    heapq.heapify(heap)
    while heap:
        neg, sz, i = heapq.heappop(heap)
        gain = len(cov.get(i, set()) - covered)
        if gain == 0:
            continue
        if gain != -neg:
            heapq.heappush(heap, (-gain, sz, i))
            continue
        if size + sz > budget:
            break
        kept.append(i)
        covered |= cov[i]
        size += sz
    keep = {files[i] for i in kept}
    for i in present:
        if files[i] not in keep:
            os.remove(files[i])
    print(
        f"kept {len(kept)} of {len(present)} inputs, {size} bytes, "
        f"covering {len(covered)} of {len(alla)} edges"
    )


if __name__ == "__main__":
    main()
