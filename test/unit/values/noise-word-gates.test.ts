/**
 * Four non-claim expressions run only on texts holding a word they cannot match without (a text
 * with none of them is spared a search of all of it): the software list of version-labels.ts
 * (LABEL_LIST_WORDS), bit widths ("-bit"), path pieces joined by " / " (urls.ts SPACED_SLASH) and
 * "the 405 Freeway" (addresses.ts ROAD_AFTER_WORDS). Must still match each form with its word,
 * wherever it stands in a longer text; must not match texts without it. Written by hand.
 */
import { describe, expect, it } from "vitest";
import { findNoise } from "../../../src/values/noise/index.js";
import { NAMED_AREA, NAMED_AREA_FLAT } from "../../../src/values/noise/names.js";
import { execAll } from "../../../src/values/exec-all.js";
import { realTexts } from "../../helpers/real-texts.js";

function spans(text: string): [string, string][] {
  return findNoise(text).map((m) => [m.pattern, m.text]);
}

describe("non-claim expressions behind a word gate", () => {
  const found: [string, string, string][] = [
    ["the kiosk runs Android 12, 13 and 14 now", "version-label/listed", "13"],
    ["a fix for Windows 10 and 11 was shipped", "version-label/listed", "11"],
    ["older versions 4, 5 and 6 stay unsupported", "version-label/listed", "5"],
    ["Versions 2.1 and 2.2 of the firmware", "version-label/listed", "2.2"],
    ["both 32-bit and 64-bit builds", "version-label/bit-width", "64-bit"],
    ["the 32/64-bit installer", "version-label/bit-width", "32/64-bit"],
    ["filed under news / 2031 / 07 / pier-fire-hurts-4 today", "identifier/url-path", "news / 2031 / 07 / pier-fire-hurts-4"],
    ["a crash closed the 210 Freeway near Arcadia", "identifier/road", "210 Freeway"],
    ["traffic backed up on the 5 highway for hours", "identifier/road", "5 highway"],
    ["the 95 Turnpike reopened", "identifier/road", "95 Turnpike"],
  ];
  it.each(found)("%s → %s %s", (text, pattern, span) => {
    expect(spans(text)).toContainEqual([pattern, span]);
    // the same, far into a longer text that holds the word only there
    const long = `${"The council met again and spoke at length. ".repeat(40)}${text}`;
    expect(spans(long).map(([p, s]) => [p, s])).toContainEqual([pattern, span]);
  });

  const notFound: [string, string][] = [
    ["the 12 members and 13 guests", "version-label/listed"],
    ["she ate a bit of 12 apples", "version-label/bit-width"],
    ["8 bits per cycle", "version-label/bit-width"],
    ["news/2031/07/pier-fire-hurts-4", "identifier/url-path"],
    ["the 210 buses on the freeway", "identifier/road"],
    ["the 405 roads of the county", "identifier/road"],
  ];
  it.each(notFound)("%s → no %s", (text, pattern) => {
    expect(spans(text).map(([p]) => p)).not.toContain(pattern);
  });
});

/**
 * Three more behind a gate: a quoted title that opens with a number word (names.ts QUOTED_TITLE,
 * behind a quotation mark before a capitalized number word), a number in the name of a list, a
 * ranking, a chart or an index (LISTED_NAME, behind the kind of list after a space), and citations
 * (citations.ts, behind an opening parenthesis). And the words an ordinal names (NAMED_AREA),
 * grouped by their first letter: the same matches as the flat list. Written by hand.
 */
describe("non-claim expressions behind a gate, second round", () => {
  const found: [string, string, string][] = [
    ['the quiz show "Nine Golden Keys of Mardale" ran for years', "identifier/number-in-name", "Nine Golden Keys of Mardale"],
    ["we all sang \u201cTwenty Green Lanterns Home\u201d at the fair", "identifier/number-in-name", "Twenty Green Lanterns Home"],
    ["the firm joined the Orbis 200 index last spring", "identifier/number-in-name", "Orbis 200 index"],
    ["she topped the 'Bright 30' list of chefs", "identifier/number-in-name", "'Bright 30' list"],
    ["troops of the 82nd Airborne landed at dawn", "identifier/ordinal-name", "82nd Airborne"],
    ["a flat on Fifth Avenue was sold", "identifier/ordinal-name", "Fifth Avenue"],
    ["voters in the 4th district went first", "identifier/ordinal-name", "4th district"],
    ["as shown before (Marrow, 2019) the rate fell", "citation/parenthetical", "(Marrow, 2019)"],
    ["the same rate (ibid., p. 12) held", "citation/ibid", "(ibid., p. 12)"],
  ];
  it.each(found)("%s → %s %s", (text, pattern, span) => {
    expect(spans(text)).toContainEqual([pattern, span]);
    const long = `${"The council met again and spoke at length. ".repeat(40)}${text}`;
    expect(spans(long)).toContainEqual([pattern, span]);
  });

  const notFound: [string, string][] = [
    ['he said "seven of us" went home', "identifier/number-in-name"],
    ['a crowd shouted "Nine!" at the end', "identifier/number-in-name"],
    ["a list of 12 names was read out", "identifier/number-in-name"],
    ["the Orbis 200 listings grew", "identifier/number-in-name"],
    ["the 3 districts met", "identifier/ordinal-name"],
    ["the rate fell in 2019 and rose in 2020", "citation/parenthetical"],
    ["the rate fell (a little) in 2019", "citation/parenthetical"],
  ];
  it.each(notFound)("%s → no %s", (text, pattern) => {
    expect(spans(text).map(([p]) => p)).not.toContain(pattern);
  });

  it("finds the words an ordinal names where the flat list finds them, in any case, on real texts", () => {
    const words = (re: RegExp, t: string): [number, string][] => execAll(re, t).map((m) => [m.index, m[0]]);
    const texts = [
      "the 3rd ARMY and the Airborne, a ward, toward the Avenue; Sector 9, St. Ann St, Ave. B, the Brigade's corps",
      "arrondissementS, districts, precincts, Parish, DIVISION, regimental, battalions, fleets, cavalry, STREETS, squadron",
      ...realTexts().map((r) => r.text),
    ];
    let n = 0;
    for (const t of texts) {
      const flat = words(NAMED_AREA_FLAT, t);
      expect(words(NAMED_AREA, t)).toEqual(flat);
      n += flat.length;
    }
    expect(n).toBeGreaterThan(20);
  });
});

/**
 * A shot or a score named by its points (names.ts SHOT_NAME) runs only on texts holding "-point",
 * in any case. Must still match each form, in a short text and far into a long one; must not match
 * a margin, a count of points, or a text without the hyphened word. Written by hand.
 */
describe("shot names behind the '-point' gate", () => {
  const found: [string, string][] = [
    ["Ortega sank a three-pointer at the horn", "three-pointer"],
    ["she hit two 3-pointers in a row", "3-pointers"],
    ["he tried from 3-point range twice", "3-point range"],
    ["the Hawks missed a two-point conversion", "two-point conversion"],
    ["a late Four-Point Play sealed it", "Four-Point Play"],
  ];
  it.each(found)("%s → %s", (text, span) => {
    expect(spans(text)).toContainEqual(["identifier/event-name", span]);
    const long = `${"The council met again and spoke at length. ".repeat(40)}${text}`;
    expect(spans(long)).toContainEqual(["identifier/event-name", span]);
  });

  const notFound: string[] = [
    "they held a 3-point lead at half time",
    "a 10-point win over the Owls",
    "Ortega scored 3 points in the quarter",
    "the pointer moved three points up",
  ];
  it.each(notFound)("%s → no event name", (text) => {
    expect(spans(text).map(([p]) => p)).not.toContain("identifier/event-name");
  });
});
