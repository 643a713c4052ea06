/**
 * What the CLI needs from the outside world. main() receives it, so tests run the whole CLI
 * in-process with captured output; only bin/relcheck.js and defaultIo() touch `process`.
 */
import { escapeControls } from "../report/control-chars.js";
import { DEFAULT_TABLE_WIDTH } from "../report/table.js";

export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width when stdout is one (process.stdout.columns). */
  stdoutColumns?: number;
  /** Standard input to its end, or its first `maxBytes` + 1 bytes when it is longer (`scan -`). */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
  /**
   * The streams as they are, for text relcheck composed itself with its own control sequences
   * (the coloured table, the progress line); main() gives commands stdout and stderr with
   * control characters escaped (see withEscapedControls).
   */
  raw?: { stdout: (chunk: string) => void; stderr: (chunk: string) => void };
}

/**
 * `io` with control characters escaped in what goes to stderr (always: messages quote file names
 * and text, and CI logs act on escape sequences too) and to stdout when it is a terminal
 * (a report printed there); newlines, and tabs on stdout, are kept.
 */
export function withEscapedControls(io: CliIo): CliIo {
  const raw = io.raw ?? { stdout: io.stdout, stderr: io.stderr };
  return {
    ...io,
    stdout: io.stdoutIsTTY ? (chunk) => raw.stdout(escapeControls(chunk, "\n\t")) : raw.stdout,
    stderr: (chunk) => raw.stderr(escapeControls(chunk, "\n")),
    raw,
  };
}

export function defaultIo(): CliIo {
  return {
    stdout: (chunk) => void process.stdout.write(chunk),
    stderr: (chunk) => void process.stderr.write(chunk),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        total += chunk.length;
        if (total > maxBytes) break; // enough to say it is too large; the rest is not kept
      }
      return Buffer.concat(chunks, total);
    },
  };
}

/**
 * Whether stdout gets colour, in this order (the first that applies decides):
 *   1. --color / --no-color (`flag` true / false);
 *   2. FORCE_COLOR, read as chalk reads it: "0" or "false" is off, anything else (also empty) on;
 *   3. NO_COLOR set and not empty (https://no-color.org): off;
 *   4. TERM=dumb: off;
 *   5. on when stdout is a terminal, else off.
 */
export function useColor(io: CliIo, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.TERM === "dumb") return false;
  return io.stdoutIsTTY;
}

/**
 * How wide the table may be: COLUMNS when set to a number, else the terminal's width when stdout
 * is a terminal, else 120 (DEFAULT_TABLE_WIDTH). A table written to a file takes COLUMNS or 120 only, so the
 * file does not depend on the window it was written from.
 */
export function tableWidth(io: CliIo, toStdout: boolean): number {
  const columns = io.env.COLUMNS?.trim();
  if (columns && /^\d+$/.test(columns) && Number(columns) > 0) return Number(columns);
  if (toStdout && io.stdoutIsTTY && io.stdoutColumns && io.stdoutColumns > 0) return io.stdoutColumns;
  return DEFAULT_TABLE_WIDTH;
}
