/**
 * Dates read in the text that state no date to check: the day or week reached, told back; a run
 * of days; a season naming a kind of thing. Sentences written for this test; which words are date
 * claims was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./frames/helpers.js";

const dateClaims = (text: string): string[] => claimsOfText(text, "2024-03-08").filter((c) => c.value.type === "date").map((c) => c.text);
const lengthClaims = (text: string): string[] => claimsOfText(text, "2024-03-08").filter((c) => c.value.type === "quantity" && /^(?:day|week|month|year)$/.test(c.value.unit)).map((c) => c.text);

describe("dates that are no claim", () => {
  // must not: the words of the day reached, a run, a season as a kind, give no date claim
  it.each<[sentence: string, word: string]>([
    ["The Harlow index ended the day at 8,120, its lowest close since May.", "day"],
    ["The Brisk 50 was 1.4% lower than the start of the day as of 15:10 GMT.", "day"],
    ["The Tarrow average was one of the few to rise in value over the day.", "day"],
    ["For the day, the Varnell index closed down 2.2 percent.", "day"],
    ["Traders expect the Kelso index to gain for the rest of the week.", "week"],
    ["Trading in Ostrava was halted for a third straight day on worries over the banks.", "third straight day"],
    ["It was the fifth consecutive day of losses for the Ostrava bourse.", "fifth consecutive day"],
    ["Stocks in Brenner had their best week since November on hopes of a rate cut.", "week"],
    ["The two lenders will hold their autumn meetings in Lisbon.", "autumn"],
    ["Families in Keld saved for a summer vacation by the lake.", "summer"],
  ])("%s (no “%s”)", (sentence, word) => {
    expect(dateClaims(sentence)).not.toContain(word);
  });

  // must: a date of its own stays a claim
  it.each<[sentence: string, word: string]>([
    ["The ministers of the bloc will meet in Lisbon this weekend.", "this weekend"],
    ["The Harlow index closed at 8,120 on Tuesday, its lowest since May.", "Tuesday"],
    ["The talks in Keld ended on Monday; the day before, the envoys met in Brill.", "day before"],
    ["The Brisk 50 fell 3% today, its worst fall since 2019.", "today"],
    ["The plant in Keld will reopen in the summer, the owners said.", "summer"],
    ["The lenders met in Lisbon in autumn 2021.", "autumn 2021"],
    ["The bank in Brill posted a loss for the summer months.", "summer"],
    ["In Keld the harvest in the late summer and autumn fell short.", "autumn"],
  ])("%s (“%s”)", (sentence, word) => {
    expect(dateClaims(sentence).some((t) => t === word || t.endsWith(word) || word.endsWith(t))).toBe(true);
  });
});

describe("one day naming a record's span", () => {
  // must not: the span of a record or a level is no length to check
  it.each<[sentence: string, word: string]>([
    ["It was the Varnell index's biggest single-day fall since 2001.", "single-day"],
    ["The Brisk 50 posted its largest one-day point gain in a decade.", "one-day"],
    ["The Kelso index dropped from a day high of 145 points.", "a day"],
    ["Markets in Brill saw some of the biggest single-day losses in years.", "single-day"],
  ])("%s (no “%s”)", (sentence, word) => {
    expect(lengthClaims(sentence)).not.toContain(word);
  });
  // must: a length something lasted
  it.each<[sentence: string, word: string]>([
    ["The nurse was convicted in Keld after a one-day trial.", "one-day"],
    ["The dock strike in Brill lasted a day.", "a day"],
    ["The Kelso index reached a one-year high on Monday.", "one-year"],
    ["The Ostrava plant closed for a week in May.", "a week"],
  ])("%s (“%s”)", (sentence, word) => {
    expect(lengthClaims(sentence)).toContain(word);
  });
});
