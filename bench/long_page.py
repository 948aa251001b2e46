#!/usr/bin/env python3
"""Writes one generated article of N words as a JSONL record, to time the
pipeline on a long page (work that grows faster than the text shows here):

    python3 bench/long_page.py 3200000 > /tmp/long.jsonl
    /usr/bin/time -f "%e s %M KB" build/newsmill extract /tmp/long.jsonl > /dev/null

The words are drawn (fixed seed) from a short vocabulary of news words,
names, quotation marks, commas and periods written for this script, all in
one paragraph: long sentences, many quotations and reports, no meaning.
"""
import json
import random
import sys

WORDS = ("the President of Freedonia said on Monday that troops attacked the "
         "border and he met envoys in Sylvania last week . \" We will respond , \" "
         "she told reporters , accusing the Ministry of aggression ; Marlow and "
         "Brackley spoke by phone , the palace said . Officials warned that 100,000 "
         "troops may cross next month , according to The Daily Clarion .").split()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(7)
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    print(json.dumps({"id": f"long-page-{n}", "text": text, "published": "2022-02-01"}))


if __name__ == "__main__":
    main()
