/**
 * A capture of someone (a person or a craft) is custody or a prize, not a place taken: it is no
 * trigger of the takeover of a capital, while the capture of a city still is. Sentences written for
 * this test; what each tells was decided by reading it.
 */
import { describe, expect, it } from "vitest";
import { takesSomeone } from "../../../src/extract/custody.js";
import { claimsOfText } from "./frames/helpers.js";

function captureIn(sentence: string): boolean {
  const m = /\b(?:re)?captur\w*/i.exec(sentence);
  if (!m) throw new Error(`no capture in “${sentence}”`);
  return takesSomeone(sentence, m.index, m.index + m[0].length);
}

const takeovers = (text: string): string[] => claimsOfText(text).filter((c) => c.rule === "capital-takeover").map((c) => c.text);

describe("a capture of someone", () => {
  it.each([
    "Guards announced the capture of the fugitive Ansel Grieve in 2016.",
    "The brigade captured two rebel commanders in March 1921.",
    "Colonel Marsh was captured on the ridge on 4 May 1863.",
    "The outlaw himself was captured on 9 June 1881.",
    "Rudd, their leader, was captured and hanged on the 3rd of March.",
    "Dozens of the band's gunmen were killed or captured in 2019.",
    "A navy cutter captured the schooner Wren on 12 July 1812.",
    "The rebels announced the capture of General Odo in April 1922.",
  ])("%s", (sentence) => {
    expect(captureIn(sentence)).toBe(true);
    expect(takeovers(sentence)).toEqual([]);
  });
});

describe("a capture of a place", () => {
  it.each([
    ["Rebel forces captured the capital Marrowby in 1994.", "1994"],
    ["The capture of Port Ellin on 3 May 1871 ended the siege.", "3 May 1871"],
    ["The city was captured in June 1640 after a long siege.", "June 1640"],
    ["The islands were eventually captured in May 1702.", "May 1702"],
    ["In 1788 the northern army captured the towns of Ashby and Keld.", "1788"],
  ])("%s → %s", (sentence, date) => {
    expect(captureIn(sentence)).toBe(false);
    expect(takeovers(sentence)).toEqual([date]);
  });
});
