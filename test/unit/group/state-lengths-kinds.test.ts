/**
 * Which words make a length a secret's (src/group/state-lengths.ts): quiet, silence and not being
 * known only of a person or an identity kept so; a puzzle only when it lasted. Sentences, people
 * and places written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { stateLengthOf } from "../../../src/group/state-lengths.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";

let docs = 0;
function told(sentence: string, text: string, unit: string): Claim {
  docs += 1;
  const c = frameRead(sentence, text, 2, { counted: "duration", lemma: "be", unit, reportedAt: "2031-05-02" }, `kinds-${docs}.txt`);
  return { ...c, story: "s-1" };
}

describe("a secret: quiet or unknown, of a person or an identity kept so", () => {
  it.each<[string, string, string]>([
    ["Talia Brenn kept quiet about the ledger for nine years.", "nine years", "year"],
    ["The clerk kept his identity hidden for two decades.", "two decades", "decade"],
    ["Mirko Sand stayed silent about the fire for eleven years.", "eleven years", "year"],
    ["She remained silent for six years, her sister said.", "six years", "year"],
    ["The donor's identity remained unknown for 14 years.", "14 years", "year"],
    ["His whereabouts remained hidden for three months.", "three months", "month"],
  ])("must be a secret: %s", (sentence, text, unit) => {
    expect(stateLengthOf(told(sentence, text, unit))?.kind).toBe("secret");
  });

  it.each<[string, string, string]>([
    ["The lanes of Osk were quiet for three hours after the flood.", "three hours", "hour"],
    ["The radio link went silent for 25 minutes on Tuesday.", "25 minutes", "minute"],
    ["What started the blaze at the Ferrow mill remained unknown for three days.", "three days", "day"],
    ["The cause of the outage stayed unknown for two days.", "two days", "day"],
    ["The dam's spillway was hidden for two weeks by debris.", "two weeks", "week"],
    ["Trading in Keld stayed quiet for an hour before the bell.", "an hour", "hour"],
  ])("must not be a secret: %s", (sentence, text, unit) => {
    expect(stateLengthOf(told(sentence, text, unit))).toBeNull();
  });
});

describe("a secret: a puzzle that lasted", () => {
  it.each<[string, string, string]>([
    ["The letter closed a mystery that had gone on for 40 years.", "40 years", "year"],
    ["The riddle of the Pellow portrait lasted three decades.", "three decades", "decade"],
    ["It solved an enigma that had baffled the town for 60 years.", "60 years", "year"],
  ])("must be a secret: %s", (sentence, text, unit) => {
    expect(stateLengthOf(told(sentence, text, unit))?.kind).toBe("secret");
  });

  it.each<[string, string, string]>([
    ["She wrote mysteries for 30 years before she retired.", "30 years", "year"],
    ["The puzzle page ran in the Orby paper, and Lenz edited it for 12 years.", "12 years", "year"],
  ])("must not be a secret: %s", (sentence, text, unit) => {
    expect(stateLengthOf(told(sentence, text, unit))).toBeNull();
  });
});
