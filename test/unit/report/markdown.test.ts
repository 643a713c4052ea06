import { describe, expect, it } from "vitest";
import { escapeCell, markdownReporter } from "../../../src/report/markdown.js";
import { makeClaim, makeDocument, makeFinding, makeReport, quantity, year } from "../../helpers/make-report.js";

const a = makeClaim({ id: "c-a", document: "seeds/001.txt", line: 6, column: 10, text: "in 1997", value: year(1997) });
const b = makeClaim({ id: "c-b", document: "seeds/002.txt", line: 3, column: 1, text: "In 1996", value: year(1996) });
const x = makeClaim({
  id: "c-x",
  rule: "afghan-refugees",
  topic: "Afghan refugees | in Pakistan",
  measure: "repatriated",
  document: "seeds/003.txt",
  text: "Around 1.2 million",
  sentence: "Around 1.2 million *refugees* were <b>repatriated</b>.",
  value: quantity({ min: 1_080_000, max: 1_320_000, qualifier: "around", approximate: true, nominal: 1_200_000 }),
});
const y = makeClaim({
  id: "c-y",
  rule: "afghan-refugees",
  topic: "Afghan refugees | in Pakistan",
  measure: "hosted",
  document: "seeds/004.txt",
  text: "an estimated 3 million",
  value: quantity({ min: 2_700_000, max: 3_300_000, qualifier: "estimated", approximate: true, nominal: 3_000_000 }),
});

const report = makeReport({
  claims: [a, b, x, y],
  findings: [
    makeFinding({
      id: "f-div",
      rule: "afghan-refugees",
      topic: "Afghan refugees | in Pakistan",
      verdict: "diverge",
      claims: ["c-x", "c-y"],
      reason: "Different measures: repatriated, hosted.",
    }),
    makeFinding({ id: "f-con", claims: ["c-a", "c-b"], reason: "1997 and 1996 cannot both be the year." }),
  ],
  documents: [makeDocument("seeds/001.txt", { date: "2025-09-01", dateSource: "inferred" }), makeDocument("seeds/002.txt")],
});

describe("markdownReporter", () => {
  const md = markdownReporter(report, { color: false });
  const rows = md.split("\n").filter((l) => l.startsWith("| "));

  it("writes a header row, a separator and one row per finding, contradictions first", () => {
    expect(rows[0]).toBe("| Finding | Verdict | Topic | Claims | Why |");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^\| `f-con` \| \*\*contradict\*\* \|/);
    expect(rows[2]).toMatch(/^\| `f-div` \| diverge \|/);
  });

  it("keeps every row at five cells even when text holds pipes", () => {
    for (const row of rows) {
      const cells = row.replace(/\\\|/g, "").split("|").length - 2;
      expect(cells, row).toBe(5);
    }
    expect(rows[2]).toContain("Afghan refugees \\| in Pakistan");
  });

  it("shows values in the reader's terms with measure, quote and location", () => {
    expect(rows[1]).toContain("**1997** — “in 1997” `seeds/001.txt:6:10`<br>**1996** — “In 1996” `seeds/002.txt:3:1`");
    const bare = markdownReporter(
      makeReport({
        claims: [
          makeClaim({ id: "c-p", text: "1997", value: year(1997), document: "p.txt" }),
          makeClaim({ id: "c-q", text: "over 2,800", value: quantity({ min: 2800, max: null, qualifier: "over", nominal: 2800 }), frame: year(2021), measure: "killed-in-action", document: "q.txt" }),
        ],
        findings: [makeFinding({ claims: ["c-p", "c-q"] })],
      }),
      { color: false },
    );
    expect(bare).toContain("**1997** — `p.txt:1:8`<br>**over 2,800 people** (killed in action; time frame 2021) — “over 2,800” `q.txt:1:8`");
    expect(rows[2]).toContain("**about 1.2 million people** (repatriated) — “Around 1.2 million”");
    expect(rows[2]).toContain("**an estimated 3 million people** (hosted)");
  });

  it("summarizes counts and lists documents with their dates", () => {
    expect(md).toContain("1 contradiction, 1 divergence, 0 agreements in 2 documents (4 claims).");
    expect(md).toContain("- `seeds/001.txt`: dated 2025-09-01 (inferred)");
    expect(md).toContain("- `seeds/002.txt`: no date");
  });

  it("says so when there is nothing to compare", () => {
    const empty = markdownReporter(makeReport({ claims: [a] }), { color: false });
    expect(empty).toContain("nothing to compare");
    expect(empty).not.toContain("| Finding |");
  });
});

describe("escapeCell", () => {
  it.each([
    ["a | b", "a \\| b"],
    ["<script>x</script>", "\\<script\\>x\\</script\\>"],
    ["*bold* _it_ `code` [link](u)", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](u)"],
    ["line\nbreak\r\nhere", "line break here"],
    ["AT&T", "AT&amp;T"],
  ])("%j → %j", (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });
});

describe("scan seeds/ --format markdown", () => {
  it("lists every finding of the seeds, the recognition contradiction first", async () => {
    const { runCli } = await import("../../helpers/run-cli.js");
    const json = await runCli(["scan", "seeds/", "--format", "json"]);
    const report = JSON.parse(json.stdout) as { findings: { id: string; verdict: string }[] };
    const md = await runCli(["scan", "seeds/", "--format", "markdown"]);
    expect(md.code).toBe(json.code);
    const rows = md.stdout.split("\n").filter((l) => l.startsWith("| `f-"));
    expect(rows).toHaveLength(report.findings.length);
    expect(rows[0]).toMatch(/\*\*contradict\*\*/);
    expect(rows[0]).toContain("**1997** — `seeds/001_");
    expect(rows[0]).toContain("**1996** — `seeds/002_");
  });
});
