/**
 * Reads the MEANTIME corpus (NewsReader, NAF-like XML): <token t_id sentence>…</token> and
 * <TIMEX3 type value functionInDocument> with <token_anchor t_id/> children. The text is rebuilt
 * from the tokens with ordinary spacing ("December 10 , 2013" → "December 10, 2013"); the
 * creation-time TIMEX3 gives the reference date and is not scored. TIMEX3s without tokens
 * (empty, non-consuming) have no extent and are left out.
 *
 * NOTE: MEANTIME annotates only the title and the first sentences of each article (every
 * markable lies in sentences 0–5). Text after the last annotated sentence is not scored, else
 * every correct date there would count as a false positive.
 */
import { type GoldDocument, type GoldTimex, decodeEntities } from "./gold.js";
import { MONTH_NAMES } from "../../calendar-words.js";

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|')$/;
const NO_SPACE_AFTER = /^(?:[(\[{$]|``)$/;

interface Token {
  id: string;
  sentence: number;
  /** As tokenized: "``" and "''" are opening and closing quotes. */
  raw: string;
  text: string;
}

export function readMeantime(xml: string, id: string): GoldDocument {
  const tokens: Token[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const attrs = m[1]!;
    const raw = decodeEntities(m[2]!);
    tokens.push({
      id: /t_id="([^"]*)"/.exec(attrs)?.[1] ?? "",
      sentence: Number(/sentence="(\d+)"/.exec(attrs)?.[1] ?? 0),
      raw,
      text: raw === "``" || raw === "''" ? '"' : raw,
    });
  }
  const span = new Map<string, [number, number]>();
  let text = "";
  let prev: Token | null = null;
  for (const t of tokens) {
    if (prev) {
      if (t.sentence !== prev.sentence && prev.sentence <= 1) text += "\n";
      else if (!NO_SPACE_BEFORE.test(t.raw) && !NO_SPACE_AFTER.test(prev.raw)) text += " ";
    }
    span.set(t.id, [text.length, text.length + t.text.length]);
    text += t.text;
    prev = t;
  }
  const timexes: GoldTimex[] = [];
  const unscored: [number, number][] = [];
  let asOf: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*?)(\/>|>([\s\S]*?)<\/TIMEX3>)/g)) {
    const attrs = m[1]!;
    const anchors = [...(m[3] ?? "").matchAll(/t_id="([^"]*)"/g)].map((a) => span.get(a[1]!)).filter((s): s is [number, number] => s !== undefined);
    const value = /\bvalue="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const type = (/\btype="([^"]*)"/.exec(attrs)?.[1] ?? "DATE") as GoldTimex["type"];
    if (/functionInDocument="CREATION_TIME"/.test(attrs)) {
      asOf = creationDay(value);
      if (anchors.length) unscored.push([Math.min(...anchors.map((a) => a[0])), Math.max(...anchors.map((a) => a[1]))]);
      continue;
    }
    if (anchors.length === 0) continue;
    const start = Math.min(...anchors.map((a) => a[0]));
    const end = Math.max(...anchors.map((a) => a[1]));
    timexes.push({ start, end, type, value, text: text.slice(start, end) });
  }
  if (asOf === null) {
    // A few files lack the creation-time TIMEX3; their dateline is sentence 1 ("April 27 , 2005").
    const line = tokens.filter((t) => t.sentence === 1);
    asOf = datelineDay(line.map((t) => t.text).join(" "));
    const [from, to] = line.length ? [span.get(line[0]!.id)![0], span.get(line[line.length - 1]!.id)![1]] : [0, 0];
    // Without a creation-time TIMEX3 the dateline is annotated as an ordinary one, and scored.
    if (asOf && !timexes.some((t) => t.start < to && from < t.end)) unscored.push([from, to]);
  }
  // The annotated part ends with the last sentence any markable (event, entity, timex) points into.
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  let lastSentence = 0;
  for (const a of xml.matchAll(/<token_anchor t_id="([^"]*)"/g)) lastSentence = Math.max(lastSentence, sentenceOf.get(a[1]!) ?? 0);
  const after = tokens.find((t) => t.sentence > lastSentence);
  if (after) unscored.push([span.get(after.id)![0], text.length]);
  timexes.sort((a, b) => a.start - b.start);
  // NewsReader annotates "from 2009 to 2011" as a DURATION and, inside it, the two DATEs.
  return { id, text, asOf, timexes, unscored, ranges: "both" };
}

/** "2013-12-10" as is; "03-02-2009" (day-month-year, as a few files write it) → "2009-02-03". */
function creationDay(value: string): string | null {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (iso) return iso;
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null;
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** "April 27 , 2005" → "2005-04-27". */
function datelineDay(line: string): string | null {
  const m = /^([A-Za-z]+) (\d{1,2}) ,? ?(\d{4})$/.exec(line.trim());
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
}
