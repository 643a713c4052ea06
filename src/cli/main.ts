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
 * every error as one `relcheck: …` line. A bare command that needs a subcommand (`relcheck`,
 * `relcheck rules`) makes commander write its help as an error: that text is held in `held` and
 * main() prints it on stdout with exit code 0 — asking for nothing is asking for help.
 */
function output(ctx: CommandContext, held: { help: string }): OutputConfiguration {
  return {
    writeOut: (s) => ctx.io.stdout(s),
    writeErr: (s) => {
      held.help += s;
    },
    outputError: () => undefined,
  };
}

/**
 * commander's message as one line, its suggestion kept: "unknown option '--fromat'\n(Did you mean
 * --format?)" → "unknown option '--fromat'; did you mean --format?".
 */
export function usageLine(message: string): string {
  const [first = "", ...rest] = message.replace(/^error:\s*/, "").split("\n");
  const hint = /^\(Did you mean (.+)\?\)$/.exec(rest.join(" ").trim());
  return hint ? `${first}; did you mean ${hint[1]}?` : first;
}

export { tuneEngine } from "./engine-flags.js";
export { installTempCleanup } from "./temp-cleanup.js";
export { internalErrorLine } from "../errors.js";
export { escapeControls } from "../report/control-chars.js";
/** Time spent tagging in this thread (for `npm run bench`, which runs main in its own process). */
export { taggerClock } from "../extract/frame-pass.js";

export function buildProgram(ctx: CommandContext, held: { help: string } = { help: "" }): Command {
  const program = new Command("relcheck")
    .description("Extract dated and numeric claims from texts and report where sources agree, diverge or contradict.")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput(output(ctx, held));
  for (const command of commands) command.register(program, ctx);
  const configure = (command: Command): void => {
    for (const sub of command.commands) {
      sub.exitOverride().configureOutput(output(ctx, held));
      configure(sub);
    }
  };
  configure(program);
  return program;
}

export async function main(argv: readonly string[], given: CliIo = defaultIo()): Promise<number> {
  const io = withEscapedControls(given);
  const ctx: CommandContext = { io, exitCode: 0 };
  const held = { help: "" };
  const program = buildProgram(ctx, held);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0, their text already printed.
      if (error.exitCode === 0) return 0;
      // A bare `relcheck` or `relcheck rules`: its help, on stdout, and exit 0.
      if (error.code === "commander.help" && held.help !== "") {
        io.stdout(held.help);
        return 0;
      }
      io.stderr(`relcheck: ${usageLine(error.message)} (see 'relcheck --help')\n`);
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
