import { describe, expect, it } from "vitest";
import { execAll } from "../../../src/values/exec-all.js";

/** What matchAll gives, as plain data: each match's index and groups. */
const plain = (ms: Iterable<RegExpExecArray | RegExpMatchArray>): unknown[] => [...ms].map((m) => ({ index: m.index, groups: [...m] }));

describe("execAll", () => {
  const cases: [RegExp, string][] = [
    [/\d+/g, "12 people, 3 cars and 45,000 dollars"],
    [/\d+/g, "no digits here"],
    [/(?<![\d-])\d{3}[- ]\d{4}(?![\d-])/g, "call 555-0100 or (527 3247), not 1555-01000"],
    [/(?:a|b)*/g, "xaabx"], // empty matches move on one character
    [/\p{L}*/gu, "é😀b😀"], // ... one code point with the u flag, past a surrogate pair
    [/(?:)/g, "😀a"], // ... one code unit without it
    [/\b(?<word>[A-Z]\w+)\b/g, "Ann met Bob in Rome"],
    [/x/gy, "xxaxx"], // sticky: stops at the first miss, as matchAll's copy does
  ];
  it.each(cases)("finds what matchAll finds: %s on %j", (re, text) => {
    expect(plain(execAll(re, text))).toEqual(plain(text.matchAll(re)));
  });

  it("starts from the expression's lastIndex, as matchAll does, and leaves it as it was", () => {
    const re = /\d/g;
    re.lastIndex = 3;
    const text = "1 2 3 4";
    const want = plain(text.matchAll(re));
    expect(plain(execAll(re, text))).toEqual(want);
    expect(want.map((m) => (m as { index: number }).index)).toEqual([4, 6]);
    expect(re.lastIndex).toBe(3);
  });

  it("refuses an expression without the g flag, as matchAll does", () => {
    expect(() => execAll(/\d/, "1")).toThrow(TypeError);
    expect(() => "1".matchAll(/\d/)).toThrow(TypeError);
  });

  it("lets the caller use the same expression while reading the matches", () => {
    const re = /\w+/g;
    const seen: string[] = [];
    for (const m of execAll(re, "one two")) seen.push(`${m[0]}:${execAll(re, m[0]).length}`);
    expect(seen).toEqual(["one:1", "two:1"]);
  });
});
