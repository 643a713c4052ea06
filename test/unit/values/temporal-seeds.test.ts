/**
 * The temporal expressions of the five seed articles, found where they stand, with their values
 * (reference date 2025-09-05). Also prints the scanning speed on the seeds repeated 100 times
 * (reported, not asserted: timing assertions are flaky on shared machines).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
const texts = Object.fromEntries(files.map((f) => [f.slice(0, 3), readFileSync(join(SEEDS, f), "utf8")]));

// [document, text as found, TIMEX value, mod]
const EXPECTED: [string, string, string, string | null][] = [
  ["000", "August 2021", "2021-08", null],
  ["000", "19th April 2025", "2025-04-19", null],
  ["000", "May 30, 2025", "2025-05-30", null],
  ["000", "late 2023", "2023", "END"],
  ["000", "the first half of 2025", "2025-H1", null],
  ["000", "November 2023", "2023-11", null],
  ["000", "May 2025", "2025-05", null],
  ["001", "August 2021", "2021-08", null],
  ["001", "1997", "1997", null],
  ["001", "the 1990s", "199", null],
  ["001", "From 2001 to 2021", "P20Y", null],
  ["001", "September 11", "2001-09-11", null],
  ["001", "December 2024", "2024-12", null],
  ["002", "from 1996 to 2001", "P5Y", null],
  ["002", "between 2001 and 2021", "P20Y", null],
  ["002", "Between 2001 and 2021", "P20Y", null],
  ["002", "9/11", "2001-09-11", null],
  ["002", "February 2020", "2020-02", null],
  ["002", "1996", "1996", null],
  ["002", "the past three decades", "P30Y", null],
  ["003", "this year", "2025", null],
  ["003", "the previous year", "2024", null],
  ["003", "Two days ago", "2025-09-03", null],
  ["003", "late August", "2025-08", "END"],
  ["003", "four years ago", "2021", null],
  ["003", "late April 2025", "2025-04", "END"],
  ["003", "April 2024", "2024-04", null],
  ["003", "July", "2025-07", null],
  ["003", "five months", "P5M", null],
  ["004", "1979–1989", "P10Y", null],
  ["004", "the 1980s", "198", null],
  ["004", "the early 2010s", "201", "START"],
  ["004", "early 2022", "2022", "START"],
  ["004", "9/11", "2001-09-11", null],
];

describe("seed articles", () => {
  const found = Object.fromEntries(Object.entries(texts).map(([doc, text]) => [doc, findTemporal(text, { asOf: "2025-09-05" })]));
  it.each(EXPECTED)("%s: %s", (doc, text, value, mod) => {
    const hit = found[doc]!.find((m) => m.text === text && m.timex?.value === value);
    expect(hit, `${text} → ${value} in ${doc}`).toBeDefined();
    expect(hit!.timex?.mod ?? null).toBe(mod);
  });

  it("post-2021 is the year 2021 with its frame word in the pattern", () => {
    const posts = found["004"]!.filter((m) => m.pattern === "date/year+post" && m.text === "2021");
    expect(posts.length).toBeGreaterThan(3);
  });

  it("reads no year out of '2010a' or 'Taliban 2.0'", () => {
    for (const token of ["2010a", "2010b", "Taliban 2.0"]) {
      const doc = Object.keys(texts).find((d) => texts[d]!.includes(token))!;
      const at = texts[doc]!.indexOf(token);
      const overlapping = found[doc]!.filter((m) => m.offset < at + token.length && at < m.offset + m.length);
      expect(overlapping, token).toEqual([]);
    }
  });

  it("reports its speed on the seeds repeated 100 times", () => {
    const big = Object.values(texts).join("\n").repeat(100);
    findTemporal(big.slice(0, 200_000), { asOf: "2025-09-05" }); // warm up
    const t0 = performance.now();
    const n = findTemporal(big, { asOf: "2025-09-05" }).length;
    const seconds = (performance.now() - t0) / 1000;
    const mb = big.length / 1e6;
    console.log(`findTemporal: ${mb.toFixed(1)} MB, ${n} mentions in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s`);
    expect(n).toBeGreaterThan(100 * 100);
  });
});
