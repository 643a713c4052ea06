/**
 * An adverb of degree between a count and a participle that qualifies the plural noun after it
 * ("13 fully loaded magazines") opens the counted phrase instead of ending it. Sentences written for
 * this test (invented places and figures); the expected units were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const countOf = (text: string, written: string) => findMentions(text, { asOf: "2020-06-30" }).find((m) => m.kind === "quantity" && m.text === written);

describe("must count the noun after the adverb and the participle", () => {
  it.each<[string, string, string]>([
    ["Customs found 13 fully loaded magazines in the van at Harlow.", "13", "magazine"],
    ["Three heavily armed men stormed the depot in Tarn.", "Three", "person"],
    ["The storm left 40 badly damaged homes in Vell.", "40", "home"],
    ["The council swore in 7 newly elected members on Friday.", "7", "person"],
  ])("%s", (text, written, unit) => {
    expect(countOf(text, written)?.value).toMatchObject({ unit });
  });
});

describe("must not: no participle and plural noun after the adverb", () => {
  it.each<[string, string]>([
    // no noun after the participle
    ["Some 300 recently arrived at the camp in Oska.", "Some 300"],
    // no participle after the adverb
    ["Shares of Dunmore rose 12 sharply on Monday.", "12"],
    // the participle takes an object
    ["Of the rebels, 5 quickly crossed the river.", "5"],
  ])("%s", (text, written) => {
    expect(countOf(text, written)?.value).toMatchObject({ unit: "" });
  });
});
