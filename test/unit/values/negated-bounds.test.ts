/**
 * A bound said not to be passed is a ceiling: "not exceeding 900 men", "not to exceed $5 million"
 * give at most the figure, never more than it. Sentences written for this test (invented bodies).
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const valueOf = (text: string) => findMentions(text, { asOf: "2020-06-30" }).find((m) => m.kind === "quantity")?.value;

describe("must read a ceiling", () => {
  it.each([
    ["The act lets the guard grow to a force not exceeding 900 men.", 900],
    ["The grant is not to exceed $5 million a year.", 5000000],
    ["Fines not in excess of $400 may be levied.", 400],
  ])("%s", (text, max) => {
    expect(valueOf(text)).toMatchObject({ max, min: null, qualifier: "up to" });
  });
});

describe("must not: a bound passed", () => {
  it.each([
    ["Costs exceeding $4 million were paid by Vell.", 4000000],
    ["The crowd was not small: over 900 people came.", 900],
  ])("%s", (text, min) => {
    expect(valueOf(text)).toMatchObject({ min, max: null, qualifier: "over" });
  });
});
