/**
 * A count of hours under half a day before or after another moment ("found him three hours later",
 * "a warning went out an hour earlier") is a length of time, as a count of minutes is: the day it
 * lands on is only the day counted from or the next. Longer counts still name days ("30 hours
 * later": temporal-hours-counted.test.ts), and "ago" counts from the creation time as before.
 * Sentences written for this test; the readings expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const AS_OF = "2014-07-03";
const mentionOf = (text: string, shown: string) => findMentions(text, { asOf: AS_OF }).find((x) => x.text === shown);

describe("must read a short count of hours before or after a moment as a length", () => {
  it.each<[string, string, number]>([
    ["A deputy was shot on Tuesday. Officers found the gunman in a shed three hours later.", "three hours", 3],
    ["The ferry sank on Friday. A storm warning had gone out an hour earlier.", "an hour", 1],
    ["The plant shut on Monday and restarted 11 hours later.", "11 hours", 11],
  ])("%s", (text, shown, hours) => {
    expect(findMentions(text, { asOf: AS_OF }).some((m) => /hours? (?:later|earlier)/.test(m.text))).toBe(false);
    const m = mentionOf(text, shown);
    expect(m?.value).toMatchObject({ type: "quantity", nominal: hours });
  });
});

describe("must not read as a length: half a day or more, or a count back from now", () => {
  it.each<[string, string]>([
    ["The bridge closed on Monday. It reopened 30 hours later.", "30 hours later"],
    ["The plant shut on Monday and restarted 12 hours later.", "12 hours later"],
    ["The fire started three hours ago.", "three hours ago"],
  ])("%s", (text, shown) => {
    expect(mentionOf(text, shown)?.value?.type).toBe("date");
  });
});
