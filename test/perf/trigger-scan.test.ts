/**
 * The trigger scan over a whole document finds, sentence by sentence and rule by rule, exactly
 * the trigger matches that splitting the text into sentences and matching each rule's expression
 * in each sentence finds — on random texts made of trigger words and their neighbours (inflected,
 * capitalized, run together, hyphenated, split over lines, next to non-ASCII letters).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildExtractor, sentencesToRead, triggersFromHits } from "../../src/extract/extract.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { allMatches, termsRegex } from "../../src/extract/terms.js";
import { buildTriggerScanner } from "../../src/extract/trigger-scan.js";
import { loadRules } from "../../src/ruleset/load-rules.js";
import type { CompiledRule } from "../../src/types.js";
import { rule } from "../helpers/claims.js";

const builtin = loadRules({ dirs: [], builtin: true, cwd: process.cwd() });
if (!builtin.ok) throw new Error("the built-in rules do not load");

const extra: CompiledRule[] = [
  rule({ id: "gap", triggers: ["took ... control", "air strike*", "in power", "fall of", "recogni*", "withdraw", "meet"] }),
  rule({ id: "odd", triggers: ["naïve", "kelvin", "s"] }),
];
const rules = [...builtin.rules, ...extra];

const pieces = [
  ...new Set(rules.flatMap((r) => r.triggers).flatMap((t) => t.replace(/\*/g, "").split(/\s+/)).filter((w) => w !== "...")),
  "withdrew", "withdrawn", "struck", "met", "fees", "talks", "Government", "WAR", "airstrikes", "air-strikes",
  "the", "of", "in", "Kabul", "2021", "1.7", "million", "’s", "it’s", "e", "naïve", "NAÏVE", "\u212Aelvin", "ſ",
  "—", ",", ";", ".", ". ", "\n", "\r\n", "  ", "-", "(", ")", "\u00a0", "'",
];

const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", " ", " ", "", "\n", ". ", "-", ", ", "\r", "\r\n")), { maxLength: 60 }).map((parts) => parts.map(([w, sep]) => w + sep).join(""));

function naive(t: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(t)) {
    rules.forEach((r, i) => {
      const found = allMatches(termsRegex(r.triggers), s.text);
      if (found.length > 0) out.push(`${s.start}|${i}|${JSON.stringify(found)}`);
    });
  }
  return out;
}

function fast(t: string): string[] {
  const ex = buildExtractor(rules);
  const out: string[] = [];
  for (const s of sentencesToRead(ex, t)) {
    for (const i of [...(s.rules ?? [])].sort((a, b) => a - b)) {
      const found = triggersFromHits(s, i) ?? allMatches(termsRegex(rules[i]!.triggers), s.text);
      if (found.length > 0) out.push(`${s.start}|${i}|${JSON.stringify(found)}`);
    }
  }
  return out;
}

describe("trigger scan", () => {
  it("matches every rule's expression sentence by sentence", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(fast(t)).toEqual(naive(t));
      }),
      { numRuns: 1000, seed: 20251122 },
    );
  });

  it("on the seeds", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    for (const f of readdirSync("seeds")) {
      const t = readFileSync(`seeds/${f}`, "utf8");
      expect(fast(t)).toEqual(naive(t));
    }
  });

  it("given the text's sentences, reads the same sentences with the same rules and hits as when it splits the lines itself", () => {
    const ex = buildExtractor(rules);
    fc.assert(
      fc.property(text, (t) => {
        expect(sentencesToRead(ex, t, splitSentences(t))).toEqual(sentencesToRead(ex, t));
      }),
      { numRuns: 1000, seed: 20261205 },
    );
  });

  it("given the sentences: a hit over a line break reaches the sentence on each side, each sentence once", () => {
    const ex = buildExtractor([rule({ id: "gap", triggers: ["took ... control"] })]);
    const t = "Rebels took\ncontrol of the port. They took control again.";
    const read = sentencesToRead(ex, t, splitSentences(t));
    expect(read.map((s) => s.text)).toEqual(["Rebels took", "control of the port.", "They took control again."]);
    expect(read.map((s) => s.hits.length)).toEqual([1, 1, 1]);
  });
});

describe("trigger scan, term by term", () => {
  // The first term of a list that matches at a word wins, as in the list's expression.
  const cases: [string[], string][] = [
    [["seiz* power", "seized"], "They seized power in 1996."],
    [["seized", "seiz* power"], "They seized power in 1996."],
    [["bomb*", "bombing campaign"], "The bombing campaign and the bomb’s blast."],
    [["bombing campaign", "bomb*"], "The bombing campaign and the bomb’s blast."],
    [["took ... control", "took"], "They took full military control."],
    [["in power", "in"], "In power since 2021, in-power, inpower."],
    // Next to characters the expression counts as letters and isWordChar does not (a mark that
    // folds onto a Greek letter; an astral letter): no match, as in the expression.
    [["war", "bomb*", "in power"], "\u0345war war\u0345 \u0345bombs bombs\u0345 \u0345in power"],
    [["war", "bomb*", "in power"], "\u{1D400}war war\u{1D400} \u{1D400}bombs in power\u{1D400} ’war’ war—bomb"],
  ];
  it.each(cases)("%j in %s", (terms, t) => {
    const scanner = buildTriggerScanner([terms])!;
    const hits = scanner.scan(t).map((h) => t.slice(h.start, h.end));
    const expected = allMatches(termsRegex(terms), t).map((m) => m.text);
    expect(hits).toEqual(expected);
  });
});
