/**
 * Counts of results as sport reports tell them (src/values/quantity/records.ts): a run of
 * consecutive results told as an ordinal, the way results were won after a count, and a run
 * whose noun is left out. Sentences written for this test; the values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2023-05-06" });
const at = (text: string, written: string): Mention | undefined => mentions(text).find((m) => m.text === written);

describe("an ordinal run of results is a count: must match", () => {
  it.each<[string, string, number, string]>([
    ["Nia Castell won her ninth straight fight on Friday.", "ninth", 9, "fight"],
    ["The Rovers lifted a fifth consecutive title.", "fifth", 5, "title"],
    ["It was the Harriers' third successive defeat.", "third", 3, "defeat"],
    ["Keld won their 12th game in a row at home.", "12th", 12, "game"],
    ["Prices rose for the fourth year running.", "fourth", 4, "year"],
    ["Ada Moss took her 21st straight set.", "21st", 21, "set"],
  ])("%s → %s is %d %s", (text, written, n, unit) => {
    const m = at(text, written);
    expect(m?.kind).toBe("quantity");
    expect(m?.value).toMatchObject({ type: "quantity", min: n, max: n, unit });
  });

  it.each<[string, string, number]>([
    // the noun left out: the count stands alone
    ["Brill beat Hale for a 10th straight.", "10th", 10],
    ["That makes it seven in a row for Keld, and Brill's sixth in a row.", "sixth", 6],
  ])("%s → %s is a count of %d", (text, written, n) => {
    const m = at(text, written);
    expect(m?.kind).toBe("quantity");
    expect(m?.value).toMatchObject({ min: n, max: n });
  });
});

describe("an ordinal that ranks is no count: must not match", () => {
  it.each<[string, string]>([
    ["The referee stopped it in the ninth round.", "ninth"],
    ["It was her 12th title of a long career.", "12th"],
    ["Keld scored twice in the second half.", "second"],
    ["The fourth running back fumbled.", "fourth"],
    ["He played a third straight-sets match.", "third"],
  ])("%s → %s stays a rank", (text, written) => {
    expect(at(text, written)?.kind).toBe("ordinal");
  });
});

describe("a run whose noun is left out takes the noun of the ordinal before it in its sentence", () => {
  it.each<[string, string, string]>([
    ["It was her 30th victory, 22 by knockout, and her ninth in a row.", "ninth", "victory"],
    ["Keld won a fourth straight title and their 11th in a row at home.", "11th", "title"],
  ])("%s → %s counts %s", (text, written, unit) => {
    expect(at(text, written)?.value).toMatchObject({ unit });
  });
  it("not across a sentence end", () => {
    expect(at("It was her 30th victory. This was her ninth in a row.", "ninth")?.value).toMatchObject({ unit: "" });
  });
});

describe("a count followed by the way its results were won counts that way's thing", () => {
  it.each<[string, string, string]>([
    ["Castell is 30-1, 22 by KO.", "22", "knockout"],
    ["She has 30 wins, 22 by way of knockout.", "22", "knockout"],
    ["He improves to 25-2 with 19 wins coming by way of knockout.", "19", "knockout"],
    ["Of his 40 victories, 12 came by decision and 9 by stoppage.", "9", "stoppage"],
    ["He has 14 victories by TKO.", "14", "knockout"],
  ])("%s → %s counts %s", (text, written, unit) => {
    expect(at(text, written)?.value).toMatchObject({ unit });
  });
  it.each<[string, string]>([
    // "by" and no way of winning: nothing changes
    ["Sales rose 31 by March.", "31"],
    ["The Rovers won 12 games by a wide margin.", "12"],
    ["Keld were beaten by 31 points.", "31"],
  ])("%s → %s is not a count of knockouts", (text, written) => {
    expect(at(text, written)?.value).not.toMatchObject({ unit: "knockout" });
  });
});
