/**
 * Scores relcheck's document dates against a hand-read gold list, and against MEANTIME's document
 * creation times.
 *
 *   npm run eval:dates -- [GOLD.json] [--meantime DIR | --no-meantime] [--errors] [--json]
 *
 * GOLD (default fixtures/document-dates/ecbplus-dev-every-6th.json) is
 *   {"corpus": "../shared/corpora/ecbplus-dev", "selection": "…",
 *    "articles": [{"file": "10_ecbplus/10_1ecbplus.txt", "date": "2008-12-16" | "2008-12" | "2008" | null,
 *                  "how": "dateline" | "url" | "text" | "unknown", "note": "…"}]}
 * with `corpus` relative to the working directory (or absolute) and `file` relative to the corpus.
 * Each article is dated the way `relcheck scan` dates it without flags (front matter, what the text
 * states, its path, inference), and counted right when its date agrees with the gold at the gold's
 * granularity: "2008-12" asks for December 2008, null for no date. Accuracy is printed overall and
 * by `how`, with relcheck's own dateSource beside it; --errors lists the misses. A gold list of
 * other articles of the same corpus is measured the same way.
 *
 * MEANTIME (default ../shared/corpora/meantime-en): the text of each article is rebuilt from its
 * tokens (title, dateline line, body) and dated the same way; agreement is the share of articles
 * whose date equals the corpus's creation time to the day.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { buildDocument } from "../src/ingest/build-document.js";
import { assignDates } from "../src/ingest/document-date.js";
import { readMeantime } from "../src/values/temporal/evaluation/meantime.js";
import type { SourceDocument } from "../src/types.js";

interface GoldArticle {
  file: string;
  date: string | null;
  how: string;
  note?: string;
}

interface GoldList {
  corpus: string;
  selection?: string;
  articles: GoldArticle[];
}

interface Scored {
  file: string;
  gold: string | null;
  how: string;
  got: string | null;
  source: string | null;
  confidence: string | null;
  right: boolean;
}

const USAGE = "usage: npm run eval:dates -- [GOLD.json] [--meantime DIR | --no-meantime] [--errors] [--json]\n";

/** A text dated as `relcheck scan` dates it with no flags and no relcheck.yml. */
export function dateText(path: string, text: string): SourceDocument {
  const { document } = buildDocument(path, "0".repeat(64), { text, encoding: "utf-8" });
  return assignDates([document], { asOf: null })[0]!;
}

/** Whether `got` is `gold` at the gold's granularity: "2008-12" takes any day of December 2008. */
export function agrees(gold: string | null, got: string | null): boolean {
  if (gold === null) return got === null;
  return got !== null && got.slice(0, gold.length) === gold;
}

function readGold(path: string): GoldList {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const list = data as GoldList;
  if (!list || typeof list.corpus !== "string" || !Array.isArray(list.articles)) throw new Error(`${path}: needs "corpus" and "articles"`);
  for (const [i, a] of list.articles.entries()) {
    const ok = typeof a.file === "string" && (a.date === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(a.date)) && typeof a.how === "string";
    if (!ok) throw new Error(`${path}: articles[${i}] needs "file", "date" (YYYY[-MM[-DD]] or null) and "how"`);
  }
  return list;
}

function scoreGold(goldPath: string): Scored[] {
  const gold = readGold(goldPath);
  const corpus = isAbsolute(gold.corpus) ? gold.corpus : resolve(gold.corpus);
  if (!existsSync(corpus)) throw new Error(`${goldPath}: corpus ${gold.corpus} not found (run from the project root)`);
  return gold.articles.map((a) => {
    const doc = dateText(a.file, readFileSync(join(corpus, a.file), "utf8"));
    return { file: a.file, gold: a.date, how: a.how, got: doc.date, source: doc.dateSource, confidence: doc.dateConfidence ?? null, right: agrees(a.date, doc.date) };
  });
}

const pct = (n: number, of: number): string => (of === 0 ? "  -  " : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

function report(goldPath: string, scored: readonly Scored[], errors: boolean): string {
  const lines: string[] = [];
  const right = scored.filter((s) => s.right).length;
  lines.push(`${goldPath}: ${scored.length} articles, ${right} right at the gold's granularity: ${pct(right, scored.length)}`);
  const byHow = new Map<string, Scored[]>();
  for (const s of scored) byHow.set(s.how, [...(byHow.get(s.how) ?? []), s]);
  for (const [how, list] of [...byHow].sort()) {
    const r = list.filter((s) => s.right).length;
    const sources = new Map<string, number>();
    for (const s of list) sources.set(s.source ?? "none", (sources.get(s.source ?? "none") ?? 0) + 1);
    const what = [...sources].sort().map(([k, v]) => `${k} ${v}`).join(", ");
    lines.push(`  ${how.padEnd(9)} ${String(r).padStart(3)} / ${String(list.length).padEnd(3)} ${pct(r, list.length)}   relcheck read: ${what}`);
  }
  if (errors) {
    const misses = scored.filter((s) => !s.right);
    lines.push(`  misses (${misses.length}):`);
    for (const s of misses) lines.push(`    ${s.file}: gold ${s.gold ?? "none"} (${s.how}), relcheck ${s.got ?? "none"} (${s.source ?? "-"}${s.confidence ? `, ${s.confidence}` : ""})`);
  }
  return lines.join("\n");
}

function meantimeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...meantimeFiles(path));
    else if (name.endsWith(".xml")) out.push(path);
  }
  return out;
}

interface MeantimeResult {
  articles: number;
  agree: number;
  bySource: Record<string, { articles: number; agree: number }>;
  misses: { id: string; dct: string; got: string | null; source: string | null }[];
}

function scoreMeantime(dir: string): MeantimeResult {
  const result: MeantimeResult = { articles: 0, agree: 0, bySource: {}, misses: [] };
  for (const path of meantimeFiles(dir)) {
    const xml = readFileSync(path, "utf8");
    if (!/<token\b/.test(xml)) continue;
    const gold = readMeantime(xml, path);
    if (!gold.asOf) continue;
    const doc = dateText("article.txt", gold.text);
    const ok = doc.date === gold.asOf;
    const source = doc.dateSource ?? "none";
    result.articles++;
    if (ok) result.agree++;
    const b = (result.bySource[source] ??= { articles: 0, agree: 0 });
    b.articles++;
    if (ok) b.agree++;
    if (!ok) result.misses.push({ id: path.slice(dir.length + 1), dct: gold.asOf, got: doc.date, source: doc.dateSource });
  }
  return result;
}

function meantimeReport(dir: string, r: MeantimeResult, errors: boolean): string {
  const lines = [`${dir}: ${r.articles} articles, relcheck's date equals the creation time in ${r.agree}: ${pct(r.agree, r.articles)}`];
  for (const [source, b] of Object.entries(r.bySource).sort()) lines.push(`  ${source.padEnd(9)} ${String(b.agree).padStart(3)} / ${String(b.articles).padEnd(3)} ${pct(b.agree, b.articles)}`);
  if (errors) {
    lines.push(`  misses (${r.misses.length}):`);
    for (const m of r.misses) lines.push(`    ${m.id}: creation time ${m.dct}, relcheck ${m.got ?? "none"} (${m.source ?? "-"})`);
  }
  return lines.join("\n");
}

function main(argv: string[]): number {
  let goldPath = "fixtures/document-dates/ecbplus-dev-every-6th.json";
  let meantime: string | null = "../shared/corpora/meantime-en";
  let errors = false;
  let json = false;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--errors") errors = true;
    else if (a === "--json") json = true;
    else if (a === "--no-meantime") meantime = null;
    else if (a === "--meantime") meantime = argv[++i] ?? null;
    else if (a.startsWith("--")) {
      process.stderr.write(`eval-dates: unknown option ${a}\n${USAGE}`);
      return 2;
    } else positional.push(a);
  }
  if (positional.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (positional[0]) goldPath = positional[0];
  try {
    const scored = scoreGold(goldPath);
    const mt = meantime && existsSync(meantime) ? scoreMeantime(meantime) : null;
    if (meantime && !mt) process.stderr.write(`eval-dates: ${meantime} not found; MEANTIME agreement skipped\n`);
    if (json) {
      const right = scored.filter((s) => s.right).length;
      process.stdout.write(`${JSON.stringify({ gold: goldPath, articles: scored.length, right, accuracy: right / scored.length, scored, meantime: mt }, null, 2)}\n`);
    } else {
      process.stdout.write(`${report(goldPath, scored, errors)}\n`);
      if (mt && meantime) process.stdout.write(`${meantimeReport(meantime, mt, errors)}\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`eval-dates: ${(error as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1]?.endsWith("eval-dates.js")) process.exitCode = main(process.argv.slice(2));
