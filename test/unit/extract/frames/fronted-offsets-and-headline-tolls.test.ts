/**
 * Two families of the frame and rule layers, each with rows that must and must not change. Sentences
 * written for this test; the expected topics and measures were decided by reading them.
 *   1. A length of time that opens the sentence, then "after"/"before" and a clause with a verb of its
 *      own up to a comma, places the main clause's verb: "About ten minutes after the clerk was sent
 *      home, she drove back" is how long after that the driving back came (frame:duration/drive);
 *      not when the clause names its moment by an event noun ("after the club ended its season").
 *   2. A headline's list of tolls, "4 Dead, 3 Hurt": each figure is measured by the word right after
 *      it, not by the one before it at the same distance.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText, frame } from "./helpers.js";

describe("a length of time opening the sentence before a clause of its own places the main verb", () => {
  it.each([
    ["About ten minutes after the clerk was sent home, she drove back to the depot.", "About ten minutes", "frame:duration/drive"],
    ["Forty seconds after the alarm sounded, the roof collapsed.", "Forty seconds", "frame:duration/collapse"],
    ["Two hours before the guards arrived, the gate was forced.", "Two hours", "frame:duration/force"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });

  it.each([
    // a noun after "after" is the moment itself (read elsewhere); a length inside the sentence, or a
    // clause no comma closes, gets no main verb from this family
    ["Two days after the crash, police arrested the driver.", "Two days", "frame:duration/arrest"],
    ["She came back ten minutes after she left.", "ten minutes", "frame:duration/leave"],
    ["Ten minutes after the bell rang the hall was empty.", "Ten minutes", "frame:duration/be"],
    // a clause that names its moment by an event noun keeps that moment, as a noun after "after" does
    ["Three weeks after the club ended its season, the owner decided to sell.", "Three weeks", "frame:duration/decide"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).rule).not.toBe(unexpected);
  });
});

describe("a headline's list of tolls: each figure takes the word after it", () => {
  it.each([
    ["4 Dead, 3 Hurt in Depot Blast\nFour people died and three were hurt when a tank blew up.", "3", "injured"],
    ["5 Killed, 2 Wounded in Market Attack\nThe attack left five dead.", "2", "injured"],
    ["4 Dead, 3 Hurt in Depot Blast\nFour people died and three were hurt when a tank blew up.", "4", "killed"],
  ])("%s → %s: %s", (text, value, expected) => {
    const c = claimsOfText(text).find((x) => x.rule === "casualties" && x.text === value);
    expect(c?.measure).toBe(expected);
  });

  it.each([
    // a figure with its toll word before it and nothing after keeps that word
    ["The death toll rose to 6 as crews searched the flattened barns.", "6", "killed"],
    ["The gunman wounded four guards at the gate, killing two.", "two", "killed"],
  ])("still: %s → %s: %s", (text, value, expected) => {
    const c = claimsOfText(text).find((x) => x.rule === "casualties" && x.text === value);
    expect(c?.measure).toBe(expected);
  });
});
