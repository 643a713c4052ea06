/**
 * A figure that one report gives twice — once with the runner and the place in the game, once in a
 * sentence that names nothing ("He … for a 74-yard touchdown run") — is not two things that report
 * holds apart: the report only does not say whose the second one is. So another report's length
 * for the same play, named alike, still contradicts the first. The texts are written for this test;
 * the expected verdicts were decided by reading them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";

const WIRE =
  "Hawks edge Rams in overtime\n\nRoss Delaney ran for 190 yards for the Hawks, including a 72-yard scamper on the first play of the second half, " +
  "as the Hawks beat the Rams 24-21 in overtime on Sunday.\n\nHe cut to the right, found a seam along the sideline and outran the Rams " +
  "secondary for a 74-yard touchdown run.\n";
const LOCAL_NAMED =
  "Delaney carries Hawks past Rams\n\nOn the first play of the second half, Delaney broke off a 74-yard touchdown run to cut the Rams lead " +
  "to 14-10. The Hawks beat the Rams 24-21 in overtime on Sunday.\n";
// the same run with no place in the game: a runner makes many runs, so nothing shows it is the first-play one
const LOCAL_UNPLACED = "Delaney carries Hawks past Rams\n\nDelaney broke off a 74-yard touchdown run to cut the Rams lead to 14-10. The Hawks beat the Rams 24-21 in overtime on Sunday.\n";

const dir = mkdtempSync(join(tmpdir(), "relcheck-silent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function verdictOfRun(name: string, local: string, wireDated = ""): string[] {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, "wire.txt"), wireDated + WIRE);
  writeFileSync(join(dir, name, "local.txt"), local);
  const report = scan({ paths: [name], cwd: dir, asOf: "2024-11-20" });
  const short = report.claims.filter((c) => c.text === "72").map((c) => c.id);
  expect(short).toHaveLength(1);
  return report.findings.filter((f) => f.claims.includes(short[0]!) && f.claims.some((id) => report.claims.find((c) => c.id === id)?.text === "74")).map((f) => f.verdict);
}

describe("a report's second figure that names nothing", () => {
  it("must: 72 yards on the first play (wire) against 74 yards on the first play (local), one runner: contradict", () => {
    expect(verdictOfRun("named", LOCAL_NAMED)).toEqual(["contradict"]);
  });
  it("must not: the local report's 74-yard run with no place in the game only diverges", () => {
    expect(verdictOfRun("unplaced", LOCAL_UNPLACED)).toEqual(["diverge"]);
  });
  // the wire report filed the morning after the game: a finished play is no later state of itself
  const NEXT_DAY = "---\ndate: 2024-11-18\n---\n";
  const LOCAL_DATED = (text: string): string => "---\ndate: 2024-11-17\n---\n" + text;
  it("must: the same two lengths of the first-play run, the wire report dated a day later: still contradict", () => {
    expect(verdictOfRun("next-day", LOCAL_DATED(LOCAL_NAMED), NEXT_DAY)).toEqual(["contradict"]);
  });
  it("must not: a day later, the run with no place in the game still only diverges", () => {
    expect(verdictOfRun("next-day-unplaced", LOCAL_DATED(LOCAL_UNPLACED), NEXT_DAY)).toEqual(["diverge"]);
  });
});
