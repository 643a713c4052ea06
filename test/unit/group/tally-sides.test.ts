/**
 * A report that states a running total and one happening's figure of one frame tells them apart
 * itself (tally-sides.ts): the two figures are two occurrences, other reports' figures join the
 * side whose marker they share, and a figure of no side bridges neither. Sentences written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import { fitsSides, storiesTellingBoth, tallySide } from "../../../src/group/tally-sides.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

/** A count of defects found, at `text` of `sentence`, in `document`. */
const defects = (sentence: string, text: string, n: number, document: string): Claim =>
  frameRead(sentence, text, n, { counted: "defect", lemma: "find" }, document);

describe("the side a figure's sentence gives it", () => {
  it.each([
    ["In all, 41 defects have been found in the six checks so far.", "41", "total"],
    ["Inspectors have found a total of 41 defects.", "41", "total"],
    ["Thus far the crews have found 41 defects.", "41", "total"],
    ["Crews have found 41 defects to date, the agency said.", "41", "total"],
    ["The crews found 41 defects in their six inspections.", "41", "total"],
    ["The crews found 41 defects during the six inspections they carried out.", "41", "total"],
    ["Varga has 17 goals this season.", "17", "total"],
    ["Varga scored 17 goals over 12 matches.", "17", "total"],
    ["Inspectors found 8 defects during Monday's check.", "8", "one"],
    ["During the inspection, 8 defects were found.", "8", "one"],
    ["The crews found 8 defects on Tuesday.", "8", "one"],
    ["Varga scored 2 goals in Sunday's match.", "2", "one"],
    ["Police seized 6 rifles in the raid.", "6", "one"],
    ["Police seized 6 rifles from the boat.", "6", "one"],
    ["Police took 6 rifles from a parked car.", "6", "one"],
  ])("%s", (s, t, side) => {
    expect(tallySide(defects(s, t, Number(t), "a.txt"))).toBe(side);
  });

  it.each([
    ["Inspectors found 8 defects.", "8"],
    // both sides' markers: which one the figure keeps is not read
    ["On Monday the crews found a total of 41 defects.", "41"],
    // not totals: "in all" of a phrase, one operation's noun after a count of another thing
    ["In all likelihood 41 defects will be found.", "41"],
    ["Crews found 41 defects in all of Tarvel's depots.", "41"],
    ["The crews found 41 defects in three hours.", "41"],
    // many boats may be many searches
    ["Police seized 6 rifles from the boats.", "6"],
  ])("no side: %s", (s, t) => {
    expect(tallySide(defects(s, t, Number(t), "a.txt"))).toBeNull();
  });
});

describe("a report that tells both sides", () => {
  const single = defects("Inspectors found 8 defects during Monday's check at the Orlin yard.", "8", 8, "a.txt");
  const total = defects("In all, 41 defects have been found in the six checks so far.", "41", 41, "a.txt");
  const otherSingle = defects("During the check, 8 defects were found, an inspector said.", "8", 8, "b.txt");
  const otherTotal = defects("The crews have found a total of 41 defects to date.", "41", 41, "c.txt");
  const lowerTotal = defects("So far 39 defects have been found, the agency said.", "39", 39, "d.txt");
  const plain = defects("Inspectors found 20 defects at the Orlin yard.", "20", 20, "e.txt");
  const plainEight = defects("Inspectors found 8 defects at the Orlin yard.", "8", 8, "f.txt");

  it("must find the story of a report that states both, and only it", () => {
    expect(storiesTellingBoth([single, total])).toEqual(new Set(["s-1"]));
    // two reports, one of each side: no report tells both
    expect(storiesTellingBoth([single, otherTotal])).toEqual(new Set());
    // one sentence with both figures is not read here
    const both = "Inspectors found 8 defects during Monday's check, and 41 in all.";
    expect(storiesTellingBoth([defects(both, "8", 8, "g.txt"), defects(both, "41", 41, "g.txt")])).toEqual(new Set());
    // one figure of both sides: one figure, not two
    const again = defects("During the six checks so far, 8 defects were found.", "8", 8, "a.txt");
    expect(storiesTellingBoth([single, { ...again, sentence: "Inspectors found 8 defects during Monday's check." }])).toEqual(new Set());
  });

  it("must part two sides, and a figure of no side from a different one of a side", () => {
    expect(fitsSides([single], total)).toBe(false);
    expect(fitsSides([otherSingle, single], otherTotal)).toBe(false);
    expect(fitsSides([single], plain)).toBe(false);
    expect(fitsSides([total, otherTotal], plain)).toBe(false);
    // a figure of no side that stands with its side's own figure holds the side to it
    expect(fitsSides([single, plainEight], defects("During the check, 9 defects were found.", "9", 9, "h.txt"))).toBe(true);
    expect(fitsSides([plain], single)).toBe(false);
  });

  it("must not part one side's figures, nor a figure of no side from the same one of a side", () => {
    expect(fitsSides([single], otherSingle)).toBe(true);
    expect(fitsSides([total, otherTotal], lowerTotal)).toBe(true);
    expect(fitsSides([single], plainEight)).toBe(true);
    expect(fitsSides([plainEight], single)).toBe(true);
    expect(fitsSides([plainEight], plain)).toBe(true);
  });

  it("must not set the total against one check's figure; other reports join the side they share", () => {
    const found = judge([single, total, otherSingle, otherTotal, lowerTotal, plain, plainEight]);
    expect(relation(found, single, total)).toEqual([]);
    expect(relation(found, otherSingle, otherTotal)).toEqual([]);
    expect(relation(found, single, otherSingle)).toEqual(["agree"]);
    expect(relation(found, single, plainEight)).toEqual(["agree"]);
    expect(relation(found, total, otherTotal)).toEqual(["agree"]);
    expect(relation(found, total, lowerTotal)).toEqual(["diverge"]);
    // the plain 20 could be either: it bridges neither side
    expect(relation(found, plain, single)).toEqual([]);
    expect(relation(found, plain, total)).toEqual([]);
    expect(found.filter((f) => f.verdict === "contradict")).toEqual([]);
  });

  it("must still set them against each other when no report tells both", () => {
    const found = judge([otherSingle, otherTotal]);
    expect(relation(found, otherSingle, otherTotal)).not.toEqual([]);
  });
});

describe("a figure of one happening's own marker, against one side told by a report of both", () => {
  const rifles = (sentence: string, text: string, n: number, document: string): Claim =>
    frameRead(sentence, text, n, { counted: "rifle", lemma: "seize" }, document);
  const raid = rifles("During the raid, six rifles were seized, an officer said.", "six", 6, "a.txt");
  const total = rifles("Police have seized a total of 14 rifles in four raids.", "14", 14, "a.txt");
  const boat = rifles("Police seized 14 rifles from the boat, Dorne said.", "14", 14, "b.txt");
  it("must set the other figure of one happening against the raid's, not against the total", () => {
    const found = judge([raid, total, boat]);
    expect(relation(found, raid, boat)).toEqual(["diverge"]);
    // (one figure told alike may still agree across occurrences: same-figure.ts)
    expect(relation(found, total, boat).filter((v) => v !== "agree")).toEqual([]);
    expect(relation(found, raid, total)).toEqual([]);
  });
});
