/**
 * A figure told with no verb at all ("…, for only three losses") beside the same figure told with a
 * verb of no class in another report ("improved to a record of 40 wins and three losses"): it takes
 * that claim's topic (group/occurrence-topics.ts verbOfTheFigure), and two sentences that both name
 * one person, in a role in one of them, are not set apart by their other names
 * (group/participants.ts actorsApart). Sentences, names and numbers written for this test; the
 * expected readings were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../src/pipeline.js";
import { loadRules } from "../../../src/ruleset/load-rules.js";
import { lineStarts } from "../../../src/ingest/line-index.js";
import { occurrenceTopics } from "../../../src/group/occurrence-topics.js";
import { actorsApart } from "../../../src/group/participants.js";
import type { Claim, CompiledRule } from "../../../src/types.js";

let rules: readonly CompiledRule[] | null = null;
function claimsIn(path: string, text: string): Claim[] {
  if (!rules) {
    const loaded = loadRules({ cwd: process.cwd() });
    if (!loaded.ok) throw new Error("built-in rules do not load");
    rules = loaded.rules;
  }
  return claimsOf({ path, text, sha256: "", date: "2021-05-02", dateSource: "flag", lineStarts: lineStarts(text) }, rules).map((c) => ({ ...c, story: "s-1" }));
}
const figure = (claims: readonly Claim[], text: string, counted: string): Claim => {
  const c = claims.find((x) => x.text === text && x.claimFrame?.counted === counted);
  if (!c) throw new Error(`no “${text}” counting ${counted}: ${claims.map((x) => `${x.text} ${x.rule}`).join(", ")}`);
  return c;
};

const RECORD = "Vera Lund improved to a career record of 40 wins and three losses, ahead of a bout with Kim Soto.";
const BARE = "Lund now has 40 wins, for only three losses.";

describe("a figure told without a verb takes the one verb of the figure in another report", () => {
  it("must join: the bare count and the record's count", () => {
    const a = figure(claimsIn("a.txt", RECORD), "three", "loss");
    const b = figure(claimsIn("b.txt", BARE), "three", "loss");
    expect(b.rule).toBe("frame:-/loss");
    const topics = occurrenceTopics([a, b], new Set());
    expect(topics.get(b)).toBe(topics.get(a));
  });

  it("must not join: two verbs of no class state the figure, so which one is unknown", () => {
    const a = figure(claimsIn("a.txt", RECORD), "three", "loss");
    const c = figure(claimsIn("c.txt", "Ines Roy wrapped up the year with 12 wins and three losses."), "three", "loss");
    const b = figure(claimsIn("b.txt", BARE), "three", "loss");
    expect(b.rule).toBe("frame:-/loss");
    if (a.rule === c.rule) throw new Error("the two verbs must differ for this row");
    expect(occurrenceTopics([a, c, b], new Set()).get(b)).toBe(b.rule);
  });
});

describe("one person named in both sentences keeps them from being set apart by other names", () => {
  it("must not be apart: Lund is the agent of one and named in the other", () => {
    const a = figure(claimsIn("a.txt", RECORD), "three", "loss");
    const b = figure(claimsIn("b.txt", "It was Lund's 40th win over Ada Kerr, for only three losses."), "three", "loss");
    expect(actorsApart(a, b)).toBe(false);
  });

  it("must be apart: two sentences with no name in common", () => {
    const a = figure(claimsIn("a.txt", RECORD), "three", "loss");
    const c = figure(claimsIn("c.txt", "Wes Chan had three losses against Pat Ito."), "three", "loss");
    expect(actorsApart(a, c)).toBe(true);
  });
});
