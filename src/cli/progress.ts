/**
 * Progress of a long scan on stderr: "relcheck: 120/233 files, 5.4 MB, 6.1 MB/s", rewritten in
 * place. Shown only when stderr is a terminal, not with --quiet, and not before the run has taken
 * a second (short runs stay silent); at most ten updates a second; the line is cleared at the end,
 * so the report and messages print on a clean line. The clock is injected, for tests.
 */
import type { CliIo } from "./io.js";

export interface Progress {
  /** One more file done, of `bytes` bytes. */
  tick(bytes: number): void;
  /** Clear the line (if one was drawn). */
  end(): void;
}

export interface ProgressOptions {
  totalFiles: number;
  quiet: boolean;
  /** Milliseconds, monotonic. */
  now?: () => number;
  /** Silent this long after the start (ms). */
  delay?: number;
  /** Between two redraws (ms). */
  interval?: number;
}

const SILENT: Progress = { tick: () => {}, end: () => {} };

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function createProgress(io: Pick<CliIo, "stderr" | "stderrIsTTY" | "raw">, options: ProgressOptions): Progress {
  if (options.quiet || !io.stderrIsTTY) return SILENT;
  // its own control sequences (carriage return, erase line), around numbers only
  const write = io.raw?.stderr ?? io.stderr;
  const now = options.now ?? (() => performance.now());
  const delay = options.delay ?? 1000;
  const interval = options.interval ?? 100;
  const start = now();
  let files = 0;
  let bytes = 0;
  let drawn = false;
  let last = -Infinity;
  const draw = (t: number): void => {
    const seconds = (t - start) / 1000;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    write(`\r\x1b[Krelcheck: ${files}/${options.totalFiles} files, ${megabytes(bytes)}, ${rate.toFixed(1)} MB/s`);
    drawn = true;
    last = t;
  };
  return {
    tick(size: number): void {
      files += 1;
      bytes += size;
      const t = now();
      if (t - start >= delay && t - last >= interval) draw(t);
    },
    end(): void {
      if (drawn) write("\r\x1b[K");
      drawn = false;
    },
  };
}
