/**
 * The subcommands, in the order `relcheck --help` lists them. Each module registers one
 * command on the program and reports its exit code through the shared context.
 */
import { baselineCommand } from "./baseline.js";
import type { CommandModule } from "./command.js";
import { explainCommand } from "./explain.js";
import { initCommand } from "./init.js";
import { mentionsCommand } from "./mentions.js";
import { rulesCommand } from "./rules.js";
import { scanCommand } from "./scan.js";

export const commands: readonly CommandModule[] = [scanCommand, baselineCommand, explainCommand, mentionsCommand, rulesCommand, initCommand];
