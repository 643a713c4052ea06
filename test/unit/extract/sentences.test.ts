import { describe, expect, it } from "vitest";
import { splitLine, splitSentences } from "../../../src/extract/sentences.js";

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("does not end a sentence after an abbreviation or an initial", () => {
    expect(texts("U.S. Troops left. Mr. Dar spoke on Jan. 5 and A. Khan replied.")).toEqual(["U.S. Troops left.", "Mr. Dar spoke on Jan. 5 and A. Khan replied."]);
    expect(texts("He met Ž. Novak. Then he left.")).toEqual(["He met Ž. Novak.", "Then he left."]);
    expect(texts("Approx. 5 came in Sept. Then more.")).toEqual(["Approx. 5 came in Sept. Then more."]);
  });

  it("ends one after an ordinary word, ASCII or not", () => {
    expect(texts("It was Müller. Then it rained.")).toEqual(["It was Müller.", "Then it rained."]);
    expect(texts("Aid reached Kabul. 30 trucks came.")).toEqual(["Aid reached Kabul.", "30 trucks came."]);
    expect(texts("The long-awaited approximately. Next one.")).toEqual(["The long-awaited approximately.", "Next one."]);
  });

  it("always ends one at a line break, whatever its kind", () => {
    expect(splitSentences("One\r\nTwo\rThree\nFour")).toEqual([
      { start: 0, end: 3, text: "One" },
      { start: 5, end: 8, text: "Two" },
      { start: 9, end: 14, text: "Three" },
      { start: 15, end: 19, text: "Four" },
    ]);
  });
});

describe("a currency sign lost in encoding is no question mark", () => {
  it.each([
    ["The bank agreed to lend? 40bn to the utility.", ["The bank agreed to lend? 40bn to the utility."]],
    ["They signed a? 12-billion bailout on Sunday.", ["They signed a? 12-billion bailout on Sunday."]],
    // a real question before a number ends its sentence
    ["How many were hurt? 12 people, police said.", ["How many were hurt?", "12 people, police said."]],
    ["Did it cost a lot? 40 dollars.", ["Did it cost a lot?", "40 dollars."]],
  ])("%s", (text, sentences) => {
    expect(texts(text)).toEqual(sentences);
  });
});

describe("splitLine: a reading stopped when the caller has enough", () => {
  const line = "Mr. Orr met the board of Keld Mills on Monday. It voted 7-2 to close the plant. Staff were told at noon. The union said it would appeal.";
  it("must: the first sentences are those of the whole reading", () => {
    const all = splitLine(line, 0, line.length);
    const two = splitLine(line, 0, line.length, [], (got) => got.length === 2);
    expect(two).toEqual(all.slice(0, 2));
    expect(two.map((s) => s.text)).toEqual(["Mr. Orr met the board of Keld Mills on Monday.", "It voted 7-2 to close the plant."]);
  });
  it("must not: stop when the caller never has enough", () => {
    expect(splitLine(line, 0, line.length, [], () => false)).toEqual(splitLine(line, 0, line.length));
  });
});
