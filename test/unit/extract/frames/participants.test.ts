/** Component: the participants that identify an occurrence. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const roles = (sentence: string, value: string): string[] => frame(sentence, value).participants.map((p) => `${p.role}:${p.key}`);

describe("participants", () => {
  it.each([
    ["The attack on the school killed 11 pupils.", "11", "event:attack on the school"],
    ["The company's purchase of its rival cost $2 billion.", "$2 billion", "event:purchase of its rival"],
    ["The quake destroyed 300 houses in Gorkha.", "300", "place:gorkha"],
    ["Rebels seized 12 trucks near Goma.", "12", "place:goma"],
    ["Rebels seized 12 trucks near Goma.", "12", "agent:rebels"],
    ["Pakistan recognised the new government in May 1997.", "May 1997", "patient:new government"],
    ["Pakistan recognised the new government in May 1997.", "May 1997", "agent:pakistan"],
    ["The bank lent 40 million euros to the city.", "40 million euros", "recipient:city"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it.each([
    // a name that modifies a noun is not a place; a month is not a place
    ["Rioters threw Molotov cocktails at 20 officers in the square.", "20", "place:molotov"],
    ["The office closed in March after 30 staff left.", "30", "place:march"],
    // "according to" gives a source, not a recipient
    ["Two people died, according to the ministry.", "Two", "recipient:ministry"],
  ])("%s → %s has no %s", (sentence, value, unexpected) => {
    expect(roles(sentence, value)).not.toContain(unexpected);
  });
});
