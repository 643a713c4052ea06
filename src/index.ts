/**
 * relcheck as a library: `import { scan, render } from "relcheck"`.
 *
 *   const report = scan({ paths: ["articles/"], cwd: "/home/me/newsroom" });
 *   for (const f of report.findings) if (f.verdict === "contradict") console.log(f.reason);
 *   const markdown = render(report, "markdown");
 *
 * `scan` reads the texts, extracts and compares their claims with the built-in rules (and any
 * folders of your own) and returns the Report, the object the JSON output serializes
 * (schema/report.schema.json). It runs in the calling thread and touches no process state: paths
 * are resolved against `cwd`, nothing is printed, nothing is written. A problem the caller can fix
 * (a missing path, an invalid rule file, a bad date) is thrown as a RelcheckError with the file and,
 * for rule files, the line and column; unreadable or binary inputs are warnings in
 * `report.diagnostics`, as in the CLI.
 */
import { UserError } from "./errors.js";
import { manifestOf } from "./ingest/manifest.js";
import { scan as runPipeline } from "./pipeline.js";
import { FORMATS, reporters } from "./report/index.js";
import { loadRulesOrThrow } from "./ruleset/load-rules.js";
import { reportRulesOf } from "./ruleset/report-rules.js";
import type { Format, IsoDay, Report, ReporterOptions } from "./types.js";

export type {
  Basis,
  Claim,
  ClaimId,
  Diagnostic,
  Finding,
  FindingId,
  Format,
  IsoDay,
  QuantityValue,
  DateValue,
  RangeValue,
  Report,
  ReportDocument,
  ReporterOptions,
  Summary,
  Value,
  Verdict,
} from "./types.js";
export { VERSION } from "./version.js";

/** The error thrown for problems the caller can fix; `file`, `line` and `column` say where. */
export { UserError as RelcheckError };

/** The output formats `render` knows: table, json, csv, sarif, github, markdown, html. */
export const formats: readonly Format[] = FORMATS;

export interface ScanInput {
  /** Files, folders (their .txt, .md and .html files) or globs, relative to `cwd`. */
  paths: readonly string[];
  /** The folder that relative paths (inputs, rule folders, manifest entries) are read from. */
  cwd: string;
  /** The date of documents that state none, for relative expressions ("four years ago"). */
  asOf?: IsoDay | null;
  /** Folders of your own rule files, added to the built-in rules. */
  rules?: readonly string[];
  /** false: only the rules of `rules` (default true). */
  builtinRules?: boolean;
  /** Publication dates by document path (relative to `cwd`): { "speeches/1866.txt": "1866-12-03" }. */
  manifest?: Readonly<Record<string, IsoDay>>;
}

/** Reads the texts and reports where they agree, diverge or contradict. Throws RelcheckError. */
export function scan(input: ScanInput): Report {
  const { cwd } = input;
  const dirs = (input.rules ?? []).map((d) => (d.startsWith("/") ? d : `${cwd}/${d}`));
  if (input.builtinRules === false && dirs.length === 0) throw new UserError("no rules: builtinRules is false and no rule folders are given");
  const rules = loadRulesOrThrow({ dirs, builtin: input.builtinRules !== false, cwd });
  const report = runPipeline({
    paths: input.paths,
    cwd,
    asOf: input.asOf ?? null,
    rules,
    ...(input.manifest ? { manifest: manifestOf(input.manifest, cwd) } : {}),
  });
  return { ...report, rules: reportRulesOf(rules, cwd) };
}

/** The report in one output format, as the CLI prints it (colour off unless asked). */
export function render(report: Report, format: Format, options: Partial<ReporterOptions> = {}): string {
  const reporter = reporters[format];
  if (!reporter) throw new UserError(`unknown format '${String(format)}' (one of: ${FORMATS.join(", ")})`);
  return reporter(report, { color: false, ...options });
}
