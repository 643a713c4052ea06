/**
 * One thing counted in other words. Sentences written for the test; which counts are one figure
 * of one thing was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { countedKey, peopleOrThing } from "../../../src/group/counted-things.js";
import { groupClaims } from "../../../src/group/group.js";
import { occurrenceTopics, sameFigure, thingOf } from "../../../src/group/occurrence-topics.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

function count(x: number, sentence: string, text: string, counted: string, predicate: string | null, document = `d${Math.random()}`): Claim {
  return claim(qty(x, x, { nominal: x, unit: counted }), {
    rule: `frame:${predicate ?? "-"}/${counted}`,
    document,
    ...framedAt(sentence, text),
    claimFrame: {
      counted,
      predicate: predicate ? { lemma: predicate, voice: "active" } : null,
      participants: [],
      time: { tally: false, reportedAt: "2024-06-02" },
      attribution: null,
      modality: [],
    },
  });
}

describe("counted things", () => {
  it.each([
    ["boat", "ship"],
    ["vessel", "boat"],
    ["pirate", "brigand"],
    ["robber", "thief"],
    ["burglar", "robber"],
    ["homer", "home run"],
    ["ko", "knockout"],
    ["td", "touchdown"],
    ["rbi", "run batted in"],
    ["kid", "child"],
    ["grandkid", "grandchild"],
    ["patch", "update"],
    ["fix", "patch"],
    ["security patch", "update"],
  ])("%s and %s are one thing", (a, b) => {
    expect(countedKey(a)).toBe(countedKey(b));
  });

  it.each([
    ["boat", "rifle"],
    ["pirate", "boat"],
    ["robber", "victim"],
    ["home run", "run batted in"],
    ["knockout", "win"],
    ["ko", "td"],
    ["grandchild", "child"],
    ["patch", "flaw"],
    ["update", "bulletin"],
    ["fix", "vulnerability"],
  ])("%s and %s are not", (a, b) => {
    expect(countedKey(a)).not.toBe(countedKey(b));
  });

  it.each(["pirate", "crewman", "person", "arrest", "time", "death", "climber"])("a count of %s may be a count of people", (w) => {
    expect(peopleOrThing(w)).toBe("person");
  });

  it.each(["boat", "rifle", "game", "USD"])("a count of %s is not", (w) => {
    expect(peopleOrThing(w)).not.toBe("person");
  });

  it("a compound's last word read as the unit counts the compound", () => {
    const runs = claim(qty(33, 33, { nominal: 33, unit: "run" }), { sentence: "He hit 33 home runs.", text: "33", claimFrame: { counted: "home run", predicate: null, participants: [], time: { tally: false, reportedAt: null }, attribution: null, modality: [] } });
    expect(thingOf(runs)).toBe("home run");
  });
});

describe("the same figure in other words", () => {
  it("three boats captured and 3 pirate ships intercepted are one figure", () => {
    const a = count(3, "Three boats were captured by the frigate.", "Three", "boat", "capture");
    const b = count(3, "The frigate intercepted 3 pirate ships.", "3", "ship", "intercept");
    expect(sameFigure(a, b)).toBe(true);
    const findings = groupClaims([a, b], []).flatMap(judgeGroup);
    expect(findings.map((f) => f.verdict)).toEqual(["agree"]);
  });

  it("five pirate boats and five merchant vessels are two things", () => {
    const a = count(5, "Five pirate boats tried to board them.", "Five", "boat", "try");
    const b = count(5, "The frigate escorted five merchant vessels.", "five", "vessel", "escort");
    expect(sameFigure(a, b)).toBe(false);
  });

  it("46 arrests and 46 people arrested are one figure; 46 arrests and 40 people arrested are never set against each other", () => {
    const a = count(46, "Police reported 46 arrests after the march.", "46", "arrest", "report");
    const b = count(46, "By midnight 46 people had been arrested.", "46", "person", "arrest");
    const c = count(40, "By midnight 40 people had been arrested.", "40", "person", "arrest");
    expect(sameFigure(a, b)).toBe(true);
    expect(sameFigure(a, c)).toBe(false);
  });

  it("people in general said without a verb join the one count of people of a kind that states their figure", () => {
    const pirates = count(26, "The navy apprehended 26 pirates.", "26", "pirate", "apprehend");
    const crew = count(26, "The boats had 26 crew on board.", "26", "person", null);
    const other = count(12, "The boats had 12 crew on board.", "12", "person", null);
    const topics = occurrenceTopics([pirates, crew, other], new Set());
    expect(topics.get(crew)).toBe(topics.get(pirates));
    expect(topics.get(other)).toBe(other.rule);
  });
});
