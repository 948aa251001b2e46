"""Tests of the Python module (docs/python.md), run by ctest as python_test
with PYTHONPATH=build/python and the interpreter the module was built for.

    PYTHONPATH=build/python /usr/bin/python3 tests/python_test.py
"""

import json
import os
import subprocess
import sys
import threading
import time
import unittest

import newsmill
import newsmill.dask

try:
    import dask.bag
except ImportError:
    dask = None

REFERENCE = "2023-12-31"
# Written for this test.
SCHOLZ = ('German Chancellor Olaf Scholz said on Monday that "Europe will '
          'stand together against aggression." Japan accused North Korea of '
          'firing a missile.')
SMALL = [
    "Kenya's President William Ruto met Ethiopian officials in Nairobi.",
    'Ukraine said on Friday that "talks will go on."',
    "The central bank of Brazil raised rates by half a point.",
    'Spain and Portugal signed an agreement on water rights, Madrid said.',
]


def by_name(record, name):
    return [e for e in record["entities"] if e["name"] == name]


class PipelineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.p = newsmill.Pipeline(reference_date=REFERENCE)

    def test_extract_finds_actors_quote_time_and_event(self):
        r = self.p.extract(SCHOLZ, id="t1", published="2023-03-08")
        self.assertEqual(r["id"], "t1")
        self.assertEqual(r["published"], "2023-03-08")
        scholz = by_name(r, "Olaf Scholz")
        self.assertEqual(len(scholz), 1)
        self.assertEqual(scholz[0]["type"], "PERSON")
        self.assertEqual(scholz[0]["actor"], "DEUGOV")
        self.assertEqual(by_name(r, "Japan")[0]["type"], "COUNTRY")
        self.assertEqual(by_name(r, "North Korea")[0]["actor"], "PRK")
        quotes = [q for q in r["quotes"] if "stand together" in q["text"]]
        self.assertEqual(len(quotes), 1)
        self.assertEqual(quotes[0]["speaker_name"], "Olaf Scholz")
        self.assertEqual(quotes[0]["speaker"], scholz[0]["id"])
        self.assertEqual(quotes[0]["cue"], "said")
        monday = [t for t in r["times"] if t["text"] == "Monday"]
        self.assertEqual(monday[0]["value"], "2023-03-06")  # before Wed 8th
        accuse = [e for e in r["events"] if e["plover"] == "ACCUSE"]
        self.assertEqual(len(accuse), 1)
        self.assertTrue(accuse[0]["code"].startswith("11"), accuse[0])
        self.assertEqual(accuse[0]["source"]["actor"], "JPN")
        self.assertEqual(accuse[0]["target"]["actor"], "PRK")

    def test_extract_is_the_cli_record(self):
        binary = os.path.join(os.path.dirname(newsmill.__file__), "..", "..",
                              "newsmill")
        if not os.path.exists(binary):
            self.skipTest("no newsmill binary beside the module")
        line = json.dumps({"id": "t1", "published": "2023-03-08",
                           "text": SCHOLZ})
        cli = subprocess.run(
            [binary, "extract", "--reference-date", REFERENCE, "-q", "-"],
            input=line.encode(), capture_output=True, check=True).stdout
        raw = self.p.extract(SCHOLZ, id="t1", published="2023-03-08",
                             raw=True)
        self.assertEqual(raw + "\n", cli.decode())

    def test_options_are_applied(self):
        p = newsmill.Pipeline(stages="entities", reference_date=REFERENCE,
                              published="2023-03-08")
        self.assertNotIn("quotes", p.stages)
        r = p.extract(SCHOLZ)
        self.assertEqual(r["published"], "2023-03-08")
        self.assertEqual(r["quotes"], [])
        self.assertTrue(by_name(r, "Olaf Scholz"))

    def test_bad_options_raise_value_error(self):
        with self.assertRaisesRegex(ValueError, "no-such-dir"):
            newsmill.Pipeline(lexicon=["/no-such-dir"])
        with self.assertRaisesRegex(ValueError, "unknown stage 'nope'"):
            newsmill.Pipeline(stages=["nope"])
        with self.assertRaisesRegex(ValueError, "not-a-date"):
            newsmill.Pipeline(reference_date="not-a-date")

    def test_extract_without_text_raises(self):
        with self.assertRaisesRegex(ValueError, 'no "text" or "html"'):
            self.p.extract("  \n")

    def test_extract_many_keeps_order_and_reports_bad_records(self):
        records = [
            {"id": "a", "text": SMALL[0]},
            {"id": "empty", "text": ""},
            {"id": "bytes", "text": b"Paris \xff\xfe said Rome " + b"agreed."},
            42,
            {"id": "surrogate", "text": "Rome \udc80 said."},
            {"id": "b", "text": SMALL[1], "published": "2023-03-10"},
            {"id": "typed", "text": ["not", "text"]},
        ]
        out = list(self.p.extract_many(iter(records), threads=2))
        self.assertEqual(len(out), len(records))
        self.assertEqual(out[0]["id"], "a")
        self.assertEqual(out[1]["error"],
                         'records[1]: record has no "text" or "html"')
        self.assertEqual(out[1]["index"], 1)
        # Bytes go in as they are: invalid UTF-8 is repaired and reported.
        self.assertEqual(out[2]["id"], "bytes")
        self.assertIn("U+FFFD", " ".join(out[2]["warnings"]))
        self.assertEqual(out[3], {"id": None, "index": 3, "error":
                                  "records[3]: expected a dict, got int"})
        self.assertIn("surrogates", out[4]["error"])
        self.assertEqual(out[4]["id"], "surrogate")
        self.assertEqual(out[5]["id"], "b")
        self.assertEqual(out[5]["published"], "2023-03-10")
        self.assertIn("expected str or bytes, got list", out[6]["error"])

        kept = list(self.p.extract_many(records, errors="skip"))
        self.assertEqual([r["id"] for r in kept], ["a", "bytes", "b"])
        with self.assertRaisesRegex(ValueError, r"records\[1\]"):
            list(self.p.extract_many(records, errors="raise"))

    def test_threads_give_the_same_records(self):
        records = [{"id": str(i), "text": SMALL[i % len(SMALL)] + " " +
                    SMALL[(i * 3) % len(SMALL)]} for i in range(40)]
        one = list(self.p.extract_many(records, threads=1, raw=True))
        two = list(self.p.extract_many(records, threads=2, batch_size=7,
                                       raw=True))
        self.assertEqual(len(one), 40)
        self.assertEqual(one, two)
        self.assertEqual([json.loads(r)["id"] for r in one],
                         [str(i) for i in range(40)])

    def test_gil_is_released_while_analysing(self):
        # One long article on a second thread, started once this thread's
        # loop runs; the loop must go on while the engine works.
        text = " ".join(SMALL * 1200)
        took, go, done = [], threading.Event(), threading.Event()

        def work():
            go.wait()
            start = time.perf_counter()
            self.p.extract(text, raw=True)  # json.loads would hold the GIL
            took.append(time.perf_counter() - start)
            done.set()

        worker = threading.Thread(target=work)
        worker.start()
        ticks, last, longest = 0, time.perf_counter(), 0.0
        while not done.is_set():
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now
            ticks += 1
            go.set()
        worker.join()
        print("(analysis %.3f s, longest pause of this thread %.4f s) "
              % (took[0], longest), end="", file=sys.stderr)
        self.assertGreater(took[0], 0.05, "article too short to tell")
        # Holding the GIL, the analysis would stop this loop for its length.
        self.assertLess(longest, took[0] / 2, ticks)


class DaskTest(unittest.TestCase):
    def test_module_imports_without_dask_and_runs_a_partition(self):
        out = newsmill.dask.extract_partition(
            [{"id": "x", "text": SMALL[0]}, {"id": "y"}],
            reference_date=REFERENCE)
        self.assertEqual(out[0]["id"], "x")
        self.assertIn("error", out[1])
        # One Pipeline per process and options.
        self.assertIs(newsmill.dask.pipeline_for(reference_date=REFERENCE),
                      newsmill.dask.pipeline_for(reference_date=REFERENCE))

    @unittest.skipIf(dask is None, "dask is not installed (python3-dask)")
    def test_extract_bag_on_the_synchronous_scheduler(self):
        records = [{"id": str(i), "text": SMALL[i % len(SMALL)]}
                   for i in range(12)]
        records.insert(5, {"id": "bad", "text": ""})
        bag = dask.bag.from_sequence(records, npartitions=3)
        out = newsmill.dask.extract_bag(
            bag, reference_date=REFERENCE).compute(scheduler="sync")
        self.assertEqual([r["id"] for r in out], [r["id"] for r in records])
        # A bad record is reported by its position in its partition.
        self.assertIn('no "text" or "html"', out[5]["error"])
        direct = list(newsmill.Pipeline(reference_date=REFERENCE)
                      .extract_many(records, threads=1))
        del out[5], direct[5]
        self.assertEqual(out, direct)


if __name__ == "__main__":
    unittest.main(verbosity=2)
