/**
 * normalize: Candidate → Claim. The value layer has already turned the expression into an
 * interval; this stage places the claim (line, column), turns a quantity's framing date into a
 * time frame ("since 2021" → 2021 up to the document's date) or, for a level that changes over
 * time stated without one, takes the document's year (impliedFrame), and gives the claim a
 * stable id.
 */
import * as crypto from "node:crypto";
import { position } from "../ingest/line-index.js";
import { inRuleUnit, withinLimits } from "../ruleset/value-keys.js";
import { earlierWeek } from "./earlier-week.js";
import type { Candidate, Claim, CompiledRule, DateValue, RangeValue, SourceDocument } from "../types.js";

/** "since 2021" runs from the start of 2021 to the document's date (or the end of 2021 when unknown). */
const OPEN_ENDED = new Set(["since", "from", "starting", "starting in", "beginning in", "after"]);

/**
 * "through 2017", "until 2017" close a span that runs from the year it is written in: "$27 million a
 * year through 2017" written in 2008 is the years 2008–2017, not 2017 alone (so it still fits a
 * figure of 2008). Counted from the start of the document's year, so that two reports of one year
 * frame it alike; a date no later than the document's year stays as it is.
 */
const CLOSING = new Set(["through", "until"]);

export function frameValue(frame: Candidate["frame"], asOf: string | null): DateValue | RangeValue | null {
  const v = frame?.mention.value;
  if (!frame || !v || v.type === "quantity") return null;
  if (OPEN_ENDED.has(frame.signal)) {
    const end = asOf && asOf > v.end ? asOf : v.end;
    return { type: "range", start: v.start, end, granularity: v.granularity };
  }
  if (CLOSING.has(frame.signal) && asOf && asOf.slice(0, 4) < v.start.slice(0, 4)) {
    return { type: "range", start: `${asOf.slice(0, 4)}-01-01`, end: v.end, granularity: "year" };
  }
  return v;
}

/**
 * A level that changes over time — the figure of a quantity rule not `anchored` to single events:
 * trade, aid, refugees, tariffs — stated without a time frame is taken as of its document's year.
 * "Exports of $658,637,457" in the 1866 address and "$2,000,000,000" in 1916 count different
 * years: they diverge, they do not contradict. Null for dates, anchored rules (a toll belongs to
 * its attack, not to the year it is reported) and undated documents (whose claims are marked
 * frameImplied with no frame: their period is unknown, see normalize).
 */
export function impliedFrame(rule: CompiledRule, doc: SourceDocument, value: Claim["value"]): DateValue | null {
  if (value.type !== "quantity" || rule.anchored || !doc.date) return null;
  const year = doc.date.slice(0, 4);
  return { type: "date", start: `${year}-01-01`, end: `${year}-12-31`, granularity: "year", approximate: false };
}

/**
 * The sha256 of a string, in hex: by the one-shot crypto.hash where Node has it (20.12 and later),
 * a few times faster than a Hash object for a claim's few dozen characters; else by createHash.
 * The same digest either way.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");

export function claimId(c: Pick<Candidate, "rule" | "document" | "offset"> & { length: number; text: string }): string {
  return `c-${sha256Hex(`${c.rule}\u0000${c.document}\u0000${c.offset}\u0000${c.length}\u0000${c.text}`).slice(0, 12)}`;
}

/**
 * Where a date's claim starts within its expression: past words that say nothing of the date a
 * reader checks — a leading article ("the end of July" → "end of July", "the week beginning 17
 * October" → "week beginning 17 October"), a clock time before the day it falls on ("11:30
 * p.m. on Saturday" → "Saturday", "about 11am on Friday" → "Friday": the claim is the day), and a
 * part of the day before its day ("the night of Sept. 13" → "Sept. 13").
 */
export function dateClaimStart(text: string): number {
  const clock = /^\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)\s+on\s+(?=\p{L}|\d)/iu.exec(text);
  if (clock) return clock[0].length;
  // a part of the day before the day it is of: "the night of Sept. 13" → "Sept. 13"
  const part = /^(?:[Tt]he\s+)?(?:[Nn]ight|[Mm]orning|[Ee]vening|[Aa]fternoon)\s+of\s+(?=\p{Lu}|\d)/u.exec(text);
  if (part) return part[0].length;
  const article = /^the\s+(?=\p{L})/iu.exec(text);
  return article ? article[0].length : 0;
}

/**
 * Where a length of time's claim starts within its expression: past "the past", "the last", "the
 * next", "the first" …, which only say where the stretch lies ("for the past five years" → "five
 * years", "in the first 100 days" → "100 days"): the claim is the length. Must skip those; must not
 * skip a qualifier of the figure ("about five years", "more than 100 days") nor a bare article ("the
 * five years he served").
 */
export function durationClaimStart(text: string): number {
  // (a count must follow: "the past year" is one stretch told by its unit alone, and stays whole)
  const m = /^the\s+(?:past|last|previous|first|next|coming|following|final|initial)\s+(?=\d|\p{L}+[\s-]+\p{L})/iu.exec(text);
  return m ? m[0].length : 0;
}

const TIME_UNITS: ReadonlySet<string> = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]);

/**
 * A figure said of the time of a happening told elsewhere, right after it: "who was 18 at the time
 * of the shooting", "he was 41 at the time", "a 30-year-old at that time". Its period is that
 * happening's, which the sentence does not date: not its document's year. Must match " at the
 * time of the crash", " years old at the time", ", at the time,"; must not match " at the
 * scene", " at the time of writing" (the report's own time), " times a day".
 */
export function ofThatTime(after: string): boolean {
  return /^(?:[\s-]*years?[\s-]+old)?\s*,?\s*at\s+(?:the|that)\s+time\b(?!\s+of\s+(?:writing|going\s+to\s+press|publication))/i.test(after);
}

/**
 * An age set between commas beside a name ("Ann Lee, 32, was hurt", "… and Ben Roe, 11."): whether
 * it is the person's age when the thing the sentence dates happened or when the report was
 * written, the sentence does not say; "then 32" or "who was 32" would. Must match ("Ann Lee, "
 * before, ", was hurt" / " and" / "." after); must not match "then 32", "was 32", "aged 32 in",
 * "a 32-year-old".
 */
export function inApposition(before: string, after: string): boolean {
  return /\p{L}\s*,\s*$/u.test(before) && /^\s*(?:,|\.|;|\)|and\b|$)/.test(after);
}

export function normalize(found: Candidate, rule: CompiledRule, doc: SourceDocument): Claim | null {
  const v0 = found.mention.value;
  const skip = v0?.type === "date" || v0?.type === "range" ? dateClaimStart(found.mention.text) : v0?.type === "quantity" && TIME_UNITS.has(v0.unit) ? durationClaimStart(found.mention.text) : 0;
  const candidate = skip === 0 ? found : { ...found, offset: found.offset + skip, mention: { ...found.mention, offset: found.mention.offset + skip, length: found.mention.length - skip, text: found.mention.text.slice(skip) } };
  const { mention } = candidate;
  if (!mention.value) return null;
  // The rule counts people and the text names no unit, and extract took the bare count only where one
  // of the rule's words governs it ("the toll exceeded 2,800"): people is implied.
  // The unit as the rule compares it (unit-aliases: "magnitude" → none, "homer" → "run").
  // "On Monday in Keld …" after "two [fires] last week, in Dunmore and Keld": last week's Monday
  const sentenceStart = found.offset - found.mention.offset;
  const dated = earlierWeek(mention.value, mention.pattern, doc.text, sentenceStart, candidate.sentence, doc.date);
  const read = inRuleUnit(rule, dated);
  const value = read.type === "quantity" && read.unit === "" && rule.units.includes("person") ? { ...read, unit: "person" } : read;
  // A measure's own value limits ("injured" between 0 and 10,000), once the measure is known.
  if (!withinLimits(rule, candidate.measure, value)) return null;
  const { line, column } = position(doc.lineStarts, candidate.offset);
  const after = candidate.sentence.slice(mention.offset + mention.length);
  // "Ann Lee, 32, and Ben Roe, 11, were hurt in May 2030": an age set beside a name is not dated by the sentence's date (unknown)
  const apposed = value.type === "quantity" && candidate.claimFrame?.counted === "age" && inApposition(candidate.sentence.slice(0, mention.offset), after);
  const stated = apposed ? null : frameValue(candidate.frame, doc.date);
  // "who was 18 at the time of the shooting": of the time of a happening the text told, not of the report's year
  const then = (apposed && candidate.frame !== null) || (!stated && value.type === "quantity" && ofThatTime(after));
  const implied = stated || then ? null : impliedFrame(rule, doc, value);
  // A level stated without a period in a document with no date: its period is unknown (frame null).
  const unknown = then || (!stated && !implied && value.type === "quantity" && !rule.anchored && !doc.date);
  return {
    id: claimId({ ...candidate, length: mention.length, text: mention.text }),
    rule: rule.id,
    topic: rule.topic,
    measure: candidate.measure,
    document: doc.path,
    line,
    column,
    offset: candidate.offset,
    length: mention.length,
    text: mention.text,
    value,
    sentence: candidate.sentence,
    frame: stated ?? implied,
    ...(implied || unknown ? { frameImplied: true } : {}),
    actors: candidate.actors,
    trigger: candidate.trigger,
    provenance: candidate.provenance,
    ...(candidate.claimFrame ? { claimFrame: candidate.claimFrame } : {}),
  };
}
