/**
 * One statement dated by the words it quotes (quoted-statements.ts): two reports that quote the
 * same many words and date their saying tell one statement's date. Sentences, names and years
 * written for this test; the verdicts expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { learnQuotedLines, quotedLinesOf, quotedStatementGroups, quotedStatementKey } from "../../../src/group/quoted-statements.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const YEAR_2004 = ["2004-01-01", "2004-12-31", "year"] as const;
const YEAR_2005 = ["2005-01-01", "2005-12-31", "year"] as const;
const MAY_2004 = ["2004-05-01", "2004-05-31", "month"] as const;

let n = 0;
function said(sentence: string, text: string, when: readonly [string, string, "day" | "month" | "year"], lemma = "tell", story = "s-1"): Claim {
  n += 1;
  return { ...toldIn(date(when[0], when[1], when[2]), sentence, text, { lemma, voice: "active", reportedAt: "2030-05-02" }), document: `report${n}.txt`, id: `c-${n}`, story };
}

const told = said("In 2004, at the age of 80, Ida Marsh told a radio host, \"I never sold a single painting I really liked.\"", "2004", YEAR_2004);

describe("must be one quoted statement", () => {
  it("another verb, another year: they conflict", () => {
    const admitted = said("Ida Marsh broke her silence, admitting in 2005: \"I never sold a single painting I really liked.\"", "2005", YEAR_2005, "admit");
    expect(quotedStatementKey(admitted)).toBe(quotedStatementKey(told));
    const groups = quotedStatementGroups([told, admitted], []);
    expect(groups).toHaveLength(1);
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["contradict"]);
  });

  it("a month of that year, other quotation marks: they agree", () => {
    const month = said("In May 2004 she said, “I never sold a single painting I really liked.”", "May 2004", MAY_2004, "say");
    const groups = quotedStatementGroups([told, month], []);
    expect(groups).toHaveLength(1);
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["agree"]);
  });

  it("the quotation on the line after a colon", () => {
    const text = "Ida Marsh broke her silence, admitting in 2005:\n\"I never sold a single painting I really liked.\"\n";
    const lines = quotedLinesOf(text);
    expect(lines).toEqual([{ end: text.indexOf(":"), mark: ":", words: "i never sold a single painting i really liked", saidAfter: false }]);
    const sentence = "Ida Marsh broke her silence, admitting in 2005:";
    const admitted = { ...said(sentence, "2005", YEAR_2005, "admit"), document: "colon.txt", offset: sentence.indexOf("2005") };
    learnQuotedLines([{ path: "colon.txt", quotedLines: lines }]);
    expect(quotedStatementKey(admitted)).toBe(quotedStatementKey(told));
    learnQuotedLines([]);
  });
});

describe("a disclosure whose words the next paragraph quotes", () => {
  function nextLine(first: string, second: string, lemma: string): Claim {
    const text = `${first}\n${second}\n`;
    const c = { ...said(first, "2005", YEAR_2005, lemma), document: `next${n}.txt`, offset: first.indexOf("2005") };
    learnQuotedLines([{ path: c.document, quotedLines: quotedLinesOf(text) }]);
    return c;
  }
  const QUOTED = "\"I never sold a single painting I really liked,\" she told a radio host.";

  it("must be the statement: she came forward, and the paragraph after quotes her", () => {
    const c = nextLine("Ida Marsh denied it for years until finally coming forward in 2005.", QUOTED, "come");
    expect(quotedStatementKey(c)).toBe(quotedStatementKey(told));
    learnQuotedLines([]);
  });

  it.each<[string, string, string, string]>([
    ["not a disclosure", "Ida Marsh retired to the coast in 2005.", QUOTED, "retire"],
    ["no speaker after the quotation", "Ida Marsh finally came forward in 2005.", "\"I never sold a single painting I really liked.\" Those words ended a long silence.", "come"],
    ["the date far from the end of its sentence", "In 2005 Ida Marsh came forward, and for the next eleven years of her long life she spoke of little else.", QUOTED, "come"],
  ])("must not: %s", (_name, first, second, lemma) => {
    expect(quotedStatementKey(nextLine(first, second, lemma))).toBeNull();
    learnQuotedLines([]);
  });
});

describe("must not be one quoted statement", () => {
  it.each<[string, Claim]>([
    ["a word of the quotation differs", said("In 2005 Ida Marsh said, \"I never sold a single painting I truly liked.\"", "2005", YEAR_2005, "say")],
    ["a short quotation, said again on many days", said("In 2005 Ida Marsh said, \"I paint what I like.\"", "2005", YEAR_2005, "say")],
    ["the date after the quotation", said("\"I never sold a single painting I really liked,\" she wrote in a book published in 2005.", "2005", YEAR_2005, "publish")],
    ["no verb of saying between the date and the quotation", said("In 2005 her gallery closed its doors with a sign, \"I never sold a single painting I really liked.\"", "2005", YEAR_2005, "close")],
    ["another story", said("In 2005, Ida Marsh told a radio host, \"I never sold a single painting I really liked.\"", "2005", YEAR_2005, "tell", "s-2")],
  ])("%s", (_name, other) => {
    expect(quotedStatementGroups([told, other], [])).toEqual([]);
  });

  it("one report", () => {
    const again = { ...said("In 2005, Ida Marsh told a radio host, \"I never sold a single painting I really liked.\"", "2005", YEAR_2005), document: told.document };
    expect(quotedStatementGroups([told, again], [])).toEqual([]);
  });

  it("a colon in mid-line, or a next line that quotes no one", () => {
    expect(quotedLinesOf("She said in 2005: \"I never sold a single painting I really liked.\"")).toEqual([]);
    expect(quotedLinesOf("She said in 2005:\nI never sold a single painting I really liked.")).toEqual([]);
    expect(quotedLinesOf("She said in 2005:\n\"I paint what I like.\"")).toEqual([]);
  });
});
