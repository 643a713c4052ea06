// The yardstick of scripts/bench.mjs, in a process of its own: compromise's full tagging
// (nlp(text), which tags every term) of the text in the file named by argv[2]. Prints
// {"seconds": …, "cpuSeconds": …, "terms": …} on stdout (wall and CPU time of the tagging);
// compromise's lexicon is built once before timing.
import { readFileSync } from "node:fs";
import nlp from "compromise";

const text = readFileSync(process.argv[2], "utf8");
nlp("Warm up the tagger once.");
const t0 = performance.now();
const c0 = process.cpuUsage();
const doc = nlp(text);
const c1 = process.cpuUsage(c0);
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (c1.user + c1.system) / 1e6, terms: doc.terms().length }));
