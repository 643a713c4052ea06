/**
 * Game clocks: the time left in a period of play (src/values/quantity/game-clocks.ts). Sentences,
 * players and clocks written for this test; the expected seconds were worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { findGameClocks } from "../../../src/values/quantity/game-clocks.js";

describe("a game clock is the seconds left: must match", () => {
  it.each<[string, string, number]>([
    ["Ruiz hit a floater with 2:18 left to tie it.", "2:18", 138],
    ["The Owls called time with 0:41 remaining.", "0:41", 41],
    ["Keld led by six with 11:05 to play in the half.", "11:05", 665],
    ["Moss fouled out with 7:30 to go.", "7:30", 450],
    ["The run began at the 9:12 mark of the second half.", "9:12", 552],
    ["A tip-in with 3:09.4 left sent it to overtime.", "3:09.4", 189],
  ])("%s → %s = %i s", (text, written, seconds) => {
    const found = findMentions(text, { asOf: "2031-03-02" }).filter((m) => m.value?.type === "quantity" && m.value.unit === "game-clock");
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.value).toMatchObject({ type: "quantity", min: seconds, max: seconds, nominal: seconds });
  });
});

describe("no game clock: must not match", () => {
  it.each<[string]>([
    ["Tip-off is at 7:30 p.m. on Friday."],
    ["The alarm rang at 4:15 a.m. in the dorm."],
    ["She won the mile in 4:02 last spring."],
    ["A 2:1 ratio of guards to forwards was left on the roster."],
    ["The clock read 4:75 left, an error."],
    ["He left at 6:20 to catch the bus."],
  ])("%s", (text) => {
    expect(findGameClocks(text)).toEqual([]);
  });
});
