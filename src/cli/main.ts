/**
 * argv → exit code. Parses flags with commander, runs a subcommand, and turns every user error
 * into one line on stderr with exit code 2 (no stack traces). Only the CLI touches `process`,
 * and only through CliIo.
 */
import { Command, CommanderError, type OutputConfiguration } from "commander";
import { UserError, formatLocated, internalErrorLine } from "../errors.js";
import { VERSION } from "../version.js";
import { commands } from "./commands/index.js";
import type { CommandContext } from "./commands/command.js";
import { type CliIo, defaultIo, withEscapedControls } from "./io.js";

/**
 * Help and version go to stdout; commander's own error text is held back, because main() prints
 * every error as one `relcheck: …` line.
 */
function output(ctx: CommandContext): OutputConfiguration {
  return {
    writeOut: (s) => ctx.io.stdout(s),
    writeErr: (s) => ctx.io.stderr(s),
    outputError: () => undefined,
  };
}

export { tuneEngine } from "./engine-flags.js";
export { installTempCleanup } from "./temp-cleanup.js";
export { internalErrorLine } from "../errors.js";
export { escapeControls } from "../report/control-chars.js";
/** Time spent tagging in this thread (for `npm run bench`, which runs main in its own process). */
export { taggerClock } from "../extract/frame-pass.js";

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command("relcheck")
    .description("Extract dated and numeric claims from texts and report where sources agree, diverge or contradict.")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput(output(ctx));
  for (const command of commands) command.register(program, ctx);
  for (const sub of program.commands) sub.exitOverride().configureOutput(output(ctx));
  return program;
}

export async function main(argv: readonly string[], given: CliIo = defaultIo()): Promise<number> {
  const io = withEscapedControls(given);
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0, their text already printed.
      if (error.exitCode === 0) return 0;
      const message = error.message.replace(/^error:\s*/, "").split("\n")[0];
      io.stderr(`relcheck: ${message} (see 'relcheck --help')\n`);
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr(`relcheck: ${formatLocated(error.message, error.file, error.line, error.column).replace(/\s*(?:\r\n|\r|\n)\s*/g, " ")}\n`);
      return 2;
    }
    // Anything else is relcheck's own failure: one line saying what failed and where.
    io.stderr(`relcheck: ${internalErrorLine(error)}\n`);
    if (io.env.RELCHECK_DEBUG) io.stderr(`${error instanceof Error ? (error.stack ?? "") : String(error)}\n`);
    return 2;
  }
}
