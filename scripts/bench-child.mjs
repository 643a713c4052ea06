// One `relcheck` run for scripts/bench.mjs: runs the CLI from dist/ in this process, then writes
// the process's peak resident memory and CPU time (worker threads included), and the time this
// thread spent in the part-of-speech tagger (CPU time, as the process's own), to the file named by
// RELCHECK_BENCH_STATS.
import { writeFileSync } from "node:fs";
import { main, taggerClock, tuneEngine } from "../dist/bundle/relcheck.js";

tuneEngine(); // as bin/relcheck.js does
taggerClock.now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const code = await main(process.argv.slice(2));
const usage = process.resourceUsage();
if (process.env.RELCHECK_BENCH_STATS) {
  writeFileSync(
    process.env.RELCHECK_BENCH_STATS,
    JSON.stringify({ code, maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, taggerMs: taggerClock.ms, taggedSentences: taggerClock.sentences }),
  );
}
process.exitCode = code;
