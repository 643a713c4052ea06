import { describe, expect, it } from "vitest";
import { wordTable } from "../../../src/values/word-table.js";

describe("a word table knows only its own words", () => {
  const table = wordTable<string>({ shot: "shoot", fled: "flee" });
  it.each([
    ["shot", "shoot"],
    ["fled", "flee"],
  ])("%s is %s", (word, expected) => {
    expect(table[word]).toBe(expected);
  });
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "__defineGetter__", "isPrototypeOf"])("%s is not in it", (word) => {
    expect(table[word]).toBeUndefined();
    expect(word in table).toBe(false);
  });
  it("cannot be changed by a later write", () => {
    expect(() => {
      (table as Record<string, string>)["ran"] = "run";
    }).toThrow(TypeError);
    expect(table["ran"]).toBeUndefined();
  });
});
