/**
 * What a figure counts, and numbers that count nothing: bores of firearms, people aboard, the size
 * of a gathering, a figure someone sets a thing at, people who attend; gauges, decades in words,
 * names a number opens. Sentences written for this test; expected readings written by hand.
 */
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../../../src/extract/tag/tagger.js";
import { frame, readings } from "./helpers.js";

describe("the bore of a firearm is its caliber, held by the firearm", () => {
  it.each([
    ["She drew a .45 pistol from her bag.", ".45", "frame:caliber/firearm"],
    ["Officers said the weapon was a .22-caliber rifle.", ".22", "frame:caliber/firearm"],
    ["He owned a .357 Magnum revolver.", ".357", "frame:caliber/firearm"],
    ["Police said she had a .38 caliber Acme's Industry revolver.", ".38", "frame:caliber/firearm"],
  ])("%s → %s is %s", (sentence, value, rule) => {
    expect(frame(sentence, value).rule).toBe(rule);
  });

  it.each([
    // a count of guns is no bore
    ["Police seized 38 revolvers in the raid.", "38"],
    // a share written with a point is no bore
    ["Turnout rose by 0.38 percent.", "0.38"],
  ])("%s → %s counts no caliber", (sentence, value) => {
    expect(frame(sentence, value).counted).not.toBe("caliber");
  });
});

describe("people aboard, a gathering's size, people who attend", () => {
  it.each([
    ["The ferry sank with 31 onboard.", "31", "person"],
    ["The plane landed safely with 88 aboard.", "88", "person"],
    // passengers are counted as passengers (not the place word after)
    ["The tug had a total of 9 Filipino crew onboard.", "9", "person"],
    ["The launch had 14 passengers aboard.", "14", "passenger"],
    ["The rally was attended by some 40,000, organisers said.", "some 40,000", "person"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it("does not take a place word after a count for its noun", () => {
    expect(frame("The carrier had 4,000 sailors aboard the ship.", "4,000").counted).toBe("person");
  });

  it.each([
    // a count of people inside a gathering's "of" is the gathering's size, whatever it did
    ["A crowd of about 300 mostly young people rampaged through the mall.", "about 300", "crowd"],
    ["A group of 40 students marched to the town hall.", "40", "crowd"],
    // a thing someone sets at a figure: that thing's size
    ["Police put the march, held to mark the strike, at roughly 8,000 people.", "roughly 8,000", "march"],
    ["Organisers estimated the rally at 12,000.", "12,000", "rally"],
    // the act people set out to do
    ["About 90 people set off from the square to march to parliament.", "About 90", "march"],
  ])("%s → %s has predicate %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // no gathering: a partitive of people
    ["One of 12 people on the bus was hurt.", "12", "crowd"],
    // a gathering of things is no crowd
    ["A group of 12 companies bid for the contract.", "12", "crowd"],
  ])("%s → %s has no predicate %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });

  it.each([
    ["Police put the march, held to mark the strike, at roughly 8,000 people.", "roughly 8,000", "police"],
    ["Officials placed the crowd at 5,000.", "5,000", "officials"],
  ])("%s → %s is said by %s", (sentence, value, source) => {
    expect(frame(sentence, value).attribution).toBe(source);
  });

  it("does not make a source of a verb that sets nothing at a figure", () => {
    expect(frame("The storm put 300 people out of work.", "300").attribution).toBeNull();
  });
});

describe("numbers that count nothing", () => {
  it.each([
    ["Deputies found a 16-gauge shotgun under the seat.", "16", "gauge"],
    ["Two members of the 6 Tower gang were charged.", "6", "name"],
    ["Police broke up the 9 Corner Crew last year.", "9", "name"],
  ])("%s → %s is no figure (%s)", (sentence, value, why) => {
    expect(frame(sentence, value).notAClaim).toBe(why);
  });

  // a decade in words is read whole as a date by the value layer: its "nineteen" is no figure
  it.each([
    ["The town boomed in the nineteen fifties.", "the nineteen fifties"],
    ["Rents doubled in the eighteen-nineties.", "the eighteen-nineties"],
  ])("%s → %s is a date, and no figure of nineteen or eighteen", (sentence, decade) => {
    const texts = readings(sentence).map((r) => [r.value.mention.kind, r.value.mention.text]);
    expect(texts).toContainEqual(["date", decade]);
    expect(texts.filter(([kind]) => kind === "quantity")).toEqual([]);
  });

  it.each([
    ["Gunmen killed 12 Iraqi soldiers at the checkpoint.", "12"],
    ["The storm stranded 20 Red Cross workers.", "20"],
    ["Nineteen people were hurt in the sixties heatwave.", "Nineteen"],
  ])("%s → %s stays a figure", (sentence, value) => {
    expect(frame(sentence, value).notAClaim).toBeNull();
  });
});

describe("a past form whose lemma lost its silent e", () => {
  const lemmaOf = (sentence: string, word: string): string | undefined => tagSentence(sentence).find((t) => t.text === word)?.lemma;
  it.each([
    ["The driver was fined $500 for speeding.", "fined", "fine"],
    ["They dined with the mayor.", "dined", "dine"],
    ["The boy was caned at school.", "caned", "cane"],
    // must not: doubled consonants, two vowels, two syllables
    ["They planned three visits.", "planned", "plan"],
    ["He was jailed for a year.", "jailed", "jail"],
    ["She visited two towns.", "visited", "visit"],
  ])("%s → %s is %s", (sentence, word, lemma) => {
    expect(lemmaOf(sentence, word)).toBe(lemma);
  });
});
