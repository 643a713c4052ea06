import { describe, expect, it } from "vitest";
import {
  GITHUB_ANNOTATIONS_PER_STEP,
  escapeData,
  escapeProperty,
  githubJobSummary,
  githubReporter,
  workflowCommand,
} from "../../../src/report/github.js";
import type { Finding } from "../../../src/types.js";
import { makeClaim, makeFinding, makeReport, year } from "./make.js";

const a = makeClaim({ id: "c-a", document: "docs/a,b.txt", line: 6, column: 10, length: 7, text: "in 1997" });
const b = makeClaim({ id: "c-b", document: "docs/c.txt", line: 12, column: 1, length: 7, text: "In 1996", value: year(1996) });
const contradiction = makeFinding({
  id: "f-00000000000000aa",
  claims: ["c-a", "c-b"],
  topic: "Recognition: year",
  reason: "1997 and 1996 cannot both hold (100% sure).",
});

describe("escaping", () => {
  it("escapes % CR LF in data and also : , in properties", () => {
    expect(escapeData("50%\r\nnext: a,b")).toBe("50%25%0D%0Anext: a,b");
    expect(escapeProperty("50%\r\nnext: a,b")).toBe("50%25%0D%0Anext%3A a%2Cb");
    expect(workflowCommand("notice", {}, "hi")).toBe("::notice::hi");
    expect(workflowCommand("warning", { file: "x.txt", line: undefined, title: "t" }, "m")).toBe("::warning file=x.txt,title=t::m");
  });
});

describe("githubReporter", () => {
  it("prints one escaped annotation per contradiction at the first claim, listing every claim", () => {
    const out = githubReporter(makeReport([a, b], [contradiction, makeFinding({ id: "f-00000000000000bb", claims: ["c-a", "c-b"], verdict: "agree" })]));
    expect(out).toBe(
      "::error file=docs/a%2Cb.txt,line=6,endLine=6,col=10,endColumn=17,title=relcheck contradict%3A Recognition%3A year::" +
        '1997 and 1996 cannot both hold (100%25 sure).%0A- docs/a,b.txt:6:10 "in 1997" = 1997%0A- docs/c.txt:12:1 "In 1996" = 1996%0Afingerprint f-00000000000000aa\n',
    );
  });

  it("prints warnings for divergences and annotations for diagnostics", () => {
    const out = githubReporter(
      makeReport([a, b], [{ ...contradiction, verdict: "diverge" }], {
        diagnostics: [{ code: "RC100", severity: "error", message: "cannot read", file: "x.txt" }],
      }),
    );
    expect(out.split("\n")[0]).toBe("::error file=x.txt,title=relcheck RC100::cannot read");
    expect(out.split("\n")[1]).toMatch(/^::warning file=docs\/a%2Cb.txt,line=6,/);
  });

  it("prints nothing for a clean report", () => {
    expect(githubReporter(makeReport([a], []))).toBe("");
  });

  it("notes first when there are more findings than GitHub shows per step", () => {
    const many: Finding[] = Array.from({ length: GITHUB_ANNOTATIONS_PER_STEP + 2 }, (_, i) => ({ ...contradiction, id: `f-${i}` }));
    const lines = githubReporter(makeReport([a, b], many)).trimEnd().split("\n");
    expect(lines).toHaveLength(GITHUB_ANNOTATIONS_PER_STEP + 3);
    expect(lines[0]).toMatch(/^::notice title=relcheck%3A more findings than GitHub shows::relcheck found 12 contradictions and 0 divergences; GitHub shows only the first 10 errors/);
    const exactly = many.slice(0, GITHUB_ANNOTATIONS_PER_STEP);
    expect(githubReporter(makeReport([a, b], exactly))).not.toMatch(/::notice/);
  });

  it("notes stale baseline entries", () => {
    const stale = { id: "f-00000000000000ff", rule: "r", topic: "Gone", verdict: "contradict" as const, reason: "", claims: [] };
    const out = githubReporter(makeReport([a], [], { baseline: { file: "base.json", known: [], new: [], stale: [stale], pruned: false } }));
    expect(out).toBe(
      "::notice file=base.json,title=relcheck%3A stale baseline entries::1 baseline entry no longer occurs: f-00000000000000ff (Gone). Run with --prune to drop it.\n",
    );
  });
});

describe("githubJobSummary", () => {
  it("starts with a status line, then the baseline comparison and the findings table", () => {
    const report = makeReport([a, b], [contradiction], {
      baseline: { file: "base.json", known: ["f-1", "f-2"], new: ["f-00000000000000aa"], stale: [], pruned: false },
    });
    const text = githubJobSummary(report, { color: false });
    expect(text.startsWith("## relcheck: 1 contradiction and 0 divergences not in the baseline.\n\nBaseline `base.json`: 2 known findings not shown, 1 new, 0 stale entries.\n")).toBe(true);
    expect(text).toContain("| Finding | Verdict | Topic | Claims | Why |");
    expect(githubJobSummary(makeReport([a], []), { color: false })).toMatch(/^## relcheck: No contradiction or divergence\.\n/);
  });

  it("puts its headings in order: the status first and highest, each section one level below its parent at most", () => {
    const report = makeReport([a, b], [contradiction], {
      baseline: { file: "base.json", known: [], new: ["f-00000000000000aa"], stale: [], pruned: false },
      diagnostics: [{ code: "RC102", severity: "warning", message: "read as Windows-1252", file: "docs/b.txt" }],
    });
    const levels = [...githubJobSummary(report, { color: false }).matchAll(/^(#+) /gm)].map((m) => m[1]!.length);
    expect(levels).toEqual([2, 3, 4]);
    for (const [k, level] of levels.entries()) {
      if (k === 0) continue;
      expect(level).toBeGreaterThan(levels[0]!);
      expect(level).toBeLessThanOrEqual(levels[k - 1]! + 1);
    }
  });
});
