/**
 * The terminal table (default format): one row per finding — verdict, topic, every claim with its
 * value in the reader's terms, measure, quote and file:line, under the side it stands on when the
 * claims take more than one ("side A, 2 sources:") — then the reason, and a summary line.
 * Colour through chalk only when asked (the CLI decides: TTY, NO_COLOR).
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Claim, Report, Reporter, Verdict } from "../types.js";
import { describeFrame, describeValue } from "./describe-value.js";
import { findingView, sideHeading, storiesLine } from "./findings-view.js";
import { summaryLine } from "./summary-line.js";

const LABEL: Record<Verdict, string> = { contradict: "CONTRADICT", diverge: "DIVERGE", agree: "AGREE" };

function claimCell(c: Claim): string {
  const where = `${c.document}:${c.line}:${c.column}`;
  const measure = c.measure ? ` [${c.measure.replace(/-/g, " ")}]` : "";
  const frame = c.frame ? ` (${describeFrame(c.frame)})` : "";
  return `${describeValue(c.value)}${frame}${measure}\n  “${c.text}” — ${where}`;
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
      const view = findingView(f, claims);
      const sides = view.sides.length > 0 ? view.sides : [view.claims];
      const cell = sides.map((side, i) => (sides.length > 1 ? `${chalk.bold(`${sideHeading(side, i)}:`)}\n` : "") + side.map(claimCell).join("\n")).join("\n");
      table.push([paint[f.verdict](LABEL[f.verdict]) + (f.selfContradiction ? "\n(same doc)" : ""), f.topic, cell, f.reason]);
    }
    lines.push(table.toString());
  } else {
    lines.push("No findings: no topic is stated by two sources, or by one source twice in conflict.");
  }
  const inferred = report.documents.filter((d) => d.dateSource === "inferred").length;
  if (inferred > 0) {
    lines.push(chalk.dim(`${inferred} of ${report.documents.length} document dates inferred from the text (use --as-of or front matter date:).`));
  }
  const stories = storiesLine(report);
  if (stories) lines.push(`Documents grouped into ${stories}.`);
  const s = report.summary;
  const line = summaryLine(s);
  lines.push(s.contradict > 0 ? chalk.bold.red(line) : chalk.bold(line));
  return `${lines.join("\n")}\n`;
};
