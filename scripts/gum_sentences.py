#!/usr/bin/env python3
"""Scores newsmill's sentence boundaries on any part of GUM, as the scorer's
syntax-gum task does on the dev part (exact sentence spans, P/R/F1), so that
a rule written from the dev part's misses can be checked on the train part:

  python3 scripts/gum_sentences.py [--data ../shared/corpora/gum/train]
      [--system "build/newsmill extract -"] [--show 20]

The corpus is read in place through the scorer's own CoNLL-U reader
(load_gum: a folder's dev/ part when it has one, else every .conllu in it);
nothing is copied. --show lists boundaries missed and added, with context.
"""
import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def trimmed(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(SHARED / "corpora" / "gum" / "train"))
    ap.add_argument("--system", default="build/newsmill extract -")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    sys.path.insert(0, str(SHARED / "eval"))
    try:
        import newsmill_eval as ne
    except ImportError:
        print(f"skipped: {SHARED / 'eval'} not found", file=sys.stderr)
        return 0
    docs = ne.load_gum(Path(args.data))
    feed = "".join(json.dumps(d.input) + "\n" for d in docs)
    run = subprocess.run(shlex.split(args.system), input=feed, capture_output=True, text=True,
                         cwd=ROOT)
    outs = {}
    for line in run.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            outs[rec.get("id")] = rec
    tp = n_sys = n_gold = 0
    shown = 0
    for d in docs:
        text = d.gold["text"]
        gold = {tuple(s) for s in d.gold["sentences"]}
        out = outs.get(d.id, {})
        # Offsets into the record's own text, mapped onto GUM's text as the
        # scorer maps them when the two differ (a dropped "* * *" line).
        own = out.get("text") if isinstance(out.get("text"), str) and out.get("text") else text
        idx = ne.TextIndex(text, own)
        system = set()
        for s in out.get("sentences", []):
            a, b = trimmed(own, s["start"], s["end"])
            if a < b:
                system.add((idx.gold_position(a), idx.gold_position(b - 1) + 1))
        tp += len(gold & system)
        n_sys += len(system)
        n_gold += len(gold)
        if shown < args.show:
            for kind, ends in (("missed", {e for _, e in gold} - {e for _, e in system}),
                               ("added", {e for _, e in system} - {e for _, e in gold})):
                for e in sorted(ends):
                    if shown >= args.show:
                        break
                    print(f"{kind:7} {d.id}: {text[max(0, e - 50):e]!r} || {text[e:e + 30]!r}")
                    shown += 1
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * tp / (n_sys + n_gold) if n_sys + n_gold else 0.0
    print(f"documents {len(docs)}  sentences: hits {tp}  system {n_sys}  gold {n_gold}  "
          f"P {p:.5f}  R {r:.5f}  F1 {f:.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
