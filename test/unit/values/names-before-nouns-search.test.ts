/**
 * The number of a name before a noun (names-before-nouns.ts) is found from its digits, with the
 * space before it checked by hand: the same hits as a number that must follow a space or a tab.
 * Sentences written for this test; the answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { findNamesBeforeNouns } from "../../../src/values/noise/names-before-nouns.js";

const hits = (text: string): string[] => findNamesBeforeNouns(text).map((h) => text.slice(h.offset, h.offset + h.length));

describe("findNamesBeforeNouns: the number stands after a space or a tab", () => {
  it.each<[string, string[]]>([
    ["Tom Ross works at the 76 station on Mill Road.", ["76"]],
    ["Tom Ross works at the\t76 station on Mill Road.", ["76"]],
    ["The fault hit the Sea Me We 3 cable near Palermo.", ["Sea Me We 3"]],
    ["Tom Ross works at the 1276 station on Mill Road.", []],
    ["Tom Ross works at the No.76 station on Mill Road.", []],
    ["Tom Ross works at the x76 station on Mill Road.", []],
    ["Tom Ross works at the 76-station depot on Mill Road.", []],
    ["The chain closed 76 stations across Dunmore.", []],
  ])("%s", (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});
