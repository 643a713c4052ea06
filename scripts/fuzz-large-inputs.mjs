#!/usr/bin/env node
/**
 * Large inputs, end to end: a 100 MB file and a 5 MB single line go through `relcheck scan`
 * (the built CLI in dist/) in a child process with a capped heap. Passes when each run exits 0 or
 * 1, writes a complete JSON report, and its peak memory stays under the cap. Too slow for the unit
 * suite; run it by hand or nightly:
 *
 *   npm run build && node scripts/fuzz-large-inputs.mjs            # 100 MB + 5 MB line
 *   node scripts/fuzz-large-inputs.mjs --size-mb 20 --line-mb 2     # a quicker look
 *   node scripts/fuzz-large-inputs.mjs --dates-only                 # date inference growth alone
 *
 * The text is prose in which the seed articles recur once per megabyte, so the run has real
 * claims to find among long stretches of ordinary sentences. Deterministic (fixed PRNG seed).
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const SIZE_MB = arg("size-mb", 100);
const LINE_MB = arg("line-mb", 5);
const HEAP_MB = arg("heap-mb", 2048);
const MB = 1024 * 1024;

// xorshift32: the same text on every machine
let state = 0x2545f491;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x100000000;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const WORDS = (
  "the officials said that talks between the two governments would continue while traders waited at the border " +
  "crossing and farmers carried their goods to market as the committee discussed roads water schools and the " +
  "future of the valley where families have lived for generations under changing rulers and uncertain peace"
).split(" ");
const seeds = readdirSync(join(root, "seeds"))
  .sort()
  .map((f) => readFileSync(join(root, "seeds", f), "utf8"));

function sentence() {
  const n = 8 + Math.floor(random() * 14);
  const words = Array.from({ length: n }, () => pick(WORDS));
  const first = words[0];
  return `${first[0].toUpperCase()}${first.slice(1)} ${words.slice(1).join(" ")}.`;
}

/** Write `bytes` of text to `path`: prose paragraphs (or one line) with a seed article every MB. */
function writeText(path, bytes, oneLine) {
  const fd = openSync(path, "w");
  let written = 0;
  let nextSeed = 0;
  let chunk = "";
  while (written + Buffer.byteLength(chunk) < bytes) {
    if (written + chunk.length >= nextSeed) {
      const article = seeds[Math.floor(nextSeed / MB) % seeds.length];
      chunk += `${oneLine ? article.replace(/[\r\n]+/g, " ") : article}${oneLine ? " " : "\n\n"}`;
      nextSeed += MB;
    }
    chunk += sentence() + (oneLine ? " " : random() < 0.2 ? "\n\n" : " ");
    if (chunk.length > 1 << 16) {
      written += writeSync(fd, chunk);
      chunk = "";
    }
  }
  writeSync(fd, chunk.slice(0, Math.max(0, bytes - written)));
  closeSync(fd);
}

const RUNNER = `
import(${JSON.stringify(join(root, "dist", "cli", "main.js"))}).then(async ({ main }) => {
  const started = performance.now();
  const code = await main(process.argv.slice(1));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write("\\nRESULT " + JSON.stringify({ code, seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + "\\n");
  process.exitCode = code;
});`;

function run(label, path) {
  const out = join(dirname(path), `${label}.report.json`);
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--input-type=module", "-e", RUNNER, "scan", path, "-f", "json", "-o", out], {
    cwd: dirname(path),
    encoding: "utf8",
    maxBuffer: 64 * MB,
  });
  const line = (child.stderr ?? "").split("\n").find((l) => l.startsWith("RESULT "));
  const result = line ? JSON.parse(line.slice(7)) : null;
  let report = null;
  try {
    report = JSON.parse(readFileSync(out, "utf8"));
  } catch {
    // no report, or a half one: a failure below
  }
  const ok = result !== null && (result.code === 0 || result.code === 1) && report?.summary?.documents === 1;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${label}: exit ${result?.code ?? child.status}, ${result?.seconds ?? "?"} s, peak ${result?.maxRssMb ?? "?"} MB` +
      (report ? `, ${report.summary.claims} claims, ${report.findings.length} findings` : ", no report"),
  );
  if (!ok) console.log((child.stderr ?? "").slice(-2000));
  return ok;
}

/**
 * Document dating grows linearly with the input: each text is dated as a scan dates it without
 * flags (its top lines, then inference from the dates it mentions), at one size and at four times
 * that size, in this process (median of three). Inputs that used to take quadratic time: a
 * Markdown table of numbers and years, and one year per line (`yes 1997 | head`). Passes when 4×
 * the input takes at most 5× the time.
 */
async function dateInferenceGrowth() {
  const { buildDocument } = await import(join(root, "dist", "ingest", "build-document.js"));
  const { assignDates } = await import(join(root, "dist", "ingest", "document-date.js"));
  const inputs = {
    "Markdown number table": (kb) => {
      const rows = ["| year | rate | count | since |", "|---|---|---|---|"];
      for (let i = 0, length = 0; length < kb * 1024; i++) {
        const row = `| ${1900 + (i % 120)} | ${(i % 97) + 0.25} | ${(i * 37) % 10000} | ${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 9} |`;
        rows.push(row);
        length += row.length + 1;
      }
      return rows.join("\n");
    },
    "one year per line": (kb) => "1997\n".repeat(Math.round((kb * 1024) / 5)),
  };
  const time = (text) => {
    const runs = [];
    for (let k = 0; k < 3; k++) {
      const started = performance.now();
      assignDates([buildDocument("table.md", "0".repeat(64), { text, encoding: "utf-8" }).document], { asOf: null });
      runs.push(performance.now() - started);
    }
    return runs.sort((a, b) => a - b)[1];
  };
  let ok = true;
  for (const [name, make] of Object.entries(inputs)) {
    const small = make(240);
    const large = make(960);
    time(make(16)); // warm the engine
    const [a, b] = [time(small), time(large)];
    const ratio = b / a;
    const pass = ratio <= 5;
    ok &&= pass;
    console.log(`${pass ? "ok  " : "FAIL"} date inference, ${name}: ${(small.length / 1024).toFixed(0)} KB ${a.toFixed(0)} ms, ${(large.length / 1024).toFixed(0)} KB ${b.toFixed(0)} ms: ${ratio.toFixed(2)}× for 4× the input`);
  }
  return ok;
}

if (process.argv.includes("--dates-only")) {
  process.exitCode = (await dateInferenceGrowth()) ? 0 : 1;
  process.exit();
}

const dir = mkdtempSync(join(tmpdir(), "relcheck-large-"));
try {
  const big = join(dir, "large.txt");
  const line = join(dir, "one-line.txt");
  writeText(big, SIZE_MB * MB, false);
  writeText(line, LINE_MB * MB, true);
  console.log(`inputs: ${SIZE_MB} MB of prose, a ${LINE_MB} MB single line; heap capped at ${HEAP_MB} MB`);
  const results = [await dateInferenceGrowth(), run(`${LINE_MB}mb-single-line`, line), run(`${SIZE_MB}mb-file`, big)];
  process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
  if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}
