import type { Command } from "commander";
import type { CliIo } from "../io.js";

export interface CommandContext {
  io: CliIo;
  /** Set by the command's action: 0 clean, 1 findings, 2 usage or input error. */
  exitCode: number;
}

export interface CommandModule {
  name: string;
  register: (program: Command, ctx: CommandContext) => void;
}
