/**
 * V8 settings for a relcheck process, applied by the executable (bin/relcheck.js) before it runs
 * a command; worker threads share them. Not applied when the CLI runs inside another program
 * (tests call main() directly).
 *
 * Inlining budget: V8 optimizes a hot function with everything it calls inlined, up to 920 bytes
 * of bytecode by default. relcheck's hot functions (a sentence's candidates, the temporal grammar,
 * the trigger scan) are large and call many others, so on a scan of the State of the Union
 * addresses optimizing them took more CPU than the scan itself (2.3 s, by --trace-opt, on V8's
 * background threads, which a second worker thread then has to share). Half the budget: 1.3 s,
 * with no measurable loss in the optimized code; one-thread runs were 7–9% faster in wall time and
 * 16% in CPU time (interleaved medians). A quarter of the budget (230) took another 0.5–0.8 s of
 * CPU off a one-thread scan of 11 s (two series of five interleaved runs), all of it on the
 * background threads: the main thread's own CPU time stayed the same (7.5 s). Between 120 and 300
 * the figures do not differ beyond their noise.
 */
import { setFlagsFromString } from "node:v8";

export const ENGINE_FLAGS = ["--max-inlined-bytecode-size-cumulative=230"] as const;

export function tuneEngine(): void {
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}
