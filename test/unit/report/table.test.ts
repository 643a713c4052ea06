/**
 * The terminal table: it fits the width it is given, never cuts a file:line:column, puts failing
 * findings first and says how much of a large report it leaves out. (How long it takes is measured
 * by `npm run bench`, not here.)
 */
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { TABLE_LIMITS, tableReporter } from "../../../src/report/table.js";
import { fitColumns, renderTextTable } from "../../../src/report/text-table.js";
import type { Claim, Finding, Verdict } from "../../../src/types.js";
import { makeClaim, makeFinding, makeReport, year } from "../../helpers/make-report.js";

const widest = (text: string): number => Math.max(...text.split("\n").map((l) => stringWidth(l)));
const where = (c: Claim): string => `${c.document}:${c.line}:${c.column}`;

/** `n` claims, each in a document of its own under a deep folder, dated 1900 + i. */
function manyClaims(n: number, text = (i: number) => `in ${1900 + i}`): Claim[] {
  return Array.from({ length: n }, (_, i) =>
    makeClaim({
      document: `archive/annual-reports/region-${String(i % 7).padStart(2, "0")}/report-${String(i).padStart(3, "0")}.txt`,
      line: 10 + i,
      column: 100 + i,
      text: text(i),
      value: year(1900 + i),
    }),
  );
}

describe("table: one finding with 100 claims", () => {
  const claims = manyClaims(100);
  const named = [claims[57] as Claim, claims[93] as Claim];
  const finding = makeFinding({
    claims: claims.map((c) => c.id),
    basis: { kind: "disjoint-intervals", a: named[0]!.id, b: named[1]!.id },
    reason: "1957 and 1993 cannot both be the year of the recognition; the other dates do not overlap either.",
  });
  const report = makeReport({ claims, findings: [finding] });

  it.each([60, 80, 100, 120, 160])("fits %i columns, every location whole on one line", (width) => {
    const out = tableReporter(report, { color: false, width });
    expect(widest(out)).toBeLessThanOrEqual(width);
    const lines = out.split("\n");
    const shown = claims.filter((c) => out.includes(`“${c.text}”`));
    expect(shown).toHaveLength(TABLE_LIMITS.claims);
    for (const c of shown) expect(lines.some((l) => l.includes(where(c)))).toBe(true);
    // No location is left cut anywhere: every "report-NNN.txt" is followed by its :line:column.
    for (const m of out.matchAll(/report-(\d{3})\.txt(:\d+:\d+)?/g)) {
      const i = Number(m[1]);
      expect(m[2]).toBe(`:${10 + i}:${100 + i}`);
    }
  });

  it("shows the two claims the reason names and says how many claims are left out", () => {
    const out = tableReporter(report, { color: false, width: 120 });
    for (const c of named) expect(out).toContain(where(c));
    expect(out).toContain(`… and ${100 - TABLE_LIMITS.claims} more claims`);
    // The claims shown keep the finding's order.
    const positions = claims.map((c) => out.indexOf(where(c))).filter((p) => p >= 0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("draws a table where its columns fit, else lists the findings one under another", () => {
    const wide = tableReporter(report, { color: false, width: 160 });
    expect(wide.startsWith("┌")).toBe(true);
    const narrow = tableReporter(report, { color: false, width: 80 });
    expect(narrow).not.toMatch(/[┌│└]/);
    expect(narrow.split("\n")[0]).toBe("CONTRADICT: Pakistan's recognition of the Taliban government");
    expect(narrow).toContain(`    “in 1957” — ${where(named[0]!)}`);
    expect(narrow).toContain("  1957 and 1993 cannot both be the year");
  });

  it("draws the whole finding when it has no more than the limit", () => {
    const few = claims.slice(0, TABLE_LIMITS.claims);
    const out = tableReporter(makeReport({ claims: few, findings: [makeFinding({ claims: few.map((c) => c.id) })] }), { color: false });
    for (const c of few) expect(out).toContain(where(c));
    expect(out).not.toContain("more claim");
  });
});

describe("table: a large report", () => {
  // 100 findings of two claims each, agreements first in the report; the table shows 30.
  const verdicts: Verdict[] = Array.from({ length: 100 }, (_, i) => (i < 50 ? "agree" : i < 90 ? "diverge" : "contradict"));
  const claims = manyClaims(200);
  const findings: Finding[] = verdicts.map((verdict, i) =>
    makeFinding({ verdict, topic: `topic-${i}`, claims: [claims[2 * i]!.id, claims[2 * i + 1]!.id] }),
  );
  const out = tableReporter(makeReport({ claims, findings }), { color: false, width: 120 });

  it("shows the failing findings first: every contradiction, then divergences", () => {
    const topics = [...out.matchAll(/topic-(\d+)/g)].map((m) => Number(m[1]));
    expect(topics).toHaveLength(TABLE_LIMITS.findings);
    expect(topics.slice(0, 10)).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
    expect(topics.slice(10)).toEqual(Array.from({ length: 20 }, (_, i) => 50 + i));
  });

  it("says how many findings are not shown, by verdict, and where to see them all", () => {
    expect(out).toContain("70 more findings not shown (20 divergences, 50 agreements); use -f json, -f markdown or -f html for all.");
    expect(out.trimEnd().split("\n").at(-1)).toBe("200 documents, 200 claims: 10 contradictions, 40 divergences, 50 agreements");
  });
});

describe("table: text that is not plain ASCII", () => {
  it("measures wide characters and emoji as the terminal draws them", () => {
    const claims = manyClaims(4, (i) => `東京で${1900 + i}年に 🎉 合意された取り決めについての長い引用文がここに続きます`);
    const out = tableReporter(makeReport({ claims, findings: [makeFinding({ claims: claims.map((c) => c.id) })] }), { color: false, width: 140 });
    expect(widest(out)).toBeLessThanOrEqual(140);
    const rows = out.split("\n").filter((l) => l.startsWith("│"));
    expect(rows.length).toBeGreaterThan(8);
    for (const line of rows) expect(stringWidth(line)).toBe(widest(out));
  });

  it("draws control characters in a quote as spaces, so a quote cannot drive the terminal", () => {
    const claims = manyClaims(2, (i) => `in ${1900 + i}\u001b[2J\u001b]0;title\u0007\u202e`);
    const out = tableReporter(makeReport({ claims, findings: [makeFinding({ claims: claims.map((c) => c.id) })] }), { color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it("keeps a location longer than the width whole, letting the table grow past it", () => {
    const long = `${"deeply/nested/".repeat(8)}source.txt`;
    const claims = [makeClaim({ document: long, line: 3, column: 9 }), makeClaim({ document: "b.txt", value: year(1996), text: "in 1996" })];
    const out = tableReporter(makeReport({ claims, findings: [makeFinding({ claims: claims.map((c) => c.id) })] }), { color: false, width: 60 });
    expect(out.split("\n").some((l) => l.includes(`${long}:3:9`))).toBe(true);
  });
});

describe("fitColumns", () => {
  const col = (hard: number, soft: number, natural: number, share: number) => ({ hard, soft, natural, share });
  it.each([
    // natural widths when they fit
    [[col(5, 5, 10, 1), col(5, 5, 20, 1)], 40, [10, 20]],
    // soft floors, then the rest by share, none past its natural width
    [[col(5, 8, 30, 1), col(5, 8, 100, 3)], 48, [16, 32]],
    [[col(5, 8, 12, 1), col(5, 8, 100, 3)], 48, [12, 36]],
    // soft floors do not fit: hard floors
    [[col(5, 20, 30, 1), col(5, 20, 100, 1)], 30, [15, 15]],
    // hard floors wider than the width: the table is wider than asked
    [[col(25, 25, 30, 1), col(25, 25, 100, 1)], 30, [25, 25]],
    // rounding leftovers go out one by one
    [[col(1, 1, 100, 1), col(1, 1, 100, 1), col(1, 1, 100, 1)], 10, [4, 3, 3]],
  ])("%j in %i columns → %j", (columns, available, expected) => {
    const widths = fitColumns(columns, available);
    expect(widths).toEqual(expected);
  });
});

describe("renderTextTable", () => {
  it("wraps at word boundaries with a hanging indent and breaks only words wider than the column", () => {
    const out = renderTextTable(
      [{ header: "A", min: 12, share: 1 }],
      [[[{ indent: 2, pieces: ["one two three four five", { atom: "x.txt:1:2" }] }, { pieces: ["abcdefghijklmnopqrstuvwxyz"] }]]],
      { width: 16 },
    );
    expect(out?.split("\n")).toEqual([
      "┌──────────────┐",
      "│ A            │",
      "├──────────────┤",
      "│   one two    │",
      "│   three four │",
      "│   five       │",
      "│   x.txt:1:2  │",
      "│ abcdefghijkl │",
      "│ mnopqrstuvwx │",
      "│ yz           │",
      "└──────────────┘",
    ]);
  });

  it("gives up (null) when the minimums and atoms are wider than the width", () => {
    const columns = [{ header: "A", min: 8, share: 1 }, { header: "B", min: 8, share: 1 }];
    expect(renderTextTable(columns, [[[{ pieces: ["a b c d e f g h i"] }], [{ pieces: ["x"] }]]], { width: 23 })).toContain("│");
    expect(renderTextTable(columns, [[[{ pieces: ["a b c d e f g h i"] }], [{ pieces: [{ atom: "f.txt:1:1" }] }]]], { width: 23 })).toBeNull();
  });
});
