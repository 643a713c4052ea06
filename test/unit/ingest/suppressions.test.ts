import { describe, expect, it } from "vitest";
import { lineStarts } from "../../../src/ingest/line-index.js";
import { findSuppressions } from "../../../src/ingest/suppressions.js";

const find = (text: string) => findSuppressions(text, lineStarts(text)).map((s) => [s.line, s.rules]);

describe("findSuppressions", () => {
  it.each([
    ["<!-- relcheck-disable-next-line -->\nx", [[1, null]]],
    ["a\n  <!--relcheck-disable-next-line fatalities, air-strikes-->\nx", [[2, ["fatalities", "air-strikes"]]]],
    ["Some prose. <!-- relcheck-disable-next-line casualties -- disputed, see the notes -->\nx", [[1, ["casualties"]]]],
    ["relcheck-disable-next-line government-recognition -- reviewed\nIn 1996 …", [[1, ["government-recognition"]]]],
    ["\trelcheck-disable-next-line\r\nx\r\n", [[1, null]]],
    ["relcheck-disable-next-line a b\nrelcheck-disable-next-line c", [[1, ["a", "b"]], [2, ["c"]]]],
  ])("reads %j", (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    "We use relcheck-disable-next-line in our notes.",
    "relcheck-disable-next-lines casualties",
    "<!-- relcheck-disable-next-line casualties",
    "see: relcheck-disable-next-line",
    "no directive here at all",
  ])("does not take %j for a directive", (text) => {
    expect(find(text)).toEqual([]);
  });
});
