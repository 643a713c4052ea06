/**
 * The period or deadline a figure states for itself tells occurrences apart (group/figure-periods.ts):
 * two deadlines, two seasons, two years, a quarter against the whole year. A figure that states no
 * period stays neutral. Sentences, names and numbers written for this test; the expected readings
 * were decided by reading them. Reports are dated 3 March 2031 unless a row says otherwise.
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../src/pipeline.js";
import { loadRules } from "../../../src/ruleset/load-rules.js";
import { lineStarts } from "../../../src/ingest/line-index.js";
import { periodsApart, statedPeriod } from "../../../src/group/figure-periods.js";
import { dayNumber } from "../../../src/values/intervals.js";
import type { Claim, CompiledRule } from "../../../src/types.js";

let rules: readonly CompiledRule[] | null = null;
let docs = 0;

/** The claim of `text` in `sentence`, read by the whole extract stage from a report of `date`. */
function figure(sentence: string, text: string, date = "2031-03-03"): Claim {
  if (!rules) {
    const loaded = loadRules({ cwd: process.cwd() });
    if (!loaded.ok) throw new Error("built-in rules do not load");
    rules = loaded.rules;
  }
  docs += 1;
  const claims = claimsOf({ path: `r${docs}.txt`, text: sentence, sha256: "", date, dateSource: "flag", lineStarts: lineStarts(sentence) }, rules);
  const c = claims.find((x) => x.text === text && x.value.type === "quantity");
  if (!c) throw new Error(`no “${text}” in: ${claims.map((x) => x.text).join(", ")}`);
  return { ...c, story: "s-1" };
}

describe("statedPeriod: what a figure states of its time", () => {
  it.each([
    ["a deadline year", "Norvik Motors plans to cut 12,000 jobs by 2033.", "12,000", "2033-01-01", "2033-12-31"],
    ["a deadline counted from the report", "The Dalby agency wants to hire 400 wardens within two years.", "400", "2033-01-01", "2033-12-31"],
    ["a deadline in months", "Trask Foods will shut 14 plants within six months.", "14", "2031-09-01", "2031-09-30"],
    ["last year, in the figure's clause", "Pell Mining earned $80 million last year.", "$80 million", "2030-01-01", "2030-12-31"],
    ["this season: the two years a season may span", "Odo Barre caught 22 passes this season.", "22", "2030-01-01", "2031-12-31"],
    ["last season", "Odo Barre caught 41 passes last season.", "41", "2029-01-01", "2030-12-31"],
  ])("must read: %s", (_name, sentence, text, lo, hi) => {
    expect(statedPeriod(figure(sentence, text))?.period).toEqual({ lo: dayNumber(lo), hi: dayNumber(hi) });
  });

  it.each([
    ["no period at all", "Odo Barre caught 22 passes.", "22"],
    ["a season in another clause", "Odo Barre caught 22 passes; he was hurt last season.", "22"],
    ["another happening's time", "Odo Barre has caught 22 passes since last season.", "22"],
    ["a possessive: another thing's time", "Odo Barre, hero of last season's title run, caught 22 passes.", "22"],
    ["two relative periods", "Odo Barre caught 22 passes this season after 41 last season.", "22"],
  ])("must not read: %s", (_name, sentence, text) => {
    expect(statedPeriod(figure(sentence, text))).toBeNull();
  });
});

describe("periodsApart: figures of two periods or deadlines are two occurrences", () => {
  it.each([
    ["two deadlines", ["Norvik Motors plans to cut 12,000 jobs by 2033.", "12,000"], ["Norvik Motors is seeking to cut 15,500 jobs by 2036.", "15,500"]],
    ["two deadlines counted from the report", ["The Dalby agency wants to hire 400 wardens within two years.", "400"], ["The Dalby agency wants to hire 900 wardens within five years.", "900"]],
    ["a season and a named season", ["Odo Barre caught 22 passes this season.", "22"], ["Odo Barre caught 30 passes in the 2027 season.", "30"]],
    ["this season and last season", ["Odo Barre caught 22 passes this season.", "22"], ["Odo Barre caught 41 passes last season.", "41"]],
    ["two years", ["Pell Mining earned $80 million last year.", "$80 million"], ["Pell Mining earned $65 million in 2027.", "$65 million"]],
    ["a quarter and the year", ["Pell Mining posted a profit of $30 million in the second quarter of 2030.", "$30 million"], ["Pell Mining posted an annual profit of $80 million for 2030.", "$80 million"]],
  ])("must part: %s", (_name, [sa, ta], [sb, tb]) => {
    const [a, b] = [figure(sa!, ta!), figure(sb!, tb!)];
    expect(periodsApart(a, b)).toBe(true);
    expect(periodsApart(b, a)).toBe(true);
  });

  it.each([
    ["one period unstated", ["Norvik Motors plans to cut 12,000 jobs by 2033.", "12,000"], ["Norvik Motors plans to cut 15,500 jobs.", "15,500"]],
    ["one deadline told two ways", ["Norvik Motors plans to cut 12,000 jobs by 2033.", "12,000"], ["Norvik Motors will cut 13,000 jobs in 2033.", "13,000"]],
    ["one deadline, counted and named", ["The Dalby agency wants to hire 400 wardens within two years.", "400"], ["The Dalby agency wants to hire 450 wardens by 2033.", "450"]],
    ["one season: a named season and this season", ["Odo Barre caught 22 passes this season.", "22"], ["Odo Barre caught 24 passes in the 2030 season.", "24"]],
    ["a day and its year, no word of a period of account", ["Floods killed 40 people in the Vessa valley in March 2029.", "40"], ["Floods killed 45 people in the Vessa valley in 2029.", "45"]],
  ])("must not part: %s", (_name, [sa, ta], [sb, tb]) => {
    const [a, b] = [figure(sa!, ta!), figure(sb!, tb!)];
    expect(periodsApart(a, b)).toBe(false);
    expect(periodsApart(b, a)).toBe(false);
  });

  it("must not part: 'this season' and 'last season' told in reports of different years (one season)", () => {
    const a = figure("Odo Barre caught 22 passes this season.", "22", "2031-01-10");
    const b = figure("Odo Barre caught 22 passes last season.", "22", "2031-10-10");
    expect(periodsApart(a, b)).toBe(false);
  });
});
