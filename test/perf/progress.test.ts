/**
 * Progress on stderr: only on a terminal, never with --quiet, nothing during the first second,
 * at most one redraw per interval, files done / total and MB/s, and the line cleared at the end.
 */
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

function fake(tty: boolean) {
  const out: string[] = [];
  let t = 0;
  return { io: { stderr: (s: string) => void out.push(s), stderrIsTTY: tty }, out, clock: { now: () => t, set: (ms: number) => (t = ms) } };
}

describe("progress", () => {
  it("draws files done / total and MB/s after a second, throttled, and clears the line", () => {
    const { io, out, clock } = fake(true);
    const p = createProgress(io, { totalFiles: 4, quiet: false, now: clock.now });
    clock.set(500);
    p.tick(1_000_000); // within the first second: silent
    expect(out).toEqual([]);
    clock.set(2000);
    p.tick(1_000_000);
    expect(out).toEqual(["\r\x1b[Krelcheck: 2/4 files, 2.0 MB, 1.0 MB/s"]);
    clock.set(2050);
    p.tick(1_000_000); // too soon after the last redraw
    expect(out).toHaveLength(1);
    clock.set(2200);
    p.tick(2_000_000);
    expect(out[1]).toBe("\r\x1b[Krelcheck: 4/4 files, 5.0 MB, 2.3 MB/s");
    p.end();
    expect(out[2]).toBe("\r\x1b[K");
  });

  it("is silent when stderr is not a terminal, with --quiet, and for runs under a second", () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const { io, out, clock } = fake(tty);
      const p = createProgress(io, { totalFiles: 2, quiet, now: clock.now });
      clock.set(5000);
      p.tick(10);
      p.end();
      expect(out).toEqual([]);
    }
    const { io, out, clock } = fake(true);
    const p = createProgress(io, { totalFiles: 2, quiet: false, now: clock.now });
    clock.set(900);
    p.tick(10);
    p.tick(10);
    p.end();
    expect(out).toEqual([]);
  });
});
