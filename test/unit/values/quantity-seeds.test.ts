/**
 * The value layer's numeric half on the full seed articles: each figure a fact-checker reads in
 * them is found with its value, and the seeds' citations, headings, version label and identifiers
 * are recognized as noise.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNoise } from "../../../src/values/noise/index.js";
import { findQuantities } from "../../../src/values/quantity/index.js";

const dir = new URL("../../../seeds/", import.meta.url);
const seed = (prefix: string): string => {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, dir), "utf8");
};

describe("figures of the seeds", () => {
  const figures: [string, string, Record<string, unknown>, string | null][] = [
    ["000", "over 2,800", { min: 2800, max: null, unit: "person", qualifier: "over" }, "fatalities"],
    ["000", "1.7 million", { min: 1.7e6, max: 1.7e6, unit: "person" }, "undocumented afghan refugees"],
    ["000", "nearly $1 billion", { max: 1e9, unit: "USD", approximate: true, qualifier: "nearly" }, null],
    ["000", "10%", { min: 10, max: 10, unit: "percent" }, "fee"],
    ["001", "over $2 billion", { min: 2e9, max: null, unit: "USD", qualifier: "over" }, null],
    ["003", "16", { min: 16, max: 16, unit: "person" }, "security personnel"],
    ["003", "Around 1.2 million", { nominal: 1.2e6, unit: "person", approximate: true, qualifier: "around" }, "afghan refugees"],
    ["003", "four", { min: 4, unit: "location" }, "locations"],
    ["002", "hundreds of thousands", { min: 2e5, max: 999_999, unit: "person", nominal: null }, "afghan refugees"],
    ["004", "an estimated 3 million", { nominal: 3e6, unit: "person", approximate: true, qualifier: "estimated" }, "afghan refugees"],
  ];
  it.each(figures)("%s: %s", (doc, text, value, counted) => {
    const found = findQuantities(seed(doc)).filter((m) => m.text === text && m.kind === "quantity" && m.counted === counted);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toMatchObject(value);
    expect(found[0]!.counted).toBe(counted);
  });

  it("003: 'third visit' is an ordinal", () => {
    const third = findQuantities(seed("003")).find((m) => m.text === "third");
    expect(third).toMatchObject({ kind: "ordinal", counted: "visit", value: { nominal: 3, unit: "ordinal" } });
  });

  it("no seed figure is a bare year", () => {
    for (const doc of ["000", "001", "002", "003", "004"]) {
      const years = findQuantities(seed(doc)).filter((m) => /^[12]\d{3}$/.test(m.text));
      expect(years.map((m) => m.text)).toEqual([]);
    }
  });
});

/** Lines of 004 that open with a heading number ("3.4. Identified gaps"), counted independently. */
function text004HeadingCount(): number {
  return seed("004").split("\n").filter((line) => /^\d+(?:\.\d+)*\. [A-Z]/.test(line)).length;
}

describe("noise of the seeds", () => {
  it("004: every parenthesized author–year is a citation, the war years are not", () => {
    const text = seed("004");
    const citations = findNoise(text).filter((m) => m.kind === "citation").map((m) => m.text);
    const expected = text.match(/\([A-Z][^()]*?, \d{4}[a-z]?(?:; [^()]*?, \d{4}[a-z]?)*\)/g)!;
    expect(expected.length).toBeGreaterThan(50);
    for (const c of expected) expect(citations).toContain(c);
    expect(citations).toContain("Buzan and Waever (2003)");
    expect(citations.some((c) => c.includes("1979–1989"))).toBe(false);
  });
  it("004: the numbered headings are section numbers, and the ORCID is an identifier", () => {
    const noise = findNoise(seed("004"));
    const sections = noise.filter((m) => m.kind === "section-number").map((m) => m.text);
    expect(sections).toEqual(expect.arrayContaining(["1.", "3.1.", "3.4.", "5.1.", "8.3.", "9."]));
    expect(sections).toHaveLength(text004HeadingCount());
    expect(noise.some((m) => m.kind === "identifier" && m.text.includes("0009-0005-3697-6034"))).toBe(true);
  });
  it("001: Taliban 2.0 is a version label; 000: the handle is an identifier", () => {
    expect(findNoise(seed("001")).map((m) => [m.kind, m.text])).toContainEqual(["version-label", "Taliban 2.0"]);
    expect(findNoise(seed("000")).map((m) => [m.kind, m.text])).toContainEqual(["identifier", "@MIshaqDar50"]);
  });
  it("the news seeds carry no noise besides the handle and the label", () => {
    const all = ["000", "001", "002", "003"].flatMap((d) => findNoise(seed(d)).map((m) => m.text));
    expect(all.sort()).toEqual(["@MIshaqDar50", "Taliban 2.0"]);
  });
});
