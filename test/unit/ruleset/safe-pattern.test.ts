import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors.js";
import { RE2JS } from "re2js";
import { compilePattern, LOOKBEHIND, MAX_MATCH, type PatternMatch, windowedMatches } from "../../../src/ruleset/safe-pattern.js";

const where = { file: "rules/user.yml", line: 7, column: 5 };
const all = (source: string, text: string, flags = "i"): PatternMatch[] => [...compilePattern(source, flags, where).matchAll(text)];

function errorOf(source: string, flags = "i"): UserError {
  try {
    compilePattern(source, flags, where);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error(`expected /${source}/ to be refused`);
}

describe("compilePattern", () => {
  it("finds every match with UTF-16 offsets and named groups", () => {
    const text = "😀 recognised in 1997; é recognized in 1996";
    const found = all("recogni[sz]ed in (?<year>\\d{4})", text);
    expect(found.map((m) => text.slice(m.index, m.index + m.length))).toEqual(["recognised in 1997", "recognized in 1996"]);
    expect(found.map((m) => m.groups)).toEqual([{ year: "1997" }, { year: "1996" }]);
    expect(found[0]!.index).toBe(3);
  });

  it("omits groups that did not take part and leaves groups out when there are none", () => {
    expect(all("(?<a>x)|(?<b>y)", "y")).toEqual([{ index: 0, length: 1, groups: { b: "y" } }]);
    expect(all("y", "xy")).toEqual([{ index: 1, length: 1 }]);
  });

  it("honours flags: case-insensitive only with i, multiline with m, dotall with s", () => {
    expect(compilePattern("over", "", where).test("OVER 2,800")).toBe(false);
    expect(compilePattern("over", "i", where).test("OVER 2,800")).toBe(true);
    expect(all("^\\d+", "1\n22", "").length).toBe(1);
    expect(all("^\\d+", "1\n22", "m").length).toBe(2);
    expect(compilePattern("a.b", "", where).test("a\nb")).toBe(false);
    expect(compilePattern("a.b", "s", where).test("a\nb")).toBe(true);
  });

  it("translates JavaScript escapes: \\u, \\u{…} and Unicode \\s", () => {
    expect(compilePattern("caf\\u00e9", "", where).test("café")).toBe(true);
    expect(compilePattern("\\u{1F600}", "u", where).test("x😀")).toBe(true);
    expect(compilePattern("\\$1\\sbillion", "", where).test("$1\u00a0billion")).toBe(true);
    expect(compilePattern("[\\s,]+", "", where).test("\u2009")).toBe(true);
    expect(compilePattern("\\S", "", where).test("\u00a0")).toBe(false);
  });

  it("supports lookbehind", () => {
    const p = compilePattern("(?<!not )recogni[sz]ed", "i", where);
    expect(p.test("Pakistan recognised the regime")).toBe(true);
    expect(p.test("Pakistan has not recognized the regime")).toBe(false);
  });

  it("advances past empty matches like matchAll", () => {
    expect(all("x*", "abxxc", "").map((m) => [m.index, m.length])).toEqual([
      [0, 0],
      [1, 0],
      [2, 2],
      [4, 0],
      [5, 0],
    ]);
  });

  it("runs (a+)+$ over 100,000 a's and a '!' in linear time", () => {
    const p = compilePattern("(a+)+$", "", where);
    const line = `${"a".repeat(100_000)}!`;
    const started = performance.now();
    expect(p.test(line)).toBe(false);
    expect([...p.matchAll(line)]).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("matches a(.*z)? over a line of 40,000 a's giving the engine each part of the line a bounded number of times", () => {
    const line = "a".repeat(40_000);
    let read = 0;
    let count = 0;
    for (const m of windowedMatches(RE2JS.compile("a(.*z)?"), line, (from, to) => (read += to - from))) {
      expect(m.end - m.start).toBe(1);
      count++;
    }
    expect(count).toBe(40_000);
    // each match's search reads at most one window: linear, where one search per match over the
    // rest of the line reads 800 million characters
    expect(read).toBeLessThanOrEqual(line.length * (2 * MAX_MATCH + LOOKBEHIND + 1));
  });

  it("finds in a long text exactly the matches JavaScript finds, lookbehinds and word boundaries included", () => {
    const sentences = [
      "Pakistan recognised the government in 1997.",
      "It had not recognized the regime before.",
      "The club, founded in 1921, was refounded after the war;",
      "founding members met in a recognisedly small room.",
    ];
    const long = Array.from({ length: 400 }, (_, i) => sentences[(i * 7) % sentences.length]).join(" ");
    for (const [source, js] of [
      ["(?<!not )recogni[sz]ed\\b", /(?<!not )recogni[sz]ed\b/gi],
      ["\\bfound(ed|ing)", /\bfound(ed|ing)/gi],
      ["in (?<year>\\d{4})", /in (?<year>\d{4})/gi],
    ] as const) {
      const expected = [...long.matchAll(js)].map((m) => [m.index, m[0].length]);
      expect(expected.length).toBeGreaterThan(50);
      expect(all(source, long).map((m) => [m.index, m.length])).toEqual(expected);
    }
  });

  it("finds a match that runs on for thousands of characters, and no match that $ only makes at a window's edge", () => {
    const line = `It was recognised ${"and so on ".repeat(500)}in the end`;
    expect(all("recogni.*", line)).toEqual([{ index: 7, length: line.length - 7 }]);
    expect(all("(a+)+$", `${"a".repeat(5000)}!`)).toEqual([]);
    expect(all("a+$", `${"a".repeat(5000)}`)).toEqual([{ index: 0, length: 5000 }]);
  });

  it.each([
    ["(?=x)a", /lookahead/],
    ["a(?!b)", /lookahead/],
    ["(a)\\1", /backreferences/],
    ["(?<y>a)\\k<y>", /named backreferences/],
    ["[", /missing closing \]/],
    ["a)", /unexpected \)|missing argument|unmatched/],
    ["a{2,1}", /repeat/],
    ["(?<n>a)|(?<n>b)", /duplicate/],
    ["x{1000}".repeat(25), /too large/],
    ["((a{100}){100}){100}", /repeat/],
    ["\\u12", /\\u must be followed/],
    ["[]", /empty character class/],
    ["abc\\", /lone backslash/],
  ])("rejects /%s/ with a located error", (source, message) => {
    const error = errorOf(source);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`/${source}/`);
    expect([error.file, error.line, error.column]).toEqual(["rules/user.yml", 7, 5]);
  });

  it("rejects unknown flags", () => {
    expect(errorOf("a", "y").message).toMatch(/flag "y"/);
  });
});
