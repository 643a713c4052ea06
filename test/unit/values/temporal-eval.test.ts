/**
 * The TIMEX evaluation: corpus readers and TempEval-3 scoring math on tiny hand-made gold files
 * (fixtures/values/timex-eval/), where the true positives, false positives and misses are known.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMeantime } from "../../../src/values/temporal/evaluation/meantime.js";
import { type SystemTimex, ZERO, addCounts, scoreDocument, scores } from "../../../src/values/temporal/evaluation/score.js";
import { folds, parseNames, selectDocuments, subCorpusOf } from "../../../src/values/temporal/evaluation/subsets.js";
import { systemTimexes } from "../../../src/values/temporal/evaluation/system.js";
import { readTimex2Inline, timex2Value } from "../../../src/values/temporal/evaluation/timex2.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/values/timex-eval");
const talks = readTimex2Inline(readFileSync(join(FIXTURES, "timex2-inline/talks.key.xml"), "utf8"), "talks");

function sys(text: string, phrase: string, value: string, type: SystemTimex["type"] = "DATE", nth = 0): SystemTimex {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`no "${phrase}" in the fixture`);
  return { start, end: start + phrase.length, type, value, text: phrase };
}

describe("TIMEX2 inline reader", () => {
  it("reads text, creation time and gold spans with values mapped to TIMEX3", () => {
    expect(talks.asOf).toBe("2025-09-05");
    expect(talks.text).toContain("early 2021 & a meeting");
    expect(talks.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ["Monday", "DATE", "2025-09-01"],
      ["four days", "DURATION", "P4D"],
      ["the 1990s", "DATE", "199"],
      ["early 2021", "DATE", "2021"],
      ["soon", "DATE", "FUTURE_REF"],
    ]);
    for (const t of talks.timexes) expect(talks.text.slice(t.start, t.end)).toBe(t.text);
  });
  it("maps TIMEX2 values", () => {
    expect([timex2Value("199X"), timex2Value("19XX"), timex2Value("1939-09-01T17:00:00"), timex2Value("P4Y")]).toEqual(["199", "19", "1939-09-01T17:00", "P4Y"]);
  });
});

describe("scoring (TempEval-3)", () => {
  // 5 gold. System: 2 exact and right, 1 overlapping and right, 1 exact with a wrong value, 1 spurious.
  const system = [
    sys(talks.text, "Monday", "2025-09-01"),
    sys(talks.text, "four days", "P4D", "DURATION"),
    sys(talks.text, "1990s", "199"),
    sys(talks.text, "early 2021", "2020"),
    sys(talks.text, "Talks", "PRESENT_REF"),
  ];
  const result = scoreDocument(talks, system);

  it("counts strict and relaxed matches one-to-one", () => {
    expect(result.counts).toEqual({ gold: 5, system: 5, strict: 3, relaxed: 4, valueCorrect: 3, typeCorrect: 4 });
    expect(result.missed.map((g) => g.text)).toEqual(["soon"]);
    expect(result.spurious.map((s) => s.text)).toEqual(["Talks"]);
  });

  it("gives P/R/F1, value accuracy and Value F1", () => {
    const s = scores(result.counts);
    expect(s.strict).toEqual({ p: 0.6, r: 0.6, f1: expect.closeTo(0.6, 10) });
    expect(s.relaxed).toEqual({ p: 0.8, r: 0.8, f1: expect.closeTo(0.8, 10) });
    expect(s.valueAccuracy).toBe(0.75);
    expect(s.typeAccuracy).toBe(1);
    expect(s.valueF1).toBeCloseTo(0.6, 10);
  });

  it("pools counts over documents before dividing", () => {
    const other = scoreDocument({ ...talks, id: "other" }, []);
    const pooled = scores(addCounts(addCounts(ZERO, result.counts), other.counts));
    expect(pooled.relaxed.p).toBe(0.8); // 4 of 5 system spans
    expect(pooled.relaxed.r).toBe(0.4); // 4 of 10 gold spans
  });

  it("does not match one gold span twice", () => {
    const twice = scoreDocument(talks, [sys(talks.text, "Mon", "2025-09-01"), sys(talks.text, "day", "2025-09-01")]);
    expect(twice.counts.relaxed).toBe(1);
    expect(twice.spurious).toHaveLength(1);
  });

  it("scores the temporal grammar itself on the fixture", () => {
    const counts = scoreDocument(talks, systemTimexes(talks.text, talks.asOf, talks.ranges)).counts;
    expect(counts).toMatchObject({ gold: 5, system: 4, relaxed: 4, valueCorrect: 4 });
  });
});

describe("MEANTIME reader", () => {
  const doc = readMeantime(readFileSync(join(FIXTURES, "meantime/tiny.xml"), "utf8"), "tiny");
  it("rebuilds the text with ordinary spacing and takes the creation time as reference date", () => {
    expect(doc.text).toBe('Talks end\nSeptember 5, 2025\nTalks began on Monday ("quickly"). They resume in 2026.');
    expect(doc.asOf).toBe("2025-09-05");
    expect(doc.timexes.map((t) => [t.text, t.value])).toEqual([["Monday", "2025-09-01"]]);
  });
  it("leaves the creation time and the sentences after the annotated ones unscored", () => {
    const r = scoreDocument(doc, systemTimexes(doc.text, doc.asOf, doc.ranges));
    expect(r.counts).toMatchObject({ gold: 1, system: 1, strict: 1, valueCorrect: 1 });
  });
});

describe("sub-corpora (--only, --except, leave-one-out)", () => {
  const doc = (id: string) => ({ ...talks, id });
  const docs = [doc("corpus_airbus/a1.xml"), doc("corpus_airbus/a2.xml"), doc("corpus_gm/g1.xml"), doc("stock/s1.xml"), doc("flat.key.xml")];
  const ids = (list: { id: string }[]) => list.map((d) => d.id);

  it("names a document's sub-corpus by its first folder, without the corpus_ prefix", () => {
    expect([subCorpusOf("corpus_airbus/a1.xml"), subCorpusOf("stock/x/s1.xml"), subCorpusOf("flat.key.xml")]).toEqual(["airbus", "stock", null]);
    expect(parseNames(" Airbus,corpus_gm,, ")).toEqual(["airbus", "gm"]);
  });
  it("--only keeps the named sub-corpora and every document outside any sub-corpus", () => {
    expect(ids(selectDocuments(docs, { only: ["gm", "stock"], except: [] }))).toEqual(["corpus_gm/g1.xml", "stock/s1.xml", "flat.key.xml"]);
  });
  it("--except drops the named sub-corpora", () => {
    expect(ids(selectDocuments(docs, { only: null, except: ["airbus"] }))).toEqual(["corpus_gm/g1.xml", "stock/s1.xml", "flat.key.xml"]);
  });
  it("holds each sub-corpus out once against all the other documents", () => {
    const f = folds(docs);
    expect(f.map((x) => [x.heldOut, x.test.length, x.rest.length])).toEqual([["airbus", 2, 3], ["gm", 1, 4], ["stock", 1, 4]]);
  });
});
