// Throughput of the peers' HTML extractors on the same pages as
// newsmill-html-bench: Readability on linkedom and article-extractor, each
// doing what its adapter in ../shared/peers/adapters does (parse, extract,
// HTML -> text). Module loading and input reading are outside the timed
// region; a short warm-up precedes the median of the runs.
//
// Runs from a prepared copy of ../shared/peers (never from the repository):
//   bench/run_html_peers.sh              # copies peers to /tmp/peers, npm ci,
//                                        # writes the Zyte input, runs this
//   node html_peers.mjs INPUT.jsonl [--runs 3]   # inside the peers copy
import fs from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractFromHtml } from '@extractus/article-extractor';
import { htmlToText } from './adapters/lib.mjs';

const args = process.argv.slice(2);
const input = args[0];
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const docs = fs.readFileSync(input, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.html ?? ''), 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => Number(process.hrtime.bigint()) / 1e9;

const tools = {
  'readability-linkedom': async (d) => {
    const { document } = parseHTML(d.html ?? '');
    const r = new Readability(document).parse();
    return r ? htmlToText(r.content) : '';
  },
  'article-extractor': async (d) => {
    const r = await extractFromHtml(d.html ?? '', d.url ?? undefined);
    return r ? htmlToText(r.content) : '';
  },
};

for (const [name, fn] of Object.entries(tools)) {
  for (const d of docs.slice(0, 5)) await fn(d); // warm-up
  const secs = [];
  let chars = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    for (const d of docs) chars += (await fn(d)).length;
    secs.push(now() - t0);
  }
  const s = median(secs);
  console.log(JSON.stringify({
    tool: name, pages: docs.length, MB: +(bytes / 1e6).toFixed(2), runsSec: secs.map((x) => +x.toFixed(3)),
    medianSec: +s.toFixed(3), pagesPerSec: +(docs.length / s).toFixed(1), MBperSec: +(bytes / 1e6 / s).toFixed(2),
    chars,
  }));
}
