/**
 * Two verbs of one subject joined by "and" with a phrase between them: the second verb's figure
 * is the subject's ("Reyes tore a ligament in the opener and missed eight games"). Sentences
 * written for this test (made-up players, clubs and towns); what each must give was decided by
 * reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agents = (sentence: string, value: string): string[] =>
  frame(sentence, value).participants.filter((p) => p.role === "agent").map((p) => p.key);

describe("must match: the first verb's subject", () => {
  it.each([
    ["Reyes tore a ligament in the opener and missed eight games.", "eight", "reyes"],
    ["Ivo Marsh was injured in the club's opener against Leeds in August and missed five games.", "five", "ivo marsh"],
    ["Police arrested the driver near the bridge and seized 40 kilograms of resin.", "40 kilograms", "police"],
  ])("%s → %s: %s", (sentence, value, who) => {
    expect(agents(sentence, value)).toEqual([who]);
  });
});

describe("must not match: another subject after 'and', a comma first, or no finite verb", () => {
  it.each([
    ["Reyes tore a ligament in the opener and the club lost eight games.", "eight", "reyes"],
    ["Reyes was hurt in the opener, and Cole missed eight games in all.", "eight", "reyes"],
    ["After tearing a ligament and missing eight games, Reyes retired.", "eight", "reyes"],
    // a subject that does not open the sentence: a partitive's whole, a place in an aside
    ["By noon one of the crew had slipped on the deck and had fallen some 30 feet.", "some 30 feet", "crew"],
    ["A climber from Leeds but living in York, England, slipped on ice and fell 200 meters.", "200 meters", "england"],
  ])("%s → %s: not %s", (sentence, value, who) => {
    expect(agents(sentence, value)).not.toContain(who);
  });
});
