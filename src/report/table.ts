/**
 * The terminal table (default format): one row per finding — verdict, topic, every claim with its
 * value in the reader's terms, measure, quote and file:line:column, under the side it stands on when
 * the claims take more than one ("side A, 2 sources:") — then the reason; at the end, how the
 * documents group into stories, and a summary line. Contradictions come first, then divergences, then agreements, so whatever `--fail-on` says,
 * the failing findings lead; a large report shows the first TABLE_LIMITS.findings findings and the
 * first TABLE_LIMITS.claims claims of each (those the reason names among them) and says how many
 * more there are. The table fits `options.width` (default 120) and never breaks a file:line:column;
 * where its columns cannot fit (long paths, a narrow window) the findings are listed one under
 * another instead, each line within the width.
 * Colour through chalk only when asked (the CLI decides: TTY, NO_COLOR, --color).
 */
import { Chalk } from "chalk";
import type { Basis, Claim, ClaimId, Report, Reporter, Verdict } from "../types.js";
import { escapeControls } from "./control-chars.js";
import { describeFrame, describeValue } from "./describe-value.js";
import { type FindingView, VERDICTS, location, measureLabel, orderedFindings, sideHeading, storiesLine, verdictNoun } from "./findings-view.js";
import { plural, summaryLine } from "./summary-line.js";
import { type Cell, type Paragraph, type TableColumn, renderBlocks, renderTextTable } from "./text-table.js";

const LABEL: Record<Verdict, string> = { contradict: "CONTRADICT", diverge: "DIVERGE", agree: "AGREE" };

/** How much of a large report the table shows; -f json, markdown and html show everything. */
export const TABLE_LIMITS = { findings: 30, claims: 12 } as const;

/** The width of a table written where no terminal says how wide it is. */
export const DEFAULT_TABLE_WIDTH = 120;

const COLUMNS: readonly TableColumn[] = [
  { header: "Verdict", min: 10, share: 1 },
  { header: "Topic", min: 12, share: 2 },
  { header: "Claims", min: 30, share: 9 },
  { header: "Reason", min: 20, share: 3 },
];

function claimParagraphs(c: Claim, indent: number): Paragraph[] {
  const measure = c.measure ? ` [${measureLabel(c.measure)}]` : "";
  const frame = c.frame ? ` (${describeFrame(c.frame)})` : "";
  return [
    { indent, pieces: [escapeControls(`${describeValue(c.value)}${frame}${measure}`)] },
    { indent: indent + 2, pieces: [`“${escapeControls(c.text.replace(/\s+/g, " "))}” —`, { atom: escapeControls(location(c)) }] },
  ];
}

/** The claims shown of a finding, each side under its heading when they take more than one. */
function claimsCell(view: FindingView, claims: readonly Claim[], indent: number, bold: (s: string) => string): Paragraph[] {
  if (view.sides.length < 2) return claims.flatMap((c) => claimParagraphs(c, indent));
  const shown = new Set(claims.map((c) => c.id));
  return view.sides.flatMap((side, i) => {
    const visible = side.filter((c) => shown.has(c.id));
    if (visible.length === 0) return [];
    return [{ indent, pieces: [`${sideHeading(side, i)}:`], paint: bold }, ...visible.flatMap((c) => claimParagraphs(c, indent))];
  });
}

/** The claims the reason names: shown however many claims a finding has. */
function namedClaims(basis: Basis): ClaimId[] {
  switch (basis.kind) {
    case "different-measures":
      return [];
    case "equal":
    case "same-event":
      return [...basis.claims];
    case "refinement":
      return [basis.finer, basis.coarser];
    case "later-report":
      return [basis.earlier, basis.later];
    case "part-of-count":
      return [basis.part, basis.other];
    case "across-midnight":
      return [basis.night, basis.early];
    default:
      return [basis.a, basis.b];
  }
}

/** At most `limit` of the finding's claims, in its order, the ones its reason names first chosen. */
export function shownClaims(view: FindingView, limit: number): Claim[] {
  if (view.claims.length <= limit) return view.claims;
  const keep = new Set(namedClaims(view.finding.basis).slice(0, limit));
  for (const c of view.claims) {
    if (keep.size >= limit) break;
    keep.add(c.id);
  }
  return view.claims.filter((c) => keep.has(c.id));
}

export const tableReporter: Reporter = (report: Report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Verdict, (s: string) => string> = {
    contradict: (s) => chalk.bold.red(s),
    diverge: (s) => chalk.yellow(s),
    agree: (s) => chalk.green(s),
  };
  const lines: string[] = [];
  const views = orderedFindings(report);
  const shown = views.slice(0, TABLE_LIMITS.findings).map((view) => {
    const claims = shownClaims(view, TABLE_LIMITS.claims);
    const hidden = view.claims.length - claims.length;
    const more = (indent: number): Paragraph[] =>
      hidden > 0 ? [{ indent, pieces: [`… and ${plural(hidden, "more claim", "more claims")}`], paint: (s: string) => chalk.dim(s) }] : [];
    return { view, finding: view.finding, claims, more };
  });
  const bold = (t: string): string => chalk.bold(t);
  const width = options.width ?? DEFAULT_TABLE_WIDTH;
  if (shown.length > 0) {
    const rows: Cell[][] = shown.map(({ view, finding: f, claims, more }) => [
      [{ pieces: [LABEL[f.verdict]], paint: paint[f.verdict] }, ...(f.selfContradiction ? [{ pieces: ["(same doc)"] }] : [])],
      [{ pieces: [escapeControls(f.topic)] }],
      [...claimsCell(view, claims, 0, bold), ...more(0)],
      [{ pieces: [escapeControls(f.reason)] }],
    ]);
    // Too narrow for the columns (long paths, a small window): one finding under another instead.
    const blocks = (): Cell[] =>
      shown.map(({ view, finding: f, claims, more }) => [
        { pieces: [`${LABEL[f.verdict]}${f.selfContradiction ? " (same doc)" : ""}: ${escapeControls(f.topic)}`], paint: paint[f.verdict] },
        ...claimsCell(view, claims, 2, bold),
        ...more(2),
        { indent: 2, pieces: [escapeControls(f.reason)] },
      ]);
    lines.push(renderTextTable(COLUMNS, rows, { width, paintHeader: (s) => chalk.bold(s) }) ?? `${renderBlocks(blocks(), width)}\n`);
  } else {
    lines.push(renderBlocks([[{ pieces: ["No findings: no topic is stated by two sources, or by one source twice in conflict."] }]], width));
  }
  const rest = views.slice(shown.length);
  const footer: Paragraph[] = [];
  if (rest.length > 0) {
    const counts = VERDICTS.flatMap((v) => {
      const n = rest.filter((view) => view.finding.verdict === v).length;
      return n > 0 ? [`${n} ${verdictNoun(v, n)}`] : [];
    });
    const text = `${plural(rest.length, "more finding", "more findings")} not shown (${counts.join(", ")}); use -f json, -f markdown or -f html for all.`;
    footer.push({ pieces: [text], paint: (t) => chalk.bold(t) });
  }
  const inferred = report.documents.filter((d) => d.dateSource === "inferred").length;
  if (inferred > 0) {
    const text = `${inferred} of ${report.documents.length} document dates inferred from the text (use --as-of or front matter date:).`;
    footer.push({ pieces: [text], paint: (t) => chalk.dim(t) });
  }
  const lent = report.documents.filter((d) => d.dateSource === "story").length;
  if (lent > 0) {
    const text = `${lent} of ${report.documents.length} documents state no date: their days were read against the day most reports of their story were written (use --as-of or front matter date:).`;
    footer.push({ pieces: [text], paint: (t) => chalk.dim(t) });
  }
  const stories = storiesLine(report);
  if (stories) footer.push({ pieces: [escapeControls(`Documents grouped into ${stories}.`)] });
  const s = report.summary;
  footer.push({ pieces: [summaryLine(s)], paint: (t) => (s.contradict > 0 ? chalk.bold.red(t) : chalk.bold(t)) });
  lines.push(renderBlocks([footer], width));
  return `${lines.join("\n")}\n`;
};
