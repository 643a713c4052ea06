import { describe, expect, it } from "vitest";
import { firstChars } from "../../../src/values/first-chars.js";
import { at, sticky } from "../../../src/values/temporal/grammar/hit.js";

/** The ASCII characters of a gate, as a string in code order ("" when there is no gate). */
const chars = (re: RegExp): string | null => {
  const f = firstChars(re);
  return f === null ? null : [...f].map((x, c) => (x ? String.fromCharCode(c) : "")).join("");
};

describe("firstChars", () => {
  const gated: [RegExp, string][] = [
    [/[Tt]he\s+/y, "Tt"],
    [/(?:([Tt]he)\s+)?(\d+)/y, "0123456789Tt"],
    [/(\d{1,2}):(\d{2})/y, "0123456789"],
    [/(?<=\bin )year/iy, "Yy"],
    [/(?:early|late)?[\s\u00a0]+in/y, "\t\n\v\f\r el"],
    [/(?=\d)\d|,?x/y, ",0123456789x"], // a lookahead adds nothing; an optional comma lets "x" start
    [/\p{Lu}\p{Ll}+/uy, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    [/\p{Lu}x/iuy, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"], // i folds the class over case
    [/[^\d\s]x/y, [...Array(128).keys()].map((c) => String.fromCharCode(c)).filter((c) => !/[\d\s]/.test(c)).join("")],
    [/a{0,1}b/y, "ab"], // a count that may be none may be skipped
    [/\/\d/y, "/"],
    [/[a\-z]/y, "-az"], // an escaped dash is no range
  ];
  it.each(gated)("%s may start with its first characters only", (re, want) => {
    expect(chars(re)).toBe(want);
  });

  const open: RegExp[] = [
    /(?:the)?/y, // the empty string
    /x*|y/y,
    /(a)\1?b|\1c/y, // a back-reference (empty when its group did not take part)
    /[^a]b/iy, // a negated class under i is not read
    /[^\p{Sc}]/uy, // a negated class with a property not known over ASCII
    /.x/y,
  ];
  it.each(open.map((re) => [re]))("%s has no gate", (re) => {
    expect(firstChars(re)).toBeNull();
  });

  it("never turns away a character a match starts with (expressions tried at every position of a text)", () => {
    const text = "The 3rd of May, at 10:30 p.m., THE year-end; 'Ninety-Nine' — ſix Kelvin \u212a days (2 wks) in 1999-2000/01";
    const expressions = [
      /[Tt]he\s+(?:\d+(?:st|nd|rd|th)|year)/y, /(?:at|around)?\s*\d{1,2}:\d{2}\s*[ap]\.m\./iy, /[–-]\d{2,4}/y, /'?[A-Z][a-z]+-[A-Z][a-z]+/y,
      /six|kelvin/iuy, /\(\d+\s+wks?\)/y, /(?<![\p{L}])days?/uy, /\b(?:may|the)\b/iy, /[\s\u00a0]+in\s+\d{4}/y,
    ];
    for (const re of expressions) {
      const s = sticky(re);
      for (let pos = 0; pos <= text.length; pos++) {
        re.lastIndex = pos;
        const want = re.exec(text);
        const wantIndex = re.lastIndex;
        const got = at(s, text, pos);
        expect(got?.[0], `${re} at ${pos}`).toBe(want?.[0]);
        expect(re.lastIndex).toBe(wantIndex);
      }
    }
  });

  it("is asked only of sticky expressions", () => {
    expect(() => sticky(/the/g)).toThrow(TypeError);
  });
});

describe("the temporal grammar's gates", () => {
  it("never turn away a place where one of the grammar's expressions matches (every place of the seeds)", async () => {
    const { findTemporal } = await import("../../../src/values/temporal/index.js");
    const { GRAMMAR } = await import("../../../src/values/temporal/grammar/hit.js");
    findTemporal("loaded", { asOf: null });
    expect(GRAMMAR.length).toBeGreaterThan(100);
    expect(GRAMMAR.filter((s) => s.first !== null).length).toBeGreaterThan(100);
    const { realTexts } = await import("../../helpers/real-texts.js");
    const text = realTexts().filter((r) => r.file.startsWith("seeds")).map((r) => r.text).join("\n").slice(0, 20_000);
    let answered = 0;
    for (const s of GRAMMAR) {
      for (let pos = 0; pos < text.length; pos++) {
        s.re.lastIndex = pos;
        const want = s.re.exec(text);
        const got = at(s, text, pos);
        if (got?.[0] !== want?.[0]) throw new Error(`${s.re} at ${pos}: ${got?.[0]} != ${want?.[0]}`);
        if (s.first !== null && text.charCodeAt(pos) < 128 && s.first[text.charCodeAt(pos)] === 0) answered++;
      }
    }
    // most places are answered without the engine
    expect(answered).toBeGreaterThan(GRAMMAR.length * text.length * 0.5);
  }, 120_000);
});
