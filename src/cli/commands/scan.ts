/**
 * `relcheck scan PATHS…`: the main job. Reads the texts, extracts claims with the rules, compares
 * them and prints the report in the chosen format (to stdout or --output FILE).
 */
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { DEFAULT_CACHE_DIR } from "../../cache/claim-cache.js";
import { cachedRules } from "../../cache/rule-cache.js";
import { readManifest, unmatchedManifestEntries } from "../../ingest/manifest.js";
import { FORMATS, pieceReporters, reporters } from "../../report/index.js";
import type { CompiledRule } from "../../types.js";
import { VERSION } from "../../version.js";
import {
  collect,
  compareWithBaseline,
  emitOutputs,
  parseFailOn,
  parseMaxFindings,
  parseOutputTargets,
  reportRulesOf,
} from "../ci-options.js";
import { FAIL_ON, failureLine, getExitCode } from "../exit-code.js";
import { type CliIo, useColor } from "../io.js";
import { MAX_FILE_BYTES } from "../../ingest/read-documents.js";
import { runScan } from "../concurrency-scan.js";
import { checkRuleSelection, loadRulesOrFail } from "../load-rules-or-fail.js";
import { checkCacheDir, parseAsOf, parseConcurrency } from "../options.js";
import { explainOrFail } from "./explain.js";
import { inputsOf } from "../write-output.js";
import { addInputOptions, type InputFlags, walkOptionsOf } from "../input-options.js";
import { addProjectOptions, projectOf, type ProjectFlags, selectRules } from "../project-options.js";
import type { CommandModule } from "./command.js";

/** The name of standard input in reports when --stdin-filename is not given. */
export const STDIN_NAME = "<stdin>";

interface ScanFlags extends InputFlags, ProjectFlags {
  format?: string[];
  output?: string;
  baseline?: string;
  prune: boolean;
  failOn: string;
  maxFindings?: string;
  asOf?: string;
  rules?: string[];
  builtinRules: boolean;
  csvBom: boolean;
  explain?: string;
  concurrency?: string;
  cache: boolean;
  cacheDir?: string;
  quiet: boolean;
  verbose: boolean;
  manifest?: string;
  color?: boolean;
  stdinFilename?: string;
}

/** `scan -`: standard input as one more document, named by --stdin-filename (ESLint's convention). */
async function readStdinInput(paths: readonly string[], name: string | undefined, io: CliIo): Promise<{ name: string; bytes: Uint8Array } | null> {
  const dashes = paths.filter((p) => p === "-").length;
  if (dashes === 0) {
    if (name !== undefined) throw new UserError("--stdin-filename names standard input: give '-' among the paths to read it");
    return null;
  }
  if (dashes > 1) throw new UserError("'-' (standard input) can be read once only");
  const shown = name ?? STDIN_NAME;
  if (shown.trim() === "") throw new UserError("--stdin-filename needs a name");
  if (!io.readStdin) throw new UserError("standard input cannot be read here");
  return { name: shown.split("\\").join("/"), bytes: await io.readStdin(MAX_FILE_BYTES) };
}

export const scanCommand: CommandModule = {
  name: "scan",
  register(program: Command, ctx) {
    const command = program
      .command("scan")
      .description("extract dated and numeric claims and report where sources agree, diverge or contradict")
      .argument("<paths...>", "files, directories or globs to read (directories: .txt .md .html files); '-' reads standard input")
      .option(
        "-f, --format <format[=file]>",
        `output format: ${FORMATS.join(", ")}; repeatable, FORMAT=FILE writes that format to FILE (default: table)`,
        collect,
      )
      .option("-o, --output <file>", "write the report (the format given without =FILE) to FILE instead of stdout")
      .option("--baseline <file>", "report and fail only on findings not in this baseline (see `relcheck baseline`)")
      .option("--prune", "with --baseline: drop the baseline entries that no longer occur from the file", false)
      .option("--fail-on <verdict>", `exit 1 on findings of this verdict or worse: ${FAIL_ON.join(", ")}`, "contradict")
      .option("--max-findings <n>", "tolerate up to N failing findings before exiting 1 (default 0)")
      .option("--as-of <date>", "reference date (YYYY-MM-DD) for relative dates in documents that state no date and whose path gives none")
      .option("--rules <dir>", "add the rules in DIR to the built-in ones (repeatable)", (v: string, acc: string[] = []) => [...acc, v])
      .option("--no-builtin-rules", "use only the rules given with --rules")
      .option("--csv-bom", "csv: start with a UTF-8 byte order mark, for Excel", false)
      .option("--explain <finding-id>", "print why this finding has its verdict instead of the report (see `relcheck explain`)")
      .option("--manifest <file>", "publication dates of the documents: a YAML or JSON file mapping each path (relative to the file) to YYYY-MM-DD")
      .option("--concurrency <n>", "threads that read and extract (default: one per 2 MB of text, up to one per core)")
      .option("--cache", "keep each file's claims and reuse them while the file, the rules and relcheck are unchanged", false)
      .option("--cache-dir <dir>", `the cache's folder (default ${DEFAULT_CACHE_DIR}; implies --cache)`)
      .option("--quiet", "no progress line on stderr", false)
      .option("--color", "colour the table even when stdout is not a terminal")
      .option("--no-color", "no colour, even on a terminal (also NO_COLOR=1 or TERM=dumb)")
      .option("--stdin-filename <name>", "with '-': the name the report gives standard input (default <stdin>; its extension picks Markdown or HTML reading)")
      .option("--verbose", "also print notes on stderr (files passed over on purpose, such as relcheck's own reports)", false);
    addProjectOptions(addInputOptions(command))
      .action(async (paths: string[], flags: ScanFlags) => {
        const io = ctx.io;
        const targets = parseOutputTargets(flags.format ?? [], flags.output, FORMATS);
        const failOn = parseFailOn(flags.failOn);
        const maxFindings = flags.maxFindings === undefined ? 0 : parseMaxFindings(flags.maxFindings);
        if (flags.prune && !flags.baseline) throw new UserError("--prune needs --baseline FILE");
        const asOf = parseAsOf(flags.asOf);
        const concurrency: number | "auto" = flags.concurrency === undefined ? "auto" : parseConcurrency(flags.concurrency);
        const manifest = flags.manifest === undefined ? undefined : readManifest(flags.manifest, io.cwd);
        const cacheDir = flags.cacheDir ?? (flags.cache ? DEFAULT_CACHE_DIR : null);
        if (cacheDir !== null) checkCacheDir(cacheDir, io.cwd);
        if (flags.csvBom && !targets.some((t) => t.format === "csv")) {
          io.stderr("relcheck: warning: --csv-bom applies to CSV output only; add --format csv (or csv=FILE), or drop --csv-bom\n");
        }
        const project = projectOf(flags, io.cwd);
        // The folders as loadRulesOrFail gives them to the loader: the cache key must name the same files.
        const ruleDirs = project.ruleDirs;
        const ruleFlags = { rules: ruleDirs, ...(flags.builtinRules === false ? { builtinRules: false } : {}) };
        // Also before a cached rule set: a selection with no rules is refused, cached or not.
        checkRuleSelection(ruleFlags, io.cwd);
        const load = (): CompiledRule[] => loadRulesOrFail(ruleFlags, io.cwd);
        const loaded = cacheDir === null ? load() : await cachedRules(cacheDir, io.cwd, VERSION, { dirs: ruleDirs, builtin: flags.builtinRules !== false }, load);
        const { rules, severities, off } = selectRules(loaded, project.config, flags.rule ?? []);
        const walk = walkOptionsOf(flags);
        const stdin = await readStdinInput(paths, flags.stdinFilename, io);
        const files = paths.filter((p) => p !== "-");
        const run = {
          paths: files,
          cwd: io.cwd,
          asOf,
          rules,
          offRules: off,
          config: project.config,
          ...(manifest ? { manifest } : {}),
          ...(stdin ? { stdin } : {}),
          walk,
          concurrency,
          cacheDir,
          quiet: flags.quiet,
          io,
        };
        const scanned = { ...(await runScan(run)), rules: reportRulesOf(rules, io.cwd, severities) };
        if (flags.explain !== undefined) {
          // Every finding of the scan, baselined or not; nothing is written.
          io.stdout(explainOrFail(scanned, flags.explain));
          return;
        }
        const compared = flags.baseline ? await compareWithBaseline(scanned, { file: flags.baseline, prune: flags.prune }, io) : scanned;
        const unmatched = manifest && flags.manifest !== undefined ? unmatchedManifestEntries(manifest, flags.manifest, inputsOf(compared), io.cwd) : null;
        const report = unmatched ? { ...compared, diagnostics: [...compared.diagnostics, unmatched] } : compared;
        // Every input the user named counts, also the skipped and the duplicate ones.
        const inputs = [...inputsOf(report), ...(flags.baseline ? [flags.baseline] : [])];
        await emitOutputs(report, targets, {
          io,
          inputs,
          color: useColor(io, flags.color),
          reporterOptions: { csvBom: flags.csvBom },
          render: (format, options) => reporters[format](report, options),
          renderPieces: (format, options) => pieceReporters[format]?.(report, options) ?? null,
        });
        for (const d of report.diagnostics) {
          if (d.severity === "note" && !flags.verbose) continue;
          const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ""}: ` : "";
          io.stderr(`relcheck: ${d.severity}: ${where}${d.message}\n`);
        }
        // NOTE: the exit code depends on the findings alone, never on where the report was written.
        ctx.exitCode = getExitCode(report, { failOn, maxFindings });
        const failed = failureLine(report, { failOn, maxFindings });
        if (failed) io.stderr(`relcheck: ${failed}\n`);
      });
  },
};
