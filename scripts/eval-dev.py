#!/usr/bin/env python3
"""Scores the whole annotator's entities (cue stage + tagger, clustering, consistency) on ANERcorp's
dev split, token by token, with ../shared/eval/conll_f1.py.

usage: scripts/eval-dev.py [DEV] [HASHIYA]   (defaults: ../shared/data/anercorp/dev.txt, target/release/hashiya)

Each sentence becomes one line of text (tokens joined by spaces); the annotator's mentions are
mapped back to tokens and written as IOB2 (PERS/LOC/ORG). Documents of 40 sentences keep the
document-level steps meaningful.
"""
import json
import os
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "../shared/data/anercorp/dev.txt")
binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "target/release/hashiya")
TYPES = {"person": "PERS", "place": "LOC", "organization": "ORG"}

sentences, cur = [], []
for line in open(dev, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        if cur:
            sentences.append(cur)
        cur = []
    else:
        cur.append(line.split(" ")[0])
if cur:
    sentences.append(cur)

out_lines = []
DOC = 40
for d in range(0, len(sentences), DOC):
    doc_sents = sentences[d:d + DOC]
    text, spans = "", []  # spans: per token (start, end) in UTF-16 units
    for s in doc_sents:
        row = []
        for i, tok in enumerate(s):
            if i:
                text += " "
            start = len(text.encode("utf-16-le")) // 2
            text += tok
            row.append((start, len(text.encode("utf-16-le")) // 2))
        spans.append(row)
        text += "\n"
    doc = json.loads(subprocess.run([binary, "annotate", "-"], input=text.encode(), capture_output=True, check=True).stdout)
    mentions = sorted((m["start"], m["end"], TYPES[e["type"]]) for e in doc["entities"] for m in e["mentions"])
    for s, row in zip(doc_sents, spans):
        tags = ["O"] * len(s)
        for ms, me, ty in mentions:
            inside = [i for i, (ts, te) in enumerate(row) if ts < me and ms < te]
            for k, i in enumerate(inside):
                tags[i] = ("B-" if k == 0 else "I-") + ty
        out_lines += [f"{t} {g}" for t, g in zip(s, tags)] + [""]

with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write("\n".join(out_lines) + "\n")
subprocess.run([sys.executable, os.path.join(root, "../shared/eval/conll_f1.py"), dev, f.name], check=True)
os.unlink(f.name)
