#!/usr/bin/env python3
"""Per-page detail for the extraction tasks of ../shared/eval/newsmill_eval.py.

Runs (or reads) an extraction output and prints, for extract-zyte, the pages
sorted by F1 with the gold paragraphs that were missed and the output
paragraphs that are not in the gold; for extract-trafilatura, the snippets
and metadata each page gets wrong. For finding where extraction loses; the
figures of record come from newsmill_eval.py itself.

  bench/html_eval_detail.py zyte --system "build/newsmill-html" [--pages 10]
  bench/html_eval_detail.py trafilatura --output out.jsonl
"""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
import newsmill_eval as ev  # noqa: E402


def run(task, system, out_path):
    docs = ev.load_docs(task)
    if system:
        with open(out_path, "wb") as out:
            subprocess.run(system, shell=True, input=ev.to_jsonl(docs).encode(), stdout=out, check=False)
    records, _ = ev.read_outputs(out_path)
    return docs, records


def paras(text):
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text or "") if p.strip()]


def covered(p, other_shingles):
    s = ev.shingles(p)
    if not s:
        return True
    return sum((s & other_shingles).values()) / sum(s.values()) >= 0.5


def zyte(docs, records, args):
    rows = []
    for d in docs:
        gold = d.gold.get("articleBody", "")
        pred = (records.get(d.id) or {}).get("text") or ""
        t, p = ev.shingles(gold), ev.shingles(pred)
        tp = sum((t & p).values())
        prec = tp / sum(p.values()) if p else 1.0
        rec = tp / sum(t.values()) if t else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
        rows.append((f1, prec, rec, d, gold, pred, t, p))
    rows.sort(key=lambda r: r[0])
    for f1, prec, rec, d, gold, pred, t, p in rows[: args.pages]:
        print(f"=== {d.id[:12]} F1 {f1:.3f} P {prec:.3f} R {rec:.3f}  {d.input.get('url')}")
        for para in paras(gold):
            if not covered(para, p):
                print("  MISSED:", para[:args.width])
        for para in paras(pred):
            if not covered(para, t):
                print("  EXTRA: ", para[:args.width])
    ps = [r[1] for r in rows]
    rs = [r[2] for r in rows]
    print(f"mean P {sum(ps)/len(ps):.4f} R {sum(rs)/len(rs):.4f}")


def trafilatura(docs, records, args):
    for d in docs:
        out = records.get(d.id) or {}
        text = ev.norm_ws(out.get("text"))
        lines = []
        for s in d.gold["with"]:
            if not (text and ev.norm_ws(s) in text):
                lines.append("  MISSED: " + s[:args.width])
        for s in d.gold["without"]:
            if text and ev.norm_ws(s) in text:
                lines.append("  LEAKED: " + s[:args.width])
        if d.gold.get("title") and ev.norm_key(d.gold["title"]) != ev.norm_key(out.get("title")):
            lines.append(f"  TITLE: gold {d.gold['title']!r} got {out.get('title')!r}")
        if d.gold.get("author") and ev.author_set(d.gold["author"]) != ev.author_set(out.get("authors")):
            lines.append(f"  AUTHORS: gold {d.gold['author']!r} got {out.get('authors')!r}")
        g = ev.iso_date(d.gold.get("date"))
        if g and g != ev.iso_date(out.get("published")):
            lines.append(f"  DATE: gold {g} got {out.get('published')!r}")
        if lines and (not args.only or any(l.strip().startswith(args.only) for l in lines)):
            print(f"=== {d.id}  {d.input.get('url')}")
            print("\n".join(l for l in lines if not args.only or l.strip().startswith(args.only)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("task", choices=["zyte", "trafilatura"])
    ap.add_argument("--system", help="command reading JSONL on stdin")
    ap.add_argument("--output", default="/tmp/html_eval_detail.jsonl")
    ap.add_argument("--pages", type=int, default=15)
    ap.add_argument("--width", type=int, default=160)
    ap.add_argument("--only", help="trafilatura: only lines of this kind (MISSED, LEAKED, TITLE, AUTHORS, DATE)")
    args = ap.parse_args()
    task = "extract-" + args.task
    docs, records = run(task, args.system, args.output)
    (zyte if args.task == "zyte" else trafilatura)(docs, records, args)


if __name__ == "__main__":
    main()
