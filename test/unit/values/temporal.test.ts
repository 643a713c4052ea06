/**
 * findTemporal, table-driven with a fixed reference date (2025-09-05, a Friday):
 * input → the expected mention (text, kind, value, timex). Every temporal expression of the seed
 * articles is in the table, with the general forms around them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { findTemporal } from "../../../src/values/temporal/index.js";
import type { Mention } from "../../../src/types.js";

const AS_OF = "2025-09-05";

type Expected = {
  text: string;
  kind: Mention["kind"];
  /** "start..end granularity" for dates/ranges, "min-max unit" for durations, null for none. */
  value: string | null;
  timex: string;
  mod?: string | null;
  pattern?: string;
};

function summary(m: Mention): Expected {
  const v = m.value;
  const value =
    v === null ? null : v.type === "quantity" ? `${v.min}-${v.max} ${v.unit}` : `${v.start}..${v.end} ${v.granularity}`;
  return { text: m.text, kind: m.kind, value, timex: `${m.timex?.type} ${m.timex?.value}`, mod: m.timex?.mod ?? null, pattern: m.pattern };
}

function only(input: string, asOf: string | null = AS_OF): Expected {
  const found = findTemporal(input, { asOf });
  expect(found.map((m) => m.text), `mentions in ${JSON.stringify(input)}`).toHaveLength(1);
  return summary(found[0]!);
}

// [input, expected]; `text` is the extent inside the input.
const TABLE: [string, Expected][] = [
  // day / month / year
  ["It happened on 19 April 2025.", { text: "19 April 2025", kind: "date", value: "2025-04-19..2025-04-19 day", timex: "DATE 2025-04-19" }],
  ["my visit to Kabul on 19th April 2025.", { text: "19th April 2025", kind: "date", value: "2025-04-19..2025-04-19 day", timex: "DATE 2025-04-19" }],
  ["(@MIshaqDar50) May 30, 2025", { text: "May 30, 2025", kind: "date", value: "2025-05-30..2025-05-30 day", timex: "DATE 2025-05-30" }],
  ["on April 19, 2025, he said", { text: "April 19, 2025", kind: "date", value: "2025-04-19..2025-04-19 day", timex: "DATE 2025-04-19" }],
  ["filed 2025-04-19 in court", { text: "2025-04-19", kind: "date", value: "2025-04-19..2025-04-19 day", timex: "DATE 2025-04-19" }],
  ["dated 19/04/2025 by hand", { text: "19/04/2025", kind: "date", value: "2025-04-19..2025-04-19 day", timex: "DATE 2025-04-19" }],
  ["the Taliban's return to power in August 2021 placed", { text: "August 2021", kind: "date", value: "2021-08-01..2021-08-31 month", timex: "DATE 2021-08" }],
  ["the situation has changed since August 2021", { text: "August 2021", kind: "date", value: "2021-08-01..2021-08-31 month", timex: "DATE 2021-08", pattern: "date/month-year+since" }],
  ["signed in Aug. 2021 at Doha", { text: "Aug. 2021", kind: "date", value: "2021-08-01..2021-08-31 month", timex: "DATE 2021-08" }],
  ["the Doha Agreement of February 2020, which", { text: "February 2020", kind: "date", value: "2020-02-01..2020-02-29 month", timex: "DATE 2020-02" }],
  ["It was in 1997 that Pakistan recognised", { text: "1997", kind: "date", value: "1997-01-01..1997-12-31 year", timex: "DATE 1997" }],
  ["engagement since 2021 shows", { text: "2021", kind: "date", value: "2021-01-01..2021-12-31 year", timex: "DATE 2021", pattern: "date/year+since" }],
  ["the post-2021 period", { text: "2021", kind: "date", value: "2021-01-01..2021-12-31 year", timex: "DATE 2021", pattern: "date/year+post" }],
  ["the US invasion following 9/11 attacks", { text: "9/11", kind: "date", value: "2001-09-11..2001-09-11 day", timex: "DATE 2001-09-11" }],
  ["Post-September 11 era, when", { text: "September 11", kind: "date", value: "2001-09-11..2001-09-11 day", timex: "DATE 2001-09-11", pattern: "date/nine-eleven+post" }],
  ["during the 1990s, Pakistani forces", { text: "the 1990s", kind: "date", value: "1990-01-01..1999-12-31 decade", timex: "DATE 199" }],
  ["music of the ’90s was", { text: "the ’90s", kind: "date", value: "1990-01-01..1999-12-31 decade", timex: "DATE 199" }],
  ["music of the '90s was", { text: "the '90s", kind: "date", value: "1990-01-01..1999-12-31 decade", timex: "DATE 199" }],
  ["in the 20th century", { text: "the 20th century", kind: "date", value: "1900-01-01..1999-12-31 century", timex: "DATE 19" }],
  ["profit for fiscal 2008 rose", { text: "fiscal 2008", kind: "date", value: null, timex: "DATE FY2008" }],
  ["in FY2007, revenue", { text: "FY2007", kind: "date", value: null, timex: "DATE FY2007" }],
  ["temples of the 5th century BC stood", { text: "the 5th century BC", kind: "date", value: null, timex: "DATE BC04" }],
  ["pottery of the 470s BC shows", { text: "the 470s BC", kind: "date", value: null, timex: "DATE BC047" }],
  ["the revolt of 493 BC failed", { text: "493 BC", kind: "date", value: null, timex: "DATE BC0493" }],
  ["in the winter, the army retreated", { text: "the winter", kind: "date", value: "2024-12-01..2025-02-28 part", timex: "DATE 2024-WI" }],
  // named days
  ["shops were busy over Christmas", { text: "Christmas", kind: "date", value: "2024-12-25..2024-12-25 day", timex: "DATE 2024-12-25" }],
  ["the truce held on Christmas Day 1914 in places", { text: "Christmas Day 1914", kind: "date", value: "1914-12-25..1914-12-25 day", timex: "DATE 1914-12-25" }],
  ["the parade will return on Thanksgiving", { text: "Thanksgiving", kind: "date", value: "2025-11-27..2025-11-27 day", timex: "DATE 2025-11-27" }],
  ["markets shut for Good Friday 2024 and", { text: "Good Friday 2024", kind: "date", value: "2024-03-29..2024-03-29 day", timex: "DATE 2024-03-29" }],
  ["the strike ended before Memorial Day", { text: "Memorial Day", kind: "date", value: "2025-05-26..2025-05-26 day", timex: "DATE 2025-05-26", pattern: "date/holiday+before" }],
  ["veterans of the D-Day landings", { text: "D-Day", kind: "date", value: "1944-06-06..1944-06-06 day", timex: "DATE 1944-06-06" }],
  // parts, halves, quarters, seasons
  ["Ishaq Dar to Kabul in late April 2025.", { text: "late April 2025", kind: "date", value: "2025-04-16..2025-04-30 part", timex: "DATE 2025-04", mod: "END" }],
  ["expected by mid-2025, officials", { text: "mid-2025", kind: "date", value: "2025-05-01..2025-08-31 part", timex: "DATE 2025", mod: "MID" }],
  ["in early 2025 the", { text: "early 2025", kind: "date", value: "2025-01-01..2025-04-30 part", timex: "DATE 2025", mod: "START" }],
  ["to leave starting in late 2023.", { text: "late 2023", kind: "date", value: "2023-09-01..2023-12-31 part", timex: "DATE 2023", mod: "END" }],
  ["in the late 1990s, the", { text: "the late 1990s", kind: "date", value: "1997-01-01..1999-12-31 part", timex: "DATE 199", mod: "END" }],
  ["talks in the early 2010s.", { text: "the early 2010s", kind: "date", value: "2010-01-01..2013-12-31 part", timex: "DATE 201", mod: "START" }],
  ["nearly $1 billion in the first half of 2025,", { text: "the first half of 2025", kind: "date", value: "2025-01-01..2025-06-30 part", timex: "DATE 2025-H1" }],
  ["in the third quarter of 1988", { text: "the third quarter of 1988", kind: "date", value: "1988-07-01..1988-09-30 part", timex: "DATE 1988-Q3" }],
  ["revenue in Q3 2024 rose", { text: "Q3 2024", kind: "date", value: "2024-07-01..2024-09-30 part", timex: "DATE 2024-Q3" }],
  ["floods in summer 2024", { text: "summer 2024", kind: "date", value: "2024-06-01..2024-08-31 part", timex: "DATE 2024-SU" }],
  ["at the end of 2024", { text: "the end of 2024", kind: "date", value: "2024-09-01..2024-12-31 part", timex: "DATE 2024", mod: "END" }],
  ["stocks held at end-June levels", { text: "end-June", kind: "date", value: "2025-06-16..2025-06-30 part", timex: "DATE 2025-06", mod: "END" }],
  ["debt is seen peaking at end-2026", { text: "end-2026", kind: "date", value: "2026-09-01..2026-12-31 part", timex: "DATE 2026", mod: "END" }],
  ["orders picked up in the last week of March 2025", { text: "the last week of March 2025", kind: "date", value: "2025-03-24..2025-03-30 part", timex: "DATE 2025-W13" }],
  // ranges
  ["ruled from 1996 to 2001, the", { text: "from 1996 to 2001", kind: "range", value: "1996-01-01..2001-12-31 year", timex: "DURATION P5Y" }],
  ["The Afghan–Soviet War (1979–1989) marked", { text: "1979–1989", kind: "range", value: "1979-01-01..1989-12-31 year", timex: "DURATION P10Y" }],
  ["regional policy between 2001 and 2021 was", { text: "between 2001 and 2021", kind: "range", value: "2001-01-01..2021-12-31 year", timex: "DURATION P20Y" }],
  ["the 1996-2001 regime", { text: "1996-2001", kind: "range", value: "1996-01-01..2001-12-31 year", timex: "DURATION P5Y" }],
  ["during 2001-21 the", { text: "2001-21", kind: "range", value: "2001-01-01..2021-12-31 year", timex: "DURATION P20Y" }],
  ["from April to June 2025 the", { text: "from April to June 2025", kind: "range", value: "2025-04-01..2025-06-30 month", timex: "DURATION P2M" }],
  ["held 19–21 April 2025 in", { text: "19–21 April 2025", kind: "range", value: "2025-04-19..2025-04-21 day", timex: "DURATION P2D" }],
  // relative to the reference date
  ["returned to power four years ago", { text: "four years ago", kind: "date", value: "2021-01-01..2021-12-31 year", timex: "DATE 2021" }],
  ["Two days ago, Prime Minister", { text: "Two days ago", kind: "date", value: "2025-09-03..2025-09-03 day", timex: "DATE 2025-09-03" }],
  ["by Pakistan this year to reset", { text: "this year", kind: "date", value: "2025-01-01..2025-12-31 year", timex: "DATE 2025" }],
  ["attacks in the previous year", { text: "the previous year", kind: "date", value: "2024-01-01..2024-12-31 year", timex: "DATE 2024" }],
  ["prices rose last year", { text: "last year", kind: "date", value: "2024-01-01..2024-12-31 year", timex: "DATE 2024" }],
  ["talks resume next month", { text: "next month", kind: "date", value: "2025-10-01..2025-10-31 month", timex: "DATE 2025-10" }],
  ["announced yesterday", { text: "yesterday", kind: "date", value: "2025-09-04..2025-09-04 day", timex: "DATE 2025-09-04" }],
  ["announced today", { text: "today", kind: "date", value: "2025-09-05..2025-09-05 day", timex: "DATE 2025-09-05" }],
  ["the ministry is currently reviewing", { text: "currently", kind: "date", value: null, timex: "DATE PRESENT_REF" }],
  ["Now the embassy is headed", { text: "Now", kind: "date", value: null, timex: "DATE PRESENT_REF" }],
  ["most recently evident", { text: "recently", kind: "date", value: null, timex: "DATE PAST_REF" }],
  ["In late August, the Afghan foreign ministry", { text: "late August", kind: "date", value: "2025-08-16..2025-08-31 part", timex: "DATE 2025-08", mod: "END" }],
  ["In July, officials", { text: "July", kind: "date", value: "2025-07-01..2025-07-31 month", timex: "DATE 2025-07" }],
  ["in October, the envoy arrived", { text: "October", kind: "date", value: "2024-10-01..2024-10-31 month", timex: "DATE 2024-10" }],
  ["the envoy will arrive in October", { text: "October", kind: "date", value: "2025-10-01..2025-10-31 month", timex: "DATE 2025-10" }],
  ["the October talks", { text: "October", kind: "date", value: "2025-10-01..2025-10-31 month", timex: "DATE 2025-10" }],
  ["the vote will be held on Tuesday", { text: "Tuesday", kind: "date", value: "2025-09-09..2025-09-09 day", timex: "DATE 2025-09-09" }],
  ["he said on Friday that he will resign", { text: "Friday", kind: "date", value: "2025-09-05..2025-09-05 day", timex: "DATE 2025-09-05" }],
  ["results for the fourth quarter were weak", { text: "the fourth quarter", kind: "date", value: "2024-10-01..2024-12-31 part", timex: "DATE 2024-Q4" }],
  ["in the third quarter of this year", { text: "the third quarter of this year", kind: "date", value: "2025-07-01..2025-09-30 part", timex: "DATE 2025-Q3" }],
  ["by the end of this year", { text: "the end of this year", kind: "date", value: "2025-09-01..2025-12-31 part", timex: "DATE 2025", mod: "END" }],
  ["stocks fell at the close of the day", { text: "the day", kind: "date", value: "2025-09-05..2025-09-05 day", timex: "DATE 2025-09-05" }],
  ["cars of the 70s were boxy", { text: "the 70s", kind: "date", value: "1970-01-01..1979-12-31 decade", timex: "DATE 197" }],
  ["lowest level since '82 in", { text: "'82", kind: "date", value: "1982-01-01..1982-12-31 year", timex: "DATE 1982" }],
  ["after six straight days of losses", { text: "six straight days", kind: "duration", value: "6-6 day", timex: "DURATION P6D" }],
  ["tankers at a rate of 15 a year.", { text: "a year", kind: "set", value: null, timex: "SET P1Y" }],
  ["at 16:00 UTC today, the", { text: "16:00 UTC today", kind: "time", value: "2025-09-05..2025-09-05 day", timex: "TIME 2025-09-05T16:00Z" }],
  ["met on Monday in Kabul", { text: "Monday", kind: "date", value: "2025-09-01..2025-09-01 day", timex: "DATE 2025-09-01" }],
  ["a week ago", { text: "a week ago", kind: "date", value: "2025-08-25..2025-08-31 part", timex: "DATE 2025-W35" }],
  ["authorities a few years ago", { text: "a few years ago", kind: "date", value: null, timex: "DATE PAST_REF" }],
  ["in recent years", { text: "recent years", kind: "duration", value: null, timex: "DURATION PXY" }],
  ["after October of next year", { text: "October of next year", kind: "date", value: "2026-10-01..2026-10-31 month", timex: "DATE 2026-10" }],
  ["in May last year", { text: "May last year", kind: "date", value: "2024-05-01..2024-05-31 month", timex: "DATE 2024-05" }],
  ["earlier this year the", { text: "earlier this year", kind: "date", value: "2025-01-01..2025-12-31 year", timex: "DATE 2025" }],
  ["the shop reopened a few weeks later", { text: "a few weeks later", kind: "date", value: null, timex: "DATE FUTURE_REF" }],
  ["Decades earlier, the river had flooded", { text: "Decades earlier", kind: "date", value: null, timex: "DATE PAST_REF" }],
  ["orders rose 4% from a year earlier", { text: "a year earlier", kind: "date", value: "2024-01-01..2024-12-31 year", timex: "DATE 2024" }],
  ["rates were cut late last year", { text: "late last year", kind: "date", value: "2024-09-01..2024-12-31 part", timex: "DATE 2024", mod: "END" }],
  ["the plant opens early next month", { text: "early next month", kind: "date", value: "2025-10-01..2025-10-15 part", timex: "DATE 2025-10", mod: "START" }],
  ["a deal is due later in the year", { text: "later in the year", kind: "date", value: "2025-01-01..2025-12-31 year", timex: "DATE 2025" }],
  ["talks stalled late in the year", { text: "late in the year", kind: "date", value: "2025-09-01..2025-12-31 part", timex: "DATE 2025", mod: "END" }],
  ["prices may rise in the coming weeks", { text: "the coming weeks", kind: "duration", value: null, timex: "DURATION PXW" }],
  ["it fell over the past few days", { text: "the past few days", kind: "duration", value: null, timex: "DURATION PXD" }],
  ["In the following days, the talks broke down", { text: "the following days", kind: "duration", value: null, timex: "DURATION PXD" }],
  ["more cuts are likely in the days ahead", { text: "the days ahead", kind: "duration", value: null, timex: "DURATION PXD" }],
  ["a ruling is expected in coming weeks", { text: "coming weeks", kind: "duration", value: null, timex: "DURATION PXW" }],
  ["crowds gathered this past weekend", { text: "this past weekend", kind: "date", value: "2025-08-30..2025-08-31 part", timex: "DATE 2025-W35-WE" }],
  ["profit in 1990's first quarter fell", { text: "1990's first quarter", kind: "date", value: "1990-01-01..1990-03-31 part", timex: "DATE 1990-Q1" }],
  ["for the 1989 fiscal year, the", { text: "1989 fiscal year", kind: "date", value: null, timex: "DATE FY1989" }],
  ["first-half profit rose 8%", { text: "first-half", kind: "date", value: "2025-01-01..2025-06-30 part", timex: "DATE 2025-H1" }],
  ["up from $2 million in the year-earlier quarter", { text: "the year-earlier quarter", kind: "date", value: "2024-04-01..2024-06-30 part", timex: "DATE 2024-Q2" }],
  ["the deal should close by year-end", { text: "year-end", kind: "date", value: "2025-09-01..2025-12-31 part", timex: "DATE 2025", mod: "END" }],
  ["debt at year end 2023 was", { text: "year end 2023", kind: "date", value: "2023-09-01..2023-12-31 part", timex: "DATE 2023", mod: "END" }],
  ["These days the port is quiet", { text: "These days", kind: "date", value: null, timex: "DATE PRESENT_REF" }],
  ["the exchange stayed shut for a third straight day", { text: "a third straight day", kind: "date", value: "2025-09-05..2025-09-05 day", timex: "DATE 2025-09-05" }],
  ["the index gained for the fifth week in a row", { text: "the fifth week in a row", kind: "date", value: "2025-09-01..2025-09-07 part", timex: "DATE 2025-W36" }],
  ["the stock slid in afternoon trading", { text: "afternoon", kind: "time", value: "2025-09-05..2025-09-05 day", timex: "TIME 2025-09-05TAF" }],
  ["its steepest single-day fall", { text: "single-day", kind: "duration", value: "1-1 day", timex: "DURATION P1D" }],
  ["the shares fell within minutes", { text: "minutes", kind: "duration", value: null, timex: "DURATION PTXM" }],
  ["exports were 4% below the same month a year ago", { text: "the same month a year ago", kind: "date", value: "2024-09-01..2024-09-30 month", timex: "DATE 2024-09" }],
  ["revenue was $3 billion the year previous.", { text: "the year previous", kind: "date", value: "2024-01-01..2024-12-31 year", timex: "DATE 2024" }],
  ["despite the current slowdown in orders", { text: "current", kind: "date", value: null, timex: "DATE PRESENT_REF" }],
  ["bids are due by the 20th of next month", { text: "the 20th of next month", kind: "date", value: "2025-10-20..2025-10-20 day", timex: "DATE 2025-10-20" }],
  // approximation
  ["built around 2020 by", { text: "around 2020", kind: "date", value: "2020-01-01..2020-12-31 year", timex: "DATE 2020", mod: "APPROX" }],
  ["a church circa 1750 stood", { text: "circa 1750", kind: "date", value: "1750-01-01..1750-12-31 year", timex: "DATE 1750", mod: "APPROX" }],
  ["he left before 2001 and", { text: "2001", kind: "date", value: "2001-01-01..2001-12-31 year", timex: "DATE 2001", pattern: "date/year+before" }],
  // durations and sets
  ["for a month the", { text: "a month", kind: "duration", value: "1-1 month", timex: "DURATION P1M" }],
  ["it took four years to", { text: "four years", kind: "duration", value: "4-4 year", timex: "DURATION P4Y" }],
  ["over two decades of war", { text: "over two decades", kind: "duration", value: "2-null decade", timex: "DURATION P20Y", mod: "MORE_THAN" }],
  // a vague count still bounds a length of time: three to nine months
  ["waited several months", { text: "several months", kind: "duration", value: "3-9 month", timex: "DURATION PXM" }],
  ["the outage may last a few days", { text: "a few days", kind: "duration", value: "2-5 day", timex: "DURATION PXD" }],
  ["over the past three decades has", { text: "the past three decades", kind: "duration", value: "3-3 decade", timex: "DURATION P30Y" }],
  ["first visit in five months.", { text: "five months", kind: "duration", value: "5-5 month", timex: "DURATION P5M" }],
  ["a two-year deal", { text: "two-year", kind: "duration", value: "2-2 year", timex: "DURATION P2Y" }],
  ["back in half an hour", { text: "half an hour", kind: "duration", value: "0.5-0.5 hour", timex: "DURATION PT0.5H" }],
  ["meets every week", { text: "every week", kind: "set", value: null, timex: "SET P1W" }],
  ["reported annually", { text: "annually", kind: "set", value: null, timex: "SET P1Y" }],
  ["held each year", { text: "each year", kind: "set", value: null, timex: "SET P1Y" }],
  ["a weekly meeting", { text: "weekly", kind: "set", value: null, timex: "SET P1W" }],
  ["the herd returns each spring", { text: "each spring", kind: "set", value: null, timex: "SET XXXX-SP" }],
  ["meets twice a year", { text: "twice a year", kind: "set", value: null, timex: "SET P1Y" }],
  // times
  ["at 10 a.m. the", { text: "10 a.m.", kind: "time", value: "2025-09-05..2025-09-05 day", timex: "TIME 2025-09-05T10:00" }],
  ["at 4:15 p.m. local", { text: "4:15 p.m.", kind: "time", value: "2025-09-05..2025-09-05 day", timex: "TIME 2025-09-05T16:15" }],
  ["said this morning", { text: "this morning", kind: "time", value: "2025-09-05..2025-09-05 day", timex: "TIME 2025-09-05TMO" }],
  ["the index slipped in mid-morning trading", { text: "mid-morning", kind: "time", value: "2025-09-05..2025-09-05 day", timex: "TIME 2025-09-05TMO" }],
  ["the vote came late Tuesday", { text: "late Tuesday", kind: "date", value: "2025-09-02..2025-09-02 day", timex: "DATE 2025-09-02" }],
  ["the museum shuts on Mondays", { text: "Mondays", kind: "set", value: null, timex: "SET XXXX-WXX-1" }],
  ["the raid came on the night of 3 March 2024, and", { text: "the night of 3 March 2024", kind: "time", value: "2024-03-03..2024-03-03 day", timex: "TIME 2024-03-03TNI" }],
  ["troops moved early in the morning of 9 May 1945.", { text: "early in the morning of 9 May 1945", kind: "time", value: "1945-05-09..1945-05-09 day", timex: "TIME 1945-05-09TMO" }],
  ["talks began on Monday morning", { text: "Monday morning", kind: "time", value: "2025-09-01..2025-09-01 day", timex: "TIME 2025-09-01TMO" }],
];

describe("findTemporal (asOf 2025-09-05)", () => {
  it.each(TABLE)("%s", (input, expected) => {
    const got = only(input);
    const { pattern, mod, ...rest } = expected;
    expect({ text: got.text, kind: got.kind, value: got.value, timex: got.timex }).toEqual(rest);
    expect(got.mod).toBe(mod ?? null);
    if (pattern) expect(got.pattern).toBe(pattern);
  });
});

describe("without a reference date", () => {
  const UNRESOLVED: [string, string, string][] = [
    ["In late August, the", "late August", "DATE XXXX-08"],
    ["four years ago", "four years ago", "DATE XXXX"],
    ["this year", "this year", "DATE XXXX"],
    ["on Monday", "Monday", "DATE XXXX-WXX-1"],
    ["announced today", "today", "DATE XXXX-XX-XX"],
    ["over Christmas", "Christmas", "DATE XXXX-12-25"],
    ["by Easter", "Easter", "DATE XXXX-XX-XX"],
    ["at 10 a.m.", "10 a.m.", "TIME XXXX-XX-XXT10:00"],
  ];
  it.each(UNRESOLVED)("%s", (input, text, timex) => {
    const [m] = findTemporal(input, { asOf: null });
    expect(m?.text).toBe(text);
    expect(`${m?.timex?.type} ${m?.timex?.value}`).toBe(timex);
    expect(m?.value).toBeNull();
    expect(m?.relative).toBe(true);
  });

  it("keeps absolute dates resolved", () => {
    expect(summary(findTemporal("in August 2021", { asOf: null })[0]!).value).toBe("2021-08-01..2021-08-31 month");
  });
});

describe("lists and pairs", () => {
  it("'the 1980's' is a decade, '1980's' before a noun the year's", () => {
    expect(findTemporal("in the 1980's", { asOf: AS_OF }).map((m) => m.timex?.value)).toEqual(["198"]);
    expect(findTemporal("1988's budget", { asOf: AS_OF }).map((m) => m.timex?.value)).toEqual(["1988"]);
  });
  it("a decade written in words is a decade, not a count of nineteen or eighteen", () => {
    const read = (t: string) => findMentions(t, { asOf: AS_OF }).filter((m) => m.value !== null).map((m) => [m.kind, m.text, m.timex?.value ?? null]);
    // must match
    expect(read("fashions of the nineteen seventies returned")).toEqual([["date", "the nineteen seventies", "197"]]);
    expect(read("the band split up in the late nineteen eighties")).toEqual([["date", "the late nineteen eighties", "198"]]);
    expect(read("a mill town of the Eighteen-Nineties")).toEqual([["date", "the Eighteen-Nineties", "189"]]);
    // must not match: a count of nineteen, an age in words
    expect(read("nineteen sixty-seat buses were ordered")).not.toContainEqual(["date", "nineteen sixty", "196"]);
    expect(read("nineteen miners were rescued")).toEqual([["quantity", "nineteen", null]]);
    expect(read("a woman in her sixties")).not.toContainEqual(expect.arrayContaining(["date"]));
  });
  it("the 70s and 80s: both decades", () => {
    expect(findTemporal("cars of the 70s and 80s", { asOf: AS_OF }).map((m) => [m.text, m.timex?.value])).toEqual([
      ["the 70s", "197"],
      ["80s", "198"],
    ]);
  });
});

describe("a clock time followed by a date is on that date", () => {
  it("at 16:15 UTC, June 1st", () => {
    expect(findTemporal("They spoke at 16:15 UTC, June 1st, in New York.", { asOf: AS_OF }).map((m) => [m.text, m.timex?.value])).toEqual([
      ["16:15 UTC", "2025-06-01T16:15Z"],
      ["June 1st", "2025-06-01"],
    ]);
  });
});

describe("numbers that share a unit", () => {
  it("the 18th and 19th centuries: two centuries", () => {
    expect(findTemporal("trade grew in the 18th and 19th centuries", { asOf: AS_OF }).map((m) => [m.text, m.timex?.value])).toEqual([
      ["the 18th", "17"],
      ["19th centuries", "18"],
    ]);
  });
  it("between 60 and 90 days: two lengths of time", () => {
    expect(findTemporal("it may take between 60 and 90 days", { asOf: AS_OF }).map((m) => [m.text, m.timex?.value])).toEqual([
      ["60", "P60D"],
      ["90 days", "P90D"],
    ]);
  });
});

describe("seasons: 'fall' is a season only where a season is meant", () => {
  it("in the fall (written in January): last autumn", () => {
    expect(findTemporal("Prices rose in the fall.", { asOf: "2025-01-20" }).map((m) => [m.text, m.timex?.value])).toEqual([["the fall", "2024-FA"]]);
  });
  it("the fall of a city, a fall in output: no season", () => {
    expect(findTemporal("After the fall of the city came a fall in output.", { asOf: AS_OF })).toEqual([]);
  });
});

describe("ranges expose their endpoints", () => {
  it("from 499 to 493 BC: the era covers both years", () => {
    const [range] = findTemporal("the revolt lasted from 499 to 493 BC", { asOf: AS_OF });
    expect(range?.parts?.map((p) => [p.text, p.timex?.value])).toEqual([["499", "BC0499"], ["493 BC", "BC0493"]]);
  });
  it("from 1996 to 2001 → two dates with their own offsets", () => {
    const text = "ruled from 1996 to 2001.";
    const [range] = findTemporal(text, { asOf: AS_OF });
    expect(range?.parts?.map((p) => [p.text, p.offset, p.timex?.value])).toEqual([
      ["1996", 11, "1996"],
      ["2001", 19, "2001"],
    ]);
  });
  it("from April to June 2025: the first endpoint borrows the year", () => {
    const [range] = findTemporal("from April to June 2025", { asOf: null });
    expect(range?.parts?.map((p) => p.timex?.value)).toEqual(["2025-04", "2025-06"]);
  });
});

describe("offsets", () => {
  it("text equals the slice at offset/length", () => {
    const text = "In late August, two days ago — from 1996 to 2001 and 19th April 2025.";
    for (const m of findTemporal(text, { asOf: AS_OF })) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
  });
  it("relative is true only for expressions that need the reference date", () => {
    const rel = Object.fromEntries(findTemporal("In 2021 and four years ago, and in July", { asOf: AS_OF }).map((m) => [m.text, m.relative]));
    expect(rel).toEqual({ "2021": false, "four years ago": true, July: true });
  });
});

describe("narratives: year-less dates in the year the story has reached", () => {
  const valueOf = (text: string, phrase: string, asOf: string) => findTemporal(text, { asOf }).find((m) => m.text === phrase)?.timex?.value;

  it("a history whose stated dates are all long past", () => {
    const text = "The fleet sailed in May 1942. It reached the coast in June 1943 and fought on through 1944. On 6 June the landing began.";
    expect(valueOf(text, "6 June", "2009-12-19")).toBe("1944-06-06");
  });
  it("a history that also cites a few recent years is still one", () => {
    const text =
      "War broke out in 1950. Talks opened in 1951 and stalled in 1952; a truce came in 1953. Prisoners were exchanged in 1953 " +
      "and the last troops left in 1954. A historian wrote in 2006 that the border of 1953 held. Its memorial opened in 2008. " +
      "In 1951, fighting resumed; on 15 October the line broke.";
    expect(valueOf(text, "15 October", "2009-12-19")).toBe("1951-10-15");
  });
  it("news that names one or two past years is read against its creation time", () => {
    const text = "The company, founded in 1976 and listed in 1980, said on March 3 that sales rose.";
    expect(valueOf(text, "March 3", "2025-09-05")).toBe("2025-03-03");
  });
});

describe("anaphoric dates count from the last date the text gave", () => {
  const valueOf = (text: string, phrase: string) => findTemporal(text, { asOf: AS_OF }).find((m) => m.text === phrase)?.timex?.value;

  it.each([
    ["The bridge opened on 4 March 2019. That same day, tolls began.", "That same day", "2019-03-04"],
    ["The bridge opened on 4 March 2019, and the very next day it shut.", "the very next day", "2019-03-05"],
    ["Work began in March 2003, and later that month the site flooded.", "later that month", "2003-03"],
    ["The strike began in 2011. In July of that year, the mines closed.", "July of that year", "2011-07"],
    ["The strike began in 2011; on May 2 of the same year, it spread.", "May 2 of the same year", "2011-05-02"],
    ["The strike began in 2011 and ended late that year.", "late that year", "2011"],
    // news: a weekday read from the creation time (Friday 2025-09-05) is a day to count from
    ["The board met on Tuesday, and the next day it resigned.", "the next day", "2025-09-03"],
    ["The board met on Tuesday; that same day it resigned.", "that same day", "2025-09-02"],
    ["The board met on Tuesday; that night it resigned.", "that night", "2025-09-02TNI"],
    ["The ship sank on 2 June 1916 and was found the next morning.", "the next morning", "1916-06-03TMO"],
    ["On 7 December 1941 the fleet sailed; that night it attacked.", "that night", "1941-12-07TNI"],
    ["The jet first flew on Tuesday, taking off at 18:00 UTC.", "18:00 UTC", "2025-09-02T18:00Z"],
    ["The treaty was signed on 9 May 1955; talks had ended the day before.", "the day before", "1955-05-08"],
    ["Orders in March rose 6% from the same period last year.", "the same period last year", "2024-03"],
    ["Third-quarter profit beat the same period a year earlier.", "the same period a year earlier", "2024-Q3"],
    // a single day is no period to repeat: the year before
    ["Sales over Christmas beat the same period last year.", "the same period last year", "2024"],
    ["The index fell on Wednesday and ended the day 2% lower.", "the day", "2025-09-03"],
    ["The troops wintered in the hills in December 1777; the next spring they marched.", "the next spring", "1778-SP"],
    ["The siege began on 8 August 1919, and on the 28th of that month the city fell.", "the 28th of that month", "1919-08-28"],
    ["The council met in March 2020 and voted on the 12th.", "the 12th", "2020-03-12"],
    ["The ship sank on 2 June 1916; in the afternoon, boats arrived.", "the afternoon", "1916-06-02TAF"],
  ])("%s", (text, phrase, value) => {
    expect(valueOf(text, phrase)).toBe(value);
  });
});

describe("a day read from the creation time is not a year to count from", () => {
  it("On Monday … two years later: a length of time", () => {
    const found = findTemporal("The plant opened on Monday and two years later it may close.", { asOf: AS_OF });
    expect(found.map((m) => [m.text, m.timex?.value])).toEqual([["Monday", "2025-09-01"], ["two years", "P2Y"]]);
  });
});
