/**
 * Bare 24-hour clock times in a span whose zone is written once, after the second clock, and zones
 * spelled out (src/values/temporal/grammar/clock-ranges.ts). Sentences written for these tests (a
 * power grid outage, a bridge closure); reference date 2031-05-14, a Wednesday.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2031-05-14";

function times(sentence: string): [string, string | undefined][] {
  return findTemporal(sentence, { asOf: AS_OF })
    .filter((m) => m.kind === "time")
    .map((m) => [m.text, m.timex?.value]);
}

describe("must match: a clock time of a span or with a zone spelled out", () => {
  it.each<[string, [string, string][]]>([
    [
      "The grid in Velmora tripped between 06:42 and 07:19 Coordinated Universal Time on two feeders.",
      [["06:42", "2031-05-14T06:42Z"], ["07:19 Coordinated Universal Time", "2031-05-14T07:19Z"]],
    ],
    [
      "The Harlow bridge was shut from 22:10 to 23:45 GMT for an inspection.",
      [["22:10", "2031-05-14T22:10Z"], ["23:45 GMT", "2031-05-14T23:45Z"]],
    ],
    ["Power to Dunmere failed 14:05-14:40 UTC, the operator said.", [["14:05", "2031-05-14T14:05Z"], ["14:40 UTC", "2031-05-14T14:40Z"]]],
    ["The last substation came back at 09:15 Greenwich Mean Time.", [["09:15 Greenwich Mean Time", "2031-05-14T09:15Z"]]],
    ["Crews reopened the span between 5:50 and 6:20 a.m. after the checks.", [["5:50", "2031-05-14T05:50"], ["6:20 a.m.", "2031-05-14T06:20"]]],
  ])("%s", (sentence, expected) => {
    expect(times(sentence)).toEqual(expected);
  });
});

describe("must not match: numbers with a colon that are no time of day", () => {
  it.each<[string]>([
    ["Pastor Imre read John 3:16 between the hymns."],
    ["The grid board split 3:1 between the two bidders and 4:1 on the budget."],
    ["The relay team ran between 4:02 and 4:10 per mile on the bridge loop."],
    ["Velmora beat Dunmere 3-1 and drew 2-2 with Harlow."],
    ["The odds moved from 7:2 to 5:1 after the outage."],
    ["Verses 12:30 and 12:45 of the hymnal were read."],
  ])("%s", (sentence) => {
    expect(times(sentence)).toEqual([]);
  });
});
