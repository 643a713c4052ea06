/**
 * `relcheck baseline PATHS… [--output relcheck-baseline.json]`: scan as `relcheck scan` does and
 * write the contradictions and divergences found to a baseline file, for `scan --baseline FILE`
 * to accept later. The file is sorted and stable (src/baseline/baseline-file.ts) so that its diff
 * in a pull request shows exactly which findings were accepted.
 *
 * A run with input errors writes nothing and exits 2: a baseline made from a partial scan would
 * hide the findings of the files it missed.
 */
import type { Command } from "commander";
import { createBaseline, DEFAULT_BASELINE_FILE, serializeBaseline } from "../../baseline/baseline-file.js";
import { baselinePathOf } from "../../baseline/baseline-paths.js";
import { UserError } from "../../errors.js";
import { scan } from "../../pipeline.js";
import { collect } from "../ci-options.js";
import { parseAsOf } from "../options.js";
import { writeOutput, inputsOf } from "../write-output.js";
import type { CommandModule } from "./command.js";
import { addInputOptions, type InputFlags, walkOptionsOf } from "../input-options.js";
import { addProjectOptions, loadProjectRules, type ProjectFlags } from "../project-options.js";

interface BaselineFlags extends InputFlags, ProjectFlags {
  output: string;
  asOf?: string;
  rules?: string[];
  builtinRules: boolean;
}

export const baselineCommand: CommandModule = {
  name: "baseline",
  register(program: Command, ctx) {
    const command = program
      .command("baseline")
      .description("record the current contradictions and divergences as accepted, for scan --baseline")
      .argument("<paths...>", "files, directories or globs to read, as given to scan")
      .option("-o, --output <file>", "the baseline file to write ('-' for stdout)", DEFAULT_BASELINE_FILE)
      .option("--as-of <date>", "reference date (YYYY-MM-DD) for relative dates in documents that state no date and whose path gives none")
      .option("--rules <dir>", "add the rules in DIR to the built-in ones (repeatable)", collect)
      .option("--no-builtin-rules", "use only the rules given with --rules");
    addProjectOptions(addInputOptions(command))
      .action(async (paths: string[], flags: BaselineFlags) => {
        const io = ctx.io;
        const asOf = parseAsOf(flags.asOf);
        const { rules, off, config } = loadProjectRules(flags, io.cwd);
        const report = scan({ paths, cwd: io.cwd, asOf, rules, offRules: off, config, walk: walkOptionsOf(flags) });
        for (const d of report.diagnostics) {
          if (d.severity === "note") continue;
          const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ""}: ` : "";
          io.stderr(`relcheck: ${d.severity}: ${where}${d.message}\n`);
        }
        const errors = report.diagnostics.filter((d) => d.severity === "error").length;
        if (errors > 0) {
          throw new UserError(`not writing a baseline: ${errors} input ${errors === 1 ? "error" : "errors"} (see above)`);
        }
        // Documents are named relative to the baseline file (or the working folder, for stdout).
        const baseline = createBaseline(report, baselinePathOf(flags.output === "-" ? "./-" : flags.output, io.cwd));
        const text = serializeBaseline(baseline);
        if (flags.output === "-") io.stdout(text);
        else await writeOutput(flags.output, text, { cwd: io.cwd, inputs: inputsOf(report), what: "baseline", io });
        const count = (v: string) => baseline.findings.filter((e) => e.verdict === v).length;
        const where = flags.output === "-" ? "stdout" : flags.output;
        io.stderr(
          `relcheck: baseline of ${baseline.findings.length} ${baseline.findings.length === 1 ? "finding" : "findings"} ` +
            `(${count("contradict")} contradict, ${count("diverge")} diverge) written to ${where}\n`,
        );
        ctx.exitCode = 0;
      });
  },
};
