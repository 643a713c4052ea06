import { describe, expect, it } from "vitest";
import { describeValue, formatNumber } from "../../../src/report/describe-value.js";
import type { Value } from "../../../src/types.js";
import { dateValue, day, month, quantity, year, yearRange } from "../../helpers/make-report.js";

describe("describeValue: dates", () => {
  const cases: [Value, string][] = [
    [year(1997), "1997"],
    [month(2021, 8), "August 2021"],
    [day("2025-04-19"), "19 April 2025"],
    [dateValue("2025-04-16", "2025-04-30", "part"), "late April 2025"],
    [dateValue("2025-04-21", "2025-04-30", "part"), "late April 2025"],
    [dateValue("2025-04-01", "2025-04-10", "part"), "early April 2025"],
    [dateValue("2025-05-11", "2025-05-20", "part"), "mid-May 2025"],
    [dateValue("2025-01-01", "2025-06-30", "part"), "the first half of 2025"],
    [dateValue("2025-07-01", "2025-12-31", "part"), "the second half of 2025"],
    [dateValue("1988-07-01", "1988-09-30", "part"), "Q3 1988"],
    [dateValue("2023-09-01", "2023-12-31", "part"), "late 2023"],
    [dateValue("2025-05-01", "2025-08-31", "part"), "mid-2025"],
    [dateValue("1990-01-01", "1999-12-31", "decade"), "the 1990s"],
    [dateValue("1990-01-01", "1993-12-31", "part"), "the early 1990s"],
    [dateValue("1801-01-01", "1900-12-31", "century"), "the 19th century"],
    [dateValue("2021-01-01", "2021-12-31", "year", true), "around 2021"],
    [dateValue("2001-09-11", "2001-09-11", "day"), "11 September 2001"],
    [dateValue("2024-12-30", "2025-01-02", "day"), "30 December 2024 – 2 January 2025"],
  ];
  it.each(cases)("%j → %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe("describeValue: ranges", () => {
  it("years", () => {
    expect(describeValue(yearRange(1996, 2001))).toBe("1996–2001");
    expect(describeValue(yearRange(1979, 1989))).toBe("1979–1989");
  });
  it("months in one year and across years", () => {
    expect(describeValue({ type: "range", start: "2020-03-01", end: "2020-05-31", granularity: "month" })).toBe("March–May 2020");
    expect(describeValue({ type: "range", start: "2020-03-01", end: "2021-05-31", granularity: "month" })).toBe(
      "March 2020 – May 2021",
    );
  });
  it("days in one month", () => {
    expect(describeValue({ type: "range", start: "2025-05-03", end: "2025-05-09", granularity: "day" })).toBe("3–9 May 2025");
  });
});

describe("describeValue: quantities", () => {
  const cases: [Value, string][] = [
    [quantity({ min: 2800, max: null, qualifier: "over", nominal: 2800 }), "over 2,800 people"],
    // lengths of time in the unit the text states
    [quantity({ min: 4, max: null, unit: "decade", qualifier: "over", nominal: 4 }), "over 4 decades"],
    [quantity({ min: 1, max: 1, unit: "century", nominal: 1 }), "1 century"],
    [quantity({ min: 2, max: 2, unit: "millennium", nominal: 2 }), "2 millennia"],
    [quantity({ min: 2800, max: null, qualifier: "over", nominal: null }), "over 2,800 people"],
    [quantity({ min: null, max: 999_999_999, unit: "USD", qualifier: "nearly", nominal: 1e9, approximate: true }), "nearly $1 billion"],
    [quantity({ min: 1_080_000, max: 1_320_000, qualifier: "around", nominal: 1_200_000, approximate: true }), "about 1.2 million people"],
    [quantity({ min: 2_700_000, max: 3_300_000, qualifier: "estimated", nominal: 3_000_000, approximate: true }), "an estimated 3 million people"],
    [quantity({ min: 1_700_000, max: 1_700_000 }), "1.7 million people"],
    [quantity({ min: 10, max: 10, unit: "percent" }), "10%"],
    [quantity({ min: 2e9, max: null, unit: "USD", qualifier: "over", nominal: 2e9 }), "over $2 billion"],
    [quantity({ min: 16, max: 16 }), "16 people"],
    [quantity({ min: 1, max: 1 }), "1 person"],
    [quantity({ min: 500, max: null, qualifier: "at least", nominal: 500 }), "at least 500 people"],
    [quantity({ min: null, max: 40, qualifier: "up to", nominal: 40 }), "up to 40 people"],
    [quantity({ min: 5e9, max: 5e9, unit: "PKR" }), "PKR 5 billion"],
    [quantity({ min: 3, max: 3, unit: "percentage-point" }), "3 percentage points"],
    [quantity({ min: 120, max: 120, unit: "" }), "120"],
    [quantity({ min: 1_234_567, max: 1_234_567 }), "1,234,567 people"],
    [quantity({ min: 2e6, max: 3e6, nominal: null }), "between 2 million and 3 million people"],
    [quantity({ min: 100, max: null, nominal: null }), "100 people or more"],
    [quantity({ min: 40_000, max: 40_000, approximate: true, nominal: 40_000 }), "about 40,000 people"],
    [quantity({ min: 2e6, max: 999_999_999, approximate: true, nominal: null }), "millions of people"],
    [quantity({ min: 200_000, max: 999_999, approximate: true, nominal: null }), "hundreds of thousands of people"],
    [quantity({ min: 2e9, max: 999e9, unit: "USD", approximate: true, nominal: null }), "billions of dollars"],
    [quantity({ min: 500_000_000, max: 1e9, unit: "USD", qualifier: "nearly", approximate: true, nominal: 1e9 }), "nearly $1 billion"],
  ];
  it.each(cases)("%j → %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe("formatNumber", () => {
  it("keeps grouped figures that do not scale to a short number", () => {
    expect(formatNumber(2800)).toBe("2,800");
    expect(formatNumber(1_250_000)).toBe("1.25 million");
    expect(formatNumber(1_234_567)).toBe("1,234,567");
    expect(formatNumber(0.5)).toBe("0.5");
    expect(formatNumber(2.5e12)).toBe("2.5 trillion");
  });
});
