#!/usr/bin/env python3
"""Scores a system's MEANTIME output inside and outside the sentences the
corpus annotates in full.

MEANTIME marks every time expression and entity mention only in the first
six sentences of each article (title, dateline and four sentences); after
that it marks times not at all and entities only where they take part in
its cross-document chains. A system that reads the whole article is charged
a false positive for every correct find after sentence six. This script
splits the scorer's own matching (../shared/eval/newsmill_eval.py, imported
in place) at that line, so both figures can be reported.

  python3 ../shared/eval/newsmill_eval.py run entities-meantime \\
      --system "build/newsmill extract -" --out /tmp/m.jsonl
  python3 scripts/meantime_scope.py /tmp/m.jsonl [--shared ../shared]

The same output file serves for both tasks (times and entities). It also
prints the best a reader of whole articles could score on each: for times
every gold time plus the explicit expressions after sentence six; for
entities an estimate for a reader that follows newsmill's schema (see the
comment at "entity ceiling").
"""
import argparse
import json
import re
import sys
from pathlib import Path

FULL_SENTENCES = 6  # sentences 0..5 of each document are annotated in full
EXPLICIT = re.compile(r"(?i)\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
                      r"|april|june|july|august|september|october|november|december|yesterday|today"
                      r"|tomorrow|(last|next|this) (week|month|year))\b")


def prf(hit, sys_n, gold_n):
    p = hit / sys_n if sys_n else 0.0
    r = hit / gold_n if gold_n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def system_names(ne, record, idx):
    """The record's PER/ORG/LOC name mentions as the scorer reads them:
    sorted (start, end, type) in the gold text that `idx` maps onto."""
    found = set()
    for ent in record.get("entities") or []:
        typ = ne.TYPE_MAP.get(str(ent.get("type")))
        for m in ent.get("mentions") or [] if typ else []:
            if m.get("form", "name") == "name" and ne.is_named(m.get("text")):
                sp = idx.locate(m.get("text"), m.get("start"))
                if sp:
                    found.add((sp[0], sp[1], typ))
    return sorted(found)


TITLE_WORDS = set("ceo president minister chairman secretary chief executive officer director vice prime"
                  " governor senator spokesman spokeswoman analyst founder mr mrs ms dr general manager"
                  " head board".split())
LEAD_WORDS = {"the", "a", "an", "this", "it", "he", "she", "they", "in", "on", "at", "but", "and", "for",
              "after", "as", "with"}


def read_demonyms(data: Path) -> set:
    """Adjectives and demonyms of data/lexicon countries.tsv and places.tsv (lower case)."""
    out = set()
    for name, col in (("countries.tsv", 3), ("places.tsv", 2)):
        path = data / "lexicon" / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if line.startswith("#") or len(f) <= col or f[col] == "-":
                continue
            out.update(a.lower() for a in f[col].split("|"))
    return out


def capital_runs(text: str, demonyms: set) -> list:
    """Spans of runs of capitalised words (words joined by spaces only) that
    are no demonym, title word or sentence-opening function word."""
    runs, cur = [], None
    for m in re.finditer(r"[A-Za-z][A-Za-z.'\-&]*|\d+", text):
        w = m.group()
        key = w.lower().strip(".")
        ok = w[0].isupper() and key not in demonyms and key not in TITLE_WORDS and w.lower() not in LEAD_WORDS
        if ok and cur and not text[cur[1]:m.start()].strip():
            cur = (cur[0], m.end())
        elif ok:
            if cur:
                runs.append(cur)
            cur = (m.start(), m.end())
        elif cur:
            runs.append(cur)
            cur = None
    if cur:
        runs.append(cur)
    return runs


def max_matching(cand: dict) -> int:
    """Size of a maximum bipartite matching (Kuhn): cand maps a gold index to
    the run indices it may take."""
    match = {}

    def augment(i, seen):
        for j in cand.get(i, []):
            if j in seen:
                continue
            seen.add(j)
            if j not in match or augment(match[j], seen):
                match[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in cand)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output", help="newsmill JSONL output on the meantime-en corpus")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.shared) / "eval"))
    import newsmill_eval as ne  # noqa: E402

    docs = ne.load_meantime(Path(args.shared) / "corpora" / "meantime-en")
    demonyms = read_demonyms(Path(__file__).resolve().parent.parent / "data")
    out = {}
    with open(args.output, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[r.get("id")] = r
    counts = {}

    def add(key, **kw):
        c = counts.setdefault(key, {"hit": 0, "sys": 0, "gold": 0})
        for k, v in kw.items():
            c[k] += v

    for d in docs:
        r = out.get(d.id) or {}
        text = d.gold["text"]
        idx = ne.TextIndex(text, r.get("text"))
        line_of = lambda pos: text.count("\n", 0, pos)  # noqa: E731
        region = lambda pos: "full" if line_of(pos) < FULL_SENTENCES else "rest"  # noqa: E731
        # Times: value hits (relaxed match with an equal value), one to one.
        gold = d.gold["times"]
        sys_t = []
        for t in r.get("times") or []:
            sp = idx.locate(t.get("text"), t.get("start"))
            if sp and not any(ne.overlap(sp, ig) for ig in d.gold["ignore"]):
                sys_t.append((sp, t))
        scores = {(i, j): ne.overlap((g["start"], g["end"]), sp)
                  for i, g in enumerate(gold) for j, (sp, _) in enumerate(sys_t)}
        for i, j in ne.greedy_match(scores, 1):
            if ne.norm_key(sys_t[j][1].get("value")) == ne.norm_key(gold[i]["value"]):
                add(("times value", region(gold[i]["start"])), hit=1)
        for g in gold:
            add(("times value", region(g["start"])), gold=1)
        for sp, t in sys_t:
            add(("times value", region(sp[0])), sys=1)
            if region(sp[0]) == "rest" and EXPLICIT.search(str(t.get("text"))):
                add(("explicit times", "rest"), sys=1)
        # Entities: relaxed (overlap, same type), one to one.
        sys_m = system_names(ne, r, idx)
        gm = d.gold["mentions"]
        scores = {(i, j): ne.overlap(g, s) for i, g in enumerate(gm)
                  for j, s in enumerate(sys_m) if g[2] == s[2]}
        for i, _ in ne.greedy_match(scores, 1):
            add(("entities relaxed", region(gm[i][0])), hit=1)
        for g in gm:
            add(("entities relaxed", region(g[0])), gold=1)
        for s in sys_m:
            add(("entities relaxed", region(s[0])), sys=1)
        # Entities, an estimate of the best a reader following newsmill's
        # schema can score: gold mentions matched one to one to runs of
        # capitalised words (no demonym, which must be `form: adjective`, no
        # title word), "White House" typed as the seed types it (not LOC),
        # and the country names this output finds after sentence six where
        # the gold marks nothing counted against it.
        runs = capital_runs(text, demonyms)
        cand = {i: [j for j, (a, b) in enumerate(runs) if a < g[1] and b > g[0]]
                for i, g in enumerate(gm)
                if not (g[2] == "LOC" and "white house" in text[g[0]:g[1]].lower())}
        add(("entity ceiling", "all"), hit=max_matching(cand), gold=len(gm))
        # Certain names after sentence six that overlap no gold mention:
        # countries; other names the lexicon knows (it gave them an actor
        # code: "Apple", "Chrysler", "Tokyo"); people named in full.
        for ent in r.get("entities") or []:
            typ = ent.get("type")
            for m in ent.get("mentions") or []:
                sp = idx.locate(m.get("text"), m.get("start")) if m.get("form") == "name" else None
                if not sp or region(sp[0]) != "rest" or any(ne.overlap(g, sp) for g in gm):
                    continue
                if typ == "COUNTRY" and ent.get("actor"):
                    add(("entity ceiling", "all"), sys=1)
                elif (ent.get("actor") and typ in ("ORGANIZATION", "PLACE", "PERSON")) or \
                        (typ == "PERSON" and " " in str(m.get("text")).strip()):
                    add(("entity ceiling", "other names"), sys=1)

    print(f"{'metric':<18} {'sentences':<14} {'hits':>6} {'system':>7} {'gold':>6}    P      R      F1")
    for metric in ("times value", "entities relaxed"):
        for reg, label in (("full", f"1-{FULL_SENTENCES} (full)"), ("rest", f"{FULL_SENTENCES + 1}- (partial)")):
            c = counts.get((metric, reg), {"hit": 0, "sys": 0, "gold": 0})
            p, rc, f = prf(c["hit"], c["sys"], c["gold"])
            print(f"{metric:<18} {label:<14} {c['hit']:>6} {c['sys']:>7} {c['gold']:>6}  {p:.3f}  {rc:.3f}  {f:.3f}")
    # The best a reader that marks times in the whole article can score:
    # every gold time found with its value (recall 1), and at least the
    # explicit expressions this output finds after sentence six, which the
    # gold leaves unmarked, counted against it.
    g = sum(counts.get(("times value", reg), {}).get("gold", 0) for reg in ("full", "rest"))
    k = counts.get(("explicit times", "rest"), {}).get("sys", 0)
    if g:
        print(f"\ntimes: {k} explicit time expressions after sentence {FULL_SENTENCES} (a digit, a month"
              " or weekday name, today/yesterday/tomorrow, last/next/this week|month|year),"
              f" none of them in the gold: a whole-article reader finding every gold time"
              f" and these scores at most value P {g / (g + k):.3f}, F1 {2 * g / (2 * g + k):.3f}")
    c = counts.get(("entity ceiling", "all"))
    if c and c["gold"]:
        h, k, g = c["hit"], c["sys"], c["gold"]
        k2 = counts.get(("entity ceiling", "other names"), {}).get("sys", 0)
        print(f"\nentities: about {h} of {g} gold mentions can be matched one to one by name mentions"
              " of newsmill's schema (no demonyms, no nesting, White House an organisation).")
        for label, extra in (("country names", k), ("country names, other names the lexicon knows"
                                                    " and people named in full", k + k2)):
            p, rc = h / (h + extra), h / g
            print(f"  with the {extra} {label} after sentence {FULL_SENTENCES} that the gold leaves"
                  f" unmarked counted against it, a reader of whole articles scores at most about"
                  f" relaxed P {p:.3f}, R {rc:.3f}, F1 {2 * p * rc / (p + rc):.3f}")


if __name__ == "__main__":
    main()
