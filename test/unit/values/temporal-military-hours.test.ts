/**
 * A military or 24-hour clock told with "hours" is a time of day, as "11 a.m." is: "at 1100 hours",
 * "0930 hrs IST", "2300 hours local time". Not a length of 1,100 hours. A count of hours stays one:
 * "worked 1100 hours", "for 120 hours", "24 hours", "1500 hours of community service". Sentences
 * written for this test; times worked out by hand against the creation day 2020-03-10 (a Tuesday).
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const AS_OF = "2020-03-10";
const read = (text: string) => findMentions(text, { asOf: AS_OF }).map((m) => ({ text: m.text, kind: m.kind, timex: m.timex?.value ?? null }));

describe("must match: four digits and hours are a time of day", () => {
  it.each<[string, string, string]>([
    ["The trawler Orvik sent a distress call at 1100 hours that it was under fire.", "1100 hours", "2020-03-10T11:00"],
    ["Marines boarded the dhow at 1230 hours and seized its cargo.", "1230 hours", "2020-03-10T12:30"],
    ["The convoy left Port Alder about 0930 hrs IST.", "0930 hrs IST", "2020-03-10T09:30"],
    ["Patrols reported calm by 1800 hrs.", "1800 hrs", "2020-03-10T18:00"],
    ["The ferry docked at 0545 hours GMT.", "0545 hours GMT", "2020-03-10T05:45Z"],
    // "local time" is the clock's zone; the curfew is the coming Friday
    ["The curfew in Velmar begins at 2300 hours local time on Friday.", "2300 hours local time", "2020-03-13T23:00"],
  ])("%s → %s = %s", (sentence, text, timex) => {
    expect(read(sentence)).toContainEqual({ text: expect.stringContaining(text), kind: "time", timex });
  });
});

describe("must not match: counts of hours stay durations", () => {
  it.each<[string, string, string]>([
    ["Nurse Ida Kell worked 1100 hours at the clinic last year.", "1100 hours", "PT1100H"],
    ["The crew of the Selby was adrift for 120 hours.", "120 hours", "PT120H"],
    ["The dock strike lasted 24 hours.", "24 hours", "PT24H"],
    ["The court gave him 1500 hours of community service.", "1500 hours", "PT1500H"],
    // not a time: 75 minutes past the hour is no clock
    ["The engine ran at 1275 hours of wear before it failed.", "1275 hours", "PT1275H"],
  ])("%s: %s is a duration (%s)", (sentence, text, timex) => {
    const got = read(sentence);
    expect(got).toContainEqual({ text, kind: "duration", timex });
    expect(got.filter((m) => m.kind === "time")).toEqual([]);
  });
});
