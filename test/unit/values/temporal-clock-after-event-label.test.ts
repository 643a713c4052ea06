/**
 * A date that modifies the noun of another event ("the August 14 stabbing", "a June 2 hearing") names
 * that event's day. A bare clock time in a later sentence does not fall on it: it takes the day the text
 * had reached before the label (the creation day when none). In the label's own sentence the clock is
 * the event's ("the June 2 hearing opened at 10 a.m."), and a date that heads its own phrase keeps its
 * day for the clock times after it. Sentences written for this test; reference date 2025-09-05, a Friday.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-09-05";

function timeOf(text: string, expr: string): string | undefined {
  const m = findTemporal(text, { asOf: AS_OF }).find((x) => x.text === expr && x.kind === "time");
  return m?.timex?.value;
}

describe("must not: a later bare clock time takes the day of a date that labels another event", () => {
  it.each([
    ["Detectives are still questioning witnesses to the August 14 stabbing. Paramedics were called shortly after 4 p.m. to a flat on Mill Lane.", "4 p.m.", "2025-09-05T16:00"],
    ["Lawyers for the driver asked for a delay of the June 2 hearing. The court sat again at 10 a.m. on the request.", "10 a.m.", "2025-09-05T10:00"],
    ["A second fire broke out near the site of the July 30 blast. Crews reached it at about 11:30 a.m.", "11:30 a.m.", "2025-09-05T11:30"],
    ["Investigators said the Aug. 14, 2025, crash was caused by ice. The pilot radioed at 7:40 a.m.", "7:40 a.m.", "2025-09-05T07:40"],
    // the day reached before the label is the one the clock keeps
    ["On Tuesday, police arrested two men over the August 14 stabbing. They were charged at 9 p.m.", "9 p.m.", "2025-09-02T21:00"],
  ])("%s", (text, expr, expected) => {
    expect(timeOf(text, expr)).toBe(expected);
  });
});

describe("must: a date that heads its own phrase, or a clock in the label's own sentence, keeps the date's day", () => {
  it.each([
    ["The stabbing happened on August 14. Paramedics were called shortly after 4 p.m.", "4 p.m.", "2025-08-14T16:00"],
    ["On the 14th of August the bridge closed. Traffic stopped at 6 p.m.", "6 p.m.", "2025-08-14T18:00"],
    ["The June 2 hearing opened at 10 a.m. in the county court.", "10 a.m.", "2025-06-02T10:00"],
  ])("%s", (text, expr, expected) => {
    expect(timeOf(text, expr)).toBe(expected);
  });
});
