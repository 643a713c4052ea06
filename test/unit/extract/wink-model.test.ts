/**
 * The tagger's model put together by src/extract/tag/wink-model.ts is the package's own
 * (wink-eng-lite-web-model's dist/model.js), only read faster: the same core tables, table for
 * table and in the same order, a fresh copy on each call, the same other parts, and the same tags.
 * Sentences written for this test.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readCoreModel, winkModel } from "../../../src/extract/tag/wink-model.js";

const require = createRequire(import.meta.url);
type Model = Record<string, unknown> & { core(): Record<string, unknown> };
const packaged = require("wink-eng-lite-web-model") as Model;
type Nlp = { readDoc(text: string): { tokens(): { out(f: unknown): unknown[] } }; its: Record<string, unknown> };
const winkNLP = require("wink-nlp") as (model: unknown, pipe: string[]) => Nlp;

/** Every object's keys in order, all the way down (typed arrays and sets by their contents). */
function shape(value: unknown): unknown {
  if (value instanceof Set) return { set: [...value] };
  if (ArrayBuffer.isView(value)) return { typed: value.constructor.name, length: (value as Uint32Array).length };
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === "object") return Object.entries(value).map(([k, v]) => [k, shape(v)]);
  return value;
}

describe("the core tables", () => {
  const ours = readCoreModel() as Record<string, unknown>;
  const theirs = packaged.core();

  it("are the package's own, value for value", () => {
    expect(ours).toStrictEqual(theirs);
  });

  it("have their keys in the package's order, tables and hashes alike", () => {
    expect(shape(ours)).toEqual(shape(theirs));
  });

  it("are unpacked into 32-bit words, as many as the package's", () => {
    for (const table of ["lexicon", "xpansions"]) {
      expect(ours[table]).toBeInstanceOf(Uint32Array);
      expect((ours[table] as Uint32Array).length).toBe((theirs[table] as Uint32Array).length);
      expect((ours[table] as Uint32Array).length).toBeGreaterThan(1000);
    }
  });

  it("are read afresh on each call: a word added to one copy is not in the next", () => {
    const a = readCoreModel() as { features: { lexeme: { hash: Record<string, number>; list: string[] } } };
    a.features.lexeme.hash["zorblatt"] = a.features.lexeme.list.push("zorblatt") - 1;
    const b = readCoreModel() as typeof a;
    expect(b.features.lexeme.hash["zorblatt"]).toBeUndefined();
    expect(b.features.lexeme.list).not.toContain("zorblatt");
    expect(b).not.toBe(a);
  });
});

describe("the other parts", () => {
  it("are the package's own modules, by the same names", () => {
    const ours = winkModel();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    for (const [name, part] of Object.entries(packaged)) {
      if (name === "core") expect(ours.core).toBe(readCoreModel);
      else if (name === "addons") expect(ours.addons).toStrictEqual(part);
      else expect(ours[name]).toBe(part);
    }
  });
});

describe("a tagger of either model", () => {
  const fromPackage = winkNLP(packaged, ["pos"]);
  const fromOurs = winkNLP(winkModel(), ["pos"]);
  const tags = (nlp: Nlp, text: string): unknown[][] => {
    const tokens = nlp.readDoc(text).tokens();
    return [tokens.out(nlp.its.value), tokens.out(nlp.its.pos), tokens.out(nlp.its.lemma)];
  };
  it.each([
    "Forty-two walkers crossed the Brenmoor ridge on 9 May, the wardens said.",
    "She can't say whether the ferry's 312 seats were sold out by Tuesday.",
    "The Qarvan board approved a $4.5m grant; nobody objected.",
    "Three of the kilns at Ostrel were shut down in 1987 and reopened later.",
    "FIRE crews reached the mill at 6.40pm, according to witnesses.",
  ])("tags %j alike", (text) => {
    expect(tags(fromOurs, text)).toEqual(tags(fromPackage, text));
  });
});
