/**
 * Known gaps of the numeric grammar, kept visible. `it.fails` rows fail today and pass (turning
 * the test red) once the grammar handles them; move them into test/unit/values then.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/values/quantity/index.js";

const first = (text: string) => findQuantities(text).find((m) => m.kind === "quantity");

describe("backlog: numeric grammar", () => {
  it.fails("'one in five Afghans' is 20 percent of Afghans", () => {
    expect(first("one in five Afghans")).toMatchObject({ text: "one in five", value: { nominal: 20, unit: "percent" }, counted: "afghans" });
  });
  it.fails("'1/3 of the refugees' is a fraction (without reading 9/11 as one)", () => {
    expect(first("1/3 of the refugees")).toMatchObject({ value: { unit: "percent" }, counted: "refugees" });
  });
  it.fails("'a 300,000-strong force' counts the force's members", () => {
    expect(first("a 300,000-strong force")).toMatchObject({ text: "300,000-strong", value: { unit: "person" }, counted: "force" });
  });
  it.fails("'a twofold rise' is a multiplier", () => {
    expect(first("a twofold rise")).toMatchObject({ value: { nominal: 2, unit: "times" } });
  });
  it.fails("'2 800 people' (space as thousands separator) is 2,800", () => {
    expect(first("2 800 people")).toMatchObject({ value: { nominal: 2800 } });
  });
  it.fails("'Rs 500' in an Indian article is INR, not PKR", () => {
    expect(first("In Mumbai, tickets cost Rs 500")).toMatchObject({ value: { unit: "INR" } });
  });
  it.todo("'tripled to 3,000' / 'more than doubled': changes are read as their end value only");
  it.todo("counted nouns after a verb-like plural ('3 million Afghans live') rely on the first plural word");
});
