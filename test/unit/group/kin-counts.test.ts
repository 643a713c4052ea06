/**
 * How many children one parent has, told by reports that name the parent
 * in other ways or not at all ("Ana Roe, a mother of 9", "the gunmen killed a mother of 10",
 * "Roe walked with one of her 9 children"), may be set side by side within a story; two named
 * parents, or a mother and a father, may not. A count of children someone "had" is a count of
 * that person's children, and one figure of them told twice is one figure. Sentences written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import { mayDiffer, unitOf } from "../../../src/group/occurrence-topics.js";
import { oneParentsChildren } from "../../../src/group/kin-counts.js";
import { separates } from "../../../src/group/participants.js";
import { isKin } from "../../../src/group/counted-things.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

const figure = (text: string, value: string, story = "s-1"): Claim => {
  const c = claimsOfText(text, "2031-09-14").find((x) => x.text === value);
  if (!c) throw new Error(`no claim ${value} in ${text}`);
  return { ...c, story };
};

describe("counts of one parent's children meet", () => {
  it.each([
    ["Ana Roe, a mother of 9, died at the scene in Keld.", "9", "Two men went on trial for killing a mother of 10 outside a school.", "10"],
    ["Roe was the mother of 9 children.", "9", "Jarvis said a stray bullet struck the mother of 10 who was waiting at the gate.", "10"],
    ["Roe was walking with one of her 9 children when the shots rang out.", "9", "Ana Roe, a mother of 10, was buried on Friday.", "10"],
  ])("%s | %s", (t1, v1, t2, v2) => {
    const [a, b] = [figure(t1, v1), figure(t2, v2)];
    expect(oneParentsChildren(a, b)).toBe(true);
    expect(mayDiffer(a, b)).toBe(true);
    expect(separates(a, b, [], false)).toBe(false);
  });
});

describe("counts of two parents' children, or of other children, do not", () => {
  it.each([
    // a mother and a father
    ["Police named a mother of 9 as the victim.", "9", "A father of 10 was hurt in the crash.", "10", "s-1"],
    // two named mothers
    ["Ana Roe, a mother of 9, was hurt.", "9", "Lia Moss, a mother of 10, was hurt.", "10", "s-1"],
    // two stories
    ["Police named a mother of 9 as the victim.", "9", "A mother of 10 was hurt in the crash.", "10", "s-2"],
    // children hurt are nobody's count of children
    ["Police named a mother of 9 as the victim.", "9", "Ten children were hurt in the crash.", "Ten", "s-1"],
  ])("%s | %s", (t1, v1, t2, v2, story) => {
    expect(oneParentsChildren(figure(t1, v1), figure(t2, v2, story))).toBe(false);
  });
});

describe("children counted beside a spouse are the counts of the person the sentence is about", () => {
  const TARR = "Ivo Tarr ran the bakery on Mill Street for years. He leaves behind a wife and three children.";
  it("one person, told back by a pronoun in one and named in the other, meets", () => {
    expect(oneParentsChildren(figure(TARR, "three"), figure("Deputies described Tarr as a devoted father with a wife and three children.", "three"))).toBe(true);
  });
  it("two people, one told back by a pronoun and one named, do not", () => {
    expect(oneParentsChildren(figure(TARR, "three"), figure("Deputies described Velk as a devoted father with a wife and two teenaged children.", "two"))).toBe(false);
  });
});

describe("children a person had are that person's count of children", () => {
  it("is read in the unit of someone's children, and that unit is kin", () => {
    expect(unitOf(figure("Olsen had nine children by two marriages.", "nine"))).toBe("children");
    expect(isKin("children")).toBe(true);
    expect(isKin("person")).toBe(false);
  });
});

describe("a father and a woman's own children are two parents' counts", () => {
  it("'a father of 2' and 'the eldest of her 5 children' do not meet", () => {
    const a = figure("A deputy and father of 2 died after the shooting.", "2");
    const b = figure("Ina Sorel handed the photograph to the eldest of her 5 children.", "5");
    expect(oneParentsChildren(a, b)).toBe(false);
  });
});
