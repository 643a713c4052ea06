/**
 * `relcheck mentions PATHS… [--as-of YYYY-MM-DD] [--format json|table]`: every value the value
 * layer finds in the texts — dates, ranges, times, durations, recurrences, quantities, and the
 * spans kept apart from claims (citations, section numbers, identifiers, version labels) — with
 * position, normalized value and TIMEX3 attributes. For checking what the grammar reads.
 *
 * Reference date: --as-of when given; otherwise the document's date as scan takes it (front
 * matter or manifest, else inferred from the text's latest explicit date); otherwise none, and
 * relative expressions stay unresolved.
 */
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { assignDates } from "../../ingest/document-date.js";
import { position } from "../../ingest/line-index.js";
import { pathPatternsOf } from "../../ingest/project-config.js";
import { projectConfig, readDocuments } from "../../ingest/read-documents.js";
import { describeValue } from "../../report/describe-value.js";
import { type Cell, type TableColumn, renderBlocks, renderTextTable } from "../../report/text-table.js";
import type { ClaimFrame, IsoDay, Mention, MentionKind, SourceDocument, Timex, Value } from "../../types.js";
import { framedValues } from "../../extract/frame-pass.js";
import { claimFrameOf, frameRuleId } from "../../extract/frames/index.js";
import { claimFrameSummary } from "../../report/describe-claim-frame.js";
import { findMentions } from "../../values/index.js";
import { tableWidth } from "../io.js";
import { parseAsOf } from "../options.js";
import type { CommandModule } from "./command.js";
import { addInputOptions, type InputFlags, walkOptionsOf } from "../input-options.js";

const FORMATS = ["table", "json"] as const;
type MentionsFormat = (typeof FORMATS)[number];

interface MentionsFlags extends InputFlags {
  config?: string;
  asOf?: string;
  format: string;
}

export interface MentionRow {
  document: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  text: string;
  kind: MentionKind;
  value: Value | null;
  timex: Timex | null;
  pattern: string;
  /** For dates and quantities that can be claims: what the sentence claims with the value (see ClaimFrame). */
  claimFrame?: ClaimFrame;
  /** The id a claim of this value would carry when no rule takes it ("frame:kill/person"); null when the frame names no topic. */
  frameRule?: string | null;
}

function inMask(doc: SourceDocument, m: Mention): boolean {
  return (doc.masked ?? []).some(([start, end]) => m.offset < end && start < m.offset + m.length);
}

/** The mentions of one document, positioned; spans inside masked markup are left out. */
export function mentionRows(doc: SourceDocument, asOf: IsoDay | null): MentionRow[] {
  // Frames are read as scan reads them, and joined to the mentions by position.
  const framed = new Map(framedValues({ ...doc, date: asOf }).map((f) => [`${f.offset}:${f.mention.length}`, f] as const));
  const rows: MentionRow[] = findMentions(doc.text, { asOf })
    .filter((m) => !inMask(doc, m))
    .map((m) => {
      const { line, column } = position(doc.lineStarts, m.offset);
      const f = framed.get(`${m.offset}:${m.length}`);
      if (f) framed.delete(`${m.offset}:${m.length}`);
      const frame = f && !f.reading.notAClaim ? { claimFrame: claimFrameOf(f.reading), frameRule: frameRuleId(f.reading) } : {};
      return { document: doc.path, offset: m.offset, length: m.length, line, column, text: m.text, kind: m.kind, value: m.value, timex: m.timex, pattern: m.pattern, ...frame };
    });
  // counts only the tags show ("killing one", "no injuries")
  for (const f of framed.values()) {
    if (f.reading.notAClaim || !f.mention.pattern.startsWith("frame/")) continue;
    const { line, column } = position(doc.lineStarts, f.offset);
    const m = f.mention;
    rows.push({ document: doc.path, offset: f.offset, length: m.length, line, column, text: m.text, kind: m.kind, value: m.value, timex: null, pattern: m.pattern, claimFrame: claimFrameOf(f.reading), frameRule: frameRuleId(f.reading) });
  }
  return rows.sort((a, b) => a.offset - b.offset || b.length - a.length);
}

function timexCell(t: Timex | null): string {
  if (!t) return "";
  return `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ""}`;
}

const COLUMNS: readonly TableColumn[] = [
  { header: "Where", min: 12, share: 2 },
  { header: "Kind", min: 8, share: 1 },
  { header: "Text", min: 12, share: 3 },
  { header: "Value", min: 12, share: 3 },
  { header: "TIMEX", min: 10, share: 2 },
  { header: "Frame", min: 14, share: 4 },
];

/** One row per mention, fitted to `width`; one line per mention when the columns do not fit. */
export function renderMentionsTable(rows: readonly MentionRow[], width: number): string {
  if (rows.length === 0) return "No mentions found.\n";
  const cells = rows.map((r) => ({
    where: `${r.document}:${r.line}:${r.column}`,
    value: r.value ? describeValue(r.value) : "—",
    timex: timexCell(r.timex),
    frame: r.claimFrame ? `${r.frameRule ? `${r.frameRule} · ` : ""}${claimFrameSummary(r.claimFrame)}` : "",
    row: r,
  }));
  const table = renderTextTable(
    COLUMNS,
    cells.map((c): Cell[] => [
      [{ pieces: [{ atom: c.where }] }],
      [{ pieces: [c.row.kind] }],
      [{ pieces: [c.row.text] }],
      [{ pieces: [c.value] }],
      [{ pieces: [c.timex] }],
      [{ pieces: [c.frame] }],
    ]),
    { width },
  );
  const lines =
    table ??
    renderBlocks([cells.flatMap((c) => [{ pieces: [{ atom: c.where }] }, { indent: 2, pieces: [`${c.row.kind} “${c.row.text}” → ${c.value}`, c.timex] }, ...(c.frame ? [{ indent: 2, pieces: [c.frame] }] : [])])], width);
  return `${lines}\n${rows.length} mention${rows.length === 1 ? "" : "s"}\n`;
}

function parseFormat(value: string): MentionsFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as MentionsFormat;
  throw new UserError(`--format '${value}' is not one of: ${FORMATS.join(", ")}`);
}

export const mentionsCommand: CommandModule = {
  name: "mentions",
  register(program: Command, ctx) {
    const command = program
      .command("mentions")
      .description("list every date, range, time, duration and quantity the value layer reads, with values, TIMEX3 and each claimable value's frame")
      .argument("<paths...>", "files, directories or globs to read (directories: .txt .md .html files)")
      .option("--as-of <date>", "reference date (YYYY-MM-DD) for relative expressions, instead of each document's own date")
      .option("-f, --format <format>", `output format: ${FORMATS.join(", ")}`, "table")
      .option("--config <file>", "the project file (document dates) to use instead of the relcheck.yml found from here up to the repository root");
    addInputOptions(command)
      .action((paths: string[], flags: MentionsFlags) => {
        const format = parseFormat(flags.format);
        const asOf = parseAsOf(flags.asOf);
        const { documents, diagnostics } = readDocuments(paths, ctx.io.cwd, { walk: walkOptionsOf(flags), config: projectConfig(ctx.io.cwd, flags.config) });
        for (const d of diagnostics) if (d.severity !== "note") ctx.io.stderr(`relcheck: ${d.file ? `${d.file}: ` : ""}${d.message}\n`);
        // Without --as-of, each document is dated as scan dates it (front matter, manifest, what
        // the text states, its path, else inferred), so "four years ago" reads the same in both.
        const dated = asOf ? documents : assignDates(documents, { asOf: null, pathPatterns: pathPatternsOf(projectConfig(ctx.io.cwd, flags.config)) });
        const rows = dated.flatMap((doc) => mentionRows(doc, asOf ?? doc.date));
        ctx.io.stdout(format === "json" ? `${JSON.stringify({ mentions: rows }, null, 2)}\n` : renderMentionsTable(rows, tableWidth(ctx.io, true)));
        ctx.exitCode = 0;
      });
  },
};
