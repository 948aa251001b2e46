#!/usr/bin/env python3
"""Scores newsmill's named-entity mentions against GUM's entity layer.

GUM (../shared/corpora/gum, ../shared/corpora/gum-news) annotates every
mention of every entity in its documents with a type (person, place,
organization, ...), sentence after sentence, to the end of each document.
That makes it a fully annotated check of name finding, unlike MEANTIME,
which annotates entities in full only in the first sentences of an article.
This script keeps GUM's person, organization and place mentions whose head
word is a proper noun (as CoNLL-2003 keeps names only), scores the system's
PERSON / ORGANIZATION / COUNTRY+PLACE name mentions against them the way
newsmill_eval.py scores entities-meantime (`relaxed`: overlapping span and
the same type, one to one; `exact`: the same span), and prints the misses
and false positives most often seen:

  python3 scripts/gum_entities.py [--data ../shared/corpora/gum-news/dep]
      [--system "build/newsmill extract -"] [--show 30]

Default data: gum-news (22 news documents outside GUM's test split); `--data
../shared/corpora/gum/dev` reads the dev split of every genre. The corpus is
read in place through the scorer's own CoNLL-U reader; nothing is copied.
"""
import argparse
import json
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path

GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


def parse_entities(misc: str):
    """(opened, closed) of a word's MISC Entity field: opened as (id, type)
    in order, closed as ids; a mention opened and closed on the word is in
    both."""
    field = next((f[len("Entity="):] for f in misc.split("|") if f.startswith("Entity=")), "")
    opened, closed, i = [], [], 0
    while i < len(field):
        if field[i] == "(":
            j = i + 1
            while j < len(field) and field[j] not in "()":
                j += 1
            parts = field[i + 1:j].split("-")
            eid = parts[0]
            opened.append((eid, parts[1] if len(parts) > 1 else ""))
            if j < len(field) and field[j] == ")":
                closed.append(eid)
                j += 1
            i = j
        elif field[i].isdigit():
            j = i
            while j < len(field) and field[j].isdigit():
                j += 1
            closed.append(field[i:j])
            i = j + 1
        else:
            i += 1
    return opened, closed


def gold_mentions(ne, doc_id, meta, sents):
    """The document record and its named PER/ORG/LOC mentions (start, end,
    type) in the record's text."""
    doc = ne.gum_doc(doc_id, meta, sents)
    if doc is None:
        return None, []
    words = doc.gold["words"]
    rows = [cols for s in sents for _, _, ws in ne.surface_units(s["rows"]) for cols in ws]
    assert len(rows) == len(words)
    stack, mentions = {}, []
    for k, cols in enumerate(rows):
        opened, closed = parse_entities(cols[9] if len(cols) > 9 else "")
        for eid, typ in opened:
            stack.setdefault(eid, []).append((k, typ))
        for eid in closed:
            if not stack.get(eid):
                continue
            b, typ = stack[eid].pop()
            if typ not in GUM_TYPES:
                continue
            span_words = range(b, k + 1)
            # The head: the word whose head lies outside the mention.
            heads = [i for i in span_words if words[i]["head"] is None or not b <= words[i]["head"] <= k]
            if not heads or words[heads[0]]["upos"] != "PROPN":
                continue
            s, e = words[b]["start"], words[k]["end"]
            if s is not None and e is not None:
                mentions.append((s, e, GUM_TYPES[typ]))
    return doc, sorted(set(mentions))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = Path(__file__).resolve().parent.parent
    ap.add_argument("--shared", default=str(here.parent / "shared"))
    ap.add_argument("--data", help="folder of .conllu files (default: gum-news/dep)")
    ap.add_argument("--system", default=str(here / "build" / "newsmill") + " extract -")
    ap.add_argument("--show", type=int, default=25, help="misses and false positives to list")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "eval" / "newsmill_eval.py").exists():
        print(f"gum_entities: {shared} has no eval/newsmill_eval.py; skipped", file=sys.stderr)
        return 0
    sys.path.insert(0, str(shared / "eval"))
    import newsmill_eval as ne  # noqa: E402
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from meantime_scope import system_names  # noqa: E402

    data = Path(args.data) if args.data else shared / "corpora" / "gum-news" / "dep"
    docs = []
    for path in sorted(data.rglob("*.conllu")):
        for d in ne.read_conllu(path):
            doc, gold = gold_mentions(ne, *d)
            if doc is not None:
                docs.append((doc, gold))
    records = "".join(json.dumps(d.input, ensure_ascii=False) + "\n" for d, _ in docs)
    proc = subprocess.run(shlex.split(args.system), input=records, capture_output=True, text=True)
    out = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            r = json.loads(line)
            out[r.get("id")] = r
    c, misses, false_pos = Counter(), Counter(), Counter()
    for doc, gold in docs:
        r = out.get(doc.id) or {}
        text = doc.gold["text"]
        idx = ne.TextIndex(text, r.get("text"))
        sys_m = system_names(ne, r, idx)
        for kind, same in (("exact", lambda g, s: g == s),
                           ("relaxed", lambda g, s: g[2] == s[2] and ne.overlap(g, s))):
            scores = {(i, j): 1.0 for i, g in enumerate(gold) for j, s in enumerate(sys_m) if same(g, s)}
            hits = ne.greedy_match(scores, 1)
            c[kind, "hit"] += len(hits)
            if kind == "relaxed":
                hit_g = {i for i, _ in hits}
                hit_s = {j for _, j in hits}
                for i, g in enumerate(gold):
                    if i not in hit_g:
                        other = next((s[2] for s in sys_m if ne.overlap(g, s)), "-")
                        misses[text[g[0]:g[1]], g[2], other] += 1
                for j, s in enumerate(sys_m):
                    if j not in hit_s:
                        other = next((g[2] for g in gold if ne.overlap(g, s)), "-")
                        false_pos[text[s[0]:s[1]], s[2], other] += 1
        c["gold"] += len(gold)
        c["sys"] += len(sys_m)
    print(f"documents {len(docs)}  gold name mentions {c['gold']}  system {c['sys']}")
    print(f"{'metric':<8} {'hits':>6}      P      R     F1")
    for kind in ("exact", "relaxed"):
        h = c[kind, "hit"]
        p = h / c["sys"] if c["sys"] else 0.0
        rc = h / c["gold"] if c["gold"] else 0.0
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"{kind:<8} {h:>6}  {p:.3f}  {rc:.3f}  {f:.3f}")
    if args.show:
        print("\nmisses (text, gold type, system type over it):")
        for (t, g, s), n in misses.most_common(args.show):
            print(f"  {n:3d}  {t!r} {g} {s}")
        print("\nfalse positives (text, system type, gold type under it):")
        for (t, s, g), n in false_pos.most_common(args.show):
            print(f"  {n:3d}  {t!r} {s} {g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
