/**
 * What a count of doers does beside its own predicate (predicate-classes.ts doneAlongside).
 * Sentences written for this test; the expected kinds were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { doneAlongside } from "../../../src/group/predicate-classes.js";
import { claim, qty } from "../../helpers/claims.js";

function count(sentence: string, text: string): string[] {
  const c = claim(qty(3, 3, { nominal: 3, unit: "person" }), { sentence, text, length: text.length, offset: sentence.indexOf(text) });
  return [...doneAlongside(c)];
}

describe("the verbs a count's clause goes on with", () => {
  it.each([
    ["Three men rammed a van into the pawnshop, smashing the door and making off with the rings.", "Three", ["steal"]],
    ["Three men drove a truck through the shutter before snatching the rings.", "Three", ["steal"]],
    ["On Friday three gunmen stormed the depot, killing a guard.", "three", ["kill"]],
    ["The night raid saw three thieves make off with the rings.", "three", ["steal"]],
    ["Cameras watched three youths loot the kiosk.", "three", ["steal"]],
  ])("%s → %s does %j", (sentence, text, kinds) => {
    expect(count(sentence, text)).toEqual(kinds);
  });
  it.each([
    // a clause with a subject of its own
    ["Three men parked a van outside, but a fourth man was robbing the shop.", "Three"],
    ["Three men were held, police said, while looting went on nearby."],
    // the count follows its verb: it is not the doer of the clause
    ["The mill, having laid off staff, hired three new clerks, stealing a march on rivals.", "three"],
    // a verb of seeing with no verb after the count
    ["Witnesses saw three men in the shop, grabbing nothing.", "three"],
    // a light verb in the chain names no happening
    ["Three men stood at the door, making a fuss.", "Three"],
  ])("%s → %s does nothing beside its verb", (sentence, text = "Three") => {
    expect(count(sentence, text)).toEqual([]);
  });
});
