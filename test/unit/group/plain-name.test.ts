/** plainName: a name as actors and frames are compared — lower case, words of letters only. Names written for this test. */
import { describe, expect, it } from "vitest";
import { plainName } from "../../../src/group/name-words.js";

describe("plainName", () => {
  it.each([
    ["Jim O'Brien", "jim o brien"],
    ["  Gov. Ada  Lind ", "gov ada lind"],
    ["Dr. Eun-ji Park-Reyes", "dr eun ji park reyes"],
    ["Zoë Ångström", "zoë ångström"],
    ["the 2031 Keld Accord", "the keld accord"],
  ])("%s → %s", (name, plain) => {
    expect(plainName(name)).toBe(plain);
  });
});
