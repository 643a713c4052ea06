/**
 * One recent year of one person's happening told by a relative word (group/recent-years.ts): "last
 * year" (or "a year ago") in two reports of one week, in sentences that name one person in full,
 * tell one year, and the two are brought together as an agreement
 * (same-figure.ts). Sentences, names and years written for this test; the answers were decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { oneRecentYearNamed } from "../../../src/group/recent-years.js";
import { sameFigureGroups } from "../../../src/group/same-figure.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

let n = 0;
function year(sentence: string, text: string, y: number, lemma: string, reportedAt: string, names: string[]): Claim {
  n += 1;
  return {
    ...toldIn(date(`${y}-01-01`, `${y}-12-31`, "year"), sentence, text, { lemma, voice: "active", reportedAt }),
    rule: `frame:${lemma}/date`,
    document: `report${n}.txt`,
    id: `y-${n}`,
    actors: names.map((x) => `name:${x}`),
  };
}

// a report of 2 August 2031 on the Guild's next host
const chosen = year("The Guild has courted controversy before, from the Ody and Perl pairing to Mara Quint's selection last year.", "last year", 2030, "select", "2031-08-02", ["guild", "mara quint", "ody", "perl"]);

describe("must be one recent year of one person's happening", () => {
  it.each<[string, Claim]>([
    ["'last year' in another report of that day, another verb", year("The producers caused an uproar last year by handing the job to Mara Quint, a cartoonist.", "last year", 2030, "cause", "2031-08-02", ["mara quint"])],
    ["'a year ago' in a report two days later", year("A year ago the producers gave the hosting job to Mara Quint.", "A year ago", 2030, "give", "2031-08-04", ["mara quint"])],
  ])("%s", (_name, other) => {
    expect(oneRecentYearNamed(chosen, other)).toBe(true);
    expect(oneRecentYearNamed(other, chosen)).toBe(true);
    const groups = sameFigureGroups([chosen, other], new Map([chosen, other].map((c) => [c, c.rule])), [], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[chosen.id, other.id].sort()]);
  });
});

describe("must not be one recent year of one person's happening", () => {
  it.each<[string, Claim, Claim]>([
    ["the surname alone in one", chosen, year("The producers caused an uproar last year by handing the job to Quint.", "last year", 2030, "cause", "2031-08-02", ["quint"])],
    ["another person named in full", chosen, year("The producers caused an uproar last year by handing the job to Ivo Brandt.", "last year", 2030, "cause", "2031-08-02", ["ivo brandt"])],
    ["the year written out in one (the sentence may name another happening of that year)", chosen, year("In 2030 the producers gave the hosting job to Mara Quint.", "2030", 2030, "give", "2031-08-04", ["mara quint"])],
    ["another year", chosen, year("In 2029 the producers gave the hosting job to Mara Quint.", "2029", 2029, "give", "2031-08-02", ["mara quint"])],
    ["no relative word: two years written out", year("In 2030 the Guild selected Mara Quint.", "2030", 2030, "select", "2031-08-02", ["guild", "mara quint"]), year("In 2030 the producers gave the hosting job to Mara Quint.", "2030", 2030, "give", "2031-08-03", ["mara quint"])],
    ["a sentence that names a gala of that year beside the person", year("Before the 2030 gala and Mara Quint's turn as host, the Guild struggled for viewers.", "2030", 2030, "gala", "2031-08-02", ["guild", "mara quint"]), year("A year ago the producers gave the hosting job to Mara Quint.", "A year ago", 2030, "give", "2031-08-02", ["mara quint"])],
    [
      "two kinds of happening in one year",
      year("Mara Quint won the Guild's comedy prize last year.", "last year", 2030, "win", "2031-08-02", ["mara quint"]),
      year("Mara Quint was injured in a car crash last year.", "last year", 2030, "injure", "2031-08-02", ["mara quint"]),
    ],
    ["not reported together: 'last year' in a report three years on", chosen, year("The producers caused an uproar last year by handing the job to Mara Quint.", "last year", 2030, "cause", "2031-11-30", ["mara quint"])],
    ["a year the relative word is not the news of its report", year("Mara Quint's selection, the past year of her career, came in 2027.", "the past year", 2027, "select", "2031-08-02", ["mara quint"]), year("In 2027 the producers gave the hosting job to Mara Quint.", "2027", 2027, "give", "2031-08-02", ["mara quint"])],
  ])("%s", (_name, a, b) => {
    expect(oneRecentYearNamed(a, b)).toBe(false);
  });
});
