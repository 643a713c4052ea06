/**
 * Ranges whose ends are told as bounds ("between a minimum of 5 and 9", "from as little as 5 to as
 * much as 9"), and ranges whose low end is written in full beside a scaled high end ("$412,000 to
 * $2.5 million"): one range from the low end to the high one.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";

type Row = [sentence: string, text: string, min: number | null, max: number | null, qualifier: string | null];

const rows = (sentence: string) => findQuantities(sentence).map((m) => (m.value?.type === "quantity" ? [m.text, m.value.min, m.value.max, m.value.qualifier] : [m.text]));

describe("ranges told with bounds", () => {
  it.each<Row>([
    ["the bonus could come to between a minimum of $52,000 to $2.5 million a year", "between a minimum of $52,000 to $2.5 million", 52_000, 2_500_000, null],
    ["fines range between a minimum of 200 and 700 euros", "between a minimum of 200 and 700 euros", 200, 700, null],
    ["rooms cost from as little as 35 to as much as 90 pounds a night", "from as little as 35 to as much as 90 pounds", 35, 90, null],
    ["the pay runs from a low of $14 to a high of $31 an hour", "from a low of $14 to a high of $31", 14, 31, null],
    ["the estate sold for between $412,000 and $2.5 million", "between $412,000 and $2.5 million", 412_000, 2_500_000, null],
    ["crowds of 20,000 to 1.2 million were counted", "20,000 to 1.2 million", 20_000, 1_200_000, null],
    // the low end still takes the high end's scale when it is told short
    ["between 3 and 5 million dollars", "between 3 and 5 million dollars", 3_000_000, 5_000_000, null],
  ])("%s", (sentence, text, min, max, qualifier) => {
    expect(rows(sentence)).toContainEqual([text, min, max, qualifier]);
  });

  // must not: a bound with no range opener stays a bound; "and" with no "between" joins no range
  it.each<Row>([
    ["a minimum of $650 was due, and $900 later", "a minimum of $650", 650, null, "at least"],
    ["she won a minimum of 4 and lost 7", "a minimum of 4", 4, null, "at least"],
  ])("%s", (sentence, text, min, max, qualifier) => {
    expect(rows(sentence)).toContainEqual([text, min, max, qualifier]);
  });

  it("a bound after 'between' with nothing to pair keeps its bound", () => {
    expect(rows("it sits between a minimum of 40 players, the league says")).toContainEqual(["a minimum of 40", 40, null, "at least"]);
  });
});

describe("a plain number before a scaled figure makes no range", () => {
  // must not: a year (or any plain number) before "to $X billion" is no low end told in full
  it.each([
    ["the deficit fell from $4.1 billion in 1971 to $2.2 billion in 1972", "$2.2 billion"],
    ["outlays will rise from 8 million dollars in the fiscal year 1952 to 11 million dollars", "11 million dollars"],
  ])("%s", (sentence, text) => {
    expect(rows(sentence).map((r) => r[0])).toContain(text);
  });
});
