/**
 * A participle clause after a purpose clause ("returned home to run the farm after serving two
 * years"): the participle's subject is the main clause's, past the infinitive, which has no subject
 * of its own. Sentences written for this test; expected roles read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const roles = (sentence: string, value: string): string[] => frame(sentence, value).participants.map((p) => `${p.role}:${p.key}`);

describe("the subject of a participle after a purpose clause", () => {
  it.each([
    ["Nora Pike moved back to Ohio to run her uncle's bakery after serving three years for fraud.", "three years", "agent:nora pike"],
    ["Dale Wren flew to Perth to see his brother after working nine weeks on a trawler.", "nine weeks", "agent:dale wren"],
    // the plain participle clause is read as before
    ["Nora Pike left Ohio after serving three years for fraud.", "three years", "agent:nora pike"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it.each([
    // the place the main clause names is no one who served
    ["Nora Pike moved back to Ohio to run her uncle's bakery after serving three years for fraud.", "three years", "agent:ohio"],
    ["Dale Wren flew to Perth to see his brother after working nine weeks on a trawler.", "nine weeks", "agent:brother"],
  ])("%s → %s has no %s", (sentence, value, unexpected) => {
    expect(roles(sentence, value)).not.toContain(unexpected);
  });
});
