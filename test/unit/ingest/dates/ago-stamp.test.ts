/**
 * A stamp of how long ago a page was posted ("Posted 3 days ago"), on a line of the top with
 * nothing but stamp words beside it, is metadata: masked, never a length of time the story tells;
 * and the date of a download or access stamp on that line is not the page's publication date.
 * Lines written for these tests.
 */
import { describe, expect, it } from "vitest";
import { isAgoStamp, readHeader } from "../../../../src/ingest/dates/header-date.js";

const maskedTexts = (text: string) => readHeader(text, [], 0).masks.map(([s, e]) => text.slice(s, e));

describe("isAgoStamp", () => {
  it.each([
    ["Posted 3 days ago"],
    ["Updated an hour ago"],
    ["Posted 2 years, 41 days ago"],
    ["Published: 5 minutes ago |"],
  ])("must: %s", (line) => {
    expect(isAgoStamp(line)).toBe(true);
  });

  it.each([
    ["The mill closed 3 years ago."],
    ["Posted by Jo Lake"],
    ["Two days ago the river rose"],
    ["3 days ago, police say"],
  ])("must not: %s", (line) => {
    expect(isAgoStamp(line)).toBe(false);
  });
});

describe("readHeader with an ago stamp", () => {
  it("masks a lone ago stamp under the headline", () => {
    const text = "Mayor quits\nPosted 3 days ago\nThe mayor quit on Monday.";
    expect(maskedTexts(text)).toContain("Posted 3 days ago");
  });

  it("masks an ago stamp with a download date, and does not take that date for the page's", () => {
    const text = "Mayor quits\nPosted 1 year, 12 days ago [downloaded on 4 May 2015]\nThe mayor quit on Monday.";
    expect(maskedTexts(text)).toContain("Posted 1 year, 12 days ago [downloaded on 4 May 2015]");
    expect(readHeader(text, [], 0).stated).toBeNull();
  });

  it("does not mask a sentence that tells a length of time ago", () => {
    const text = "Mayor quits\nThe mayor was elected 3 years ago in May 2012.\nShe quit on Monday.";
    expect(maskedTexts(text)).toEqual([]);
  });
});
