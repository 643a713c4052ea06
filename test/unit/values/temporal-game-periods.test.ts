/**
 * A quarter or a half of a game is no part of a year, and quarters of play are no months.
 * Sentences written for this test; which are dates was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const dates = (text: string) => findMentions(text, { asOf: "2019-11-10" }).filter((m) => m.kind === "date");
const durations = (text: string) => findMentions(text, { asOf: "2019-11-10" }).filter((m) => m.kind === "duration");
const shares = (text: string) => findMentions(text, { asOf: "2019-11-10" }).filter((m) => m.value?.type === "quantity" && m.value.unit === "percent");

describe("must not match: periods of a game read as parts of the year", () => {
  it.each([
    "Ortiz threw an interception late in the fourth quarter and the Owls lost.",
    "The Hawks scored twice in the second quarter to lead at the break.",
    "A fumble in the first half cost the visitors a field goal.",
    "Lane returned the second-half kickoff from deep in his end zone.",
    "It was his third fourth-quarter comeback of the season.",
    "The Larks tied the game in the third quarter on a long drive.",
    "Being ahead now is like leading in the fourth quarter of a hockey game.",
    "The Owls made the playoffs on a second-half surge.",
  ])("%s", (text) => {
    expect(dates(text).filter((m) => /quarter|half/i.test(m.text))).toEqual([]);
  });
});

describe("must match: quarters and halves of a year", () => {
  it.each([
    ["Profit fell 4 percent in the fourth quarter, the company said.", "the fourth quarter"],
    ["Sales at the team's owner rose in the third quarter.", "the third quarter"],
    ["The bridge will open in the third quarter.", "the third quarter"],
    ["Output rose in the fourth quarter of 2018 as orders picked up.", "the fourth quarter of 2018"],
  ])("%s → %s", (text, want) => {
    expect(dates(text).map((m) => m.text)).toContain(want);
  });
});

describe("quarters of play are no months, nor shares", () => {
  it.each([
    "It was the Owls' first touchdown in seven quarters of play.",
    "Lane led his fifth four-quarter comeback of the season.",
  ])("%s", (text) => {
    expect(durations(text).filter((m) => /quarter/i.test(m.text))).toEqual([]);
    expect(shares(text).filter((m) => /quarter/i.test(m.text))).toEqual([]);
  });
  it.each([
    ["The plant ran for three quarters at full output.", "three quarters"],
    ["Earnings grew for two quarters in a row.", "two quarters"],
  ])("a length of quarters of a year stays: %s", (text, want) => {
    expect(durations(text).map((m) => m.text)).toContain(want);
  });
  it("a fraction below one whole stays a share: 'three quarters of the seats'", () => {
    expect(shares("The party won three quarters of the seats.").map((m) => m.text)).toContain("three quarters");
  });
});
