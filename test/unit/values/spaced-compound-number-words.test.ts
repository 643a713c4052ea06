/**
 * Compound number words written without a hyphen are one number, as with it: "thirty four years"
 * is 34 years (not "four years" after a stray "thirty"), "forty two days" 42 days, "twenty-one
 * years ago" 21 years back, "twenty five people" 25 people, "one hundred twenty" 120. Not across a
 * comma ("the forty, two of them"), not where the unit word opens a compound adjective before a
 * noun that is counted ("the twenty four-person teams" are twenty teams), and a capitalized number
 * word inside a name is no number ("Thirty Seconds to Mars"). Sentences written for this test;
 * the values worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const AS_OF = "2021-06-01";
const read = (text: string) =>
  findMentions(text, { asOf: AS_OF }).map((m) => ({
    text: m.text,
    kind: m.kind,
    nominal: m.value?.type === "quantity" ? m.value.nominal : null,
    unit: m.value?.type === "quantity" ? m.value.unit : null,
    start: m.value?.type === "date" ? m.value.start : null,
    end: m.value?.type === "date" ? m.value.end : null,
  }));

describe("must match: a tens word and a unit word with a space are one number", () => {
  it.each<[string, string, number, string]>([
    ["Orla Penn kept the letter hidden for thirty four years.", "thirty four years", 34, "year"],
    ["The siege of Varnholt lasted forty two days.", "forty two days", 42, "day"],
    ["The ferry crossing took sixty five minutes in the fog.", "sixty five minutes", 65, "minute"],
    ["The ferry crossing took sixty-five minutes in the fog.", "sixty-five minutes", 65, "minute"],
    ["Twenty three days passed before the pass reopened.", "Twenty three days", 23, "day"],
  ])("%s → %s = %d %s", (sentence, text, n, unit) => {
    expect(read(sentence)).toContainEqual(expect.objectContaining({ text, kind: "duration", nominal: n, unit }));
  });

  it.each<[string, string, string, string]>([
    // 2021 less 21 and 35 years
    ["The Brellin mill closed twenty-one years ago.", "twenty-one years ago", "2000-01-01", "2000-12-31"],
    ["The Brellin mill closed thirty five years ago.", "thirty five years ago", "1986-01-01", "1986-12-31"],
  ])("%s → %s = %s…%s", (sentence, text, start, end) => {
    expect(read(sentence)).toContainEqual(expect.objectContaining({ text, kind: "date", start, end }));
  });

  it.each<[string, string, number]>([
    ["About twenty five people waited at the Kelso gate.", "About twenty five", 25],
    ["The harbour held one hundred twenty boats that night.", "one hundred twenty", 120],
    ["Rescuers pulled forty two miners from the shaft.", "forty two", 42],
    // after "a" the compound qualifies one thing: a strike of 24 hours
    ["The dockers called a twenty four-hour strike.", "twenty four-hour", 24],
  ])("%s → %s = %d", (sentence, text, n) => {
    expect(read(sentence)).toContainEqual(expect.objectContaining({ text, nominal: n }));
  });
});

describe("must not match", () => {
  it("a comma parts two numbers: the forty, two of them", () => {
    const got = read("Of the forty, two of them left early.");
    expect(got.map((m) => m.nominal)).not.toContain(42);
    expect(got).toContainEqual(expect.objectContaining({ text: "forty", nominal: 40 }));
  });

  it("a unit word that opens a compound adjective: the twenty four-person teams are twenty teams", () => {
    const got = read("The twenty four-person teams met at the Dunmore hall.");
    expect(got.map((m) => m.nominal)).not.toContain(24);
    expect(got).toContainEqual(expect.objectContaining({ text: "twenty", nominal: 20, unit: "team" }));
  });

  it("a stray unit word is never read alone after its tens word", () => {
    for (const sentence of ["Orla Penn kept the letter hidden for thirty four years.", "The Brellin mill closed twenty-one years ago."]) {
      const texts = read(sentence).map((m) => m.text);
      expect(texts).not.toContain("four years");
      expect(texts).not.toContain("one years ago");
    }
  });

  it("a capitalized number word inside a name is no length of time", () => {
    const got = read("She said fans of Thirty Seconds to Mars had queued outside the hall in Leeds since dawn.");
    expect(got.filter((m) => m.kind === "duration" || m.kind === "quantity")).toEqual([]);
  });
});
