#!/usr/bin/env node
/**
 * Large inputs, end to end, and how time and memory grow with them. Each case runs
 * `relcheck scan` (the built CLI in dist/) in a child process with a capped heap, on an input of
 * size S and on one of 4 × S, and prints both runs and the growth ratios. A case passes when both
 * runs exit 0 or 1 with a complete JSON report and, for 4 × the input, time and peak memory grow
 * at most 5× (linear growth is 4×; the margin is for noise and fixed costs). Too slow for the unit
 * suite; run it by hand or nightly:
 *
 *   npm run build && node scripts/fuzz-large-inputs.mjs                 # every case
 *   node scripts/fuzz-large-inputs.mjs --only patterns,claims            # some of them
 *   node scripts/fuzz-large-inputs.mjs --scale 0.1                       # every input a tenth as large
 *   node scripts/fuzz-large-inputs.mjs --dates-only                      # date inference growth alone
 *
 * Cases (S → 4 × S):
 *   prose     prose in which the seed articles recur once per megabyte: 64 → 255 MB
 *   line      the same prose on one line, no line break at all: 1.25 → 5 MB
 *   claims    short dated sentences, one claim each (the most claims a file can hold): 0.5 → 2 MB
 *   patterns  a user rule with the pattern `a(.*z)?` over one line of "a"s: 0.25 → 1 MB
 *   dates     document dating (ingest/document-date.ts) in this process, time only: a Markdown
 *             number table and one year per line, 240 → 960 KB
 *
 * Deterministic (fixed PRNG seed).
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const SCALE = Number(arg("scale", "1"));
const HEAP_MB = Number(arg("heap-mb", "4096"));
const ONLY = process.argv.includes("--dates-only") ? ["dates"] : (arg("only", null)?.split(",") ?? null);
const MB = 1024 * 1024;
/** Growth allowed for 4 × the input. */
const LIMIT = 5;
/** The cases whose ratios decide the result. */
const GATED = new Set(["prose", "line", "claims", "patterns"]);

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

/** Write about `bytes` of text to `path`, produced by `next()` a piece at a time. */
function writeGenerated(path, bytes, next) {
  const fd = openSync(path, "w");
  let written = 0;
  let chunk = "";
  while (written + chunk.length < bytes) {
    chunk += next(written + chunk.length);
    if (chunk.length > 1 << 16) {
      written += writeSync(fd, chunk);
      chunk = "";
    }
  }
  writeSync(fd, chunk.slice(0, Math.max(0, bytes - written)));
  closeSync(fd);
}

/** Prose paragraphs (or one line) with a seed article every MB. */
function prose(oneLine) {
  return (path, bytes) => {
    let nextSeed = 0;
    writeGenerated(path, bytes, (at) => {
      let piece = "";
      if (at >= nextSeed) {
        const article = seeds[Math.floor(nextSeed / MB) % seeds.length];
        piece += `${oneLine ? article.replace(/[\r\n]+/g, " ") : article}${oneLine ? " " : "\n\n"}`;
        nextSeed += MB;
      }
      return piece + sentence() + (oneLine ? " " : random() < 0.2 ? "\n\n" : " ");
    });
  };
}

const DATED = [
  "Pakistan recognised the government in",
  "The Taliban took Kabul in",
  "Troops withdrew from the valley in",
  "Air strikes hit the border villages in",
  "The foreign minister visited Kabul in",
];
let datedCount = 0;
function datedSentences(path, bytes) {
  writeGenerated(path, bytes, () => {
    const n = datedCount++;
    return `${DATED[n % DATED.length]} ${1950 + (n % 75)}. ${n % 4 === 3 ? "\n" : ""}`;
  });
}

function aLine(path, bytes) {
  writeGenerated(path, bytes, () => "a".repeat(4096));
  writeFileSync(path, "\nThe club was founded in 1921.\n", { flag: "a" });
}

const PATTERN_RULE = `id: founding
topic: founding of a club
description: When a club was founded.
cardinality: single
values: [date]
triggers: [founded]
patterns: ['a(.*z)?']
`;

const CASES = [
  { name: "prose", bytes: 64 * MB, file: "prose.txt", make: prose(false) },
  { name: "line", bytes: 1.25 * MB, file: "line.txt", make: prose(true) },
  { name: "claims", bytes: 0.5 * MB, file: "dated.txt", make: datedSentences },
  {
    name: "patterns",
    bytes: 0.25 * MB,
    file: "line-of-a.txt",
    make: aLine,
    setup: (dir) => {
      mkdirSync(join(dir, "rules"), { recursive: true });
      writeFileSync(join(dir, "rules", "founding.yml"), PATTERN_RULE);
    },
    args: ["--rules", "rules", "--no-builtin-rules"],
  },
];

const RUNNER = `
import(${JSON.stringify(join(root, "dist", "cli", "main.js"))}).then(async ({ main }) => {
  const started = performance.now();
  const code = await main(process.argv.slice(1));
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write("\\nRESULT " + JSON.stringify({ code, seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + "\\n");
  process.exitCode = code;
});`;

/** Reports larger than this are checked by their end (one string holds at most about 512 M characters). */
const WHOLE_REPORT_LIMIT = 256 * MB;

/**
 * The report's claims, findings and documents: parsed whole when it is small enough to be one
 * string; otherwise its summary, read from the end of the file, which must close the report.
 */
function reportSummary(path) {
  const size = statSync(path).size;
  if (size <= WHOLE_REPORT_LIMIT) {
    const report = JSON.parse(readFileSync(path, "utf8"));
    return { claims: report.summary.claims, findings: report.findings.length, documents: report.summary.documents };
  }
  const n = Math.min(size, 8 * MB);
  const buffer = Buffer.alloc(n);
  const fd = openSync(path, "r");
  try {
    readSync(fd, buffer, 0, n, size - n);
  } finally {
    closeSync(fd);
  }
  const tail = buffer.toString("utf8");
  const m = /\n  "summary": (\{[^]*?\n  \})/.exec(tail);
  if (!tail.endsWith("}\n") || !m) return null;
  const s = JSON.parse(m[1]);
  return { claims: s.claims, findings: s.agree + s.diverge + s.contradict, documents: s.documents };
}

function run(dir, label, input, extraArgs) {
  const out = join(dir, `${label}.report.json`);
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--input-type=module", "-e", RUNNER, "scan", input, "-f", "json", "-o", out, "--quiet", ...extraArgs], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 64 * MB,
  });
  const line = (child.stderr ?? "").split("\n").find((l) => l.startsWith("RESULT "));
  const result = line ? JSON.parse(line.slice(7)) : null;
  let summary = null;
  try {
    summary = reportSummary(out);
  } catch {
    // no report, or a half one: a failure below
  }
  rmSync(out, { force: true });
  const ok = result !== null && (result.code === 0 || result.code === 1) && summary?.documents === 1;
  const mb = (readFileSync(input).length / MB).toFixed(2);
  console.log(
    `  ${ok ? "ok  " : "FAIL"} ${label.padEnd(16)} ${mb.padStart(8)} MB  exit ${result?.code ?? child.status}  ` +
      `${result ? result.seconds.toFixed(2).padStart(7) : "      ?"} s  peak ${String(result?.maxRssMb ?? "?").padStart(5)} MB` +
      (summary ? `  ${summary.claims} claims, ${summary.findings} findings` : "  no report"),
  );
  if (!ok) console.log((child.stderr ?? "").slice(-2000));
  return ok ? result : null;
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

const dir = mkdtempSync(join(tmpdir(), "relcheck-large-"));
let failed = false;
try {
  console.log(`relcheck fuzz:large — each case at S and 4 × S; time and peak memory may grow at most ${LIMIT}× (heap capped at ${HEAP_MB} MB)`);
  if (!ONLY || ONLY.includes("dates")) {
    console.log("dates");
    failed ||= !(await dateInferenceGrowth());
  }
  for (const c of CASES) {
    if (ONLY && !ONLY.includes(c.name)) continue;
    c.setup?.(dir);
    console.log(`${c.name}${GATED.has(c.name) ? "" : " (reported only)"}`);
    const sizes = [Math.round(c.bytes * SCALE), Math.round(c.bytes * SCALE * 4)];
    const results = sizes.map((bytes, i) => {
      const input = join(dir, `${i === 0 ? "1x" : "4x"}-${c.file}`);
      c.make(input, bytes);
      const result = run(dir, `${c.name} ${i === 0 ? "1x" : "4x"}`, input, c.args ?? []);
      rmSync(input, { force: true });
      return result;
    });
    const [small, large] = results;
    if (!small || !large) {
      failed ||= GATED.has(c.name);
      continue;
    }
    const time = large.seconds / Math.max(small.seconds, 0.01);
    const memory = large.maxRssMb / Math.max(small.maxRssMb, 1);
    const pass = time <= LIMIT && memory <= LIMIT;
    console.log(`  ${pass ? "PASS" : GATED.has(c.name) ? "FAIL" : "over"} growth for 4× the input: time ${time.toFixed(1)}×, memory ${memory.toFixed(1)}×`);
    if (!pass && GATED.has(c.name)) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}
