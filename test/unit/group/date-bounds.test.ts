/**
 * A date the happening lies before or after ("before 1997", "prior to 2003", "after 2010") is a
 * bound, not the date it happened on: it is compared with bounds of the same side only. Sentences
 * written for this test; the expected readings were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { separates } from "../../../src/group/participants.js";
import type { Claim } from "../../../src/types.js";
import { claim, date } from "../../helpers/claims.js";

const dateIn = (sentence: string, text: string, start: string, end: string): Claim =>
  claim(date(start, end, "year"), {
    text,
    sentence,
    claimFrame: {
      counted: null,
      predicate: { lemma: "serve", voice: "active" },
      participants: [],
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
    },
  });

const year = (sentence: string, text: string): Claim => dateIn(sentence, text, `${text.slice(-4)}-01-01`, `${text.slice(-4)}-12-31`);

describe("separates: a bound against a date", () => {
  const before = year("Before 1997, Rossi had served only one short term.", "1997");
  const before2 = year("Rossi had served only one short term before 1997.", "1997");
  const prior = year("Prior to 1997, Rossi had served only one short term.", "1997");
  const inYear = year("Rossi was sent to serve a long term in 1997.", "1997");
  const after = year("After 1997, Rossi served no other term.", "1997");
  it.each<[string, Claim, Claim, boolean]>([
    ["before against in", before, inYear, true],
    ["prior to against in", prior, inYear, true],
    ["before against after", before, after, true],
    ["after against in", after, inYear, true],
    ["before against before", before, before2, false],
    ["before against prior to", before, prior, false],
  ])("%s → %s", (_, a, b, apart) => {
    expect(separates(a, b)).toBe(apart);
  });

  it.each<[string, string]>([
    // a near time, not a bound
    ["The shots rang out shortly after 2010 had begun.", "2010"],
    ["Crews arrived just before 2010 ended.", "2010"],
    // a date that dates the event it is said of
    ["After 2010's floods the dam was raised.", "2010"],
    // the start of a span
    ["Rossi has served since 2010.", "2010"],
  ])("no bound in: %s", (sentence, text) => {
    expect(separates(year(sentence, text), year("The dam was raised in 2010.", "2010"))).toBe(false);
  });
});
