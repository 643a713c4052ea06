/**
 * One past happening told again by its date in background paragraphs (retold-past-dates.ts): other
 * verbs, other nouns, another precision. Sentences, names and years written for this test; the
 * expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { onePastDateRetold, retoldPastDateGroups, stemOf } from "../../../src/group/retold-past-dates.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const YEAR_1961 = ["1961-01-01", "1961-12-31", "year"] as const;
const MARCH_1961 = ["1961-03-01", "1961-03-31", "month"] as const;

let n = 0;
function told(sentence: string, text: string, lemma: string, when: readonly [string, string, "day" | "month" | "year"] = YEAR_1961, story = "s-1"): Claim {
  n += 1;
  return { ...toldIn(date(when[0], when[1], when[2]), sentence, text, { lemma, voice: "active", reportedAt: "2030-05-02" }), document: `report${n}.txt`, id: `c-${n}`, story };
}

const fined = told("In 1961 Vera Holm was fined for smuggling gold through Tallinn harbour.", "1961", "fine");

describe("must be one past happening told again", () => {
  it.each<[string, Claim]>([
    ["another noun, the same year", told("Her 1961 gold-smuggling case at Tallinn ended her shipping career.", "1961", "end")],
    ["another verb and the month of that year", told("In March 1961 she admitted smuggling gold into Tallinn.", "March 1961", "admit", MARCH_1961)],
    ["what came of it rather than what was done", told("She escaped prison after the gold smuggling at Tallinn in 1961.", "1961", "escape")],
  ])("%s", (_name, other) => {
    expect(onePastDateRetold(fined, other)).toBe(true);
    expect(onePastDateRetold(other, fined)).toBe(true);
  });
});

describe("must not be one past happening", () => {
  it.each<[string, Claim]>([
    ["the same words with another year", told("In 1962 Vera Holm was fined for smuggling gold through Tallinn harbour.", "1962", "fine", ["1962-01-01", "1962-12-31", "year"])],
    ["a day of that year named in full: one happening of many in a year", told("On 3 March 1961 she was fined for smuggling gold at Tallinn.", "3 March 1961", "fine", ["1961-03-03", "1961-03-03", "day"])],
    ["no words in common but the year", told("Holm was elected mayor of Parnu in 1961.", "1961", "elect")],
    ["a statement made that year", told("In 1961 she said the gold smuggling at Tallinn was a customs error.", "1961", "say")],
    ["a date reckoned from the report, no year written", told("She was fined for smuggling gold at Tallinn last year.", "last year", "fine")],
    ["another story", told("In 1961 a sailor was fined for smuggling gold through Tallinn harbour.", "1961", "fine", YEAR_1961, "s-2")],
  ])("%s", (_name, other) => {
    expect(onePastDateRetold(fined, other)).toBe(false);
    expect(onePastDateRetold(other, fined)).toBe(false);
  });
  it("only names in common: who, not what happened", () => {
    const beat = told("Holm first beat Lind at Tartu in 1961.", "1961", "beat");
    const met = told("Lind last met Holm at Tartu in 1961.", "1961", "meet");
    expect(onePastDateRetold(beat, met)).toBe(false);
  });
  it("a date of the reports' own days, not their past", () => {
    const DAY: readonly [string, string, "day"] = ["2030-04-25", "2030-04-25", "day"];
    const a = told("Vera Holm was fined on 25 April 2030 for smuggling gold at Tallinn.", "25 April 2030", "fine", DAY);
    const b = told("On 25 April 2030 Holm paid the gold smuggling fine at Tallinn.", "25 April 2030", "pay", DAY);
    expect(onePastDateRetold(a, b)).toBe(false);
  });
  it("a statement's or a publication's date, whatever verb the frame gives", () => {
    const a = told("More than 40 boats were seized in the Tallinn gold raids, customs said in 1961.", "1961", "seize");
    const b = told("The Tallinn gold raids netted 60 boats, according to a tally published in March 1961.", "March 1961", "net", MARCH_1961);
    expect(onePastDateRetold(a, b)).toBe(false);
  });
  it("two dates of one report", () => {
    const again = { ...told("Holm paid the gold smuggling fine at Tallinn in 1961.", "1961", "pay"), document: fined.document };
    expect(onePastDateRetold(fined, again)).toBe(false);
  });
});

describe("stems compared", () => {
  it.each<[string, string]>([
    ["bribing", "brib"],
    ["bribery", "brib"],
    ["admitted", "admit"],
    ["admit", "admit"],
    ["smuggling", "smuggl"],
    ["smuggled", "smuggl"],
    ["police", "polic"],
    ["gold", "gold"],
  ])("%s → %s", (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });
});

describe("groups", () => {
  it("joins tellings of one happening in three reports, leaves a day and another happening out, and tells nothing grouped already", () => {
    const a = told("Vera Holm was fined in 1961 for smuggling gold into Tallinn.", "1961", "fine");
    const b = told("Her 1961 gold-smuggling fine at Tallinn was the first of many.", "1961", "be");
    const c = told("In March 1961 she admitted smuggling gold into Tallinn.", "March 1961", "admit", MARCH_1961);
    const d = told("Holm was elected mayor of Parnu in 1961, her first office.", "1961", "elect");
    const e = told("On 3 March 1961 she was fined for smuggling gold at Tallinn.", "3 March 1961", "fine", ["1961-03-03", "1961-03-03", "day"]);
    // (other reports of the story, of other things: words in most reports of a story tell no happening apart)
    const others = ["The harbour of Tallinn reopened after the storm.", "Parnu voters turned out early.", "A ferry line to Helsinki was cut.", "The museum shows her old ledgers."].map((s) => told(s, "2030", "be", ["2030-01-01", "2030-12-31", "year"]));
    const groups = retoldPastDateGroups([a, b, c, d, e, ...others], []);
    expect(groups.map((g) => g.claims.map((x) => x.id).sort())).toEqual([[a.id, b.id, c.id].sort()]);
    expect(groups[0]!.cardinality).toBe("single");
    const again = retoldPastDateGroups([a, b, c, d, e, ...others], [{ ...groups[0]!, claims: [a, b, c] }]);
    expect(again).toEqual([]);
  });
  it("words most reports of the story use tell no happening apart", () => {
    const a = told("Vera Holm was fined in 1961 for smuggling gold into Tallinn.", "1961", "fine");
    const b = told("Vera Holm sailed for Tallinn with her gold in 1961.", "1961", "sail");
    const rest = ["Vera Holm kept her gold in Tallinn.", "Tallinn remembers Vera Holm and her gold."].map((s) => told(s, "2030", "be", ["2030-01-01", "2030-12-31", "year"]));
    expect(retoldPastDateGroups([a, b, ...rest], [])).toEqual([]);
  });
  describe("a full day or month long before the reports, told with the story's common words", () => {
    const fillers = (): Claim[] => ["Lund still argues about the riot.", "A riot museum opened in Lund."].map((x) => told(x, "2030", "be", ["2030-01-01", "2030-12-31", "year"]));
    const ids = (groups: ReturnType<typeof retoldPastDateGroups>): string[][] => groups.map((g) => g.claims.map((x) => x.id).sort());
    it("must join one day written in full in both", () => {
      const a = told("The Lund riot began on 17 May 1968 near the docks.", "17 May 1968", "begin", ["1968-05-17", "1968-05-17", "day"]);
      const b = told("Police held dozens after the Lund riot of May 17, 1968.", "May 17, 1968", "hold", ["1968-05-17", "1968-05-17", "day"]);
      expect(ids(retoldPastDateGroups([a, b, ...fillers()], []))).toEqual([[a.id, b.id].sort()]);
    });
    it("must join one month written with its year in both", () => {
      const a = told("The Lund riot began in May 1968 near the docks.", "May 1968", "begin", ["1968-05-01", "1968-05-31", "month"]);
      const b = told("Police held dozens after the Lund riot in May 1968.", "May 1968", "hold", ["1968-05-01", "1968-05-31", "month"]);
      expect(ids(retoldPastDateGroups([a, b, ...fillers()], []))).toEqual([[a.id, b.id].sort()]);
    });
    it.each<[string, readonly [string, string, "day" | "month" | "year"], readonly [string, string, "day" | "month" | "year"]]>([
      ["a year: many happenings", ["1968-01-01", "1968-12-31", "year"], ["1968-01-01", "1968-12-31", "year"]],
      ["a day and its month", ["1968-05-17", "1968-05-17", "day"], ["1968-05-01", "1968-05-31", "month"]],
      ["a day of recent news", ["2030-04-20", "2030-04-20", "day"], ["2030-04-20", "2030-04-20", "day"]],
    ])("must not join %s", (_name, x, y) => {
      const a = told("The Lund riot began that day near the docks, in " + x[0].slice(0, 4) + ".", x[0].slice(0, 4), "begin", x);
      const b = told("Police held dozens after the Lund riot, in " + y[0].slice(0, 4) + ".", y[0].slice(0, 4), "hold", y);
      expect(retoldPastDateGroups([a, b, ...fillers()], [])).toEqual([]);
    });
  });
});
