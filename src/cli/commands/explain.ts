/**
 * `relcheck explain FINDING-ID PATHS…` (or `--report FILE`): why a finding has its verdict —
 * the rule, the matched words, each value's interval and the comparison made. The finding is
 * looked up by its id or a unique prefix of it, in a fresh scan of PATHS (with the same
 * --as-of and --rules as the scan that reported it) or in a JSON report saved earlier.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { scan } from "../../pipeline.js";
import { explainFinding, resolveFindingId } from "../../report/explain.js";
import type { Report } from "../../types.js";
import { collect, reportRulesOf } from "../ci-options.js";
import { parseAsOf } from "../options.js";
import type { CommandModule } from "./command.js";
import { addInputOptions, type InputFlags, walkOptionsOf } from "../input-options.js";
import { addProjectOptions, loadProjectRules, type ProjectFlags } from "../project-options.js";

interface ExplainFlags extends InputFlags, ProjectFlags {
  report?: string;
  asOf?: string;
  rules?: string[];
  builtinRules: boolean;
}

/** A report written by `scan --format json`; only what explain reads is checked. */
export function readReportFile(file: string, cwd: string): Report {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === "ENOENT" ? "no such file" : `cannot read the report: ${(error as Error).message}`, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UserError(`not a JSON report: ${(error as Error).message}`, file);
  }
  const report = data as Partial<Report> | null;
  if (!report || typeof report !== "object" || report.schema !== "relcheck/report@1") {
    throw new UserError("not a relcheck report (expected \"schema\": \"relcheck/report@1\"; write one with scan --format json)", file);
  }
  if (!Array.isArray(report.findings) || !Array.isArray(report.claims)) {
    throw new UserError("the report has no \"findings\" or \"claims\" list", file);
  }
  return report as Report;
}

/** The explanation of `findingId` in `report`, or a user error naming the known ids. */
export function explainOrFail(report: Report, findingId: string): string {
  const found = resolveFindingId(report, findingId);
  if (!found.ok) throw new UserError(found.message);
  return explainFinding(report, found.finding);
}

export const explainCommand: CommandModule = {
  name: "explain",
  register(program: Command, ctx) {
    const command = program
      .command("explain")
      .description("explain why a finding has its verdict: rule, matched words, value intervals, comparison")
      .argument("<finding-id>", "the finding's id as reports show it (a unique prefix is enough)")
      .argument("[paths...]", "the files, directories or globs the scan read")
      .option("--report <file>", "look the finding up in a report saved with scan --format json instead of scanning")
      .option("--as-of <date>", "reference date (YYYY-MM-DD) for relative dates, as given to scan")
      .option("--rules <dir>", "add the rules in DIR to the built-in ones (repeatable), as given to scan", collect)
      .option("--no-builtin-rules", "use only the rules given with --rules");
    addProjectOptions(addInputOptions(command))
      .action((findingId: string, paths: string[], flags: ExplainFlags) => {
        const io = ctx.io;
        let report: Report;
        if (flags.report !== undefined) {
          if (paths.length > 0) throw new UserError("give either PATHS to scan or --report FILE, not both");
          report = readReportFile(flags.report, io.cwd);
        } else {
          if (paths.length === 0) throw new UserError("explain needs the PATHS the finding came from, or --report FILE");
          const asOf = parseAsOf(flags.asOf);
          const { rules, off, config, severities } = loadProjectRules(flags, io.cwd);
          report = { ...scan({ paths, cwd: io.cwd, asOf, rules, offRules: off, config, walk: walkOptionsOf(flags) }), rules: reportRulesOf(rules, io.cwd, severities) };
        }
        io.stdout(explainOrFail(report, findingId));
        ctx.exitCode = 0;
      });
  },
};
