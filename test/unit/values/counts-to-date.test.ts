/**
 * An ordinal of the latest of a kind within a span that runs to now is a count to date
 * (src/values/quantity/records.ts readToDate): "her 12th goal of the season" is 12 goals this
 * season. Sentences written for this test; the values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const at = (text: string, written: string): Mention | undefined => findMentions(text, { asOf: "2031-10-13" }).find((m) => m.text === written);

describe("an ordinal within a span to date is a count: must match", () => {
  it.each<[string, string, number, string]>([
    ["Mara Velde scored her 12th goal of the season on Friday.", "12th", 12, "goal"],
    ["The kick sealed Reyes's fifth late comeback this season.", "fifth", 5, "comeback"],
    ["It was the club's third title of the year.", "third", 3, "title"],
    ["Okoro made his 40th start of his career at the weekend.", "40th", 40, "start"],
  ])("%s → %s is %d %s", (text, written, n, unit) => {
    const m = at(text, written);
    expect(m?.kind).toBe("quantity");
    expect(m?.value).toMatchObject({ type: "quantity", min: n, max: n, unit });
  });
});

describe("an ordinal with no span to date is a rank: must not match", () => {
  it.each<[string, string]>([
    ["The fifth round went to the champion.", "fifth"],
    ["Velde scored her 12th goal in the first half.", "12th"],
    ["It was the 12th goal of the game.", "12th"],
    ["They led early in the third quarter of the season opener.", "third"],
  ])("%s (%s)", (text, written) => {
    expect(at(text, written)?.kind).toBe("ordinal");
  });
});
