#!/usr/bin/env node
// The executable: everything lives in dist/bundle/relcheck.js (src/cli/main.ts, bundled); this file
// sets the engine flags, runs main() and maps its exit code onto the process (0 clean, 1 findings,
// 2 usage or input error).
import { escapeControls, installTempCleanup, internalErrorLine, main, tuneEngine } from "../dist/bundle/relcheck.js";

// `relcheck scan … | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error?.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

tuneEngine(); // V8 settings for this process and its worker threads (src/cli/engine-flags.ts)
installTempCleanup(); // no temporary file left on exit or on SIGINT/SIGTERM (src/cli/temp-cleanup.ts)
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() reports its own failures; this is the last resort. One line and exit 2; RELCHECK_DEBUG=1 shows the stack.
  process.stderr.write(`relcheck: ${escapeControls(internalErrorLine(error))}\n`);
  if (process.env.RELCHECK_DEBUG) process.stderr.write(`${error?.stack ?? ""}\n`);
  process.exitCode = 2;
}
