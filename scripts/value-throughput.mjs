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

function measure(name, fn) {
  fn(sample); // warm up
  const t0 = process.hrtime.bigint();
  const found = fn(text).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${name.padEnd(15)} ${(mb / seconds).toFixed(1).padStart(6)} MB/s  (${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s, ${found} mentions)`);
}

measure("findQuantities", findQuantities);
measure("findNoise", findNoise);
