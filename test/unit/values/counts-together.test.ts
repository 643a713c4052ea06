/**
 * Counts read together: composites ("two women and one man" → 3 people, with its parts),
 * partitives ("three of the five hostages" → 3, of a whole of 5 that is not a figure of its own; "two of
 * her five sons" → 2, and the 5 a figure of its own)
 * and increments ("two more victims"). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const quantities = (text: string): Mention[] => findMentions(text, { asOf: "2020-06-30" }).filter((m) => m.kind === "quantity");
const brief = (m: Mention) => ({ text: m.text, nominal: m.value?.type === "quantity" ? m.value.nominal : null, unit: m.value?.type === "quantity" ? m.value.unit : null });

describe("composite counts", () => {
  it.each<[string, string, number, [string, number][]]>([
    ["Two women and one man died in the blaze.", "Two women and one man", 3, [["Two", 2], ["one", 1]]],
    ["Three adults and two children were hurt.", "Three adults and two children", 5, [["Three", 3], ["two", 2]]],
    ["Two nurses, one doctor and a driver were killed.", "Two nurses, one doctor and a driver", 4, [["Two", 2], ["one", 1], ["a", 1]]],
    ["A man and two boys were arrested.", "A man and two boys", 3, [["A", 1], ["two", 2]]],
    ["Police said a man and a woman were killed.", "a man and a woman", 2, [["a", 1], ["a", 1]]],
    ["The blast killed a girl and an elderly man.", "a girl and an elderly man", 2, [["a", 1], ["an", 1]]],
  ])("%s", (text, written, total, parts) => {
    const found = quantities(text);
    expect(found.map(brief)).toEqual([{ text: written, nominal: total, unit: "person" }]);
    expect(found[0]!.parts!.map((p) => [p.text, p.value?.type === "quantity" ? p.value.nominal : null])).toEqual(parts);
    for (const p of found[0]!.parts!) expect(p.value).toMatchObject({ unit: "person" });
  });

  it("bounds add up: at least two women and a man are at least three people", () => {
    expect(quantities("At least two women and a man died.")[0]!.value).toMatchObject({ min: 3, max: null });
  });

  it.each([
    "A man and a woman walked into the shop.", // not counted by the sentence
    "Two women and their dog were rescued.", // "their dog" is no count of people
    "Three people - two women and a man - were killed.", // the apposition is its own composite
  ])("not one count of the whole list: %s", (text) => {
    const found = quantities(text);
    if (text.startsWith("Three")) expect(found.map(brief)).toEqual([{ text: "Three", nominal: 3, unit: "person" }, { text: "two women and a man", nominal: 3, unit: "person" }]);
    else expect(found.filter((m) => m.pattern === "quantity/composite")).toEqual([]);
  });

  it("a list after a comma that spells out the count before it is not added to it", () => {
    expect(quantities("Police said at least four people, a man and three women, were hurt.").map(brief)).toEqual([
      { text: "at least four", nominal: 4, unit: "person" },
      { text: "a man and three women", nominal: 4, unit: "person" },
    ]);
    expect(quantities("Two guards, a man and a woman, were shot.").map((m) => m.text)).toEqual(["Two", "a man and a woman"]);
  });

  it("capitalized things in a list are not people: '12 Helmets, 30 Batons and 9 Rifles'", () => {
    expect(quantities("Police took 12 Helmets, 30 Batons and 9 Rifles.").filter((m) => m.value?.type === "quantity" && m.value.unit === "person")).toEqual([]);
    // while capitalized peoples are: "12 Britons and 30 Danes"
    expect(quantities("12 Britons and 30 Danes were rescued.")[0]).toMatchObject({ text: "12 Britons and 30 Danes", value: { nominal: 42, unit: "person" } });
  });

  it("counts of different things are not added up", () => {
    expect(quantities("Two trucks and three cars were burned.").map((m) => m.text)).toEqual(["Two", "three"]);
    expect(quantities("12 people were killed and 30 injured.").map((m) => m.text)).toEqual(["12", "30"]);
  });
});

describe("partitives", () => {
  it("three of the five hostages: 3 hostages of a whole of 5, and the 5 is not listed", () => {
    const found = quantities("Three of the five hostages were freed on Monday.");
    expect(found.map(brief)).toEqual([{ text: "Three", nominal: 3, unit: "person" }]);
    expect(found[0]!.counted).toBe("hostages");
    expect(found[0]!.whole).toMatchObject({ text: "five", value: { nominal: 5 }, counted: "hostages" });
  });

  it.each<[string, string, number, string]>([
    ["Two of the victims were children.", "Two", 2, "victims"],
    ["4 out of 10 voters agreed", "4", 4, "voters"],
  ])("%s", (text, written, nominal, counted) => {
    const found = quantities(text).filter((m) => m.text === written);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: { nominal }, counted });
  });

  // a whole told with a possessive ("of her", "of their") is a figure of its own: its holder has that many
  it.each<[string, string, number, string]>([
    ["Two of her five sons joined the navy.", "Two", 5, "sons"],
    ["Two of their three cars were stolen in Lyon.", "Two", 3, "cars"],
    ["The nurse was the mother of four of his nine children.", "four", 9, "children"],
  ])("possessive whole, listed on its own: %s", (text, part, whole, counted) => {
    const found = quantities(text);
    expect(found.map((m) => m.text)).toEqual([part, found[1]!.text]);
    expect(found[1]).toMatchObject({ value: { nominal: whole }, counted });
    expect(found[0]!.whole).toMatchObject({ value: { nominal: whole } });
  });
  it.each(["Three of the five hostages were freed.", "Two of those four ships sank.", "One of all 12 jurors dissented."])(
    "a whole after an article or a demonstrative is not listed: %s",
    (text) => {
      expect(quantities(text)).toHaveLength(1);
    },
  );

  it("a share of a whole is no partitive count: 'half of the 300 workers' keeps the 300", () => {
    expect(quantities("Half of the 300 workers were laid off.").map((m) => m.text)).toContain("300");
  });
});

describe("increments", () => {
  it.each<[string, string, number, string | null]>([
    ["Rescuers found two more victims on Sunday.", "two", 2, "victims"],
    ["A further 300 troops were sent.", "300", 300, "troops"],
    ["Another 12 people died overnight.", "12", 12, "people"],
    ["an additional 50 soldiers", "50", 50, "soldiers"],
    ["Police arrested 20 more.", "20", 20, null],
  ])("%s", (text, written, nominal, counted) => {
    const m = quantities(text).find((x) => x.text === written)!;
    expect(m).toMatchObject({ increment: true, value: { nominal }, counted });
  });

  it.each(["12 more than last year", "They killed 12 people.", "five other bank workers"])("not an increment: %s", (text) => {
    for (const m of quantities(text)) expect(m.increment).toBeUndefined();
  });

  it("the noun after 'more' is what is counted, and it may be people", () => {
    expect(quantities("Rescuers found two more victims.")[0]!.value).toMatchObject({ unit: "person" });
  });
});
