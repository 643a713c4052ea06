/**
 * `relcheck scan PATHS…`: the main job. Reads the texts, extracts claims with the rules, compares
 * them and prints the report in the chosen format (to stdout or --output FILE).
 */
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { scan } from "../../pipeline.js";
import { FORMATS, reporters } from "../../report/index.js";
import type { Format } from "../../types.js";
import { useColor } from "../io.js";
import { loadRulesOrFail } from "../load-rules-or-fail.js";
import { parseIsoDay } from "../options.js";
import { writeOutput } from "../write-output.js";
import type { CommandModule } from "./command.js";

interface ScanFlags {
  format: string;
  output?: string;
  asOf?: string;
  rules?: string[];
  builtinRules: boolean;
}

function parseFormat(value: string): Format {
  if ((FORMATS as string[]).includes(value)) return value as Format;
  throw new UserError(`--format '${value}' is not one of: ${FORMATS.join(", ")}`);
}

export const scanCommand: CommandModule = {
  name: "scan",
  register(program: Command, ctx) {
    program
      .command("scan")
      .description("extract dated and numeric claims and report where sources agree, diverge or contradict")
      .argument("<paths...>", "files, directories or globs to read (directories: .txt .md .html files)")
      .option("-f, --format <format>", `output format: ${FORMATS.join(", ")}`, "table")
      .option("-o, --output <file>", "write the report to FILE instead of stdout")
      .option("--as-of <date>", "reference date (YYYY-MM-DD) for relative dates in documents that state no date")
      .option("--rules <dir>", "add the rules in DIR to the built-in ones (repeatable)", (v: string, acc: string[] = []) => [...acc, v])
      .option("--no-builtin-rules", "use only the rules given with --rules")
      .action((paths: string[], flags: ScanFlags) => {
        const io = ctx.io;
        const format = parseFormat(flags.format);
        const asOf = flags.asOf ? parseIsoDay(flags.asOf, "--as-of") : null;
        const rules = loadRulesOrFail(flags, io.cwd);
        const report = scan({ paths, cwd: io.cwd, asOf, rules });
        const text = reporters[format](report, { color: !flags.output && useColor(io) });
        if (flags.output) writeOutput(flags.output, text, { cwd: io.cwd, inputs: report.documents.map((d) => d.path) });
        else io.stdout(text);
        for (const d of report.diagnostics) {
          const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ""}: ` : "";
          io.stderr(`relcheck: ${d.severity}: ${where}${d.message}\n`);
        }
        ctx.exitCode = report.summary.contradict > 0 ? 1 : 0;
      });
  },
};
