/**
 * The gazetteer's expression groups its names by their first letter (src/extract/gazetteer.ts);
 * it must find exactly what the flat list of the same names, longest first, finds: the same
 * matches at the same places, on random texts made of the table's names in any case, their
 * beginnings and endings, other words, digits, and the characters that fold onto letters, and on
 * every sentence of the seeds and the State of the Union addresses.
 */
import { realTexts } from "../helpers/real-texts.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GAZETTEER_NAMES, GAZETTEER_RE, countriesIn } from "../../src/extract/gazetteer.js";
import { escapeRegExp } from "../../src/values/exec-all.js";
import { splitSentences } from "../../src/extract/sentences.js";


/** The expression as it was before the grouping: one flat list of names. */
const FLAT = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${GAZETTEER_NAMES.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");

function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

const names = GAZETTEER_NAMES.slice(0, 400);
const cased = (s: string, how: number): string => (how === 0 ? s : how === 1 ? s.toUpperCase() : how === 2 ? s[0]!.toUpperCase() + s.slice(1) : s);
const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...names), fc.integer({ min: 0, max: 3 })).map(([n, how]) => cased(n, how)),
  // a name cut short or run on: "Pakist", "Kabuls", "aKabul"
  fc.tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: 6 })).map(([n, k]) => n.slice(0, Math.max(1, n.length - k))),
  fc.constantFrom(...names).map((n) => `${n}s`),
  fc.constantFrom(...names).map((n) => `a${n}`),
  // Kelvin sign and long s, which fold onto k and s
  fc.constantFrom("\u212Aabul", "Kazakh\u017Ftan", "\u017Fwiss", "ſyria", "Ko", "Syr"),
  fc.constantFrom("the", "of", "Treaty", "Peace", "Accords", "Nationals", "said", "2021", "U.", "S.", "é", "Ölund", "x"),
);
const gap = fc.constantFrom(" ", " ", "", ", ", ". ", "-", "\n", "\u00a0", "(", "'", ".", "1");
const text = fc.array(fc.tuple(piece, gap), { maxLength: 30 }).map((p) => p.map(([w, g]) => w + g).join(""));

describe("the gazetteer's expression", () => {
  it("finds what the flat list of names finds, on random texts", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(matches(GAZETTEER_RE, t), t).toEqual(matches(FLAT, t));
      }),
      { numRuns: 20000, seed: 20261205 },
    );
  });

  it("finds what the flat list of names finds, on every sentence of the seeds and the State of the Union addresses", () => {
    let found = 0;
    for (const { text } of realTexts()) {
      for (const { text: s } of splitSentences(text)) {
        const expected = matches(FLAT, s);
        expect(matches(GAZETTEER_RE, s), s).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("still reads the countries a sentence names", () => {
    // written by hand: names, demonyms and capitals; a capital opening a team's name names no country
    expect(countriesIn("Officials in Kabul met a Pakistani envoy and two Americans.")).toEqual(["Afghanistan", "Pakistan", "United States"]);
    expect(countriesIn("The Oslo Nationals won; us and them.")).toEqual([]);
    expect(countriesIn("Talks in Tehran and NEW ZEALAND")).toEqual(["Iran", "New Zealand"]);
  });
});
