/**
 * One sentence told again with its relative day. An outlet updates a report days later, or another
 * outlet copies it, and the sentence keeps its relative day ("took place this morning", "were found
 * on Saturday"); each report's own date reads that day anew, so one happening gets two days. The
 * claims may reach two topics (one copy says "took place", the other "was heard"), and a topic of
 * recurring happenings keeps two days apart, so nothing compared them. Here they are brought
 * together when
 *   - the two claims are in two documents of one story, and their days differ;
 *   - each is written with a relative day and no month or year ("this morning", "on Saturday about
 *     8.40am", "yesterday"), the same day word in both (RELATIVE_DAY), in a sentence that does not
 *     write its day out too ("this morning, 16th August": DAY_IN_SENTENCE);
 *   - the two sentences are one sentence told again: at least MIN_WORDS words each, and at least
 *     SHARED of the words of each found in the other (a word changed here and there: "mum" and
 *     "mother", "took place at" and "was heard in").
 * The group is one of recurring happenings, so its differing days diverge and never contradict:
 * the words alone cannot tell which reading of the day is right, only that they differ.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, groupedTogether, tiedSets, toldAsOneGroup } from "./overlaps.js";
import { byPlace } from "./same-figure.js";
import { monthWords } from "../values/calendar-words.js";

/** The words of a relative day: a weekday, or a day counted from the report's own day, or a part of today. */
const RELATIVE_DAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/i;

/** A month's name or a year written out: such a date is not read anew by each report's day. */
const WRITTEN_OUT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * A day written out in the sentence ("this morning, 16th August"): the sentence tells its day
 * itself, and a reading of its relative word that misses it is the reader's slip, not the reports'.
 * (Month names capitalised: "may" is a verb too.)
 */
const MONTH = monthWords({ forms: "both" });
const DAY_IN_SENTENCE = new RegExp(String.raw`\b(?:${MONTH})\b\.?\s*\d|\d\s*(?:${MONTH})\b|\b\d{1,2}(?:st|nd|rd|th)\b`);

/** Words a sentence must have for two of its tellings to be told apart from two sentences of one formula. */
const MIN_WORDS = 10;

/** The share of each sentence's words the other must hold. */
const SHARED = 0.85;

/** The relative day word a date claim is written with ("this morning", "saturday"); null when it has none or names a month or year. */
function relativeDay(c: Claim): string | null {
  if (c.value.type !== "date" || WRITTEN_OUT.test(c.text) || DAY_IN_SENTENCE.test(c.sentence)) return null;
  const m = RELATIVE_DAY.exec(c.text);
  return m ? m[1]!.toLowerCase() : null;
}

/** The distinct words of a sentence, lower-cased, of three letters or more (read once per sentence of a scan's claims). */
function wordsOf(sentence: string): ReadonlySet<string> {
  let known = sentenceWords.get(sentence);
  if (known === undefined) sentenceWords.set(sentence, (known = new Set(sentence.toLowerCase().match(/\p{L}{3,}/gu) ?? [])));
  return known;
}
/** Sentences' words while one scan's groups are formed (cleared after: retoldDayGroups). */
const sentenceWords = new Map<string, ReadonlySet<string>>();

function shareOf(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / x.size;
}

/**
 * Two sentences that are one sentence told again (see the header). Must hold: a sentence and its
 * copy with "mum" for "mother" and "was heard in" for "took place at". Must not: two sentences of
 * one formula that share a few words ("a man was arrested on Saturday", "a woman was arrested on
 * Saturday"); a sentence and another of the same story about the same people.
 */
export function oneSentenceRetold(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.size < MIN_WORDS || y.size < MIN_WORDS) return false;
  return shareOf(x, y) >= SHARED && shareOf(y, x) >= SHARED;
}

/** Two claims of one relative day in one sentence told again, read as two days (see the header). */
export function retoldDay(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story !== b.story || a.value.type !== "date" || b.value.type !== "date") return false;
  if (a.value.start === b.value.start && a.value.end === b.value.end) return false;
  const day = relativeDay(a);
  return day !== null && day === relativeDay(b) && oneSentenceRetold(a.sentence, b.sentence);
}


/**
 * Groups of one sentence told again whose relative day two reports read as two days: one group
 * for each set of claims tied pair by pair, of recurring cardinality (their days diverge).
 * Claims are bucketed by story and day word, and compared within a bucket only.
 */
export function retoldDayGroups(claims: readonly Claim[], topics: ReadonlyMap<Claim, string>, groups: readonly ClaimGroup[] = []): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => {
    const day = relativeDay(c);
    return day === null || !topics.has(c) ? null : `${c.story ?? ""}|${day}`;
  });
  const out: ClaimGroup[] = [];
  for (const unsorted of buckets) {
    const bucket = [...unsorted].sort(byPlace);
    if (bucket.length < 2 || bucket.length > BUCKET_CAP) continue;
    // (tied pair by pair: a claim joins the set of any claim it is a retelling of)
    for (const members of tiedSets(bucket, retoldDay)) {
      // (only what the topics' groups do not already hold together)
      if (members.length < 2 || members.every((a, i) => members.slice(i + 1).every((b) => grouped(a, b)))) continue;
      const id = topics.get(members[0]!)!;
      out.push(toldAsOneGroup("retold", members, `${id.replace(/^frame:/, "")} (one sentence told again)`, "recurring", id));
    }
  }
  sentenceWords.clear();
  return out;
}

/** Claims compared within one bucket at most (a day word a story gives hundreds of times). */
const BUCKET_CAP = 400;
