/**
 * The flags that decide which files a folder or a glob yields, shared by every command that reads
 * texts (scan, baseline, explain, mentions), so that they all read the same files:
 *
 *   --follow                 follow symbolic links found while walking (each real folder once)
 *   --no-ignore              do not read .gitignore / .relcheckignore, drop --ignore-pattern
 *   --ignore-pattern PAT     leave out files and folders matching PAT (gitignore syntax, repeatable)
 */
import type { Command } from "commander";
import type { WalkOptions } from "../ingest/walk-inputs.js";

export interface InputFlags {
  follow?: boolean;
  ignore?: boolean;
  ignorePattern?: string[];
}

/** Adds the input flags to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .option("--follow", "follow symbolic links found while walking folders (each real folder is read once)", false)
    .option("--ignore-pattern <pattern>", "leave out files and folders matching PATTERN (gitignore syntax, relative to the working folder; repeatable)", (v: string, acc: string[] = []) => [...acc, v])
    .option("--no-ignore", "do not read .gitignore and .relcheckignore files and drop --ignore-pattern (named paths are always read)");
}

export function walkOptionsOf(flags: InputFlags): WalkOptions {
  return {
    follow: flags.follow === true,
    noIgnore: flags.ignore === false,
    ...(flags.ignorePattern?.length ? { patterns: flags.ignorePattern } : {}),
  };
}
