/**
 * The seeds baselined, then articles added as pull requests would add them, one after another: the
 * first agrees with the reviewed recognition year 1997 and passes; the second, added beside it,
 * says 1995 and fails, and its annotation points at the second article's line, not at the first
 * added one nor at a seed. Two wordings of the recognition, one naming the government the
 * recognition was of, one after a reporting verb with an ordinal ("the first … regime"). The
 * articles are written for this test; the expected lines are read off them.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { removeWorkspace, runCli, workspaceWithSeeds } from "../unit/ci/run-cli.js";

/** Line 4 holds the recognition. */
const article = (sentence: string): string =>
  [
    "Islamabad and Kabul, three decades on",
    "",
    "Shelling along the border this autumn has revived an old question about the two neighbours.",
    sentence,
    "Since then, ties between the two capitals have swung between close cooperation and open distrust.",
    "",
  ].join("\n");

const WORDINGS: [string, (year: number) => string][] = [
  ["the government named", (year) => `Pakistan recognised the Taliban government in ${year}, one of only three states to do so.`],
  ["after a reporting verb, an ordinal before the regime", (year) => `Analysts recall that Pakistan recognised the first Taliban regime in ${year}.`],
];

let dir: string;
beforeEach(async () => {
  dir = workspaceWithSeeds();
  const made = await runCli(["baseline", "seeds/"], dir);
  expect(made.code).toBe(0);
});
afterEach(() => removeWorkspace(dir));

const scan = (format: string) => runCli(["scan", "seeds/", "--baseline", "relcheck-baseline.json", "-f", format], dir);

describe.each(WORDINGS)("a baseline of the seeds, then two articles (%s)", (_, recognised) => {
  it("1997 passes; 1995 added beside it fails, annotated at its own line", async () => {
    writeFileSync(join(dir, "seeds", "006_agree.txt"), article(recognised(1997)));
    const agreeing = await scan("github");
    expect(agreeing.code).toBe(0);
    expect(agreeing.stdout.split("\n").filter((l) => l.startsWith("::error"))).toEqual([]);

    writeFileSync(join(dir, "seeds", "007_disagree.txt"), article(recognised(1995)));
    const disagreeing = await scan("github");
    expect(disagreeing.code).toBe(1);
    const errors = disagreeing.stdout.split("\n").filter((l) => l.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error file=seeds\/007_disagree\.txt,line=4,/);
    expect(errors[0]).toContain("1995");

    // one finding: the seeds' recognition, with the two new articles on their sides
    const report = JSON.parse((await scan("json")).stdout) as Report;
    const recognitions = report.findings.filter((f) => f.rule === "government-recognition");
    expect(recognitions).toHaveLength(1);
    const [finding] = recognitions;
    expect(finding!.verdict).toBe("contradict");
    const documentOf = (id: string | undefined) => report.claims.find((c) => c.id === id)?.document;
    expect(documentOf(finding!.cause)).toBe("seeds/007_disagree.txt");
    const docs = finding!.claims.map(documentOf);
    expect(docs).toContain("seeds/006_agree.txt");
    expect(docs).toContain("seeds/007_disagree.txt");
    expect(docs.some((d) => d !== undefined && !/\/00[67]_/.test(d))).toBe(true);
  });
});
