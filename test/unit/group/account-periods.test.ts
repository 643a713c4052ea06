import { describe, expect, it } from "vitest";
import { accountPeriodKind, namesAccountPeriod } from "../../../src/group/account-periods.js";

describe("periods of account", () => {
  it.each([
    ["Orvane posted a second-quarter profit of $12m", "quarter"],
    ["quarterly sales rose to $80m", "quarter"],
    ["a first-half loss of €4m", "half"],
    ["its half-yearly dividend", "half"],
    ["an annual profit of $40m", "year"],
    ["full-year revenue of $1.2bn", "year"],
    ["twelve-month earnings", "year"],
    ["a quarterly and an annual report", ""],
    ["fiscal 2009 sales of $3bn", ""],
    ["a profit of $9m", ""],
    ["sales rose 4% in March", ""],
  ])("%s → kind %j", (words, kind) => {
    expect(accountPeriodKind(words)).toBe(kind);
  });

  it.each([
    ["fiscal 2009 sales of $3bn", true],
    ["monthly payments of $400", true],
    ["a profit of $3 billion in the second quarter", true],
    ["revenue for the first half", true],
    ["annually", true],
    ["a profit of $3 billion in 2009", false],
    ["the quarterback threw for 300 yards", false],
    ["half of the 40 workers", false],
    ["a year-old company", false],
  ])("%s → names a period of account: %j", (words, named) => {
    expect(namesAccountPeriod(words)).toBe(named);
  });
});
