/**
 * A length told before a comma as what went on until the happening of its main
 * clause ("After two decades of pretending, he finally confessed") is one length in every report
 * of the story that tells it ending at one kind of happening of one subject, whatever words name
 * what went on (group/ended-lengths.ts). Sentences, names and figures written for this test; the
 * expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { endedLengthGroups, endingOf, oneEndedLength } from "../../../src/group/ended-lengths.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

let n = 0;

function length(sentence: string, text: string, min: number, max: number | null, unit: string, story = "s-1"): Claim {
  n += 1;
  return claim(qty(min, max, { nominal: min, unit }), {
    id: `c-${n}`,
    document: `report${n}.txt`,
    rule: `frame:duration/x${n}`,
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story,
    claimFrame: { counted: "duration", predicate: null, participants: [], time: { tally: false, reportedAt: "2040-02-02" }, attribution: null, modality: [] },
  });
}

describe("endingOf: the happening a length before a comma runs until", () => {
  it.each([
    ["After two decades of pretending, he finally confessed to the fraud.", "two decades", "owning up", ""],
    ["It was only in 2031, after more than 25 years of feigned illness, that Ames admitted the sham.", "more than 25 years", "owning up", "ames"],
    ["After nearly 20 years of denials, Rhea Ames pleaded guilty to perjury.", "nearly 20 years", "owning up", "ames"],
    ["Following three years of talks, Dana Brandt resigned from the board.", "three years", "resign", "brandt"],
  ])("%s → %s", (sentence, text, kind, subject) => {
    expect(endingOf(length(sentence, text, 2, 2, "decade"))).toEqual({ kind, subject });
  });

  it.each([
    ["He confessed after two decades of pretending.", "two decades"],
    ["After two decades, he confessed to the fraud.", "two decades"],
    ["After three days of tests, he was admitted to hospital.", "three days"],
    ["After two decades of pretending, he pleaded not guilty.", "two decades"],
    ["After two decades of pretending, he spoke to reporters.", "two decades"],
  ])("%s → none", (sentence, text) => {
    expect(endingOf(length(sentence, text, 2, 2, /day/.test(text) ? "day" : "decade"))).toBeNull();
  });
});

describe("oneEndedLength and the groups it makes", () => {
  const quarter = (): Claim => length("After a quarter-century of wild pretence, he finally admitted the hoax in court.", "a quarter-century", 25, 25, "year");
  const decades = (): Claim => length("It was not until 2031, after more than three decades of faking illness, that Ames admitted the hoax.", "more than three decades", 3, null, "decade");

  it("must be one: a quarter-century and more than three decades, one kind, a pronoun and a name; they diverge", () => {
    const [a, b] = [quarter(), decades()];
    expect(oneEndedLength(a, b)).toBe(true);
    const groups = endedLengthGroups([a, b], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[a.id, b.id].sort()]);
    expect(groups[0]!.cardinality).toBe("recurring");
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("must be one: a quarter-century and 280 months (months and years are one scale); they diverge", () => {
    const [a, b] = [quarter(), length("After 280 months of faking illness, he admitted the hoax.", "280 months", 280, 280, "month")];
    expect(oneEndedLength(a, b)).toBe(true);
    const groups = endedLengthGroups([a, b], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[a.id, b.id].sort()]);
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it.each<[string, () => Claim]>([
    ["another kind of happening", () => length("After more than three decades of faking illness, Ames resigned from the club.", "more than three decades", 3, null, "decade")],
    ["another story", () => length("After more than three decades of faking illness, he admitted the hoax.", "more than three decades", 3, null, "decade", "s-2")],
    ["units the judge does not convert (days and years)", () => length("After 9,000 days of faking illness, he admitted the hoax.", "9,000 days", 9000, 9000, "day")],
  ])("must not be one: %s", (_name, other) => {
    const [a, b] = [quarter(), other()];
    expect(oneEndedLength(a, b)).toBe(false);
    expect(endedLengthGroups([a, b], [])).toEqual([]);
  });

  it("must not be one: two names that are not one ('Ames admitted' / 'Brandt admitted')", () => {
    const a = decades();
    const b = length("After 20 years of silence, Brandt admitted the hoax.", "20 years", 20, 20, "year");
    expect(oneEndedLength(a, b)).toBe(false);
  });

  it("no group where every figure is one (agreed elsewhere) or all stand in one report", () => {
    const [a, b] = [quarter(), quarter()];
    expect(endedLengthGroups([a, b], [])).toEqual([]);
    const c = quarter();
    const d = { ...decades(), document: c.document, id: "c-same" };
    expect(endedLengthGroups([c, d], [])).toEqual([]);
  });
});
