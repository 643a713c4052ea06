/**
 * Three reports of one title fight that tell its records in different words: a run of wins as
 * "nine fights in a row", "her ninth straight win" and "her ninth in a row"; knockouts as "22
 * knockouts", "22 by KO" and "22 wins coming by way of knockout". The texts are written for this
 * test; which claims agree, and which must never, was decided by reading them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";
import type { Claim, Report } from "../../src/types.js";

const TEXTS: Record<string, string> = {
  "a.txt":
    "Castell stops Orme in seventh\nMay 6, 2023\n" +
    "Nia Castell stopped Jo Orme in the seventh round to keep her WBA and IBF lightweight belts on Saturday.\n" +
    "Castell, 30-1 with 22 knockouts, has won nine fights in a row since losing to Ana Brill in March 2019, and she has won six title fights in a row since her June 2020 win over Ida Lunt.\n" +
    "Castell finished it four rounds sooner than in their first fight.\n" +
    "The crowd sang to her coach Lena Dart, who turned 61 on Saturday.\n",
  "b.txt":
    "Castell makes it nine\nMay 6, 2023\n" +
    "Nia Castell won her ninth straight fight on Saturday, stopping the 34-year-old Orme in the seventh round.\n" +
    "Castell (30-1, 22 KO) was never troubled.\n" +
    "With Orme four years older than at their first fight, it was never close.\n" +
    "The crowd sang to Lena Dart, her coach, who was 61 on Saturday.\n" +
    "Castell had beaten Orme back in 2021, stopping her in the ninth.\n",
  "c.txt":
    "Castell too strong for Orme\n6 May 2023\n" +
    "It was Castell's 30th victory, 22 by KO, against one defeat - and her ninth in a row.\n" +
    "She improves to 30-1 with 22 wins coming by way of knockout.\n" +
    "Castell won four rounds sooner than in 2021.\n" +
    "Orme last met Castell in 2021, when her challenge was ended in the ninth round.\n",
};

let dir = "";
let report: Report;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-records-"));
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
  report = scan({ paths: ["."], cwd: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function claimAt(file: string, text: string, nth = 1): Claim {
  const found = report.claims.filter((c) => c.document.endsWith(file) && c.text === text);
  const c = found[nth - 1];
  if (!c) throw new Error(`no claim “${text}” in ${file}: ${report.claims.filter((x) => x.document.endsWith(file)).map((x) => x.text).join(", ")}`);
  return c;
}

const verdictsOf = (a: Claim, b: Claim): string[] => report.findings.filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id)).map((f) => f.verdict);

describe("a run of wins told three ways", () => {
  it("'nine fights in a row', 'her ninth straight win' and 'her ninth in a row' agree", () => {
    const [a, b, c] = [claimAt("a.txt", "nine"), claimAt("b.txt", "ninth"), claimAt("c.txt", "ninth")];
    for (const x of [a, b, c]) expect(x.value).toMatchObject({ min: 9, max: 9 });
    expect(verdictsOf(a, b)).toEqual(["agree"]);
    expect(verdictsOf(b, c)).toEqual(["agree"]);
  });
  it("the other run of the same sentence (six title fights) joins none of them", () => {
    const six = claimAt("a.txt", "six");
    for (const other of [claimAt("b.txt", "ninth"), claimAt("c.txt", "ninth")]) {
      expect(verdictsOf(six, other)).not.toContain("agree");
      expect(verdictsOf(six, other)).not.toContain("contradict");
    }
  });
});

describe("knockouts told three ways", () => {
  it("'22 knockouts', '22 KO', '22 by KO' and '22 wins coming by way of knockout' agree", () => {
    const [a, b, c, d] = [claimAt("a.txt", "22"), claimAt("b.txt", "22"), claimAt("c.txt", "22"), claimAt("c.txt", "22", 2)];
    for (const x of [a, b, c, d]) expect(x.value).toMatchObject({ min: 22, max: 22, unit: expect.stringMatching(/^(?:knockout|ko)$/) });
    expect(verdictsOf(a, c)).toEqual(["agree"]);
    expect(verdictsOf(b, d)).toEqual(["agree"]);
  });
});

describe("a difference is compared with differences only", () => {
  it("'four rounds sooner' in two reports agree", () => {
    const [a, c] = [claimAt("a.txt", "four"), claimAt("c.txt", "four")];
    expect(a.claimFrame?.modality).toContain("difference");
    expect(verdictsOf(a, c)).toEqual(["agree"]);
  });
  it("'four years older' is an age difference, never set with an age", () => {
    const older = claimAt("b.txt", "four years");
    expect(older.claimFrame?.modality).toContain("difference");
    const age = claimAt("b.txt", "34-year-old");
    expect(report.findings.filter((f) => f.claims.includes(older.id)).flatMap((f) => f.claims)).not.toContain(age.id);
  });
});

describe("an age told with the day of a birthday", () => {
  it("'who turned 61 on Saturday' and 'who was 61 on Saturday' agree", () => {
    expect(verdictsOf(claimAt("a.txt", "61"), claimAt("b.txt", "61"))).toEqual(["agree"]);
  });
});

describe("their first bout told with different verbs", () => {
  it("'had beaten Orme back in 2021' and 'Orme last met Castell in 2021' agree", () => {
    expect(verdictsOf(claimAt("b.txt", "2021"), claimAt("c.txt", "2021", 2))).toEqual(["agree"]);
  });
});

describe("nothing here contradicts", () => {
  it("no contradiction", () => {
    expect(report.findings.filter((f) => f.verdict === "contradict").map((f) => f.reason)).toEqual([]);
  });
});
