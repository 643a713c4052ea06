/**
 * Kinds of happening that undated reports tell with different words (group/undated-kinds.ts): a
 * cut of lines told by its outage, its disruption or the damage, a blast told by the bomb's
 * detonating or exploding, are joined; other kinds are not. Reports invented.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";

describe("one kind of happening in undated reports", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-undated-kinds-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  /** The findings of two undated reports under one headline, each as its verdict and its claims' texts. */
  function findings(a: string, b: string, headline: string): string[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    [a, b].forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), `${headline}\n\n${t}\n`));
    const report = scan({ paths: ["r0.txt", "r1.txt"], cwd: dir });
    const text = new Map(report.claims.map((c) => [c.id, c.text]));
    return report.findings.map((f) => `${f.verdict}: ${f.claims.map((id) => text.get(id)).join(" / ")}`);
  }

  const CABLE = "Pellan sea cable cut off Dunmere";
  const BLAST = "Bomb at Corrant savings bank in Leddington";
  const RAID = "Raiders foiled in the Orran Strait";
  const must: [string, string, string, string][] = [
    ["Phone and data links between Pellan and Dunmere were disrupted Friday, the operator said.", "Data traffic between Pellan and Dunmere was hampered Friday after the cable broke.", CABLE, "agree: Friday / Friday"],
    ["The Pellan sea cable off Dunmere was damaged Friday, the operator said.", "Users in Pellan and Dunmere suffered outages Friday, the operator said.", CABLE, "agree: Friday / Friday"],
    ["The bomb detonated at the Corrant savings bank in Leddington at 5:30 p.m.", "A bomb exploded at the Corrant savings bank in Leddington at about 5:30 p.m.", BLAST, "agree: 5:30 p.m. / 5:30 p.m."],
    // an attack told by the attackers' act and by its foiling, whatever idiom tells the foiling
    ["The Pellan navy said it seized 14 raiders who threatened a freighter in the Orran Strait on Friday.", "The Pellan navy on Friday took the raiders head on, foiling a hijack attempt and seizing 14 men.", RAID, "agree: Friday / Friday"],
    ["Raiders attacked a freighter in the Orran Strait on Friday.", "The frigate Orlan repulsed an attack on a freighter in the Orran Strait on Friday.", RAID, "agree: Friday / Friday"],
  ];
  it.each(must)("joins %j and %j", (a, b, headline, expected) => {
    expect(findings(a, b, headline)).toContain(expected);
  });

  const mustNot: [string, string, string][] = [
    ["Phone and data links between Pellan and Dunmere were disrupted Friday, the operator said.", "Police in Dunmere arrested two divers Friday near the Pellan cable.", CABLE],
    ["The bomb detonated at the Corrant savings bank in Leddington on Friday.", "A guard at the Corrant savings bank in Leddington died on Friday.", BLAST],
    // a cut of prices is a reduction, no outage of the cable cut that day
    ["Pellan Telecom cut prices Friday, the operator said.", "The Pellan sea cable off Dunmere was damaged Friday, the operator said.", CABLE],
    // a noun of people read as the predicate names no happening
    ["Meanwhile, Lorran pirates Friday released a Pellan tanker they had held since spring.", "Also on Friday, a Pellan navy spokesman said a frigate had chased away pirates near Dunmere.", "Pirates off Pellan and Dunmere"],
    // a foiling and another kind of happening of that day
    ["The frigate Orlan thwarted a hijack attempt in the Orran Strait on Friday.", "Meanwhile, Lorran raiders released a Pellan tanker in the Orran Strait on Friday.", RAID],
    // the idea of an attack is no attack
    ["On Friday, a high-level Norwegian naval commander said attacking Lorran ports probably wouldn't be effective in battling rampant piracy.", "The frigate Orlan repulsed an attack on a freighter in the Orran Strait on Friday.", RAID],
    // a threat to do something is no attack
    ["The dockers' union in the Orran Strait threatened to strike on Friday.", "The frigate Orlan thwarted an attack in the Orran Strait on Friday.", RAID],
  ];
  it.each(mustNot)("keeps %j and %j apart", (a, b, headline) => {
    expect(findings(a, b, headline).filter((f) => f.includes("Friday"))).toEqual([]);
  });
});
