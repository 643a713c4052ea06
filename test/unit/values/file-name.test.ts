import { describe, expect, it } from "vitest";
import { fileName } from "../../../src/values/file-name.js";

describe("fileName", () => {
  const cases: [string, string][] = [
    ["seeds/001_960c.txt", "001_960c.txt"],
    ["/srv/reports/keld/march-2.txt", "march-2.txt"],
    ["notes.txt", "notes.txt"],
    ["a/b/", ""],
    ["", ""],
  ];
  for (const [path, expected] of cases) {
    it(`${JSON.stringify(path)} → ${JSON.stringify(expected)}`, () => {
      expect(fileName(path)).toBe(expected);
    });
  }
});
