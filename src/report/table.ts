/**
 * The terminal table (default format): one row per finding — verdict, topic, every claim with its
 * value in the reader's terms, measure, quote and file:line — then the reason, and a summary line.
 * Colour through chalk only when asked (the CLI decides: TTY, NO_COLOR).
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Claim, Report, Reporter, Verdict } from "../types.js";
import { escapeControls } from "./control-chars.js";
import { describeFrame, describeValue } from "./describe-value.js";
import { summaryLine } from "./summary-line.js";

const LABEL: Record<Verdict, string> = { contradict: "CONTRADICT", diverge: "DIVERGE", agree: "AGREE" };

function claimCell(c: Claim): string {
  const where = `${c.document}:${c.line}:${c.column}`;
  const measure = c.measure ? ` [${c.measure.replace(/-/g, " ")}]` : "";
  const frame = c.frame ? ` (${describeFrame(c.frame)})` : "";
  return escapeControls(`${describeValue(c.value)}${frame}${measure}\n  “${c.text.replace(/\s+/g, " ")}” — ${where}`, "\n");
}

export const tableReporter: Reporter = (report: Report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Verdict, (s: string) => string> = {
    contradict: (s) => chalk.bold.red(s),
    diverge: (s) => chalk.yellow(s),
    agree: (s) => chalk.green(s),
  };
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const lines: string[] = [];
  if (report.findings.length > 0) {
    const table = new Table({
      head: ["Verdict", "Topic", "Claims", "Reason"].map((h) => chalk.bold(h)),
      colWidths: [12, 24, 58, 40],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [] },
    });
    for (const f of report.findings) {
      const cells = f.claims.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
      table.push([
        paint[f.verdict](LABEL[f.verdict]) + (f.selfContradiction ? "\n(same doc)" : ""),
        escapeControls(f.topic),
        cells.map(claimCell).join("\n"),
        escapeControls(f.reason),
      ]);
    }
    lines.push(table.toString());
  } else {
    lines.push("No findings: no topic is stated by two sources, or by one source twice in conflict.");
  }
  const inferred = report.documents.filter((d) => d.dateSource === "inferred").length;
  if (inferred > 0) {
    lines.push(chalk.dim(`${inferred} of ${report.documents.length} document dates inferred from the text (use --as-of or front matter date:).`));
  }
  const s = report.summary;
  const line = summaryLine(s);
  lines.push(s.contradict > 0 ? chalk.bold.red(line) : chalk.bold(line));
  return `${lines.join("\n")}\n`;
};
