/**
 * Shots told by whom they were meant for ("his 12 rounds were intended for a rival",
 * "the seven rounds were aimed at the van") are shots fired, as "fired 12 rounds" is: the
 * shots-fired rule reads intend and aim beside its volley verbs, where what is counted is shots,
 * bullets or rounds. Grants, adverts or funds meant for someone are no shots. Sentences written for
 * this test; the readings expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "../extract/frames/helpers.js";

function shots(sentence: string): { text: string; measure: string | null }[] {
  return claimsOfText(sentence)
    .filter((c) => c.rule === "shots-fired")
    .map((c) => ({ text: c.text, measure: c.measure }));
}

describe("shots meant for someone are shots fired", () => {
  it.each([
    ["Detectives said his dozen rounds were intended for members of a rival crew.", "dozen"],
    ["Police said the 12 rounds were intended for a man across the street.", "12"],
    ["The gunman told officers his seven rounds were aimed at a passing van.", "seven"],
  ])("%s → fired", (sentence, value) => {
    expect(shots(sentence)).toContainEqual({ text: expect.stringContaining(value) as unknown as string, measure: "fired" });
  });

  it.each([
    ["The 12 grants were intended for schools in the valley."],
    ["The campaign aimed 40 adverts at young voters."],
    ["The seven payments were intended for the contractor."],
  ])("%s → no shots", (sentence) => {
    expect(shots(sentence)).toEqual([]);
  });
});
