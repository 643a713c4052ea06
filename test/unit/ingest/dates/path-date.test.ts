/** Document dates from file paths: the defaults and relcheck.yml patterns. */
import { describe, expect, it } from "vitest";
import { compilePathPattern, pathDate } from "../../../../src/ingest/dates/path-date.js";

describe("pathDate", () => {
  it.each([
    ["news/2025-04-19-talks.md", "2025-04-19", "high"],
    ["2025-04-19/kabul.txt", "2025-04-19", "high"],
    ["archive/2019-01-01/2025-04-19-talks.md", "2025-04-19", "high"], // the one nearest the file name
    ["speeches/1793_george_washington.txt", "1793-01-01", "low"],
    ["2024-annual-report.txt", "2024-01-01", "low"],
    ["C:\\archive\\1866_andrew_johnson.txt", "1866-01-01", "low"],
    ["reports/2025-02-30-void.md", "2025-01-01", "low"], // no such day: the leading year remains
  ])("%s → %s", (path, date, confidence) => {
    expect(pathDate(path)).toEqual({ date, confidence });
  });

  it.each([
    "1000_customers.md", // no year of writing
    "notes/2200_plan.txt", // beyond 2100
    "data/12345_rows.txt",
    "reports/void-2025-02-30.md", // no such day, and no leading year
    "reports/q1_2025.txt", // a year, but not leading the name
    "1984.txt", // a year alone with nothing after it is a title
  ])("finds none in %s", (path) => {
    expect(pathDate(path)).toBeNull();
  });

  it("tries the user's patterns first", () => {
    const patterns = [compilePathPattern("archive/{year}/{month}/{day}/*"), compilePathPattern("*_{day}.{month}.{year}.txt")];
    expect(pathDate("archive/2013/may/03/council.txt", patterns)).toEqual({ date: "2013-05-03", confidence: "high" });
    expect(pathDate("minutes/council_14.03.2019.txt", patterns)).toEqual({ date: "2019-03-14", confidence: "high" });
    expect(pathDate("minutes/1999_council_14.03.2019.txt", patterns)).toEqual({ date: "2019-03-14", confidence: "high" });
    expect(pathDate("archive/2013/02/30/council.txt", patterns)).toBeNull();
    expect(pathDate("archive/2013/05/council.txt", [compilePathPattern("archive/{year}/{month}/*")])).toEqual({ date: "2013-05-01", confidence: "medium" });
  });

  it.each([
    ["news/{month}/{day}", "a date pattern needs {year}"],
    ["news/{year}/{week}", "unknown placeholder {week} (use {year}, {month}, {day} or *)"],
    ["{year}/{year}", "{year} appears twice"],
    ["{year}/{day}", "a date pattern with {day} needs {month}"],
  ])("refuses the pattern %s", (pattern, message) => {
    expect(() => compilePathPattern(pattern)).toThrow(message);
  });
});
