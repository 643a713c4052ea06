/**
 * What the CLI needs from the outside world. main() receives it, so tests run the whole CLI
 * in-process with captured output; only bin/relcheck.js and defaultIo() touch `process`.
 */
import { escapeControls } from "../report/control-chars.js";

export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
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
  };
}

/** Colour is on for a TTY unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR=0. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0";
  return io.stdoutIsTTY;
}
