/** "N-time" before a noun phrase: the count of a title or honour held that many times. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a count of times held counts the title after it", () => {
  it.each([
    // sentence, value, counted thing
    ["The club signed the three-time Pro Bowl guard on Tuesday.", "three", "guard"],
    ["Her coach, a two-time Olympic champion, watched from the stands.", "two", "champion"],
    ["The five-time Grammy nominee will headline the festival.", "five", "nominee"],
    ["Reyes, a six-time All-Star, retired last spring.", "six", "all-star"],
    ["The four-time world record holder skipped the final.", "four", "holder"],
  ])("%s (%s) → %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it.each([
    // must not: a count of times written apart from any title
    ["The ferry was delayed two times this week.", "two", "time"],
  ])("%s (%s) → %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
});
