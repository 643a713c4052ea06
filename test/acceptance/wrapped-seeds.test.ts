/**
 * The seeds hard-wrapped at 72 columns (as plain-text and Markdown sources often are) give what
 * the seeds give: the same claims — values, rules, measures, frames and sentences — at the same
 * offsets, with lines and columns that point at them in the wrapped files, and the same findings.
 * The wrapped copies are made here from seeds/, by greedy wrapping: a space becomes a line break
 * where the next word would pass the width, so every offset stays the same.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim, Report } from "../../src/types.js";
import { runCli } from "../helpers/run-cli.js";

/** Greedy wrapping at `width`: within a line, the space before a word that would pass the width becomes a line break. */
function wrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const chars = [...line];
      let start = 0;
      let lastSpace = -1;
      for (let i = 0; i < chars.length; i++) {
        if (chars[i] === " ") lastSpace = i;
        if (i - start >= width && lastSpace > start) {
          chars[lastSpace] = "\n";
          start = lastSpace + 1;
          lastSpace = -1;
        }
      }
      return chars.join("");
    })
    .join("\n");
}

let dir = "";
let plain: Report;
let wrapped: Report;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-wrapped-"));
  mkdirSync(join(dir, "seeds"));
  for (const name of readdirSync("seeds")) writeFileSync(join(dir, "seeds", name), wrap(readFileSync(join("seeds", name), "utf8"), 72));
  plain = JSON.parse((await runCli(["scan", "seeds/", "-f", "json"])).stdout) as Report;
  wrapped = JSON.parse((await runCli(["scan", "seeds/", "-f", "json"], { cwd: dir })).stdout) as Report;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = (c: Claim): string => JSON.stringify([c.document, c.offset, c.length, c.rule, c.measure, c.value, c.frame, c.sentence, c.actors]);

describe("the seeds wrapped at 72 columns", () => {
  it("are wrapped: most lines end within the width, and lines break inside sentences", () => {
    for (const name of readdirSync(join(dir, "seeds"))) {
      const lines = readFileSync(join(dir, "seeds", name), "utf8").split("\n");
      expect(lines.filter((l) => l.length > 80).length, name).toBeLessThan(lines.length / 20);
      expect(lines.filter((l) => /[a-z,]$/.test(l)).length, name).toBeGreaterThan(lines.length / 3);
    }
  });

  it("give the same claims, with the same sentences, at the same offsets", () => {
    expect(wrapped.claims.length).toBe(plain.claims.length);
    expect(wrapped.claims.map(key).sort()).toEqual(plain.claims.map(key).sort());
  });

  it("give lines and columns that point at each claim in the wrapped file", () => {
    for (const c of wrapped.claims) {
      const lines = readFileSync(join(dir, c.document), "utf8").split("\n");
      const line = lines[c.line - 1]!;
      const original = readFileSync(c.document, "utf8").slice(c.offset, c.offset + c.length);
      // the claim's first characters on its line (a value may itself run over a line break)
      expect(line.slice(c.column - 1, c.column - 1 + c.length)).toBe(original.replace(/\n/g, " ").slice(0, line.length - c.column + 1));
    }
  });

  it("give the same findings, the 1997/1996 contradiction among them", () => {
    const findings = (r: Report) => r.findings.map((f) => [f.id, f.verdict, f.rule, [...f.claims].sort()]);
    expect(findings(wrapped)).toEqual(findings(plain));
    expect(wrapped.findings.filter((f) => f.verdict === "contradict").length).toBeGreaterThan(0);
    expect(wrapped.summary).toEqual(plain.summary);
  });
});
