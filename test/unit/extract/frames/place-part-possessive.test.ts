/**
 * A named part of a town told in the possessive ("in Dunmore's Eastgate
 * district") is a place too, lying in the town: the frame gives both, so a report that names only
 * the part ("in Eastgate") is not set apart from it. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const places = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "place").map((p) => p.text);

describe("a named part of a place, in the possessive", () => {
  it.each([
    ["The clip shows Ann Lee leaving work on March 3, 2030, in Dunmore's Eastgate district.", "March 3, 2030", ["Dunmore", "Eastgate"]],
    ["Two shops burned on May 9, 2030 in Keld's Old Harbour section.", "May 9, 2030", ["Keld", "Old Harbour"]],
  ])("%s", (sentence, value, expected) => {
    expect(places(sentence, value)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // what the name owns is no part of a place
    ["The vote was held on June 2, 2030 in Norland's Labour Party offices.", "June 2, 2030", "Labour Party"],
    // a name after the possessive with no noun of a part
    ["They met on June 2, 2030 in Keld's Ann Lee Hall.", "June 2, 2030", "Ann Lee"],
  ])("%s → not %s", (sentence, value, name) => {
    expect(places(sentence, value)).not.toContain(name);
  });
});
