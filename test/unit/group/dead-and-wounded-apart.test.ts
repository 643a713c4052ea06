/**
 * The dead and the wounded of one attack are two counted outcomes: the same figure for both ("two
 * guards died", "two guards were wounded") is two figures, never one told twice, so no agreement
 * group holds a killing's count and an injury's count. Counts of one harm told with other words
 * ("wounded", "hurt", "injured"; "died", "were killed") still agree. Sentences written for this
 * test; which claims tell one figure was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { harmsApart } from "../../../src/group/predicate-classes.js";
import { sameFigureGroups } from "../../../src/group/same-figure.js";
import type { Claim } from "../../../src/types.js";
import { claim, date, qty, rule } from "../../helpers/claims.js";

let doc = 0;
function told(sentence: string, text: string, n: number, predicate: string | null, measure: string | null, ruleId = "harm", reportedAt = "2031-03-04"): Claim {
  doc += 1;
  return claim(qty(n, n, { nominal: n }), {
    rule: ruleId,
    measure,
    document: `report${doc}.txt`,
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story: "s-1",
    provenance: ruleId.startsWith("frame:") ? ["via:frame"] : [],
    claimFrame: {
      counted: "person",
      predicate: predicate ? { lemma: predicate, voice: "active" } : null,
      participants: [],
      time: { tally: false, reportedAt },
      attribution: null,
      modality: [],
    },
  });
}

/** The same sentence's day, not its count. */
const dayOf = (c: Claim): Claim => ({ ...c, value: date("2031-03-01") });

const harm = rule({
  id: "harm",
  topic: "dead and hurt",
  values: ["quantity"],
  units: ["person"],
  measures: [
    { name: "killed", triggers: ["killed", "died", "dead"] },
    { name: "injured", triggers: ["wounded", "injured", "hurt"] },
  ],
  vocabulary: { predicates: ["kill", "die", "injure", "wound", "hurt"], counted: ["person"], estimates: false },
});

describe("harmsApart", () => {
  const died = told("Two of the guards died later in hospital.", "Two", 2, "die", "killed");
  const killed = told("The raiders killed four villagers.", "four", 4, "kill", "killed");
  const wounded = told("Two guards were wounded at the gate.", "Two", 2, "wound", "injured");
  const injured = told("Four villagers were injured.", "Four", 4, "injure", "injured");
  const hurt = told("Two guards were hurt.", "Two", 2, "hurt", "injured");
  const shot = told("Two guards were shot at the gate.", "Two", 2, "shoot", null, "frame:shoot/person");
  const shotDead = told("Two guards were shot dead at the gate.", "Two", 2, "shoot dead", "killed");
  it.each<[string, Claim, Claim, boolean]>([
    ["died / wounded", died, wounded, true],
    ["killed / injured", killed, injured, true],
    ["shot dead / died", shotDead, died, false],
    ["wounded / hurt", wounded, hurt, false],
    ["shot (harm not said) / wounded", shot, wounded, false],
    ["shot (harm not said) / died", shot, died, false],
    ["the day of a fatal wounding / the day of a death", dayOf(wounded), dayOf(died), false],
  ])("%s → apart %s", (_name, a, b, apart) => {
    expect(harmsApart(a, b)).toBe(apart);
    expect(harmsApart(b, a)).toBe(apart);
  });
});

describe("one figure told in other words: never the dead with the wounded", () => {
  const wounded = told("Two guards were wounded at the gate.", "Two", 2, "wound", "injured");
  const hurt = told("Two guards were hurt in the raid.", "Two", 2, "hurt", "injured", "harm", "2031-03-05");
  const died = told("Early reports said two of the guards died.", "two", 2, "die", "killed", "harm", "2031-03-05");
  const killed = told("The raid killed two guards, the mayor said.", "two", 2, "kill", "killed", "harm", "2031-03-06");
  const claims = [wounded, hurt, died, killed];
  // (no occurrence of the topics' grouping holds them yet: each pair is only the same figure of one rule)
  const groups = sameFigureGroups(claims, new Map(claims.map((c) => [c, "harm"])), [harm], []);
  const inOne = (a: Claim, b: Claim) => groups.some((g) => g.claims.some((c) => c.id === a.id) && g.claims.some((c) => c.id === b.id));
  it("must: wounded with hurt, died with killed", () => {
    expect(inOne(wounded, hurt)).toBe(true);
    expect(inOne(died, killed)).toBe(true);
  });
  it("must not: died or killed with wounded or hurt", () => {
    for (const dead of [died, killed]) for (const harmed of [wounded, hurt]) expect(inOne(dead, harmed)).toBe(false);
  });
});
