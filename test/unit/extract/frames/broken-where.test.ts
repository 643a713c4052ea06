/**
 * A verb whose participle is written as its base form ("were cut", "was hit", "had been shut") is
 * passive after "be", as "were severed" is; and "off" before a place ("off the coast of Keld", "off
 * Keld") says where a thing happened, not what a phrasal verb acted on ("called off the search").
 * Sentences, names and figures written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const roles = (sentence: string, value: string): string[] => frame(sentence, value).participants.map((p) => `${p.role}:${p.key}`);

describe("a participle written as its base form, after be", () => {
  it.each([
    ["Four power lines were cut by the storm on Tuesday.", "Four", "cut"],
    ["Two water mains were cut near the depot.", "Two", "cut"],
    ["Two cyclists were hit by a van on Tuesday.", "Two", "hit"],
    ["Three plants had been shut for the winter.", "Three", "shut"],
  ])("%s (%s) → %s, passive", (sentence, value, lemma) => {
    const f = frame(sentence, value);
    expect(f.predicate?.lemma).toBe(lemma);
    expect(f.predicate?.voice).toBe("passive");
  });

  it.each([
    ["The bank cut its rate by 2 percent on Tuesday.", "2 percent"],
    ["Norland Steel cut 300 jobs on Tuesday.", "300"],
    ["The gallery is set to open on Tuesday.", "Tuesday"],
  ])("%s (%s) → not passive", (sentence, value) => {
    expect(frame(sentence, value).predicate?.voice).not.toBe("passive");
  });
});

describe("off before a place is where, not what", () => {
  it.each([
    ["Three fibre cables were cut off the coast of Pellan on Sunday morning.", "Sunday morning", "place:off pellan"],
    ["A trawler's anchor cut two links off Keld Point on Sunday.", "Sunday", "place:off keld point"],
    ["Four pipes burst off the shores of Lake Orrin on Sunday.", "Sunday", "place:off lake orrin"],
  ])("%s (%s) → %s, and no patient read from the place", (sentence, value, place) => {
    const read = roles(sentence, value);
    expect(read).toContain(place);
    expect(read.filter((r) => r === "patient:coast" || r === "patient:keld point" || r === "patient:shores")).toEqual([]);
  });

  it.each([
    ["Rescuers called off the search on Sunday.", "Sunday", "patient:search"],
    ["The storm cut off the power on Sunday.", "Sunday", "patient:power"],
  ])("%s (%s) → %s (a phrasal verb's object)", (sentence, value, patient) => {
    expect(roles(sentence, value)).toContain(patient);
  });
});

describe("a place in a clause of what the happening brought about is the effect's", () => {
  it.each([
    ["In March, two cables outside Orm were damaged, disrupting service in Keld and Tarrow.", "March", "place:outside orm", ["place:keld", "place:tarrow"]],
    ["Four power lines were cut near Bexley on Sunday, causing outages in Marrow.", "Sunday", "place:near bexley", ["place:marrow"]],
  ])("%s (%s) → %s, not the effect's places", (sentence, value, place, not) => {
    const read = roles(sentence, value);
    expect(read).toContain(place);
    for (const p of not) expect(read).not.toContain(p);
  });

  it.each([
    ["The storm hit Orm on Sunday, causing damage worth $3 million in Keld.", "$3 million", "place:keld"],
    ["Four power lines were cut in Bexley on Sunday.", "Sunday", "place:bexley"],
  ])("%s (%s) → %s", (sentence, value, place) => {
    expect(roles(sentence, value)).toContain(place);
  });
});
