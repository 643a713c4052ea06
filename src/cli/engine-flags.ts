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
 *
 * Interrupt budget: how much bytecode a function runs before V8 considers optimizing it (67,584 by
 * default in Node 20). Optimized early, relcheck's large functions meet shapes and branches they had
 * not met yet and are thrown away and optimized again: on a one-thread scan of the State of the Union
 * addresses 61% of the optimizing compiler's time went to such second and later compilations, and
 * compiling took 3.2 s of CPU on V8's background threads, a third of the process's CPU time.
 * With 250,000 a function is optimized after it has seen more of the text: the background threads'
 * time halves, the process's CPU time falls by about 1 s in 11 (medians of interleaved runs), while
 * the main thread, which runs a little longer unoptimized, takes some 0.2 s more.
 *
 * Regular expressions compiled once, to machine code: by default V8 first compiles an expression
 * to bytecode for its interpreter and, on its second run, compiles it again to machine code
 * (--regexp-tier-up, after one run). relcheck runs nearly every expression it has many times, so
 * the first compilation is wasted, and it is not cheap: each \p{L}, \p{Lu} or \p{N} in an
 * expression is built from the Unicode tables at every compilation (closed over case under the i
 * flag), about a million instructions each. Straight to machine code, a scan of a tenth of the
 * State of the Union addresses ran 6.5% fewer instructions (callgrind: 12.71 G → 11.89 G); what the
 * expressions match does not change.
 */
import { setFlagsFromString } from "node:v8";

export const ENGINE_FLAGS = ["--max-inlined-bytecode-size-cumulative=230", "--interrupt-budget=250000", "--no-regexp-tier-up"] as const;

export function tuneEngine(): void {
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}
