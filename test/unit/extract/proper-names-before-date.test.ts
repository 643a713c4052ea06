/**
 * The first word of a sentence set before a date ("Born March 29, 1930", "Elected June 4 2001")
 * is a word of the sentence, not a name: a month and a day follow it, not a name's second word.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { properNameRuns } from "../../../src/extract/proper-names.js";

describe("must not match: a first word before a month and its day", () => {
  it.each<[string, string[]]>([
    ["Born March 29, 1930, in Leeds; died May 2 in York.", ["Leeds", "York"]],
    ["Elected June 4 2001, she served two terms.", []],
    ["Founded Sept. 12, 1899, the club moved to Hull.", ["Hull"]],
  ])("%s", (sentence, runs) => {
    expect(properNameRuns(sentence).filter((r) => !/^(?:March|May|June|Sept)/.test(r))).toEqual(runs);
  });
});

describe("must match: a first word before a name is still a name", () => {
  it.each<[string, string]>([
    ["Ishaq Dar said on Monday that talks would resume.", "Ishaq Dar"],
    ["Julia May spoke in Leeds.", "Julia May"],
    ["Ann Cole won in Derby on March 3, 2004.", "Ann Cole"],
  ])("%s", (sentence, run) => {
    expect(properNameRuns(sentence)).toContain(run);
  });
});

/**
 * A closing quote before a space does not start a sentence: the capitalized word after it goes on
 * as a name ('Anna "The Hawk" Berg', '"We won" Cole said'). An opening quote does start one ('he
 * said: "The river rose"', where "The" is no name).
 */
describe("must match: a name right after a closing quote", () => {
  it.each<[string, string]>([
    ['Anna "The Hawk" Berg, the gang leader, died Friday in jail.', "Berg"],
    ['"We won the vote" Cole said in Derby.', "Cole"],
  ])("%s", (sentence, run) => {
    expect(properNameRuns(sentence)).toContain(run);
  });
});

describe("must not match: a first word after an opening quote", () => {
  it.each<[string, string]>([
    ['He said: "The river rose in Keld overnight."', "The"],
    ['The mayor wrote "Our town is safe" in Derby.', "Our"],
  ])("%s", (sentence, word) => {
    expect(properNameRuns(sentence).some((r) => r.split(" ").includes(word))).toBe(false);
  });
});

/** A nickname in quotes between the parts of one name: the name is read whole without it too. */
describe("must match: a name read across a quoted nickname", () => {
  it.each<[string, string]>([
    ['Gang leader Anna "The Hawk" Berg died Friday in jail.', "Anna Berg"],
    ['Police said Deputy Ray "Sonny" Vance, 41, was hurt.', "Deputy Ray Vance"],
  ])("%s", (sentence, run) => {
    expect(properNameRuns(sentence)).toContain(run);
  });
});

describe("must not match: a quotation after a name that no name follows", () => {
  it.each<[string, string]>([
    ['Coach Ann Lisle said "Go home" to the crowd.', "Coach Ann Lisle"],
    ['Mayor Ben Holt called it "A Disgrace" and left.', "Mayor Ben Holt"],
  ])("%s", (sentence, name) => {
    expect(properNameRuns(sentence).filter((r) => r.startsWith(name) && r !== name)).toEqual([]);
  });
});
