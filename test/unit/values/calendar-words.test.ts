/**
 * The calendar's words as one source: months and weekdays in full and cut short, and the pattern
 * sources built from them. Each table reads a word or a phrase through a pattern built the way the
 * readers build theirs (their own boundaries and period around the builder's alternatives).
 * Sentences and words written for this test.
 */
import { describe, expect, it } from "vitest";
import {
  MONTH_NAMES,
  MONTH_STEMS,
  WEEKDAYS_FROM_SUNDAY,
  WEEKDAY_STEMS,
  calendarWords,
  monthStems,
  monthWords,
  weekdayStems,
  weekdayWords,
} from "../../../src/values/calendar-words.js";
import { MONTH, MONTH_ABBR, MONTH_FULL, WEEKDAY, monthNumber, weekdayNumber } from "../../../src/values/temporal/lexicon.js";

/** A whole word, with a period after it or none. */
const word = (source: string) => new RegExp(`^(?:${source})\\.?$`);
/** A month's name right before a day's number: "Sept. 3", "May 5". */
const monthBeforeDay = new RegExp(String.raw`\b(?:${monthWords({ forms: "both" })})\b\.?\s+\d{1,2}\b`);

describe("must match: a month's name before a day", () => {
  it.each<[string]>([
    ["The ferry sank on Sept. 3 off Dunmore."],
    ["Talks resume Sep 14 in Keld."],
    ["The vote was set for Aug. 9."],
    ["She was sworn in on March 9."],
    ["The fair opens May 5."],
    ["A second storm hit on December 28."],
  ])("%s", (sentence) => {
    expect(monthBeforeDay.test(sentence)).toBe(true);
  });
});

describe("must not match: a month's letters that are no month before a day", () => {
  it.each<[string]>([
    ["The crew sent a Mayday 3 times before the hull split."],
    ["Veterans march on 12 streets of Keld."], // a verb in small letters
    ["They will March on 4 roads at once."], // a verb, and "on" before the number
    ["The Septic 5 tank failed."],
    ["The Junebug 2 launched late."],
    ["A Marchant 7 press stood idle."],
  ])("%s", (sentence) => {
    expect(monthBeforeDay.test(sentence)).toBe(false);
  });
});

describe("full names only unless short forms are asked for", () => {
  it.each<[string, string, boolean]>([
    [monthWords(), "September", true],
    [monthWords(), "May", true],
    [monthWords(), "Sept.", false],
    [monthWords(), "Mayday", false],
    [monthWords(), "may", false], // a modal in small letters
    [monthWords({ forms: "short" }), "Sept.", true],
    [monthWords({ forms: "short" }), "Sep", true],
    [monthWords({ forms: "short" }), "September", false],
    [monthWords({ forms: "short" }), "May", false], // no short form: the name in full
    [weekdayWords(), "Thursday", true],
    [weekdayWords(), "Thurs.", false],
    [weekdayWords(), "Sun", false], // "the Sun reported": a newspaper
    [weekdayWords({ forms: "short" }), "Sun.", true],
    [weekdayWords({ forms: "short" }), "Thurs.", true],
    [weekdayWords({ forms: "short" }), "Tues", true],
    [weekdayWords({ forms: "short" }), "Sunny", false],
    [weekdayWords({ forms: "both" }), "Thursdays", false],
    [weekdayWords({ forms: "both" }), "Wednesday", true],
    [calendarWords(), "Monday", true],
    [calendarWords(), "October", true],
    [calendarWords(), "Oct.", false],
    [calendarWords({ forms: "both" }), "Oct.", true],
    [calendarWords({ forms: "both" }), "Thur.", true],
    [calendarWords({ forms: "both" }), "Octane", false],
  ])("%s ~ %s → %s", (source, text, expected) => {
    expect(word(source).test(text)).toBe(expected);
  });
});

describe("a reader's own exclusions and capitals", () => {
  it.each<[string, string, boolean]>([
    [calendarWords({ except: ["May"] }), "May", false],
    [calendarWords({ except: ["May"] }), "March", true],
    [calendarWords({ except: ["May"] }), "Friday", true],
    [weekdayWords({ forms: "both", except: ["Thur"] }), "Thur", false],
    [weekdayWords({ forms: "both", except: ["Thur"] }), "Thurs", true],
    [monthWords({ forms: "short", capitals: true }), "SEPT.", true],
    [monthWords({ forms: "short", capitals: true }), "Sept", true],
    [monthWords({ forms: "short", capitals: true }), "SePt", false],
    [weekdayWords({ forms: "short", capitals: true }), "THURS", true],
    [monthWords({ forms: "short" }), "SEPT", false],
  ])("%s ~ %s → %s", (source, text, expected) => {
    expect(word(source).test(text)).toBe(expected);
  });
});

describe("stems: a month or a weekday known by its first letters", () => {
  it("gives each month's and each weekday's first three letters in order", () => {
    expect(monthStems()).toBe("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");
    expect(weekdayStems()).toBe("Mon|Tue|Wed|Thu|Fri|Sat|Sun");
    expect(MONTH_STEMS).toHaveLength(12);
    expect(WEEKDAY_STEMS).toHaveLength(7);
  });
  it.each<[string, boolean]>([
    ["Sept. 3", true],
    ["September", true],
    ["Decker", true], // a stem reads any word that starts so: a reader adds what may follow
    ["Keld", false],
  ])("^(?:stems) ~ %s → %s", (text, expected) => {
    expect(new RegExp(`^(?:${monthStems()})`).test(text)).toBe(expected);
  });
});

describe("the week from Sunday, as a date's weekday number counts it", () => {
  it.each<[string, string]>([
    ["2024-06-02", "Sunday"],
    ["2024-06-05", "Wednesday"],
    ["2025-01-04", "Saturday"],
  ])("%s is a %s", (day, name) => {
    expect(WEEKDAYS_FROM_SUNDAY[new Date(`${day}T00:00:00Z`).getUTCDay()]).toBe(name);
  });
});

describe("the date parser's words are built from the same lists", () => {
  it("keeps the parser's alternatives as they were", () => {
    expect(MONTH_FULL).toBe("January|February|March|April|May|June|July|August|September|October|November|December");
    expect(MONTH_ABBR).toBe("Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec");
    expect(WEEKDAY).toBe("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    expect(MONTH_NAMES.join("|")).toBe(MONTH_FULL);
  });
  it.each<[string, number | null]>([
    ["Sept.", 9],
    ["May", 5],
    ["dec", 12],
    ["Mayor", 5], // the parser reads a month by its first letters; its patterns decide what is a month
    ["Keld", null],
  ])("monthNumber(%s) = %s", (w, n) => {
    expect(monthNumber(w)).toBe(n);
  });
  it.each<[string, number | null]>([
    ["Thurs.", 4],
    ["Sunday", 7],
    ["mon", 1],
    ["Keld", null],
  ])("weekdayNumber(%s) = %s", (w, n) => {
    expect(weekdayNumber(w)).toBe(n);
  });
  it("reads a month as written, the period part of it", () => {
    const m = new RegExp(`^${MONTH}$`);
    expect(m.test("Sept.")).toBe(true);
    expect(m.test("Aug.")).toBe(true);
    expect(m.test("May.")).toBe(false);
  });
});
