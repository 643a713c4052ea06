/**
 * Pairs of numbers that are one value (src/values/quantity/score-pairs.ts): a game's score, a
 * team's win-loss record, a vote's tally, read only where a cue beside them says so. Sentences,
 * teams and numbers written for this test; the expected pairs were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2031-10-13" });
const pairs = (text: string): Mention[] => mentions(text).filter((m) => m.value?.type === "quantity" && m.value.pair !== undefined);

describe("a score, a record or a tally is one value: must match", () => {
  it.each<[string, string, string, [number, number]]>([
    // sentence, as written, kind, the pair as stored
    ["The Owls won 27-24 at home on Saturday.", "27-24", "score", [27, 24]],
    ["Ashby took a 31–17 victory over the Rovers.", "31–17", "score", [31, 17]],
    ["The Rovers lost 14-35 to the Owls.", "14-35", "score", [35, 14]],
    ["Keld beat the Harriers 3 to 1 in the replay.", "3 to 1", "score", [3, 1]],
    ["The Harriers led 14-7 at the half.", "14-7", "score", [14, 7]],
    ["A late field goal gave Brill a 10-6 halftime lead.", "10-6", "score", [10, 6]],
    ["Hale's long run cut the deficit to 21-17.", "21-17", "score", [21, 17]],
    ["Their keeper was beaten twice as Keld lost to the Owls, 2-0.", "2-0", "score", [2, 0]],
    ["The Falcons (8-6) travel to Ashby next week.", "8-6", "record", [8, 6]],
    ["It capped an 11-5 season for the club.", "11-5", "record", [11, 5]],
    ["Next up are the 12-2 Falcons.", "12-2", "record", [12, 2]],
    ["With the win the Owls improved to 9-4.", "9-4", "record", [9, 4]],
    ["The council approved the plan in a 6-3 vote.", "6-3", "tally", [6, 3]],
    ["The board voted 7-2 to close the depot.", "7-2", "tally", [7, 2]],
    // a run of scoring: a noun of a run after it, or the run named before it with "to"
    ["The Owls opened the second half on an 11-2 run.", "11-2", "run", [11, 2]],
    ["A 9-0 scoring burst put the Rovers ahead for good.", "9-0", "run", [9, 0]],
    ["Keld answered with a 2-10 spurt of its own.", "2-10", "run", [10, 2]],
    ["Two layups by Moss stretched the run to 14-0 before the timeout.", "14-0", "run", [14, 0]],
    // closing in on a lead: a running score
    ["Hale, down by nine at the break, closed to 38-36 on a corner three.", "38-36", "score", [38, 36]],
    ["The visitors crept within 51-49 with a minute left.", "51-49", "score", [51, 49]],
  ])("%s → %s", (text, written, unit, pair) => {
    const found = pairs(text);
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.value).toMatchObject({ type: "quantity", unit, pair, min: pair[0], max: pair[0] });
  });
});

describe("two numbers that are no score, record or tally: must not match", () => {
  it.each<[string]>([
    // seasons and spans of years, a date
    ["The club was relegated in the 2011-12 season."],
    ["He coached them from 1998-99 until his retirement."],
    ["Flags flew at half mast on 9-11 again this year."],
    // ranges of a count, ages
    ["Between 10-15 people waited at the gate."],
    ["The survey asked adults aged 18-25 about their jobs."],
    ["The index won back 2-3 points by noon."],
    // phone and case numbers, a shift, downs, a link
    ["Call the desk on 555-0142 for tickets."],
    ["The file was listed as case No. 14-302 in court."],
    ["She works a 9-5 shift at the depot."],
    ["It was 3rd-and-8 at their own 40."],
    ["Read more at example.org/owls-win-27-24-over-rovers today."],
    // no cue at all
    ["Chapter 4-2 covers the tariffs."],
    // a try at a standing, a ballot closing, a run of days
    ["The Owls made a run at 10-2 before the injuries came."],
    ["The old bridge was closed to 4-6 lanes of traffic."],
    ["A run of 3-4 days of rain is likely."],
  ])("%s", (text) => {
    expect(pairs(text)).toEqual([]);
  });
});
