/** Components: time (tally, report time), attribution and modality. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { frame, readings } from "./helpers.js";

describe("time", () => {
  it.each([
    ["The toll so far stands at 64.", "64", true],
    ["At least 19 people were killed.", "At least 19", true],
    ["The number of dead rose to 140 by evening.", "140", true],
    ["The bridge is 300 metres long.", "300 metres", false],
    // "more than", "at least", "over" make a tally of the figure they qualify, not of the others
    ["More than 200 people gathered where the man was shot nine times.", "nine", false],
    ["More than 200 people gathered where the man was shot nine times.", "More than 200", true],
    // …and of every figure when they qualify none
    ["Rebels hold at least part of the town, where 40 people died.", "40", true],
  ])("%s → %s tally %s", (sentence, value, tally) => {
    expect(frame(sentence, value).time.tally).toBe(tally);
  });
  it("takes the document's date as the time of report when the sentence states none", () => {
    expect(frame("At least 19 people were killed.", "At least 19").time.reportedAt).toBe("2024-03-08");
  });
});

describe("attribution", () => {
  it.each([
    ["Police said 14 people were hurt.", "14", "police"],
    ["Fourteen people were hurt, police said.", "Fourteen", "police"],
    ["At least 8 people died, according to the health ministry.", "At least 8", "health ministry"],
    ["Witnesses estimated the crowd at 5,000.", "5,000", "witnesses"],
    ["Fourteen people were hurt.", "Fourteen", null],
  ])("%s → %s per %s", (sentence, value, source) => {
    expect(frame(sentence, value).attribution).toBe(source);
  });
  it("reads no source from verbs of knowing or adding", () => {
    expect(frame("The marshals added 15 names to the list.", "15").attribution).toBeNull();
  });
});

describe("modality", () => {
  it.each([
    ["Nobody said the storm had not destroyed 20 homes.", "20", "negated"],
    ["No injuries were reported.", "No injuries", "negated"],
    ["The merger is expected to close in early 2026.", "early 2026", "forecast"],
    ["The plant will employ 400 people.", "400", "forecast"],
    ["The repairs could cost up to $5 million.", "up to $5 million", "hypothetical"],
    ["Sales were higher than in 2019.", "2019", "comparison-base"],
    ["Divers found two more victims.", "two", "increment"],
    ["A further 300 troops arrived.", "300", "increment"],
    ["Some 300 troops arrived.", "Some 300", "approximate"],
  ])("%s → %s is %s", (sentence, value, modality) => {
    expect(frame(sentence, value).modality).toContain(modality);
  });
  it.each([
    ["The rally drew 300 people in May.", "300", "hypothetical"],
    ["Divers found two other victims.", "two", "increment"],
    ["More than 300 troops arrived.", "More than 300", "comparison-base"],
    ["Thieves stole jewels worth £2m from a dealer that was due to lend them to the festival.", "£2m", "forecast"],
  ])("%s → %s is not %s", (sentence, value, modality) => {
    expect(frame(sentence, value).modality).not.toContain(modality);
  });
});

describe("a difference between two things is marked, and an attribute's difference counts that attribute", () => {
  it.each<[string, string, string | null]>([
    ["With Orme four years older, the rematch was easy.", "four years", "age"],
    ["Her sister is three years younger.", "three years", "age"],
    ["Brill, two inches taller, kept him away with the jab.", "two", "height"],
    ["The champion came in ten pounds lighter than in May.", "ten pounds", "weight"],
    ["Castell won five rounds sooner than in their first fight.", "five", "round"],
    ["The relay team ran two seconds faster than last year.", "two seconds", null],
  ])("%s → %s is a difference (counts %s)", (sentence, value, counted) => {
    const f = frame(sentence, value);
    expect(f.modality).toContain("difference");
    if (counted !== null) expect(f.counted).toBe(counted);
  });
  it.each<[string, string]>([
    ["The ceasefire ended four years ago.", "four years ago"],
    ["A taller man, aged 30, was seen.", "30"],
    ["Divers found two more victims.", "two"],
    ["The 34-year-old Orme never recovered.", "34-year-old"],
    ["The fight went five rounds.", "five"],
  ])("%s → %s is no difference", (sentence, value) => {
    const r = readings(sentence).find((x) => x.value.mention.text === value);
    expect(r).toBeDefined();
    expect(r?.modality).not.toContain("difference");
  });
});
