/**
 * `relcheck scan PATHS…`: the main job. Reads the texts, extracts claims with the rules, compares
 * them and prints the report in the chosen format (to stdout or --output FILE).
 */
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { DEFAULT_CACHE_DIR } from "../../cache/claim-cache.js";
import { cachedRules } from "../../cache/rule-cache.js";
import { readManifest, unmatchedManifestEntries } from "../../ingest/manifest.js";
import { FORMATS, reporters } from "../../report/index.js";
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
import { useColor } from "../io.js";
import { runScan } from "../concurrency-scan.js";
import { checkRuleSelection, loadRulesOrFail, ruleDirsOf } from "../load-rules-or-fail.js";
import { checkCacheDir, parseAsOf, parseConcurrency } from "../options.js";
import { explainOrFail } from "./explain.js";
import { inputsOf } from "../write-output.js";
import type { CommandModule } from "./command.js";

interface ScanFlags {
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
  manifest?: string;
  color?: boolean;
}

export const scanCommand: CommandModule = {
  name: "scan",
  register(program: Command, ctx) {
    program
      .command("scan")
      .description("extract dated and numeric claims and report where sources agree, diverge or contradict")
      .argument("<paths...>", "files, directories or globs to read (directories: .txt .md .html files)")
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
      .option("--as-of <date>", "reference date (YYYY-MM-DD) for relative dates in documents that state no date")
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
        checkRuleSelection(flags, io.cwd);
        const load = (): CompiledRule[] => loadRulesOrFail(flags, io.cwd);
        // The folders as loadRulesOrFail gives them to the loader: the cache key must name the same files.
        const ruleDirs = ruleDirsOf(flags, io.cwd);
        const rules = cacheDir === null ? load() : cachedRules(cacheDir, io.cwd, VERSION, { dirs: ruleDirs, builtin: flags.builtinRules !== false }, load);
        const run = { paths, cwd: io.cwd, asOf, rules, ...(manifest ? { manifest } : {}), concurrency, cacheDir, quiet: flags.quiet, io };
        const scanned = { ...(await runScan(run)), rules: reportRulesOf(rules, io.cwd) };
        if (flags.explain !== undefined) {
          // Every finding of the scan, baselined or not; nothing is written.
          io.stdout(explainOrFail(scanned, flags.explain));
          return;
        }
        const compared = flags.baseline ? compareWithBaseline(scanned, { file: flags.baseline, prune: flags.prune }, io) : scanned;
        const unmatched = manifest && flags.manifest !== undefined ? unmatchedManifestEntries(manifest, flags.manifest, inputsOf(compared), io.cwd) : null;
        const report = unmatched ? { ...compared, diagnostics: [...compared.diagnostics, unmatched] } : compared;
        // Every input the user named counts, also the skipped and the duplicate ones.
        const inputs = [...inputsOf(report), ...(flags.baseline ? [flags.baseline] : [])];
        emitOutputs(report, targets, {
          io,
          inputs,
          color: useColor(io, flags.color),
          reporterOptions: { csvBom: flags.csvBom },
          render: (format, options) => reporters[format](report, options),
        });
        for (const d of report.diagnostics) {
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
