/**
 * A maker's model number after its name ("Kestrel 310s", "the Brandt 747 Skyrunner") and told
 * alone again ("the 310"): a name, no count. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const values = (text: string): string[] =>
  findMentions(text, { asOf: "2020-06-30" })
    .filter((m) => m.value !== null)
    .map((m) => m.text);

describe("model numbers", () => {
  // must: the model number is no value, the counts around it are
  it.each<[text: string, gone: string, kept: string]>([
    ["Skyways ordered five Kestrel 310s for its northern routes.", "310", "five"],
    ["The Brandt 747 Skyrunner made its first flight on Tuesday.", "747", "Tuesday"],
    ["Orders for Kestrel 310 jets rose. The 310 has now won 640 orders.", "310", "640"],
    ["Skyways flies Kestrel 310s; the Kestrel 310-400 serves 12 routes.", "310-400", "12"],
    ["The Marlow 450 freighter carries 90 tonnes.", "450", "90 tonnes"],
    ["The Brandt 747 \"Skyrunner\" flew today. The 747-8 seats 410.", "747", "410"],
  ])("%s", (text, gone, kept) => {
    const found = values(text);
    expect(found.some((v) => v.includes(gone.split("-")[0]!))).toBe(false);
    expect(found).toContain(kept);
  });

  // must not: counts and levels after a capitalized word, a year, a headline in title case
  it.each<[text: string, kept: string]>([
    ["Police in Keld arrested 300 people.", "300"],
    ["In 2019 Brandt sold 310 jets to Skyways.", "310"],
    ["Storm Leaves 300 Families Homeless In Keld", "300"],
    ["Residents of Keld 300 miles away felt the quake.", "300 miles"],
    ["The Harlow index closed at 8120 on Monday.", "8120"],
    ["On 300 Main Street, 40 Marines stood guard.", "40"],
    ["The Lakers 105-98 win over Keld ended the run.", "105-98"],
    ["Some 400 Marines landed; 400 more followed.", "400"],
  ])("%s", (text, kept) => {
    expect(values(text)).toContain(kept);
  });
});
