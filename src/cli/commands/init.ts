/**
 * `relcheck init [DIR]`: starts a project. Writes DIR/relcheck.yml (the project file: rule
 * folders, rule severities and document dates, read by scan, ingest and `relcheck rules`) and an example rule in
 * DIR/relcheck-rules/ that passes `relcheck rules validate` and `relcheck rules test`. Never
 * overwrites: an existing file is an error unless --force. Files are written atomically.
 *
 *   $ relcheck init
 *   wrote relcheck.yml
 *   wrote relcheck-rules/bridge-openings.yml
 */
import { existsSync, statSync } from "node:fs";
import { makeFolders } from "../../cache/temp-files.js";
import { join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { CONFIG_FILE } from "../../ingest/project-config.js";
import type { CommandModule } from "./command.js";
import { errnoWords, writeOutput } from "../write-output.js";

export const STARTER_RULES_DIR = "relcheck-rules";
export const STARTER_RULE_ID = "bridge-openings";

export const STARTER_CONFIG = `# relcheck project file. relcheck finds it from this folder and any folder below it (up to the
# repository root); --config FILE names another. Paths in it are relative to this file.

# Folders of your own rules, one topic per file (see ${STARTER_RULES_DIR}/${STARTER_RULE_ID}.yml).
#   relcheck rules validate              checks them: every problem as file:line:col
#   relcheck rules test                  runs the examples in each rule
#   relcheck scan DOCS                   runs them beside the built-in rules
rules:
  - ${STARTER_RULES_DIR}

# The level of a rule's findings: off (not run), note, warning or error. By default a contradiction
# is an error and a divergence a warning; --fail-on counts by these levels. --rule ID=LEVEL wins.
severity: {}
#  official-visits: off

# The publication date of documents that state none. Relative expressions ("four years ago",
# "in late August") are read against it; a date in a document's front matter wins.
documents: {}
#  news/kabul-talks.txt: 2025-08-31

# Also: .relcheckignore (gitignore syntax) leaves files out of folder walks, and a line
# "<!-- relcheck-disable-next-line RULE-ID -->" drops the claims of the line after it.
`;

export const STARTER_RULE = `# An example rule: copy it, rename it (the id must equal the file name) and describe your topic.
id: ${STARTER_RULE_ID}
topic: opening of a bridge
description: >
  When a bridge was opened or inaugurated. A bridge opens once, so two different dates for the
  same bridge contradict each other.
# single: one true value per topic and subject; recurring: different dates are different events.
cardinality: single
# the kinds of value claims carry: date, quantity, range
values: [date]
# words that signal the topic; '*' ends a word with any ending, '...' stands for up to three words
triggers:
  - opened
  - inaugurat*
  - opening
# a trigger is ignored when one of these stands near it
exclude:
  - reopened
  - closed
# how many words may separate a trigger from its value
window: 8
# must match (with the value expected) and must not match; \`relcheck rules test\` runs them
examples:
  - text: The new bridge over the Kabul River was opened in May 2019.
    expect: {text: May 2019, value: {type: date, start: 2019-05-01, end: 2019-05-31}}
  - text: Officials inaugurated the bridge on 3 March 2021, after four years of work.
    expect: {value: {type: date, start: 2021-03-03, end: 2021-03-03}}
  - text: The bridge was closed for repairs in 2022.
    expect: none
`;

interface InitFlags {
  force: boolean;
}

export const initCommand: CommandModule = {
  name: "init",
  register(program: Command, ctx) {
    program
      .command("init")
      .description(`write a starter ${CONFIG_FILE} and an example rule in ${STARTER_RULES_DIR}/`)
      .argument("[dir]", "the project folder", ".")
      .option("--force", "overwrite the files if they exist", false)
      .action(async (dir: string, flags: InitFlags) => {
        const { io } = ctx;
        const root = resolve(io.cwd, dir);
        if (!existsSync(root)) throw new UserError("no such directory", dir);
        if (!statSync(root).isDirectory()) throw new UserError("not a directory", dir);
        const files = [
          { path: join(root, CONFIG_FILE), content: STARTER_CONFIG },
          { path: join(root, STARTER_RULES_DIR, `${STARTER_RULE_ID}.yml`), content: STARTER_RULE },
        ];
        const shown = (path: string) => relative(io.cwd, path) || path;
        if (!flags.force) {
          const existing = files.find((f) => existsSync(f.path));
          if (existing) throw new UserError("already exists; use --force to overwrite it", shown(existing.path));
        }
        const rulesDir = join(root, STARTER_RULES_DIR);
        if (existsSync(rulesDir) && !statSync(rulesDir).isDirectory()) throw new UserError("exists and is not a directory", shown(rulesDir));
        try {
          makeFolders(rulesDir);
        } catch (error) {
          const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? "the file system there accepts no new files" : errnoWords(error);
          throw new UserError(`cannot create the folder: ${why}`, shown(rulesDir));
        }
        for (const f of files) {
          await writeOutput(f.path, f.content, { cwd: io.cwd, inputs: [], what: "file" });
          io.stdout(`wrote ${shown(f.path)}\n`);
        }
        const cd = dir === "." ? "" : `cd ${dir} && `;
        io.stdout(`next: ${cd}relcheck rules test   (then: relcheck scan YOUR-TEXTS, which runs ${STARTER_RULES_DIR}/ too)\n`);
        ctx.exitCode = 0;
      });
  },
};
