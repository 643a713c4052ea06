/**
 * Four non-claim expressions run only on texts holding a word they cannot match without (a text
 * with none of them is spared a search of all of it): the software list of version-labels.ts
 * (LABEL_LIST_WORDS), bit widths ("-bit"), path pieces joined by " / " (urls.ts SPACED_SLASH) and
 * "the 405 Freeway" (addresses.ts ROAD_AFTER_WORDS). Must still match each form with its word,
 * wherever it stands in a longer text; must not match texts without it. Written by hand.
 */
import { describe, expect, it } from "vitest";
import { findNoise } from "../../../src/values/noise/index.js";

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
