/**
 * A bare number counts people only when a word says so: its counted noun ("12 people"), or a word
 * of harm, rescue or toll that governs it ("12 were killed", "killing 3", "the death toll rose to
 * 87"), or, for a rule of people (`units: [person]`), one of the rule's own words ("detained 46"
 * under a rule of arrests). Any other number near such a word stays a bare number and no rule of
 * people takes it. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { lineStarts } from "../../../src/ingest/line-index.js";
import { claimsOf } from "../../../src/pipeline.js";
import type { SourceDocument } from "../../../src/types.js";
import { findMentions } from "../../../src/values/index.js";
import { bareCountOfPeople } from "../../../src/values/quantity/people.js";
import { rule } from "../../helpers/claims.js";

const unitOf = (text: string, written: string): string | null => {
  const m = findMentions(text, { asOf: "2020-06-30" }).find((x) => x.text === written || (x.kind === "quantity" && x.text.endsWith(` ${written}`)));
  return m && m.value?.type === "quantity" ? m.value.unit : null;
};

describe("the value layer reads people from the construction", () => {
  it.each<[string, string]>([
    ["12 were killed when the roof fell.", "12"],
    ["The blast killed 12 and injured 30.", "12"],
    ["The blast killed 12 and injured 30.", "30"],
    ["The death toll rose to 87 on Tuesday.", "87"],
    ["A toll of 31 was confirmed by the ministry.", "31"],
    ["The toll from the storms has passed 200.", "200"],
    ["3 have been confirmed dead.", "3"],
    ["Nine drowned when the boat sank.", "Nine"],
    ["Of the crew: killed, 4; wounded, 11.", "4"],
    ["Of the crew: killed, 4; wounded, 11.", "11"],
    ["In all, 300 gave their lives in the defence of the town.", "300"],
    ["Five other workers were rescued.", "Five"],
  ])("%s → %s is people", (text, written) => {
    expect(unitOf(text, written)).toBe("person");
  });

  it.each<[string, string]>([
    ["The victims were found near gate 12 of the terminal.", "12"],
    ["The killer fired 3 times into the crowd.", "3 times"],
    ["Of the 12 killed, 4 held shares worth 40 each.", "40"],
    ["The injured were taken to 3 hospitals.", "3"],
    ["The dead man had 2 cars.", "2"],
  ])("%s → %s is not people", (text, written) => {
    expect(unitOf(text, written)).not.toBe("person");
  });

  it("an hour is no count: 'killed at 3 in the morning'", () => {
    expect(findMentions("He was killed at 3 in the morning.", { asOf: null }).filter((m) => m.kind === "quantity")).toEqual([]);
  });

  it("a rule's own word can govern a bare count", () => {
    const sentence = "Police detained 46 after the march.";
    const at = sentence.indexOf("46");
    const word = { start: sentence.indexOf("detained"), end: sentence.indexOf("detained") + "detained".length };
    expect(bareCountOfPeople(sentence, { offset: at, length: 2 }, [word])).toBe(true);
    expect(bareCountOfPeople("Police detained him near gate 46.", { offset: 30, length: 2 }, [{ start: 7, end: 15 }])).toBe(false);
  });
});

describe("units: [person] does not turn every bare number into people", () => {
  const arrests = rule({ id: "arrests", values: ["quantity"], units: ["person"], triggers: ["detain*", "arrest*"], window: 8 });
  const tolls = rule({ id: "tolls", values: ["quantity"], units: ["person"], triggers: ["killed", "dead", "death toll"], window: 8 });
  const claimsIn = (text: string, r = tolls) => {
    const doc: SourceDocument = { path: "t.txt", text, sha256: "", date: "2020-06-30", dateSource: "flag", lineStarts: lineStarts(text) };
    return claimsOf(doc, [r]).map((c) => [c.text, c.value.type === "quantity" ? c.value.unit : null]);
  };

  it.each([
    "He was killed at 3 in the morning.",
    "Passengers killed near gate 12 were named.",
    "He was killed on Route 66 last year.",
    "The dead were flown out on Flight 93.",
    "A man was killed in the 3400 block of Pine Street.",
    "Kafoury, 63, was killed in the shooting.",
    "A 45-year-old man was killed.",
    "The death toll was 12 percent higher than last year.",
  ])("no people in: %s", (text) => {
    expect(claimsIn(text).filter(([, unit]) => unit === "person")).toEqual([]);
  });

  it.each<[string, string]>([
    ["The blast killed 12 on Monday.", "12"],
    ["The death toll has exceeded 1,100, officials said.", "exceeded 1,100"],
    ["12 were killed.", "12"],
  ])("people in: %s", (text, written) => {
    expect(claimsIn(text)).toContainEqual([written, "person"]);
  });

  it("a rule's own trigger governs a bare count: 'detained 46'", () => {
    expect(claimsIn("Police detained 46 after the march.", arrests)).toContainEqual(["46", "person"]);
    expect(claimsIn("Police detained a man near gate 46.", arrests)).toEqual([]);
  });
});
