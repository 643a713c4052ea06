#!/usr/bin/env node
/**
 * Prints how fast the numeric value layer reads news English: findQuantities and findNoise over
 * the seed articles (or the files given as arguments), repeated to about 10 MB.
 *
 *   npm run build && node scripts/value-throughput.mjs [files…]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findNoise } from "../dist/values/noise/index.js";
import { findQuantities } from "../dist/values/quantity/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(join(root, "seeds")).map((f) => join(root, "seeds", f));
const sample = files.map((f) => readFileSync(f, "utf8")).join("\n");
const copies = Math.max(1, Math.round(10e6 / sample.length));
const text = Array.from({ length: copies }, () => sample).join("\n");
const mb = Buffer.byteLength(text, "utf8") / 1e6;

/** Best of three runs after a warm-up, so JIT compilation and a busy machine weigh less. */
function measure(name, fn) {
  fn(sample);
  let best = Infinity;
  let found = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = process.hrtime.bigint();
    found = fn(text).length;
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  console.log(`${name.padEnd(15)} ${(mb / best).toFixed(1).padStart(6)} MB/s  (${mb.toFixed(1)} MB in ${best.toFixed(2)} s, best of 3; ${found} mentions)`);
}

measure("findQuantities", findQuantities);
measure("findNoise", findNoise);
