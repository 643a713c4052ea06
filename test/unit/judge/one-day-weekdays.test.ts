/**
 * Different weekdays of a happening that has one day, in reports that no date can be given
 * (judge/one-day-weekdays.ts): a death, a blast, an arrest told with two weekdays contradict; a
 * day counted from the report against a weekday, two clock times, a happening that may last, or
 * two tellings with no name in common do not. Reports invented.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";

describe("weekdays of a happening that has one day, in undated reports", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-one-day-weekdays-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  /** The verdicts of scanning texts as one folder of undated reports, each under one headline (one story). */
  function verdicts(texts: readonly string[], headline: string): string[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    const names = texts.map((t, i) => {
      writeFileSync(join(dir, `r${i}.txt`), `${headline}\n\n${t}\n`);
      return `r${i}.txt`;
    });
    return scan({ paths: names, cwd: dir }).findings.map((f) => f.verdict);
  }

  const VASKO = "Retired Pellmouth harbour master Orrin Vasko dies at 88";
  const BLAST = "Bomb at Corrant savings bank in Leddington";
  const must: [string, string, string][] = [
    ["Orrin Vasko, the retired Pellmouth harbour master, died on Friday.", "Orrin Vasko died Thursday at his home in Pellmouth, his daughter said.", VASKO],
    ["A bomb exploded at the Corrant savings bank in Leddington on Friday.", "A bomb exploded at the Corrant savings bank in Leddington on Sunday.", BLAST],
  ];
  it.each(must)("contradicts: %s / %s", (a, b, headline) => {
    expect(verdicts([a, b], headline)).toContain("contradict");
  });

  const mustNot: [string, string, string][] = [
    // a day counted from the report against a weekday: the report's day is unknown
    ["Orrin Vasko, the retired Pellmouth harbour master, died yesterday.", "Orrin Vasko died Thursday at his home in Pellmouth, his daughter said.", VASKO],
    // two clock times of one blast: another clock, another zone
    ["The bomb exploded at the Corrant savings bank in Leddington at 5:30 p.m.", "The bomb exploded at the Corrant savings bank in Leddington at 9:15 p.m.", BLAST],
    // a fire may burn for days
    ["A fire destroyed the Corrant grain store in Leddington on Friday.", "A fire destroyed the Corrant grain store in Leddington on Saturday.", "Fire at Corrant grain store in Leddington"],
    // two deaths with no name in common
    ["A retired harbour master died on Friday, his family said.", "A former ferry pilot died Thursday at a hospital, his family said.", "Two deaths at sea port"],
    // a weekday counted from another the report named: a reckoning, not a statement of the day
    ["Leddington police said Sunday a bomb exploded at the Corrant savings bank in Leddington the day before.", "A bomb exploded at the Corrant savings bank in Leddington on Friday.", BLAST],
    // two sayings
    ["Leddington police said Friday that the Corrant bank would stay shut.", "Leddington police said Saturday that the Corrant bank would stay shut.", BLAST],
  ];
  it.each(mustNot)("does not contradict: %s / %s", (a, b, headline) => {
    expect(verdicts([a, b], headline)).not.toContain("contradict");
  });
});
