/**
 * Families of the value layer met in news of kinds not seen before (an election timetable, a
 * software flaw and its fix), each with sentences written for this test and results read off them
 * by hand:
 *   - a year-less span of days leans by its tense as a year-less date does;
 *   - a hyphenated adjective ending in -ed ("so-called") tells no past tense;
 *   - a span of lengths of time ("two to three weeks") is one value from its low end to its high end;
 *   - a list that a version label opens names versions, and a width in bits names a build;
 *   - "zero" in a quoted term or before the noun it qualifies names a kind ("a zero day flaw"), it
 *     counts nothing;
 *   - a weekday inside the name of a day ("Patch Tuesday") and a weekday that recurs each month are
 *     no day of the coming or past week.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { findNoise } from "../../../src/values/noise/index.js";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-09-10"; // a Wednesday

function spans(text: string): string[] {
  return findMentions(text, { asOf: AS_OF })
    .filter((m) => m.value && (m.value.type === "date" || m.value.type === "range"))
    .map((m) => (m.value!.type === "date" || m.value!.type === "range" ? `${m.text} = ${m.value!.start}..${m.value!.end}` : ""));
}

describe("a year-less span of days leans by its tense", () => {
  it.each([
    ["Sign-ups for the league will run from October 6 to November 2.", "from October 6 to November 2 = 2025-10-06..2025-11-02"],
    ["Bids are due from November 3 to December 1, the board says.", "from November 3 to December 1 = 2025-11-03..2025-12-01"],
    // no tense at all: the nearest span, as for a single date
    ["Pool hours: from October 6 to November 2.", "from October 6 to November 2 = 2025-10-06..2025-11-02"],
  ])("ahead: %s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ["Sign-ups for the league ran from October 6 to November 2.", "from October 6 to November 2 = 2024-10-06..2024-11-02"],
    ["The fair was held from March 4 to March 9.", "from March 4 to March 9 = 2025-03-04..2025-03-09"],
  ])("still past: %s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });
});

describe("a hyphenated adjective in -ed is no past tense", () => {
  it.each([
    ["The crew will ship a so-called hot fix before October 2.", "October 2 = 2025-10-02..2025-10-02"],
    ["A long-awaited bridge will open to traffic on October 20.", "October 20 = 2025-10-20..2025-10-20"],
  ])("ahead: %s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    ["The crew shipped a fix on October 2.", "October 2 = 2024-10-02..2024-10-02"],
    ["The bridge was closed and then reopened on August 20.", "August 20 = 2025-08-20..2025-08-20"],
  ])("a plain past verb still leans back: %s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });
});

describe("a span of lengths of time is one value", () => {
  const lengths = (text: string) =>
    findMentions(text, { asOf: AS_OF })
      .filter((m) => m.kind === "duration" && m.value?.type === "quantity")
      .map((m) => (m.value?.type === "quantity" ? `${m.text} = ${m.value.min}..${m.value.max} ${m.value.unit}` : ""));

  it.each([
    ["The repair should take two to three weeks.", "two to three weeks = 2..3 week"],
    ["Shipping takes 4-6 days from the warehouse.", "4-6 days = 4..6 day"],
    ["Approval can take between 30 and 45 days.", "between 30 and 45 days = 30..45 day"],
  ])("%s", (text, expected) => {
    expect(lengths(text)).toEqual([expected]);
  });

  it.each([
    ["The repair should take two or three weeks.", ["two = 2..2 week", "three weeks = 3..3 week"]], // alternatives
    ["The course lasts three weeks to a month.", ["three weeks = 3..3 week", "a month = 1..1 month"]], // two units
    ["Five to three days later the rain stopped.", ["Five = 5..5 day", "three days = 3..3 day"]], // ends that do not rise
  ])("not one span: %s", (text, expected) => {
    expect(lengths(text)).toEqual(expected);
  });

  it("the temporal grammar alone still reads the two numbers apart (as TimeML annotates them)", () => {
    const texts = findTemporal("The repair should take two to three weeks.", { asOf: AS_OF }).map((m) => m.text);
    expect(texts).toEqual(["two", "three weeks"]);
  });
});

describe("versions and builds are no figures", () => {
  const noise = (text: string) => findNoise(text).map((m) => m.text);
  it.each([
    ["The patch covers Acme 4, 5 and 6 on Windows XP, Vista, 7, 8, and 8.1.", ["7", "8", "8.1"]],
    ["Only IE7, 8, 9 and 10 are affected.", ["IE7", "8", "9", "10"]],
    ["It runs on versions 3, 4, and 5 of the player.", ["versions 3", "4", "5"]],
    ["Attacks hit Internet Explorer 8 and 9, the vendor said.", ["Explorer 8", "9"]],
    ["The flaw spans IE7 to 11.", ["IE7", "11"]],
    ["It ships with Windows Server 2016 and Windows Server 2019 R2.", ["Server 2016", "Server 2019"]],
    ["Only the 32-bit build is fixed.", ["32-bit"]],
    ["Both 32- and 64-bit editions and 32/64-bit drivers are listed.", ["32- and 64-bit", "32/64-bit"]],
  ])("%s", (text, expected) => {
    expect(noise(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ["The firm runs Windows 7 on 300 machines.", "300"],
    ["After Windows 8, 40 firms said they would wait.", "40"],
    ["Each channel carries 8 bits per cycle.", "8"],
    ["In 2019, 12 servers failed.", "12"],
    ["Windows 10, 7 of its apps and 300 of its users moved.", "300"],
  ])("a count beside a version stays a count: %s", (text, count) => {
    expect(noise(text)).not.toContain(count);
    expect(findMentions(text, { asOf: AS_OF }).some((m) => m.text.startsWith(count) && m.kind === "quantity")).toBe(true);
  });

  it("a year after a server's name is its name, no date", () => {
    expect(spans("Support for Acme Server 2012 ends soon, and Windows Server 2008 is older still.")).toEqual([]);
  });
});

describe("'zero' before a singular noun names a kind", () => {
  const counts = (text: string) => findMentions(text, { asOf: AS_OF }).filter((m) => m.kind === "quantity").map((m) => m.text);
  it.each([
    ['Hackers used a "zero day" hole in the reader.'],
    ["The club has a zero tolerance policy."],
    ['A broker paid well for the "zero day" itself.'],
  ])("no count: %s", (text) => {
    expect(counts(text)).toEqual([]);
  });
  it.each([
    ["The side had zero wins all season.", "zero"],
    ["Interest stayed at zero percent.", "zero percent"],
    ["Cases fell to zero in May.", "zero"],
    ["Output showed zero growth in the quarter.", "zero"], // a mass noun with no noun after it: a figure of none
    ["Zero inflation was reported in May.", "Zero"],
  ])("a count of none: %s", (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });
});

describe("a weekday in a day's name, or recurring each month, is no day of the week around", () => {
  it.each([
    "The fix will come with next month's Patch Tuesday.",
    "It was the worst Patch Tuesday in a year.",
    "Voters in twelve states go to the polls on Super Tuesday.",
    "The charity drive peaks on Giving Tuesday.",
    "The vendor ships updates on the second Tuesday of every month.",
    "The club meets on the first Monday of each month.",
  ])("%s", (text) => {
    expect(spans(text).filter((s) => /day\b/i.test(s.split(" = ")[0]!))).toEqual([]);
  });
  it.each([
    ["The Pentagon Tuesday announced the cuts.", "Tuesday = 2025-09-09..2025-09-09"],
    ["The vote fell on the second Tuesday of March.", "March = 2025-03-01..2025-03-31"],
    ["Stores opened early on Black Friday.", "Black Friday = 2024-11-29..2024-11-29"],
  ])("still a day: %s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });
});

describe("a name in -s before a plural noun: the noun is counted", () => {
  const units = (text: string) => findMentions(text, { asOf: AS_OF }).filter((m) => m.kind === "quantity").map((m) => (m.value?.type === "quantity" ? m.value.unit : ""));
  it.each([
    ["The flaw could reach millions of Windows laptops.", "laptop"],
    ["The bug hit 300 Windows servers at the bank.", "server"],
    ["Some 5,000 Rovers supporters marched.", "supporter"],
  ])("%s", (text, unit) => {
    expect(units(text)).toEqual([unit]);
  });
  it.each([
    ["Some 300 Canadians were evacuated.", "person"], // a people's name alone counts people
    ["Millions of Apple customers were hit.", "person"], // a singular name: the noun was counted already
  ])("still: %s", (text, unit) => {
    expect(units(text)).toEqual([unit]);
  });
});

describe("a relative date in a document known only to its month spans what it can mean", () => {
  const inMonth = (text: string) =>
    findMentions(text, { asOf: "2025-09-01", asOfUntil: "2025-09-30" })
      .filter((m) => m.value?.type === "date")
      .map((m) => (m.value?.type === "date" ? `${m.text} = ${m.value.start}..${m.value.end}` : ""));
  it.each([
    ["The vendor said today that the hole is being used.", "today = 2025-09-01..2025-09-30"],
    ["The fix came out yesterday.", "yesterday = 2025-08-31..2025-09-29"],
  ])("%s", (text, expected) => {
    expect(inMonth(text)).toEqual([expected]);
  });
  it("a stated date stays the day it states", () => {
    expect(inMonth("The fix came out on 17 September 2025.")).toEqual(["17 September 2025 = 2025-09-17..2025-09-17"]);
  });
  it("a document dated to the day reads a relative date as that day", () => {
    const text = "The vendor said today that the hole is being used.";
    expect(findMentions(text, { asOf: "2025-09-17" }).map((m) => (m.value?.type === "date" ? m.value.start + ".." + m.value.end : ""))).toEqual(["2025-09-17..2025-09-17"]);
  });
});
