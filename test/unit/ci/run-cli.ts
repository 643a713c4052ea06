/**
 * Running the whole CLI in-process for the CI-mode tests: main(argv, io) with captured output,
 * in a temporary directory that holds copies of the seed articles.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../../src/cli/main.js";
import type { CliIo } from "../../../src/cli/io.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../../seeds/", import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (chunk) => void (stdout += chunk),
    stderr: (chunk) => void (stderr += chunk),
    cwd,
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory with `seeds/` copied in; returns its path. */
export function workspaceWithSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-ci-"));
  cpSync(SEEDS_DIR, join(dir, "seeds"), { recursive: true });
  return dir;
}

export function seedFiles(dir: string): string[] {
  return readdirSync(join(dir, "seeds")).filter((f) => f.endsWith(".txt")).sort();
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
