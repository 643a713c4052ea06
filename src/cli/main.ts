/**
 * argv → exit code. Parses flags with commander, runs a subcommand, and turns every user error
 * into one line on stderr with exit code 2 (no stack traces). Only the CLI touches `process`,
 * and only through CliIo.
 */
import { Command, CommanderError } from "commander";
import { UserError, formatLocated } from "../errors.js";
import { VERSION } from "../version.js";
import { commands } from "./commands/index.js";
import type { CommandContext } from "./commands/command.js";
import { type CliIo, defaultIo } from "./io.js";

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command("relcheck")
    .description("Extract dated and numeric claims from texts and report where sources agree, diverge or contradict.")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
    });
  for (const command of commands) command.register(program, ctx);
  for (const sub of program.commands) {
    sub.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  }
  return program;
}

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; commander already printed the message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UserError) {
      io.stderr(`relcheck: ${formatLocated(error.message, error.file, error.line, error.column)}\n`);
      return 2;
    }
    throw error;
  }
}
