/**
 * Figures a level is compared with ("below the 8000 mark", "above $100 a barrel") are no claims of
 * their own; the level reached and the figures of a change stay claims. Sentences written for this
 * test; which figures are claims was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./frames/helpers.js";

const figures = (text: string): string[] => claimsOfText(text, "2031-03-08").filter((c) => c.value.type === "quantity").map((c) => c.text);
const holds = (all: string[], figure: string): boolean => all.some((t) => t === figure || t.endsWith(` ${figure}`));

describe("a line a level is compared with", () => {
  // must not: the line is no claim
  it.each<[sentence: string, figure: string]>([
    ["The Harlow 60 slid 2.4% to close below the 8000 mark at 7,812.40.", "8000"],
    ["The Brisk index stayed below 6000 mark at 5,931.15.", "6000"],
    ["The Tarrow average broke through the 1,500-point barrier on Tuesday.", "1,500"],
    ["The Kelso index slipped under the 30,000 level before noon.", "30,000"],
    ["The Varnell composite is trading at 11,204 points, above the eleven thousand mark.", "eleven thousand"],
    ["Crude from the Orsk field held above $100 a barrel for a week.", "$100"],
    ["The Brisk index fell 410 points to below 9,000, closing at 8,650.75.", "9,000"],
  ])("%s (no “%s”)", (sentence, figure) => {
    expect(holds(figures(sentence), figure)).toBe(false);
  });

  // must: the level reached, a change, an amount stay claims
  it.each<[sentence: string, figure: string]>([
    ["The Harlow 60 slid 2.4% to close below the 8000 mark at 7,812.40.", "7,812.40"],
    ["The Harlow 60 slid 2.4% to close below the 8000 mark at 7,812.40.", "2.4%"],
    ["The Tarrow average climbed over 250 points before noon.", "250"],
    ["The Brisk index fell 300 points to 8,650.", "300"],
    ["Turnout in Keld stayed below 45 percent, officials said.", "45 percent"],
    ["Shares of Pellam rose to a level of $2.10 in early trade.", "$2.10"],
    ["The province of Keld already has above 2,000,000 people.", "2,000,000"],
    ["The Orsk fleet was reduced to below 7,000 sailors by May.", "7,000"],
    ["Engineers in Brill built the 90 feet level crossing over the river.", "90 feet"],
    ["Ames scored 30 points to break Orr's 40-year-old mark.", "40-year-old"],
  ])("%s (“%s”)", (sentence, figure) => {
    expect(holds(figures(sentence), figure)).toBe(true);
  });
});
