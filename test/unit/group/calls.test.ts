/**
 * One call told by its caller and by its receiver (group/calls.ts), and one clock time told with
 * and without its zone (group/undated-days.ts). Sentences, names, places and times invented for
 * this test; the expected kinds and findings were decided by reading them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import { classesOfClaim, predicateOf } from "../../../src/group/predicate-classes.js";
import { type CallEnd, callEnd, fromItsTwoEnds } from "../../../src/group/calls.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

describe("a call told by a verb of making or getting it", () => {
  it.each([
    ["Someone made a threatening phone call to the Ulvik branch at 9:15 a.m.", "9:15 a.m."],
    ["The Ulvik branch received a threatening call on Monday morning.", "Monday morning"],
    ["The freighter Lorna put out a message at 0400 hours that it was being chased.", "0400 hours"],
    ["The frigate Tessel picked up a distress call from the Lorna at about 4 a.m.", "4 a.m."],
    ["The skipper radioed a message to the coastguard at 4 am from the strait.", "4 am"],
    ["The chase began at 4am when the frigate Tessel received a distress call from the Lorna.", "4am"],
  ])("“%s” (%s) tells a call", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value)) ?? []).toContain("phone-call");
  });

  it.each([
    // no call: a reward, a statement, a choosing, a naming
    ["The Ulvik branch received a reward on Monday.", "Monday"],
    ["The mayor made a statement at 4 pm in the square.", "4 pm"],
    ["The club picked a new captain on Monday.", "Monday"],
    ["The minister called the plan a failure on Monday.", "Monday"],
    // a when-clause that tells no call
    ["The chase began at 4am when the crew of the Tessel boarded the dhow.", "4am"],
  ])("“%s” (%s) tells no call", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value)) ?? []).not.toContain("phone-call");
  });

  it("counts of calls are left as they are", () => {
    expect(classesOfClaim(claim("The hotline received 300 calls on Monday.", "300")) ?? []).not.toContain("phone-call");
  });
});

describe("the two ends of a call", () => {
  it.each<[CallEnd | null, CallEnd | null, boolean]>([
    ["made", "got", true],
    ["got", "made", true],
    ["when", "made", true],
    ["when", "when", true],
    ["got", "got", false],
    ["made", "made", false],
    ["made", null, false],
  ])("%s / %s", (a, b, expected) => {
    expect(fromItsTwoEnds(a, b)).toBe(expected);
  });

  it.each<[string, string, CallEnd]>([
    ["The freighter Lorna put out a message at 0400 hours that it was being chased.", "0400 hours", "made"],
    ["The frigate Tessel picked up a distress call from the Lorna at about 4 a.m.", "4 a.m.", "got"],
    ["The chase began at 4am when the frigate Tessel received a distress call from the Lorna.", "4am", "when"],
  ])("“%s” tells the call's end: %s", (sentence, value, end) => {
    const c = claim(sentence, value);
    expect(callEnd(c, predicateOf(c))).toBe(end);
  });
});

describe("findings between undated reports of one call", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-calls-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  /** The findings of two one-sentence undated reports of one story, as "verdict: text / text". */
  function verdicts(a: string, b: string): string[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    [a, b].forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), `Pirates chase the freighter Lorna in the Kessan Strait\n\n${t}\n`));
    const report = scan({ paths: ["r0.txt", "r1.txt"], cwd: dir });
    const text = new Map(report.claims.map((c) => [c.id, c.text]));
    return report.findings.map((f) => `${f.verdict}: ${f.claims.map((id) => text.get(id)).join(" / ")}`);
  }

  it("must agree: the call's time told by its caller and by its receiver", () => {
    expect(
      verdicts(
        "The freighter Lorna put out a message at 0400 hours that it was being chased by two skiffs in the Kessan Strait.",
        "The frigate Tessel picked up a distress call from the Lorna at around 4 a.m. and sped to the Kessan Strait.",
      ),
    ).toContain("agree: 0400 hours / 4 a.m.");
  });

  it("must agree: one minute told with its zone and without", () => {
    expect(
      verdicts(
        "The freighter Lorna put out a message at 0400 hours that it was being chased by two skiffs in the Kessan Strait.",
        "The chase in the Kessan Strait began at 0400 GMT when the frigate Tessel received a distress call from the Lorna.",
      ),
    ).toContain("agree: 0400 hours / 0400 GMT");
  });

  it("must agree: a morning and a clock time of one threatening call", () => {
    expect(
      verdicts(
        "On Monday morning, the Ulvik branch of Corrant Bank received a threatening phone call.",
        "Hours before the blast someone made a threatening phone call to Corrant Bank around 9:15 a.m.",
      ),
    ).toContainEqual(expect.stringMatching(/^agree: (Monday morning \/ 9:15 a\.m\.|9:15 a\.m\. \/ Monday morning)$/));
  });

  it("must not join: another minute in a zone", () => {
    const found = verdicts(
      "The freighter Lorna put out a message at 0400 hours that it was being chased by two skiffs in the Kessan Strait.",
      "The chase in the Kessan Strait began at 0600 GMT when the frigate Tessel received a distress call from the Lorna.",
    );
    expect(found.some((f) => f.includes("0400 hours") && f.includes("0600 GMT"))).toBe(false);
  });

  it("must not contradict: the call and the boarding of one chase", () => {
    const found = verdicts(
      "The freighter Lorna put out a message at 0400 hours that it was being chased by two skiffs in the Kessan Strait.",
      "Marines from the frigate Tessel boarded the skiffs at 0530 hours in the Kessan Strait.",
    );
    expect(found.filter((f) => f.startsWith("contradict"))).toEqual([]);
    expect(found.some((f) => f.includes("0400 hours") && f.includes("0530 hours"))).toBe(false);
  });
});
