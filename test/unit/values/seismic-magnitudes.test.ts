/**
 * Earthquake magnitudes: every way of writing one reads as the same unit-less value counting
 * "magnitude", between 0 and 10, so two reports of one quake compare. Sentences written for this
 * test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { QUAKE_KEY } from "../../../src/values/quantity/seismic-magnitudes.js";

const magnitudes = (text: string) => findMentions(text, { asOf: "2020-06-30" }).filter((m) => m.counted === "magnitude");

describe("magnitudes: every form reads as one unit-less value", () => {
  it.each<[string, string, number]>([
    ["A 6.4-magnitude earthquake struck the coast on Friday.", "6.4-magnitude", 6.4],
    ["a 6.4 magnitude quake shook the capital", "6.4 magnitude", 6.4],
    ["The quake had a magnitude 6.4 reading.", "6.4", 6.4],
    ["Officials said a magnitude-6.4 quake hit at dawn.", "6.4", 6.4],
    ["The tremor had a magnitude of 6.4, the survey said.", "6.4", 6.4],
    ["It measured 6.4 on the Richter scale.", "6.4 on the Richter scale", 6.4],
    ["The earthquake, which struck before dawn, measured 6.4.", "6.4", 6.4],
    ["The quake was measuring 5.9 according to the institute.", "5.9", 5.9],
    ["A strong 6.1 tremor rattled the valley.", "6.1", 6.1],
    ["The 7.8 earthquake left thousands homeless.", "7.8", 7.8],
    ["a 7-magnitude aftershock", "7-magnitude", 7],
  ])("%s", (text, written, value) => {
    const found = magnitudes(text);
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.value).toEqual({ type: "quantity", min: value, max: value, unit: "", approximate: false, qualifier: null, nominal: value });
  });

  it("a qualifier makes a bound or an approximation", () => {
    expect(magnitudes("a quake of about magnitude 6 struck")[0]).toMatchObject({ text: "about magnitude 6", value: { min: 5.5, max: 6.5, qualifier: "around" } });
    expect(magnitudes("a magnitude of about 6.4")[0]).toMatchObject({ text: "about 6.4", value: { min: 6.35, max: 6.45, qualifier: "around" } });
    expect(magnitudes("an aftershock of at least magnitude 5.0")[0]).toMatchObject({ value: { min: 5, max: null, qualifier: "at least" } });
  });

  it("the five common wordings of one quake give the same value", () => {
    const texts = [
      "a 6.4-magnitude earthquake",
      "magnitude 6.4",
      "a magnitude-6.4 quake",
      "6.4 on the Richter scale",
      "the quake measured 6.4",
    ];
    const values = texts.map((t) => magnitudes(t)[0]?.value);
    for (const v of values) expect(v).toEqual(values[0]);
  });
});

describe("magnitudes: must not match", () => {
  it.each([
    "The wall measured 6.4 metres.",
    "Prices measured 6.4 percent higher.",
    "The team measured 6.4 on the index.", // no quake in the sentence
    "The quake killed 12 people.",
    "The earthquake struck on 12 March.",
    "A magnitude 12 event is impossible.", // above the scale: not read as a magnitude
    "the magnitude of the crisis grew, and 40 people left",
  ])("%s", (text) => {
    expect(magnitudes(text).map((m) => m.text)).toEqual([]);
  });

  it("a count near a quake word is still a count", () => {
    expect(findMentions("The quake killed 12 people.", { asOf: null }).map((m) => [m.text, m.value?.type === "quantity" ? m.value.unit : null])).toEqual([["12", "person"]]);
  });
});

/**
 * The text's gate (QUAKE_KEY): a magnitude or Richter word or a quake word. Every form above holds
 * one, "measured 6.4" in its sentence; a text with a measuring verb and none of them is not read.
 */
describe("magnitudes: the text's gate", () => {
  it.each([
    "A 6.4-magnitude earthquake struck the coast on Friday.",
    "It measured 6.4 on the Richter scale.",
    "The TEMBLOR, which struck before dawn, measured 6.4.",
    "After the second aftershock the needle registered 5.2.",
    "The seismic event was rated 4.8 by the institute.",
    "Villagers felt a tremor that measured 3.9 at noon.",
  ])("%s passes", (text) => {
    expect(QUAKE_KEY.test(text)).toBe(true);
  });

  it.each([
    "The wall measured 6.4 metres.",
    "The team measured 6.4 on the index.",
    "The gauge registered 5.2 before noon.",
    "The bond was rated 4.8 by the agency.",
    "Rainfall recorded at 3.9 inches broke the record.",
  ])("%s is not read, and holds no magnitude", (text) => {
    expect(QUAKE_KEY.test(text)).toBe(false);
    expect(magnitudes(text)).toEqual([]);
  });

  it("a measuring verb in one sentence and a quake word in another: the gate passes, the sentence's own test still says no", () => {
    const text = "The gauge registered 5.2 before noon. Later a quake shook the hills.";
    expect(QUAKE_KEY.test(text)).toBe(true);
    expect(magnitudes(text)).toEqual([]);
  });
});
