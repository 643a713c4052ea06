/**
 * The number in an index's or a list's name: with what the index is of between the name and
 * "index" ("the Harwick 300 stock market index"), and the name told again without its kind in the
 * same text ("… the Harwick 300 fell 2%"). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const values = (text: string): string[] =>
  findMentions(text, { asOf: "2020-06-30" })
    .filter((m) => m.value !== null)
    .map((m) => m.text);

describe("an index's name and number", () => {
  // must: the number of the name is no value; the figures around it are
  it.each<[text: string, gone: string, kept: string]>([
    ["The Harwick 300 stock index has fallen 12% since May.", "300", "12%"],
    ["The Ostrava 45 stock market index lost 3.1% on Monday.", "45", "3.1%"],
    ["The Brisk 75 share index rose 40 points.", "75", "40"],
    ["The Harwick 300 index slipped. Later the Harwick 300 fell 2.2%, or 61 points.", "300", "2.2%"],
    ["Trading in the Keld 50 index was thin; by noon the Keld 50 was down 1.4%.", "50", "1.4%"],
  ])("%s", (text, gone, kept) => {
    const found = values(text);
    expect(found).not.toContain(gone);
    expect(found).toContain(kept);
  });

  // must not: a count beside a name that no index or list in the text carries
  it.each<[text: string, kept: string]>([
    ["The Keld 50 index fell. Keld 50 volunteers cleared the beach.", "50"],
    ["The Harwick 300 index rose 2%, and Harwick 3000 traders cheered.", "3000"],
    ["Farmers in Brill 40 miles away lost crops.", "40 miles"],
    ["The Brisk 75 share index rose 75 points.", "75"],
  ])("%s", (text, kept) => {
    expect(values(text)).toContain(kept);
  });
});

describe("a camel-case product name and its model number", () => {
  // must: the model number is no value
  it.each<[text: string, gone: string]>([
    ["Brandt showed the eSlate 3 at the fair in Keld.", "3"],
    ["The firm released iNote'12, a suite for $59.", "12"],
  ])("%s", (text, gone) => {
    expect(values(text)).not.toContain(gone);
  });
  // must not: a count after such a name, a count of such things
  it.each<[text: string, kept: string]>([
    ["The eSlate 3 sold 240,000 units in a week.", "240,000"],
    ["Brandt sold 3 eSlates to the school.", "3"],
  ])("%s", (text, kept) => {
    expect(values(text)).toContain(kept);
  });
});
