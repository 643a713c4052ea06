/**
 * anchorOffsets reads every token but the function words first and looks for those only before
 * date words; it must give exactly what one scan over every token gives (anchorOffsetsInOnePass):
 * on every sentence of the seeds and the State of the Union corpus, and on random texts made of
 * function words, date words, names, holidays, digits and other words, in any case.
 */
import { realTexts } from "../helpers/real-texts.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";
import { anchorOffsets, anchorOffsetsInOnePass } from "../../src/values/temporal/anchors.js";


const words = [
  "the", "The", "THE", "a", "A", "an", "over", "past", "Past", "half", "second", "current", "first", "more", "some", "from",
  "between", "mid", "late", "early", "c", "ca", "fiscal", "twenty", "one", "several",
  "year", "years", "Year", "day", "days", "Day", "now", "today", "being", "term", "times", "ago", "present", "spring", "Fall",
  "May", "may", "March", "march", "Jan", "Sept", "Monday", "Mondays", "Christmas", "New Year", "Labor Day", "St. Patrick", "D-Day",
  "V-E Day", "Q3", "H1", "FY", "FY2007", "2021", "1,197,422", "'90s", "’82", "19th", "x", "government", "war", "é", "theé", "é2021",
  "aday", "Thethe", "the2", "_the", "other", "Athens", "halfway", "Overall",
];
const gaps = [" ", " ", " ", "", ", ", ". ", "-", "\n", "\u00a0", "(", "'", " of the ", " and "];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 40 }).map((p) => p.map(([w, g]) => w + g).join(""));

describe("anchorOffsets", () => {
  it("gives what one scan over every token gives, on random texts", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(anchorOffsets(t), t).toEqual(anchorOffsetsInOnePass(t));
      }),
      { numRuns: 5000, seed: 20251203 },
    );
  });

  it("gives what one scan over every token gives, on every sentence of the seeds and the State of the Union corpus", () => {
    let anchors = 0;
    for (const { text } of realTexts()) {
      for (const { text: s } of splitSentences(text)) {
        const expected = anchorOffsetsInOnePass(s);
        expect(anchorOffsets(s), s).toEqual(expected);
        anchors += expected.length;
      }
    }
    expect(anchors).toBeGreaterThan(1000);
  });
});
