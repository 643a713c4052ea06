import { describe, expect, it } from "vitest";
import { titleCased } from "../../../src/values/noise/title-case.js";

describe("title-case lines", () => {
  it.each([
    ["Storm Leaves 300 Families Homeless", true],
    ["Flood Cuts Power to 40 Towns and the Port", true],
    ["A storm left 300 families homeless on Tuesday.", false],
    ["Police Said 12 people were hurt in the crash", false],
    ["Big Win", false],
  ])("%s → %j", (line, expected) => {
    expect(titleCased(`intro text\n${line}\nmore text`, "intro text\n".length + 2)).toBe(expected);
  });
});
