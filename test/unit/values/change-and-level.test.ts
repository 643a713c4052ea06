/**
 * "X to Y" after a move: a change and the level it reached, not one range.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";

type Row = [text: string, min: number | null, max: number | null, unit: string];

const rows = (sentence: string): Row[] =>
  findQuantities(sentence).flatMap((m) => (m.value?.type === "quantity" ? [[m.text, m.value.min, m.value.max, m.value.unit] as Row] : []));

describe("a change and a level", () => {
  // must: two figures, the move and the level
  it.each<[sentence: string, change: Row, level: string]>([
    ["The Varnell index had lost 310.5 points, or 3.12% to 9540.20, by noon.", ["3.12%", 3.12, 3.12, "percent"], "9540.20"],
    ["The Ostrava composite has fallen by 2.71% to 1984.06, while bonds held.", ["2.71%", 2.71, 2.71, "percent"], "1984.06"],
    ["The Kelso 40 rose seven per cent to 812.400 in late trading.", ["seven per cent", 7, 7, "percent"], "812.400"],
    ["Its shares were up 4.5% to 63.10 on the news.", ["4.5%", 4.5, 4.5, "percent"], "63.10"],
    ["Brandt Mills stock fell $1.35 to $18.40 after the report.", ["$1.35", 1.35, 1.35, "USD"], "$18.40"],
    ["The Tarrow average climbed 145 to 11,260 on Friday.", ["145", 145, 145, ""], "11,260"],
    ["Quarterly sales rose $40 million to $900 million.", ["$40 million", 40_000_000, 40_000_000, "USD"], "$900 million"],
  ])("%s", (sentence, change, level) => {
    const found = rows(sentence);
    expect(found).toContainEqual(change);
    expect(found.map((r) => r[0])).toContain(level);
  });

  // must not: ranges of one kind, the unit told once, or opened by "from"/"between"
  it.each<[sentence: string, range: Row]>([
    ["Analysts expect the shares to fall 2 to 3 percent this week.", ["2 to 3 percent", 2, 3, "percent"]],
    ["Fares rose 5 to 10 percent across the network.", ["5 to 10 percent", 5, 10, "percent"]],
    ["Tickets cost $10 to 15 at the door.", ["$10 to 15", 10, 15, "USD"]],
    ["The bill would cost $3-4 billion over a decade.", ["$3-4 billion", 3_000_000_000, 4_000_000_000, "USD"]],
    ["Output grew 3 to 4 million tonnes a year.", ["3 to 4 million tonnes", 3_000_000, 4_000_000, "t"]],
    ["The rate climbed from 2% to 9% in a year.", ["from 2% to 9%", 2, 9, "percent"]],
    ["Turnout reached 60% to 70% in the north.", ["60% to 70%", 60, 70, "percent"]],
  ])("%s", (sentence, range) => {
    expect(rows(sentence)).toContainEqual(range);
  });
});
