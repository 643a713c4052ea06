/**
 * One person's past year or decade told again (group/person-years.ts): a year or a decade written
 * in digits, long before both reports, in sentences that name one person, is one agreement
 * whatever verb each outlet chose. Sentences, names and years written for this test; the answers
 * were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { onePersonsYear, personYearGroups } from "../../../src/group/person-years.js";
import type { Claim, Value } from "../../../src/types.js";
import { toldIn } from "../../helpers/claims.js";

let n = 0;
const year = (y: number): Value => ({ type: "date", start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year", approximate: false });
const decade = (y: number): Value => ({ type: "date", start: `${y}-01-01`, end: `${y + 9}-12-31`, granularity: "decade", approximate: false });

function told(value: Value, sentence: string, text: string, lemma: string, names: string[], reportedAt = "2031-05-04", document?: string): Claim {
  n += 1;
  return { ...toldIn(value, sentence, text, { lemma, voice: "active", reportedAt }), rule: `frame:${lemma}/date`, document: document ?? `report${n}.txt`, id: `p-${n}`, actors: names.map((x) => `name:${x}`) };
}

// each report names the story's man in full somewhere
const fullNames = (d: string): ReadonlySet<string> => new Set(d === "none.txt" ? [] : ["tom dace", "ivo brandt", "vera holm"]);

const fame = told(decade(1950), "Vera Holm, who swam to fame in the 1950s, has died at 88.", "the 1950s", "swim", ["vera holm"]);
const shot = told(year(1961), "In 1961, Lenz was the gunman in a failed attempt to kill Ivo Brandt.", "1961", "kill", ["lenz", "ivo brandt"]);
const came = told(year(1974), "Mr. Dace came to Keld in 1974 as a seasoned organiser.", "1974", "come", ["dace", "keld"]);

describe("must be one person's past year", () => {
  it.each<[string, Claim, Claim]>([
    ["a decade of one person named in full, two verbs", fame, told(decade(1950), "Publicist Ann Roe confirmed that the 1950s screen star Vera Holm died in her sleep.", "the 1950s", "confirm", ["ann roe", "vera holm"])],
    ["one year of one person named in full, told by what came of it", shot, told(year(1961), "His hold on the crew slipped in 1961, when Lenz took it from Ivo Brandt, a friend of the mayor.", "1961", "slip", ["lenz", "ivo brandt"])],
    ["the surname alone, verbs of no two kinds", came, told(year(1974), "Dace became a trusted member of the board in 1974, though he drew no salary.", "1974", "become", ["dace"])],
  ])("%s", (_name, a, b) => {
    expect(onePersonsYear(a, b, fullNames)).toBe(true);
    expect(onePersonsYear(b, a, fullNames)).toBe(true);
  });

  it("makes one group of agreements of the two reports", () => {
    const other = told(decade(1950), "Publicist Ann Roe confirmed that the 1950s screen star Vera Holm died in her sleep.", "the 1950s", "confirm", ["ann roe", "vera holm"]);
    const groups = personYearGroups([fame, other], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[fame.id, other.id].sort()]);
  });
});

describe("must not be one person's past year", () => {
  it.each<[string, Claim, Claim]>([
    ["another year", shot, told(year(1962), "His hold on the crew slipped in 1962, when Lenz took it from Ivo Brandt.", "1962", "slip", ["lenz", "ivo brandt"])],
    ["another person of one surname", shot, told(year(1961), "In 1961, Lenz took the crew from Ada Brandt.", "1961", "take", ["lenz", "ada brandt"])],
    ["a decade and a year of it", fame, told(year(1955), "Vera Holm swam to fame in 1955.", "1955", "swim", ["vera holm"])],
    ["the surname alone, two kinds of happening", told(year(1974), "Dace was arrested in 1974 in Keld.", "1974", "arrest", ["dace", "keld"]), told(year(1974), "Dace married in 1974.", "1974", "marry", ["dace"])],
    ["a place both name, no person", told(year(1974), "The Keld mill was built in 1974.", "1974", "build", ["keld"]), told(year(1974), "Floods hit Keld in 1974.", "1974", "hit", ["keld"])],
    ["a surname its report never gives in full", came, told(year(1974), "Dace became a trusted member of the board in 1974.", "1974", "become", ["dace"], "2031-05-04", "none.txt")],
    ["the year of the reports' own news", told(year(2031), "Ivo Brandt was shot in 2031.", "2031", "shoot", ["ivo brandt"]), told(year(2031), "In 2031, Lenz took the crew from Ivo Brandt.", "2031", "take", ["lenz", "ivo brandt"])],
    ["a statement's year", told(year(1961), "Ivo Brandt said in 1961 that he would retire.", "1961", "say", ["ivo brandt"]), shot],
    ["a bound the happening lies before", told(year(1961), "Before 1961, Ivo Brandt had served only a short term for theft.", "1961", "serve", ["ivo brandt"]), shot],
    ["one report", shot, { ...told(year(1961), "His hold slipped in 1961, when Lenz took the crew from Ivo Brandt.", "1961", "slip", ["lenz", "ivo brandt"]), document: shot.document }],
  ])("%s", (_name, a, b) => {
    expect(onePersonsYear(a, b, fullNames)).toBe(false);
  });
});
