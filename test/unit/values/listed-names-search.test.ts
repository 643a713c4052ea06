/**
 * The names of lists and indexes ("the Fortune 500 list", "the 'Top 12 Fugitives' list") are
 * searched only in the run of name characters before each kind of list (names.ts listedNames),
 * not at every character. Must find what a search of the whole text finds, match for match, in
 * invented texts and in real prose; must find nothing where no kind of list follows a name.
 */
import { describe, expect, it } from "vitest";
import { LISTED_NAME, listedNames } from "../../../src/values/noise/names.js";
import { execAll } from "../../../src/values/exec-all.js";
import { realTexts } from "../../helpers/real-texts.js";

const plain = (ms: RegExpExecArray[]): unknown[] => ms.map((m) => ({ index: m.index, groups: [...m] }));

describe("listedNames", () => {
  const texts = [
    "Ruud Vell made the Harbour Top 40 chart twice, and the 'Most Wanted 10' list once.",
    "The Keldmark 225 stock market index fell; the Keldmark 225 rose later. See lists 3 and 4.",
    "“Best 100” rankings, the Quill 50 index, Orne 7 Indices and a plain 12 lists",
    "line one\nTop 12 Fugitives list\n\tAlder\u2019s 30 chart, Ørsted 44 index, 𝐀 9 list",
    "no kind at all here: 5 apples, 6 pears",
    "Top 3 listing and the 5 indexes of Dunmore 8 Rankings. Top 9 list",
  ];
  it.each(texts)("finds what a search of all of %j finds", (text) => {
    expect(plain(listedNames(text))).toEqual(plain(execAll(LISTED_NAME, text)));
  });

  it("finds the names it must", () => {
    expect(listedNames("the Harbour Top 40 chart").map((m) => m[0])).toEqual(["Harbour Top 40 chart"]);
    expect(listedNames("no kind at all: 5 apples")).toEqual([]);
  });

  it("finds what a search of all of each real text finds", () => {
    for (const { file, text } of realTexts()) expect(plain(listedNames(text)), file).toEqual(plain(execAll(LISTED_NAME, text)));
  });
});
