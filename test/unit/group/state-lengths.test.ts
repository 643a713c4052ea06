/**
 * How long one state lasted, told by several reports with other verbs (src/group/state-lengths.ts):
 * a secret kept, a captivity, an exile, a siege, a time on the run, a stay. Sentences, people and
 * places written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneStateLength, stateLengthGroups, stateLengthOf } from "../../../src/group/state-lengths.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";

let docs = 0;
/** A length as a report tells it: `n` of `unit`, with a qualifier's bounds when given. */
function told(sentence: string, text: string, n: number, unit = "year", opts: { min?: number | null; max?: number | null; story?: string; reportedAt?: string } = {}): Claim {
  docs += 1;
  const c = frameRead(sentence, text, n, { counted: "duration", lemma: "keep", unit, reportedAt: opts.reportedAt ?? "2031-05-02" }, `report-${docs}.txt`);
  const v = c.value.type === "quantity" ? { ...c.value, min: opts.min === undefined ? n : opts.min, max: opts.max === undefined ? n : opts.max } : c.value;
  return { ...c, value: v, story: opts.story ?? "s-1" };
}

describe("stateLengthOf: the state a length is of", () => {
  it.each<[string, string, string, string | null, string]>([
    // a secret, whatever verb keeps it
    ["Orrin Vale kept his part in the affair a secret for 30 years.", "30 years", "year", "secret", ""],
    ["Orrin Vale, who remained anonymous for more than three decades, died on Sunday.", "more than three decades", "decade", "secret", "vale"],
    ["The memoir settled a riddle that had puzzled the town for more than 20 years.", "more than 20 years", "year", "secret", ""],
    ["Her confession solved a Pellham puzzle that spanned two decades and three police chiefs.", "two decades", "decade", "secret", ""],
    ["She waited 22 years until she at last came forward, in a letter to a radio station.", "22 years", "year", "secret", ""],
    ["Vale spoke out after 30 years of silence.", "30 years", "year", "secret", ""],
    ["Her identity remained unknown for 30 years.", "30 years", "year", "secret", ""],
    ["Vale kept quiet for 30 years about the night.", "30 years", "year", "secret", "vale"],
    // a captivity, an exile, a siege, a time on the run
    ["Ilse Marr was held hostage for 40 days by the gang.", "40 days", "day", "captivity", "marr"],
    ["The engineer was freed on Friday after 41 days in captivity.", "41 days", "day", "captivity", ""],
    ["Tomas Brill lived in exile for 12 years before returning to Oskar.", "12 years", "year", "exile", "brill"],
    ["He came home after eleven years in exile.", "eleven years", "year", "exile", ""],
    ["The siege of the fort lasted 19 days.", "19 days", "day", "siege", ""],
    ["The 19-day siege ended at dawn.", "19-day", "day", "siege", ""],
    ["Marr spoke of her 40-day ordeal.", "40-day", "day", "captivity", ""],
    ["Kemp had been on the run for three weeks when police found him.", "three weeks", "week", "at large", "kemp"],
    // a stay, of the place its noun names
    ["The crew stayed in the harbour for two weeks.", "two weeks", "week", "stay:harbour", ""],
  ])("%s → %s", (sentence, text, unit, kind, holder) => {
    expect(stateLengthOf(told(sentence, text, 1, unit))).toEqual({ kind, holder, goingOn: false });
  });

  it.each<[string, string, string]>([
    ["no state: a time served", "Orrin Vale worked at the Keldon bureau for 30 years.", "30 years"],
    ["a secret of another clause", "Vale, whose secret died with him, served the bureau for 30 years.", "30 years"],
    ["a length from a happening, not a state's lasting", "Vale revealed the secret 30 years after the break-in.", "30 years"],
    ["a noun that only opens a name", "A secret service agent for 30 years, Vale retired in May.", "30 years"],
    ["a length before a happening that ends no secret", "She waited 30 years until she at last retired from the bureau.", "30 years"],
    ["a modifier of a veteran", "Vale, a 30-year veteran of the bureau, kept quiet.", "30-year"],
    ["a length before a noun of no state", "Vale ended a 30-year career at the bureau.", "30-year"],
    ["a length, then 'in exile' of another clause", "He left the bureau after 30 years, and died in exile.", "30 years"],
  ])("%s", (_name, sentence, text) => {
    expect(stateLengthOf(told(sentence, text, 30))).toBeNull();
  });

  it("a state still going on", () => {
    expect(stateLengthOf(told("Brill has been in exile for six years.", "six years", 6))?.goingOn).toBe(true);
  });
});

describe("must be one state's length", () => {
  const kept = told("Orrin Vale kept his part in the affair a secret for 30 years.", "30 years", 30);
  it.each<[string, Claim, Claim]>([
    ["a secret kept / a name kept anonymous", kept, told("Orrin Vale, who remained anonymous for more than three decades, died on Sunday.", "more than three decades", 3, "decade", { max: null })],
    ["a secret kept / the years before he came forward", kept, told("It took 33 years before Vale came forward.", "33 years", 33)],
    ["a riddle / years of silence", told("The memoir settled a riddle that had puzzled the town for more than 30 years.", "more than 30 years", 30, "year", { max: null }), told("Vale spoke out after 30 years of silence.", "30 years", 30)],
    ["held hostage / days in captivity", told("Ilse Marr was held hostage for 40 days by the gang.", "40 days", 40, "day"), told("Marr was freed on Friday after 41 days in captivity.", "41 days", 41, "day")],
    ["one stay told twice", told("The crew stayed in the harbour for two weeks.", "two weeks", 2, "week"), told("The sailors remained in the harbour at Keld for 15 days.", "15 days", 15, "day")],
  ])("%s", (_name, a, b) => {
    expect(oneStateLength(a, b)).toBe(true);
    expect(oneStateLength(b, a)).toBe(true);
  });
});

describe("must not be one state's length", () => {
  const kept = told("Orrin Vale kept his part in the affair a secret for 30 years.", "30 years", 30);
  it.each<[string, Claim, Claim]>([
    ["a secret and a time worked", kept, told("Vale worked at the bureau for 30 years.", "30 years", 30)],
    ["a secret and an exile", kept, told("Vale lived in exile for 30 years.", "30 years", 30)],
    ["two hostages by their names", told("Ilse Marr was held hostage for 40 days.", "40 days", 40, "day"), told("Ada Brandt was held hostage for 90 days.", "90 days", 90, "day")],
    ["two stays of two places", told("The crew stayed in the harbour for two weeks.", "two weeks", 2, "week"), told("The crew stayed in the capital for three weeks.", "three weeks", 3, "week")],
    ["days and years, which are not converted", told("Marr was held hostage for 400 days.", "400 days", 400, "day"), told("Marr was held hostage for more than a year.", "more than a year", 1, "year", { max: null })],
    ["two stories", kept, told("Orrin Vale, who remained anonymous for three decades, died.", "three decades", 3, "decade", { story: "s-2" })],
    ["a state going on, told a month apart", told("Brill has been in exile for six years.", "six years", 6, "year", { reportedAt: "2031-05-02" }), told("Brill has been in exile for seven years.", "seven years", 7, "year", { reportedAt: "2031-06-20" })],
  ])("%s", (_name, a, b) => {
    expect(oneStateLength(a, b)).toBe(false);
    expect(oneStateLength(b, a)).toBe(false);
  });
});

describe("groups: lengths of one state diverge, never contradict", () => {
  it("one group of recurring cardinality, its claims' years no time frame", () => {
    const a = told("Orrin Vale kept his part in the affair a secret for 30 years.", "30 years", 30);
    const b = { ...told("Vale, who remained anonymous for 34 years as the source in the 2001 scandal, died.", "34 years", 34), frame: { type: "date", start: "2001-01-01", end: "2001-12-31", granularity: "year", approximate: false } } as Claim;
    const groups = stateLengthGroups([a, b], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.cardinality).toBe("recurring");
    expect(groups[0]!.claims.map((c) => c.frame)).toEqual([null, null]);
  });
  it("no group of one report's lengths", () => {
    const a = told("Vale kept it a secret for 30 years.", "30 years", 30);
    expect(stateLengthGroups([a, { ...told("Vale remained anonymous for 30 years.", "30 years", 30), document: a.document }], [])).toEqual([]);
  });
});
