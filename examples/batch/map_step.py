#!/usr/bin/env python3
"""The map step of a distributed annotation job, runnable here without a cluster.

A distributed engine hands each worker a partition of JSON lines {"id", "text"}; the worker pipes it
through `hashiya annotate --jsonl` and gets one document per line back, in order. That is exactly
Spark's `rdd.pipe(...)`, or a `beam.ParDo` that runs the binary once per bundle:

    # Spark (PySpark), the binary shipped to the executors with --files or installed on them:
    docs = sc.textFile("archive/*.jsonl").pipe("hashiya annotate --jsonl")
    docs.saveAsTextFile("annotated/")

    # Apache Beam (Python), one process per bundle:
    class Annotate(beam.DoFn):
        def process_batch(self, lines):           # or start_bundle/finish_bundle buffering
            yield from annotate_partition(lines)

This script runs the same function over local partitions with a process pool:
    python3 examples/batch/map_step.py archive.jsonl [PARTITIONS] > documents.jsonl
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

HASHIYA = os.environ.get("HASHIYA", os.path.join(os.path.dirname(__file__), "../../target/release/hashiya"))


def annotate_partition(lines):
    """One partition of JSON lines in, its documents out (same order, one per line)."""
    out = subprocess.run([HASHIYA, "annotate", "--jsonl"], input="".join(l if l.endswith("\n") else l + "\n" for l in lines),
                         capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def main():
    path = sys.argv[1]
    partitions = int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count() or 1
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    size = max(1, -(-len(lines) // partitions))
    chunks = [lines[i:i + size] for i in range(0, len(lines), size)]
    with ProcessPoolExecutor(max_workers=partitions) as pool:
        for docs in pool.map(annotate_partition, chunks):  # map() keeps partition order
            for d in docs:
                print(d)


if __name__ == "__main__":
    main()
