/** Names with digits as counted things: a figure before a model's name. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { modelAfter } from "../../../../src/extract/frames/model-names.js";
import { frame, readings } from "./helpers.js";

describe("a model's name in the plural is what a figure counts", () => {
  it.each([
    ["Customs officers found seven AK-47s in the lorry.", "seven", "ak-47"],
    ["The air force sent two F-16s to shadow the airliner.", "two", "f-16"],
    ["Varna Air bought three 747s from a rival carrier.", "three", "747"],
    ["Rebels had four MiG-29s at the old airfield.", "four", "mig-29"],
    ["Guards seized 11 M16s and a box of rounds.", "11", "m16"],
  ])("%s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it.each([
    // a model's name before a noun leaves the noun as the counted thing (the grouping reads the model)
    ["Customs officers found a dozen M16 rifles in the lorry.", "a dozen", "rifle"],
    ["Guards recovered 12 AK 47 guns from the hut.", "12", "gun"],
    // a count of ordinary things beside a model's name
    ["The navy seized two other rifles and seven AK-47s.", "two", "rifle"],
  ])("not a model: %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it("a number inside a name is no count of a model", () => {
    for (const sentence of ["Flight 370 left Perth on Sunday.", "The motel stands on Route 66.", "The AK-47 he carried was loaded."]) {
      expect(readings(sentence).filter((r) => r.counted !== null && /\d/.test(r.counted))).toEqual([]);
    }
  });
});

describe("modelAfter: the model named right after a figure", () => {
  it.each([
    [" AK-47s, three other rifles", "ak47"],
    [" AK 47 guns, two grenades", "ak47"],
    [" AK-47 assault rifles", "ak47"],
    [" F-16 fighters took off", "f16"],
    [" 747s were grounded", "747"],
    [" M16 rifles", "m16"],
  ])("%s", (rest, model) => {
    expect(modelAfter(rest)).toBe(model);
  });

  it.each([
    [" G7 leaders met in Rome"],
    [" US 10-year notes"],
    [" 1990s hits on the radio"],
    [" other rifles"],
    [" Route 66 motels"],
    [" A4 sheets of paper"],
  ])("none: %s", (rest) => {
    expect(modelAfter(rest)).toBeNull();
  });
});
