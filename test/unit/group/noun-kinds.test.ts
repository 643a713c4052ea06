/**
 * Kinds of counted things: one count told with a narrower or a broader noun. Sentences written for
 * this test; which counts are one figure was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { broadestKind, kindNoun, oneKind } from "../../../src/group/noun-kinds.js";
import { sameFigure } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

function count(x: number, sentence: string, text: string, counted: string, predicate: string | null): Claim {
  return claim(qty(x, x, { nominal: x, unit: counted }), {
    rule: `frame:${predicate ?? "-"}/${counted}`,
    document: `d-${sentence.length}-${text}`,
    ...framedAt(sentence, text),
    claimFrame: {
      counted,
      predicate: predicate ? { lemma: predicate, voice: "active" } : null,
      participants: [],
      time: { tally: false, reportedAt: "2031-05-02" },
      attribution: null,
      modality: [],
    },
  });
}

describe("oneKind: the kinds table", () => {
  it.each([
    ["grandson", "grandchild"],
    ["granddaughter", "grandchild"],
    ["son", "child"],
    ["daughter", "child"],
    ["speedboat", "boat"],
    ["skiff", "vessel"],
    ["speedboat", "ship"],
    ["machine gun", "automatic rifle"],
    ["pistol", "gun"],
    ["rifle", "weapon"],
    ["undersea cable", "cable"],
    ["story", "article"],
  ])("%s and %s are one kind", (a, b) => {
    expect(oneKind(a, b)).toBe(true);
    expect(oneKind(b, a)).toBe(true);
  });

  it.each([
    ["son", "daughter"],
    ["grandson", "granddaughter"],
    ["son", "grandson"],
    ["rifle", "boat"],
    ["cable", "boat"],
    ["cable", "line"],
    ["story", "cable"],
    ["pirate", "brigand"],
    ["child", "grandchild"],
  ])("%s and %s are not", (a, b) => {
    expect(oneKind(a, b)).toBe(false);
    expect(oneKind(b, a)).toBe(false);
  });

  it("a compound of the table takes its modifier; others leave it", () => {
    expect(kindNoun("gun", ["machine"])).toEqual({ noun: "machine gun", rest: [] });
    expect(kindNoun("rifle", ["other", "automatic"])).toEqual({ noun: "automatic rifle", rest: ["other"] });
    expect(kindNoun("boat", ["pirate"])).toEqual({ noun: "boat", rest: ["pirate"] });
  });

  it("the broadest kind of a noun, or the noun with no entry", () => {
    expect(broadestKind("grandson")).toBe("grandchild");
    expect(broadestKind("speedboat")).toBe("vessel");
    expect(broadestKind("machine gun")).toBe("weapon");
    expect(broadestKind("pirate")).toBe("pirate");
  });
});

describe("sameFigure with the kinds table", () => {
  it("four grandsons and four grandchildren who survive one man are one figure", () => {
    const a = count(4, "Orlan Teska is survived by his wife and four grandchildren.", "four", "grandchild", "survive");
    const b = count(4, "His widow and four grandsons survive him.", "four", "grandson", "survive");
    expect(sameFigure(a, b)).toBe(true);
  });

  it("four sons and four daughters are never one figure; nor four grandsons and four granddaughters", () => {
    const sons = count(4, "The farmer raised four sons on the ridge.", "four", "son", "raise");
    const daughters = count(4, "The farmer raised four daughters on the ridge.", "four", "daughter", "raise");
    expect(sameFigure(sons, daughters)).toBe(false);
    const grandsons = count(4, "She leaves four grandsons.", "four", "grandson", "leave");
    const granddaughters = count(4, "She leaves four granddaughters.", "four", "granddaughter", "leave");
    expect(sameFigure(grandsons, granddaughters)).toBe(false);
  });

  it("three machine guns and three other automatic rifles of one haul are one figure", () => {
    const a = count(3, "Customs seized nine pistols and three machine guns at the port.", "three", "gun", "seize");
    const b = count(3, "Customs seized nine pistols and three other automatic rifles at the port.", "three", "rifle", "seize");
    expect(sameFigure(a, b)).toBe(true);
  });

  it("rifles and boats are never one figure, whatever their number", () => {
    const a = count(3, "The coastguard seized three rifles off Varn.", "three", "rifle", "seize");
    const b = count(3, "The coastguard seized three boats off Varn.", "three", "boat", "seize");
    expect(sameFigure(a, b)).toBe(false);
  });

  it("five smuggling boats and five cargo ships are told apart by what stands before the noun", () => {
    const a = count(5, "Five smuggling skiffs circled the tanker.", "Five", "skiff", "circle");
    const b = count(5, "The frigate escorted five cargo ships.", "five", "ship", "escort");
    expect(sameFigure(a, b)).toBe(false);
  });
});
