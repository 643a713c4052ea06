/**
 * A year-less death day after a birth date in a life told as a narrative (an obituary's dates lie
 * decades before its creation time): the birth's year is no year for the death, which is read
 * against the creation time. Sentences written for this test (made-up people and towns).
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const valueOf = (text: string, expr: string, asOf: string): string | undefined => findTemporal(text, { asOf }).find((m) => m.text === expr)?.timex?.value;

/** A life whose stated dates all lie long before the creation time: a narrative. */
const LIFE = "Ada Vrell ran the Marlow mill from 1961. She sold it in 1979 and was jailed in 1983 for fraud. ";

describe("must match: the death takes the creation time's year", () => {
  it.each([
    ["2010-03-06", `${LIFE}Born June 2, 1931, in Dayton; died March 4 at a hospice in Toledo.`, "March 4", "2010-03-04"],
    ["2014-08-10", `${LIFE}She was born on 3 June 1929 in Leeds. She died on 8 August in a care home.`, "8 August", "2014-08-08"],
  ])("read on %s: %s → %s = %s", (asOf, text, expr, value) => {
    expect(valueOf(text, expr, asOf)).toBe(value);
  });
});

describe("must not match: the year the narrative has reached stays", () => {
  it.each([
    // a birth, then another year-less day that is no death: the birth's year
    ["2009-05-01", `${LIFE}Born March 3, 1930, she was baptized on May 4 in Kent.`, "May 4", "1930-05-04"],
    // a death after a year that is no birth: that year
    ["2009-05-01", `${LIFE}She fled to Lisbon in September 1984 and died on 17 September in a clinic.`, "17 September", "1984-09-17"],
  ])("read on %s: %s → %s = %s", (asOf, text, expr, value) => {
    expect(valueOf(text, expr, asOf)).toBe(value);
  });
});
