/**
 * A player's stat line told with "had" and a coordinated count: the word in -s after a count of two
 * or more that opens a list item or a preposition's object is that count's plural noun, never a verb (tag/tagger.ts retagPluralsAfterCounts); a noun
 * in -ist that names no one counts things, not people (frames/counted.ts); and the subject of a
 * "have" the tagger read as an auxiliary but that is its clause's own verb holds the figure
 * (frames/participants.ts mainVerbHave). Sentences written for this test; expected readings by hand.
 */
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../../../src/extract/tag/tagger.js";
import { frame } from "./helpers.js";

const posOf = (sentence: string, word: string): string | undefined => tagSentence(sentence).find((t) => t.text === word)?.pos;
const roles = (sentence: string, value: string): string[] => frame(sentence, value).participants.map((p) => `${p.role}:${p.key}`);

describe("a word in -s after a count that opens a list item or a preposition's object is a plural noun", () => {
  it.each([
    ["Tess Olsen had 18 points and four assists.", "assists"],
    ["Vera Lund chipped in with 11 points, nine rebounds and two steals off the bench.", "steals"],
    ["The keeper finished with 6 saves, 2 punches and 3 claims.", "claims"],
    // a preposition's object
    ["Cole ran for 40 yards on nine carries against Leeds.", "carries"],
    ["It was her 30th win, for only two defeats.", "defeats"],
  ])("%s → %s is a noun", (sentence, word) => {
    expect(posOf(sentence, word)).toBe("NOUN");
  });

  it.each([
    // a number that is part of a name before it
    ["Chapter 11 protects the firm from its lenders.", "protects"],
    ["Number 10 says no to the plan.", "says"],
  ])("%s → %s stays a verb", (sentence, word) => {
    expect(posOf(sentence, word)).toBe("VERB");
  });
});

describe("what a count of a stat noun in -ist counts", () => {
  it.each([
    ["Tess Olsen had 18 points and four assists.", "four", "assist"],
    ["The gang carried out three heists in May.", "three", "heist"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it("still counts people for an agent noun in -ist", () => {
    expect(frame("Police stopped 40 cyclists on the bridge.", "40").counted).toBe("person");
  });
});

describe("the subject of a main-verb 'have' holds the figure", () => {
  it.each([
    ["Ola Brandt now has 1,940 points in 98 games.", "1,940", "agent:ola brandt"],
    ["Ola Brandt, a senior, now has 1,940 points.", "1,940", "agent:ola brandt"],
    ["Rome was led by 15 points from Ian Cole, while Tess Olsen had 18 points and four assists.", "18", "agent:tess olsen"],
    ["Rome was led by 15 points from Ian Cole, while Tess Olsen had 18 points and four assists.", "four", "agent:tess olsen"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it.each([
    // the figure is the subject itself: nothing before "have" holds it
    ["Officials said 40 homes have no power tonight.", "40", "agent:officials"],
    // the name after "from" is another player's, no place of this figure
    ["Rome was led by 15 points from Ian Cole, while Tess Olsen had 18 points and four assists.", "18", "agent:ian cole"],
  ])("%s → %s has no %s", (sentence, value, unexpected) => {
    expect(roles(sentence, value)).not.toContain(unexpected);
  });
});
