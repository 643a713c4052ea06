/**
 * Sentences the frame pass need not tag: every value a date that states none, and no "no" nor
 * "one" in their letters (frame-pass.ts claimsNothing). They give no framed value and change no
 * other sentence's reading; sentences written for this test, what each gives decided by reading it.
 * And a sentence tagged once is not tagged again for the one after it (taggedAsWritten).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { claimsNothing, framedValues, taggedAsWritten, taggerClock } from "../../../src/extract/frame-pass.js";
import { tagSentence } from "../../../src/extract/tag/tagger.js";
import { readCoreModel, winkModel } from "../../../src/extract/tag/wink-model.js";
import { lineStarts } from "../../../src/ingest/line-index.js";
import type { Mention, SourceDocument, TaggedToken } from "../../../src/types.js";
import { readings } from "./frames/helpers.js";

function doc(text: string): SourceDocument {
  return { path: "t.txt", text, sha256: "", date: "2024-03-08", dateSource: "flag", lineStarts: lineStarts(text) };
}

/** The framed values of a one-document text, and how many sentences the frame pass tagged for it. */
function framedAndTagged(text: string): { values: string[]; tagged: number } {
  const before = taggerClock.sentences;
  const values = framedValues(doc(text)).map((f) => f.mention.text);
  return { values, tagged: taggerClock.sentences - before };
}

describe("a sentence whose values all state no date is not tagged", () => {
  it.each([
    "The abbey at Keld dates to the 12th century.",
    "The Tarrow mill was built in the late 18th century.",
    "It was the third straight day of rain at Brenner.",
    "It was the fifth consecutive day of losses at Ostrava.",
  ])("%s → untagged, no value", (text) => {
    expect(framedAndTagged(text)).toEqual({ values: [], tagged: 0 });
  });

  it.each<[string, string]>([
    // a date to check beside the century
    ["The abbey, built in the 12th century, burned on Friday.", "Friday"],
    // a count beside it
    ["Some 300 monks lived at Keld in the 12th century.", "Some 300"],
  ])("%s → tagged, %s framed", (text, value) => {
    const got = framedAndTagged(text);
    expect(got.tagged).toBe(1);
    expect(got.values).toContain(value);
  });

  it.each([
    // "no", "none", "nobody", "one" (or those letters in a word: "stone", "known") may be a count the tags show
    "No abbey of the 12th century stands at Keld.",
    "One tower of the 12th century still stands.",
    "The stone abbey was known in the 12th century.",
    "None of the 12th-century walls stand.",
  ])("%s → tagged", (text) => {
    expect(framedAndTagged(text).tagged).toBe(1);
  });

  it("a sentence of such dates between a figure and a fragment: the fragment takes no noun over it", () => {
    // tagged or not, the sentence between reads no noun of a figure, so "38" counts nothing
    const text = "Ortiz set the club mark with 41 goals. The hall dates to the 14th century. Lind in 1990 with 38.";
    expect(readings(text).find((r) => r.value.mention.text === "38")?.counted ?? null).toBeNull();
    // while with a sentence of no value between, it does
    expect(readings("Ortiz set the club mark with 41 goals. Who was next? Lind in 1990 with 38.").find((r) => r.value.mention.text === "38")?.counted).toBe("goal");
  });
});

describe("claimsNothing", () => {
  const date = (text: string, pattern: string): Mention => ({ offset: 0, length: text.length, text, kind: "date", value: null, timex: null, relative: false, pattern });
  const count: Mention = { offset: 0, length: 3, text: "300", kind: "quantity", value: null, timex: null, relative: false, pattern: "quantity/digits" };
  const century = date("the 12th century", "date/century");
  const friday = date("Friday", "date/weekday");
  const none = (m: Mention): boolean => m.pattern === "date/century";
  it.each<[string, Mention[], string, boolean]>([
    ["a century alone", [century], "The abbey dates to the 12th century.", true],
    ["two such dates", [century, century], "Built in the 12th century, rebuilt in the 14th century.", true],
    ["no value", [], "The abbey stands at Keld.", false],
    ["a date to check too", [century, friday], "The abbey of the 12th century burned on Friday.", false],
    ["a count too", [century, count], "300 monks lived there in the 12th century.", false],
    ["a 'no'", [century], "No abbey of the 12th century stands.", false],
    ["a 'ONE' in capitals", [century], "ONE TOWER of the 12th century stands.", false],
  ])("%s → %s", (_what, values, read, expected) => {
    expect(claimsNothing(values, read, none)).toBe(expected);
  });
});

describe("every contraction of the model whose pieces hold 'one', 'no', 'none' or 'nobody' holds those letters itself", () => {
  it("reads each contraction of the lexicon", () => {
    const require = createRequire(import.meta.url);
    const core = readCoreModel() as { features: { lexeme: { list: string[]; intrinsicSize: number } } };
    const cache = (require("wink-nlp/src/cache.js") as (m: unknown, f: unknown) => { lookup(t: string): number[] | null })(core, winkModel(() => core).featureFn);
    const list = core.features.lexeme.list;
    let contractions = 0;
    const pieceWords: string[] = [];
    for (let i = 0; i < core.features.lexeme.intrinsicSize; i++) {
      const found = cache.lookup(list[i]!);
      if (found === null || found.length === 1) continue;
      contractions++;
      for (let k = 0; k < found.length; k += 4) {
        const piece = list[found[k]!]!;
        if (/^(?:one|no|none|nobody)$/i.test(piece) && !/no|one/i.test(list[i]!)) pieceWords.push(`${list[i]} → ${piece}`);
      }
    }
    expect(contractions).toBeGreaterThan(100);
    expect(pieceWords).toEqual([]);
  });
});

describe("taggedAsWritten", () => {
  const tokens: TaggedToken[] = tagSentence("The Keld Rovers made an offer on Monday.");
  it("gives the tokens of a sentence tagged as written", () => {
    expect(taggedAsWritten("The Keld Rovers made an offer on Monday.", { read: "The Keld Rovers made an offer on Monday.", tokens })).toBe(tokens);
  });
  it("not: a sentence tagged in another writing, or not tagged", () => {
    expect(taggedAsWritten("THE CLUB made an offer on Monday.", { read: "The club made an offer on Monday.", tokens })).toBeNull();
    expect(taggedAsWritten("The Keld Rovers made an offer on Monday.", undefined)).toBeNull();
  });
  it("a sentence tagged for its own value gives the one after it its offerer", () => {
    const agents = readings("Brill United made Ann Cole an offer on Monday. The deal could be worth up to $9 million.")
      .filter((r) => r.value.mention.text.endsWith("$9 million"))
      .flatMap((r) => r.participants.filter((p) => p.role === "agent").map((p) => p.key));
    expect(agents).toEqual(["brill united"]);
  });
});
