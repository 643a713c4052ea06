/**
 * Scores the temporal grammar against TimeML/TIMEX gold, the way TempEval-3 does.
 *
 *   npm run eval:timex -- DIR [DIR…] [--only A,B | --except C] [--folds] [--temporal-only] [--errors N] [--json]
 *
 * Each DIR is one corpus, read recursively: MEANTIME XML (<token>/<TIMEX3>) or TIMEX2 inline key
 * files (<TEXT> with <TIMEX2 val>, e.g. WikiWars keyinline/). Prints strict and relaxed
 * precision/recall/F1, value and type accuracy over relaxed matches and Value F1 per corpus;
 * --errors N also lists up to N missed, spurious and wrongly valued expressions.
 *
 * Sub-corpora are the first folders under DIR (MEANTIME: corpus_airbus … → airbus, apple, gm,
 * stock). --only / --except score a part of each corpus (a corpus without sub-folders is kept
 * whole); --folds adds the leave-one-sub-corpus-out table: each sub-corpus held out, scored
 * alone and against the rest. --temporal-only scores the temporal grammar without the rest of
 * the value layer (whose non-claim spans, such as citations, take precedence over dates).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { GoldDocument } from "../src/values/temporal/evaluation/gold.js";
import { readMeantime } from "../src/values/temporal/evaluation/meantime.js";
import { type DocumentResult, type Scores, ZERO, addCounts, scoreDocument, scores } from "../src/values/temporal/evaluation/score.js";
import { EVERYTHING, type Selection, folds, parseNames, selectDocuments, subCorpora } from "../src/values/temporal/evaluation/subsets.js";
import { systemTimexes } from "../src/values/temporal/evaluation/system.js";
import { readTimex2Inline } from "../src/values/temporal/evaluation/timex2.js";

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(xml|tml|sgm)$/i.test(name)) out.push(path);
  }
  return out;
}

/** The gold documents of one corpus directory; files in neither format are passed over. */
export function readCorpus(dir: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const path of files(dir)) {
    const xml = readFileSync(path, "utf8");
    const id = relative(dir, path);
    if (/<token\b/.test(xml) && /<TIMEX3\b/.test(xml)) docs.push(readMeantime(xml, id));
    else if (/<TEXT>/i.test(xml) && /<TIMEX2\b/.test(xml)) docs.push(readTimex2Inline(xml, id));
  }
  return docs;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatScores(name: string, docs: number, s: Scores): string {
  const c = s.counts;
  return [
    `${name}: ${docs} documents, ${c.gold} gold TIMEX, ${c.system} found`,
    `  strict   P ${pct(s.strict.p)}  R ${pct(s.strict.r)}  F1 ${pct(s.strict.f1)}`,
    `  relaxed  P ${pct(s.relaxed.p)}  R ${pct(s.relaxed.r)}  F1 ${pct(s.relaxed.f1)}`,
    `  value accuracy ${pct(s.valueAccuracy)}   type accuracy ${pct(s.typeAccuracy)}   Value F1 ${pct(s.valueF1)}`,
  ].join("\n");
}

function errors(results: { doc: GoldDocument; result: DocumentResult }[], limit: number): string {
  const lines: string[] = [];
  const take = <T>(label: string, items: T[], show: (x: T) => string) => {
    lines.push(`  ${label} (${items.length}):`);
    for (const x of items.slice(0, limit)) lines.push(`    ${show(x)}`);
  };
  const ctx = (doc: GoldDocument, start: number, end: number) =>
    `${basename(doc.id)}: ${doc.text.slice(Math.max(0, start - 30), start)}[${doc.text.slice(start, end)}]${doc.text.slice(end, end + 30)}`.replace(/\s+/g, " ");
  const missed = results.flatMap(({ doc, result }) => result.missed.map((g) => ({ doc, g })));
  const spurious = results.flatMap(({ doc, result }) => result.spurious.map((s) => ({ doc, s })));
  const wrong = results.flatMap(({ doc, result }) => result.matched.filter((p) => p.gold.value !== p.system.value).map((p) => ({ doc, p })));
  take("missed", missed, ({ doc, g }) => `${g.type} ${g.value} | ${ctx(doc, g.start, g.end)}`);
  take("spurious", spurious, ({ doc, s }) => `${s.type} ${s.value} | ${ctx(doc, s.start, s.end)}`);
  take("wrong value", wrong, ({ doc, p }) => `gold ${p.gold.value} system ${p.system.value} (asOf ${doc.asOf}, ${basename(doc.id)}) | "${p.gold.text}" vs "${p.system.text}"`);
  return lines.join("\n");
}

type Scored = { doc: GoldDocument; result: DocumentResult };

function scoreAll(docs: readonly GoldDocument[], layer: "all" | "temporal"): Scored[] {
  return docs.map((doc) => ({ doc, result: scoreDocument(doc, systemTimexes(doc.text, doc.asOf, doc.ranges, layer)) }));
}

function pooled(results: readonly Scored[]): Scores {
  return scores(results.reduce((acc, r) => addCounts(acc, r.result.counts), ZERO));
}

const USAGE = "usage: npm run eval:timex -- DIR [DIR…] [--only A,B | --except C] [--folds] [--temporal-only] [--errors N] [--json]\n";

/** Leave-one-sub-corpus-out: the held-out part alone, and the other parts pooled. */
function foldTable(name: string, results: readonly Scored[]): { text: string; json: Record<string, { heldOut: Scores; rest: Scores }> } {
  const byId = new Map(results.map((r) => [r.doc.id, r]));
  const rows = [`${name}: leave one sub-corpus out`, "  held out   docs  gold | relaxed F1  value acc  Value F1 | rest: Value F1"];
  const json: Record<string, { heldOut: Scores; rest: Scores }> = {};
  for (const fold of folds(results.map((r) => r.doc))) {
    const test = pooled(fold.test.map((d) => byId.get(d.id)!));
    const rest = pooled(fold.rest.map((d) => byId.get(d.id)!));
    json[fold.heldOut] = { heldOut: test, rest };
    rows.push(
      `  ${fold.heldOut.padEnd(9)} ${String(fold.test.length).padStart(5)} ${String(test.counts.gold).padStart(5)} |      ${pct(test.relaxed.f1)}      ${pct(test.valueAccuracy)}     ${pct(test.valueF1)} |        ${pct(rest.valueF1)}`,
    );
  }
  return { text: rows.join("\n"), json };
}

function main(argv: string[]): number {
  const dirs: string[] = [];
  let limit = 0;
  let json = false;
  let showFolds = false;
  let temporalOnly = false;
  const selection: { only: string[] | null; except: string[] } = { only: null, except: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--errors") limit = Number(argv[++i] ?? "20");
    else if (a === "--json") json = true;
    else if (a === "--folds") showFolds = true;
    else if (a === "--temporal-only") temporalOnly = true;
    else if (a === "--only" || a === "--except") {
      const names = parseNames(argv[++i] ?? "");
      if (names.length === 0) {
        process.stderr.write(`eval-timex: ${a} needs a comma-separated list of sub-corpora\n${USAGE}`);
        return 2;
      }
      if (a === "--only") selection.only = [...(selection.only ?? []), ...names];
      else selection.except.push(...names);
    } else if (a.startsWith("--")) {
      process.stderr.write(`eval-timex: unknown option ${a}\n${USAGE}`);
      return 2;
    } else dirs.push(a);
  }
  if (dirs.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const chosen: Selection = selection.only || selection.except.length ? selection : EVERYTHING;
  const corpora: { dir: string; all: GoldDocument[] }[] = [];
  const known = new Set<string>();
  for (const dir of dirs) {
    const all = readCorpus(dir);
    if (all.length === 0) {
      process.stderr.write(`eval-timex: ${dir}: no MEANTIME or TIMEX2 gold files found\n`);
      return 2;
    }
    for (const name of subCorpora(all)) known.add(name);
    corpora.push({ dir, all });
  }
  const unknown = [...(chosen.only ?? []), ...chosen.except].filter((n) => !known.has(n));
  if (unknown.length) {
    process.stderr.write(`eval-timex: no sub-corpus named ${unknown.join(", ")} (known: ${[...known].sort().join(", ") || "none"})\n`);
    return 2;
  }
  const out: Record<string, unknown> = {};
  for (const { dir, all } of corpora) {
    const docs = selectDocuments(all, chosen);
    const name = basename(dir.replace(/\/+$/, ""));
    const parts = subCorpora(docs);
    const label = parts.length && parts.length < subCorpora(all).length ? `${name} [${parts.join(", ")}]` : name;
    if (docs.length === 0) {
      process.stderr.write(`eval-timex: ${dir}: the selection leaves no documents\n`);
      continue;
    }
    const results = scoreAll(docs, temporalOnly ? "temporal" : "all");
    const s = pooled(results);
    out[label] = s;
    if (!json) {
      process.stdout.write(`${formatScores(label, docs.length, s)}\n`);
      if (limit > 0) process.stdout.write(`${errors(results, limit)}\n`);
    }
    if (showFolds && parts.length > 1) {
      const table = foldTable(label, results);
      out[`${label} folds`] = table.json;
      if (!json) process.stdout.write(`${table.text}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

if (process.argv[1]?.endsWith("eval-timex.js")) process.exitCode = main(process.argv.slice(2));
