/**
 * One statement dated by the words it quotes. Obituaries and profiles retell what someone once
 * said or admitted, with the words and the time ("in 2004, at 80, she told a radio host: 'I never
 * sold a single painting I liked'", "admitting in 2005: 'I never sold a single painting I liked'"),
 * each with its own verb (told, said, admitted, wrote). A quotation of many words given alike by two
 * reports is one statement, said once: the dates the reports give for its saying are one
 * occurrence's, and they agree when one lies inside the other and conflict when they miss.
 *
 * A date is taken for the saying of a quotation when, in its sentence,
 *   - a quotation of QUOTED_WORDS words or more ("…", “…”, ``…'', "…") opens after the date, with
 *     at most BETWEEN words and no stop between them;
 *   - a verb of saying or of making known (said, told, admitted, revealed, wrote …) stands between
 *     the date and the quotation, or right before the date ("admitting in 2005: '…'");
 *   - and the date is a calendar date (a year, a month, a day with its year known), of a story.
 * A quotation set on a line of its own after a line that ends with the date and a colon ("he broke
 * cover, admitting in 2005:" and then "'I never sold …'") is read as the one that colon opens
 * (quotedLinesOf, learnt from each document's text before grouping: learnQuotedLines). So is a
 * quotation that opens the paragraph after a sentence that dates a disclosure near its end (a
 * predicate of the class "disclose": "he denied it until finally coming forward in May 2005." and
 * then "'I never sold …,' she told a radio host."), when a verb of saying follows the quotation on
 * its line: the paragraph gives the words the disclosure was made in.
 * Two such dates are grouped when they are of two reports of one story and quote the same words
 * (compared in lower case, letters and digits only). A line said again on another day is most often
 * short ("we will win"); so many words said alike twice are rare, and QUOTED_WORDS is high.
 *
 * Must group: "in 2004 she told a radio host, 'I never sold a single painting I liked'" and
 * "admitting in 2005: 'I never sold a single painting I liked'" (to conflict); and with "in May
 * 2004 she said: '…'" (to agree). Must not: two quotations that differ in a word; a quotation of
 * five words; a date after the quotation ("'…,' she said, in a book published in 2005"); a date
 * in another clause ("She retired in 2004. Later she said: '…'"); one report; two stories.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, byContent, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { oncePerClaim } from "./per-claim.js";
import { classesOfClaim } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";

/** Words a quotation must hold to be taken for one statement wherever it is quoted. */
const QUOTED_WORDS = 8;

/** Words that may stand between the date and the quotation ("in 2004, at the age of 80, she told a radio host, '…'"). */
const BETWEEN = 12;

/** A quotation: `` … '', " … ", “ … ”. */
const QUOTATION = /``\s*(.+?)\s*''|"([^"]+)"|“([^”]+)”/g;

/** A verb of saying or of making known, as written. */
const SAYING = /\b(?:said|says|saying|told|tells|telling|admitted|admits|admitting|revealed|reveals|revealing|confessed|confessing|wrote|writes|writing|declared|declaring|stated|insisted|conceded|acknowledged|announced|confided)\b/i;

/** How much of the sentence right before the date is read for the verb ("admitting in 2005"). */
const BEFORE_DATE = 24;

/** The words of a quotation as compared: lower case, letters and digits only. */
function wordsOf(quoted: string): string[] {
  return (quoted.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * A quotation that opens the line after a line ending in a colon or a full stop: the offset of
 * that mark, the mark, the quotation's words, and whether a verb of saying follows the quotation
 * on its line ("'…,' she told a radio host").
 */
export interface QuotedLine {
  end: number;
  mark: ":" | ".";
  words: string;
  saidAfter: boolean;
}

/** A colon or a full stop that ends a line, blank lines, and the opening of a quotation on the next. */
const LINE_THEN_QUOTE = /([:.])[ \t]*(?:\r\n|\r|\n)\s*(?=``|"|“)/g;

/** How much of a quoted line after its quotation is read for the verb of saying. */
const AFTER_QUOTE = 40;

/**
 * The quotations of a text that open a line after a line ending in a colon or a full stop, of
 * QUOTED_WORDS words or more (see the header). Must read: "admitting in 2005:" then "'I never sold
 * a single painting I liked.'". Must not: a colon in mid-line; a next line that opens with no
 * quotation mark; a quotation of five words.
 */
export function quotedLinesOf(text: string): QuotedLine[] {
  if (!/["“`]/.test(text)) return [];
  const out: QuotedLine[] = [];
  for (const m of text.matchAll(LINE_THEN_QUOTE)) {
    const open = m.index! + m[0].length;
    const lineEnd = text.slice(open).search(/\r|\n/);
    const line = text.slice(open, lineEnd < 0 ? text.length : open + lineEnd);
    QUOTATION.lastIndex = 0;
    const q = QUOTATION.exec(line);
    if (q === null || q.index !== 0) continue;
    const words = wordsOf(q[1] ?? q[2] ?? q[3] ?? "");
    const saidAfter = SAYING.test(line.slice(q[0].length, q[0].length + AFTER_QUOTE));
    if (words.length >= QUOTED_WORDS) out.push({ end: m.index!, mark: m[1] === ":" ? ":" : ".", words: words.join(" "), saidAfter });
  }
  return out;
}

/** The quotations after colons of each document, learnt before grouping (learnQuotedLines). */
const quotedLines = new Map<string, readonly QuotedLine[]>();

/** Learns each document's quotations after colons; forgets those of an earlier scan. */
export function learnQuotedLines(documents: readonly { path: string; quotedLines?: readonly QuotedLine[] }[]): void {
  quotedLines.clear();
  for (const d of documents) if (d.quotedLines && d.quotedLines.length > 0) quotedLines.set(d.path, d.quotedLines);
}

/** The quotation that opens the line after a claim's sentence, when the sentence ends its line with a colon or a full stop. */
function quotedOnNextLine(c: Claim, at: number): QuotedLine | null {
  const s = c.sentence;
  if (!s.endsWith(":") && !s.endsWith(".")) return null;
  const end = c.offset + (s.length - 1 - at);
  return quotedLines.get(c.document)?.find((q) => q.end === end) ?? null;
}

/**
 * The quotation whose saying a claim dates (see the header), keyed with its story: "s-1|i never
 * sold a single painting i liked"; null for any other claim.
 */
export const quotedStatementKey: (c: Claim) => string | null = oncePerClaim((c) => {
  const v = c.value;
  if (v.type !== "date" || v.start === null || c.story === undefined) return null;
  const s = c.sentence;
  // (cheap gate: a sentence with no quotation mark, of a report with no quoted line)
  if (!/["“`]/.test(s) && !quotedLines.has(c.document)) return null;
  const at = s.indexOf(c.text);
  if (at < 0) return null;
  const end = at + c.text.length;
  const said = (upTo: number): boolean => {
    const between = s.slice(end, upTo);
    if (/[.;!?]/.test(between) || wordsOf(between).length > BETWEEN) return false;
    return SAYING.test(between) || SAYING.test(s.slice(Math.max(0, at - BEFORE_DATE), at));
  };
  for (const m of s.matchAll(QUOTATION)) {
    if (m.index! < end) continue;
    if (!said(m.index!)) return null;
    const words = wordsOf(m[1] ?? m[2] ?? m[3] ?? "");
    return words.length >= QUOTED_WORDS ? `${c.story}|${words.join(" ")}` : null;
  }
  const next = quotedOnNextLine(c, at);
  if (next === null) return null;
  if (next.mark === ":") return said(s.length - 1) ? `${c.story}|${next.words}` : null;
  // (a disclosure dated near the end of its sentence, its words quoted in the next paragraph with their speaker)
  const near = !/[;!?]/.test(s.slice(end, -1)) && wordsOf(s.slice(end)).length <= BETWEEN;
  return next.saidAfter && near && (classesOfClaim(c) ?? []).includes("disclose") ? `${c.story}|${next.words}` : null;
});

/**
 * Groups of one quoted statement's dates (see the header): the claims of two reports or more that
 * date the saying of one quotation, all in one group, unless the groups so far hold them together.
 */
export function quotedStatementGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const buckets = bucketsBy(claims, quotedStatementKey).filter((bucket) => fromTwoReports(bucket));
  if (buckets.length === 0) return [];
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    const members = [...bucket].sort(byContent);
    if (!tellsAnew(members, grouped)) continue;
    members.sort(byPlace);
    out.push(toldAsOneGroup("quote", members, "one quoted statement's date", "single"));
  }
  return out;
}
