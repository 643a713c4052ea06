/**
 * The CI side of `relcheck scan`: several output formats in one run, the baseline comparison, and
 * the flags that decide the exit code. scan.ts calls these; they touch files only through
 * write-output.ts (reports) and the baseline file the user named.
 *
 *   --format table --format sarif=out.sarif --format csv=out.csv   → table on stdout, two files
 *   --format json --output report.json                             → the plain form still works
 *   --baseline relcheck-baseline.json [--prune]                    → only new findings; stale listed
 *   --fail-on contradict|diverge|never  --max-findings N           → see exit-code.ts
 */
import { appendFileSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { applyBaseline, describeComparison, pruneBaseline } from "../baseline/apply-baseline.js";
import { parseBaseline, serializeBaseline } from "../baseline/baseline-file.js";
import { baselinePathOf } from "../baseline/baseline-paths.js";
import { UserError, asInternal } from "../errors.js";
import { githubJobSummary } from "../report/github.js";
import type { Format, Report, ReporterOptions } from "../types.js";
import { FAIL_ON, type FailOn } from "./exit-code.js";
import { type CliIo, tableWidth } from "./io.js";
import { assertNotAnInput, writeOutput, inputsOf } from "./write-output.js";

export { reportRulesOf } from "../ruleset/report-rules.js";

/** Where one rendering of the report goes: a file, or stdout when `file` is null. */
export interface OutputTarget {
  format: Format;
  file: string | null;
}

/** commander collector for repeatable flags: --format a --format b → ["a", "b"]. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * ["table", "sarif=out.sarif"] → [{table, stdout}, {sarif, out.sarif}]. A format without "=FILE"
 * goes to --output when it is given, else to stdout; only one rendering can take that place.
 */
export function parseOutputTargets(
  specs: readonly string[],
  output: string | undefined,
  formats: readonly string[],
): OutputTarget[] {
  const list = specs.length > 0 ? specs : ["table"];
  const targets = list.map((spec): OutputTarget => {
    const eq = spec.indexOf("=");
    const name = eq === -1 ? spec : spec.slice(0, eq);
    const file = eq === -1 ? null : spec.slice(eq + 1);
    if (!formats.includes(name)) throw new UserError(`--format '${name}' is not one of: ${formats.join(", ")}`);
    if (file === "") throw new UserError(`--format ${name}= needs a file name after '='`);
    return { format: name as Format, file: file === "-" ? null : file };
  });
  const plain = targets.filter((t) => t.file === null);
  if (plain.length > 1) {
    const where = output ? `--output ${output}` : "stdout";
    throw new UserError(
      `--format ${plain.map((t) => t.format).join(", ")}: only one format can go to ${where}; give the others a file (--format NAME=FILE)`,
    );
  }
  if (output !== undefined) {
    const [first] = plain;
    if (!first) throw new UserError(`--output ${output}: every --format already names its file; drop --output or one '=FILE'`);
    first.file = output;
  }
  const seen = new Map<string, Format>();
  for (const t of targets) {
    if (t.file === null) continue;
    const key = t.file;
    const other = seen.get(key);
    if (other !== undefined) throw new UserError(`--format ${other} and --format ${t.format} both write to ${t.file}`);
    seen.set(key, t.format);
  }
  return targets;
}

export function parseFailOn(value: string): FailOn {
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn;
  throw new UserError(`--fail-on '${value}' is not one of: ${FAIL_ON.join(", ")}`);
}

export function parseMaxFindings(value: string): number {
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  throw new UserError(`--max-findings '${value}' is not a whole number (0 or more)`);
}

function readBaselineFile(file: string, cwd: string) {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file; create it with `relcheck baseline PATHS`" : code === "EISDIR" ? "is a directory" : (error as Error).message;
    throw new UserError(`cannot read the baseline: ${why}`, file);
  }
  return parseBaseline(text, file);
}

/**
 * `--baseline FILE [--prune]`: the report limited to findings not in the baseline, a note on
 * stderr, and with --prune the file rewritten without its stale entries.
 */
export async function compareWithBaseline(
  report: Report,
  options: { file: string; prune: boolean },
  io: Pick<CliIo, "cwd" | "stderr">,
): Promise<Report> {
  const baseline = readBaselineFile(options.file, io.cwd);
  const compared = applyBaseline(report, baseline, { ...options, pathOf: baselinePathOf(options.file, io.cwd) });
  const comparison = compared.baseline;
  if (comparison && options.prune && comparison.stale.length > 0) {
    const inputs = inputsOf(report);
    await writeOutput(options.file, serializeBaseline(pruneBaseline(baseline, comparison)), { cwd: io.cwd, inputs, what: "baseline" });
  }
  if (comparison) io.stderr(describeComparison(comparison));
  return compared;
}

export interface EmitOptions {
  io: CliIo;
  /** Files the run read: never written over (the documents, the baseline). */
  inputs: readonly string[];
  /** Renders one format; colour is asked only for stdout. */
  render: (format: Format, options: ReporterOptions) => string;
  /** The same text in pieces, for the formats that have them (a report too large for one string). */
  renderPieces?: (format: Format, options: ReporterOptions) => Iterable<string> | null;
  color: boolean;
  reporterOptions?: Omit<ReporterOptions, "color">;
}

/**
 * Render and write every target. With `--format github` inside GitHub Actions
 * ($GITHUB_STEP_SUMMARY set), the Markdown job summary is appended to that file as well; a
 * summary that cannot be written is a warning on stderr, never a change of the exit code.
 */
export async function emitOutputs(report: Report, targets: readonly OutputTarget[], options: EmitOptions): Promise<void> {
  const { io, inputs } = options;
  for (const target of targets) {
    const color = target.file === null && options.color;
    const width = tableWidth(io, target.file === null);
    const reporterOptions = { ...options.reporterOptions, color, width };
    let text: string | Iterable<string>;
    try {
      text = options.renderPieces?.(target.format, reporterOptions) ?? options.render(target.format, reporterOptions);
    } catch (error) {
      throw asInternal(`rendering the ${target.format} report`, target.file ?? "stdout", error);
    }
    // The table escapes what it quotes itself and colours the rest: it goes out as it is.
    const stdout = target.format === "table" ? (io.raw?.stdout ?? io.stdout) : io.stdout;
    if (target.file === null) for (const piece of typeof text === "string" ? [text] : text) stdout(piece);
    else await writeOutput(target.file, text, { cwd: io.cwd, inputs, io });
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile && targets.some((t) => t.format === ("github" as Format))) {
    try {
      assertNotAnInput(summaryFile, { cwd: io.cwd, inputs, what: "GitHub job summary" });
      // Appended to a file, a FIFO or a character device; never to a block device or a socket.
      const kind = statSync(resolve(io.cwd, summaryFile), { throwIfNoEntry: false });
      if (kind && (kind.isBlockDevice() || kind.isSocket() || kind.isDirectory())) {
        throw new UserError(`cannot write the GitHub job summary: it is ${kind.isDirectory() ? "a directory" : kind.isSocket() ? "a socket" : "a block device"}`);
      }
      appendFileSync(resolve(io.cwd, summaryFile), githubJobSummary(report, { ...options.reporterOptions, color: false }));
    } catch (error) {
      const why = error instanceof UserError ? error.message : `cannot write the GitHub job summary: ${errnoLine(error)}`;
      io.stderr(`relcheck: warning: ${summaryFile}: ${why}\n`);
    }
  }
}

/** An I/O error as one line: "EACCES: permission denied, open 'summary.md'". */
function errnoLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}
