/**
 * Strings that must yield no temporal mention (or only the listed ones): quantities that look
 * like years, section numbers, version labels, phone numbers, ISBNs, page ranges, scores,
 * modal "may", measures.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const NONE: string[] = [
  "1997 people were displaced",
  "it cost $2021 in fees",
  "a total of 2,021 votes",
  "a road of 1990 km",
  "see section 3.4. and 5.1. below",
  "the Taliban 2.0 government",
  "call +92 51 9203 2025 or 0300 1234567",
  "ISBN 978-0-14-044913-6",
  "see pp. 12–19 of the report",
  "see pp. 1990-1995",
  "the match ended 3-1",
  "You May Like To Read",
  "the march was peaceful",
  "over 2021% growth",
  "version 2.0.1 released",
  "ORCID 0009-0005-3697-6034",
  "score 12/15 on the test",
  "a ratio of 04/05/2025",
  "gained 1500 points",
  "Jan Smith said",
  "the night sky was clear",
  "the morning paper arrived",
  "statues on Easter Island",
  "a Christmas tree in the hall",
  "he scored twice in the second half",
  "the most recent model sold out",
  "in the end the rebels carried the day",
  "the Russell 2000 Index of small companies",
  "its three current models sold well",
  "the current account deficit widened",
  "on the 20th anniversary of the war",
  "the 5th Division crossed",
];

describe("not temporal", () => {
  it.each(NONE)("%s", (input) => {
    const found = findTemporal(input, { asOf: "2025-09-05" }).filter((m) => m.kind !== "duration" && m.kind !== "set");
    expect(found.map((m) => m.text)).toEqual([]);
  });

  it("a rate is a recurrence, not a duration: $5 a day", () => {
    expect(findTemporal("they earn $5 a day", { asOf: null }).map((m) => [m.text, m.kind, m.timex?.value])).toEqual([["a day", "set", "P1D"]]);
  });
  it("a modal 'May' in a headline is not a month", () => {
    expect(findTemporal("Soft Power or Security Outreach? You May Like To Read", { asOf: null })).toEqual([]);
  });
});
