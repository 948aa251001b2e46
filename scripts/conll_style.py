#!/usr/bin/env python3
"""Runs newsmill on CoNLL-style copies of the scorer's input records.

A proxy for news NER sets in CoNLL-2003 format, whose text newsmill receives
pre-tokenised: tokens joined by single spaces ("Japan 's", "( AP )", "5 %",
"said ."), one sentence per line, no publication date, and often a headline
in capitals. This wrapper reads the scorer's JSONL input records on stdin,
rewrites each record's text that way, pipes the records to the command given
(normally `build/newsmill extract -`) and writes its output on stdout, so
that any task of ../shared/eval/newsmill_eval.py can be scored on such text:

  python3 ../shared/eval/newsmill_eval.py run entities-meantime \\
      --system "python3 scripts/conll_style.py build/newsmill extract -"

and compared with the plain run. The scorer locates each mention string in
the gold text ("Japan" from "Japan 's" is found as in "Japan's"). Options:
--upper-headline writes the first line in capitals (the mention strings of
the output are given back their case, so that the scorer still finds them);
--keep-published keeps the `published` field (dropped by default: CoNLL
documents carry none); --no-tokenize only drops `published` and re-joins
lines, as a baseline.
"""
import argparse
import json
import re
import subprocess
import sys

CLITICS = re.compile(r"(?i)^(.+?)('s|'re|'ve|'ll|'d|'m|n't)$")
LEAD = "([{\"'`\u201c\u2018"
TRAIL = ",;:!?)]}\"'\u201d\u2019%"
ABBREV = re.compile(r"^([A-Za-z]\.)+$|^(Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd|Gen|Sen|Rep|Gov|Lt|Col|No)\.$")


def split_token(tok: str, last: bool) -> list:
    """CoNLL (Penn Treebank) tokens of one space-separated token."""
    head, tail = [], []
    while len(tok) > 1 and tok[0] in LEAD:
        head.append(tok[0])
        tok = tok[1:]
    if len(tok) > 1 and tok[0] == "$":
        head.append("$")
        tok = tok[1:]
    while True:
        if len(tok) > 1 and tok[-1] in TRAIL:
            tail.insert(0, tok[-1])
            tok = tok[:-1]
        elif len(tok) > 1 and tok.endswith("...") and tok != "...":
            tail.insert(0, "...")
            tok = tok[:-3]
        elif last and not tail and len(tok) > 1 and tok.endswith(".") and not ABBREV.match(tok):
            tail.insert(0, ".")
            tok = tok[:-1]
        else:
            break
    m = CLITICS.match(tok)
    if m and m.group(1)[-1:].isalpha():
        if m.group(2).lower() == "n't":
            body, clitic = tok[:-3], tok[-3:]
        else:
            body, clitic = m.group(1), m.group(2)
        tok_parts = [body, clitic]
    elif len(tok) > 2 and tok.endswith("s'"):
        tok_parts = [tok[:-1], "'"]
    else:
        tok_parts = [tok]
    return head + [t for t in tok_parts if t] + tail


def conll_line(line: str) -> str:
    words = line.split()
    out = []
    for i, w in enumerate(words):
        out += split_token(w, i == len(words) - 1)
    # "said ." after a closing quote: the final period is its own token too.
    if len(out) >= 2 and out[-1] in ('"', "'") and out[-2].endswith(".") and len(out[-2]) > 1 \
            and not ABBREV.match(out[-2]):
        out[-2:] = [out[-2][:-1], ".", out[-1]]
    return " ".join(out)


def rewrite(text: str, tokenize: bool, upper_headline: bool) -> str:
    lines = [ln for ln in (l.strip() for l in text.splitlines()) if ln]
    if tokenize:
        lines = [conll_line(ln) for ln in lines]
    if upper_headline and lines:
        lines[0] = lines[0].upper()
    return "\n".join(lines)


def restore_case(record: dict, headline: str):
    """Gives the mention strings found in the capitalised headline (the first
    line) their original case."""
    if not headline:
        return
    upper = headline.upper()
    for ent in record.get("entities") or []:
        for m in ent.get("mentions") or []:
            s, start = m.get("text"), m.get("start")
            if isinstance(s, str) and isinstance(start, int) and start + len(s) <= len(upper) \
                    and upper[start:start + len(s)] == s:
                m["text"] = headline[start:start + len(s)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--upper-headline", action="store_true")
    ap.add_argument("--keep-published", action="store_true")
    ap.add_argument("--no-tokenize", action="store_true")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    if not args.command:
        ap.error("give the command to run, e.g. build/newsmill extract -")
    records, headlines = [], {}
    for line in sys.stdin:
        if not line.strip():
            continue
        rec = json.loads(line)
        if not args.keep_published:
            rec.pop("published", None)
        if isinstance(rec.get("text"), str):
            rec["text"] = rewrite(rec["text"], not args.no_tokenize, False)
            if args.upper_headline:
                headlines[rec.get("id")] = rec["text"].split("\n", 1)[0]
                rec["text"] = rewrite(rec["text"], False, True)
        records.append(json.dumps(rec, ensure_ascii=False))
    proc = subprocess.run(args.command, input="\n".join(records) + "\n", capture_output=True,
                          text=True)
    sys.stderr.write(proc.stderr)
    for line in proc.stdout.splitlines():
        if args.upper_headline and line.strip():
            out = json.loads(line)
            restore_case(out, headlines.get(out.get("id"), ""))
            line = json.dumps(out, ensure_ascii=False)
        print(line)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
