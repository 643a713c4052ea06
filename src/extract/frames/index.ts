/**
 * The claim-frame stage: one ClaimFrame per value of a tagged sentence, built by small components
 * that each add one annotation, in this order (like chrono's refiners):
 *   1. nameParts    numbers inside names, addresses, links: no frame (the others skip them)
 *   2. counted      the counted noun or the attribute, and where the value's phrase ends
 *   2b. elidedNoun  a bare count takes the noun a figure before it names ("13 points, while Moss
 *                   added 12"; needs 2)
 *   3. predicate    the verb or event noun the value completes (needs 2: the phrase's end)
 *   4. determiner   a singular "one", "a" that picks out a source or a member, not a count: no
 *                   frame ("one witness said", "one of the reasons"; needs 3: what happened to it)
 *   5. participants event, place, agent, patient, recipient (needs 3: roles hang on the verb)
 *   5b. holder      whose measure a size, weight or age is ("the 62-metre vessel"; needs 2)
 *   5c. share       a share of a breakdown ("Vale province-20") takes its total's verb and its
 *                   own name as its place (needs 2, 3 and 5)
 *   6. time         running tally and time of report
 *   7. attribution  who says so
 *   8. modality     negated, forecast, hypothetical, comparison base, increment, approximate (needs 3)
 *   9. dateHappening for a date, the happening it dates in place of the word its phrase hangs on
 *                   (needs 3 and 5; last, since 4–8 read the predicate's own word)
 */
import type { ClaimFrame, IsoDay, Mention, TaggedToken } from "../../types.js";
import { attribution } from "./attribution.js";
import { counted } from "./counted.js";
import { dateHappening } from "./date-happening.js";
import { determiner } from "./determiner.js";
import { elidedNoun } from "./elided-noun.js";
import { modality } from "./modality.js";
import { holder } from "./holder.js";
import { nameParts } from "./name-part.js";
import { participants } from "./participants.js";
import { predicate } from "./predicate.js";
import { share } from "./share.js";
import type { FrameComponent, FrameSentence, Reading, ValueSpan } from "./sentence.js";
import { time } from "./time.js";

export type { Reading } from "./sentence.js";

export const COMPONENTS: readonly FrameComponent[] = [nameParts, counted, elidedNoun, predicate, determiner, participants, holder, share, time, attribution, modality, dateHappening];

/**
 * The tokens a mention covers (sentence offsets): first token ending after its start … last starting
 * before its end. Tokens come in order and do not overlap, so both ends are found by binary search.
 */
function spanOf(tokens: readonly TaggedToken[], m: Mention): ValueSpan | null {
  const end = m.offset + m.length;
  // the first token that ends after the mention's start
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > m.offset) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  if (first >= tokens.length || tokens[first]!.start >= end) return null;
  // the last token that starts before the mention's end
  lo = first;
  hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start < end) lo = mid;
    else hi = mid - 1;
  }
  return { mention: m, first, last: lo };
}

/** A count the value layer adds up from parts: "two women and one man" (3 people). */
const isComposite = (m: Mention): boolean => m.parts !== undefined && m.parts.length > 0 && m.kind === "quantity";

/**
 * Read the frames of a sentence's values (mentions with sentence offsets), in the mentions' order.
 * A composite count ("two women and one man died") is read twice: whole, as one count of people
 * that completes the verb, and through its numbered parts, each with its own frame as if it stood
 * alone ("two" women died, "one" man died); both become claims.
 */
export function readFrames(text: string, tagged: readonly TaggedToken[], mentions: readonly Mention[], documentDate: IsoDay | null): Reading[] {
  const tokens = namesNotVerbs(tagged);
  if (!mentions.some(isComposite)) return readSpans(text, tokens, mentions, documentDate);
  const parts = mentions.flatMap((m) => (isComposite(m) ? m.parts!.filter((p) => p.pattern !== "quantity/indefinite-person") : [m]));
  const wholes = readSpans(text, tokens, mentions, documentDate).filter((r) => isComposite(r.value.mention));
  return [...readSpans(text, tokens, parts, documentDate), ...wholes].sort(
    (a, b) => a.value.mention.offset - b.value.mention.offset || b.value.mention.length - a.value.mention.length,
  );
}

function readSpans(text: string, tokens: readonly TaggedToken[], mentions: readonly Mention[], documentDate: IsoDay | null): Reading[] {
  const values = mentions.map((m) => spanOf(tokens, m)).filter((v): v is ValueSpan => v !== null);
  const sentence: FrameSentence = { text, tokens, values, documentDate };
  const readings: Reading[] = values.map((value) => ({
    value,
    notAClaim: null,
    counted: null,
    countedAt: -1,
    holder: null,
    phraseEnd: value.last,
    predicate: null,
    participants: [],
    tally: false,
    reportedAt: documentDate,
    attribution: null,
    modality: [],
  }));
  for (const component of COMPONENTS) component(sentence, readings);
  return readings;
}

/** A word in lower case of four letters or more; a capitalized word (each built once, not per token). */
const LOWER_WORD = /^\p{Ll}{4,}/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;

/**
 * A capitalized word that the tagger reads as a verb right after a name, inside a sentence
 * written in sentence case, is part of the name ("on Mount Sefton in the Aoraki Mount Cook
 * National Park": "Cook" is no verb whose subject is "the Aoraki Mount"). A headline in title
 * case ("Climber Dies After Fall") keeps its verbs.
 */
function namesNotVerbs(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  // (title case: no lower-case word longer than a short function word, "in", "of", "the")
  if (!tokens.some((t) => LOWER_WORD.test(t.text))) return tokens;
  let out: TaggedToken[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "VERB" || !CAPITALIZED.test(t.text) || (out ?? tokens)[i - 1]!.pos !== "PROPN") continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: "PROPN" };
  }
  return out ?? tokens;
}

/** The ClaimFrame a reading amounts to (plain data, as the report shows it). */
export function claimFrameOf(r: Reading): ClaimFrame {
  return {
    counted: r.counted,
    predicate: r.predicate ? { lemma: r.predicate.lemma, voice: r.predicate.voice } : null,
    participants: r.participants,
    time: { tally: r.tally, reportedAt: r.reportedAt, ...(r.reportedUntil ? { reportedUntil: r.reportedUntil } : {}) },
    attribution: r.attribution,
    modality: r.modality,
    ...(r.subjectToldBack ? { subjectToldBack: r.subjectToldBack } : {}),
  };
}

/** Attributes: the value measures something of a holder rather than counting things. */
const ATTRIBUTES = new Set(["magnitude", "age", "capacity", "distance", "length", "width", "depth", "speed", "area", "height", "weight", "percent", "score", "duration", "children", "caliber"]);

/**
 * A stable rule id for a value no rule claims, from its frame: "frame:kill/person" (predicate,
 * counted thing), "frame:magnitude/earthquake" (attribute, its holder or event), "frame:arrest/date".
 * Null when the frame says too little to name a topic (no predicate and nothing counted).
 */
export function frameRuleId(r: Reading): string | null {
  const kind = r.value.mention.kind;
  const lemma = r.predicate?.lemma ?? null;
  if (kind === "date" || kind === "range" || kind === "time") return lemma ? `frame:${slug(lemma)}/date` : null;
  if (r.counted && ATTRIBUTES.has(r.counted)) {
    const holder = r.holder ?? r.participants.find((p) => p.role === "event")?.key ?? lemma;
    // a bare length of time ("for years") says nothing of an event
    if (r.counted === "duration" && !holder) return null;
    return `frame:${r.counted}/${holder ? slug(holder) : "-"}`;
  }
  if (!lemma && !r.counted) return null;
  return `frame:${lemma ? slug(lemma) : "-"}/${r.counted ? slug(r.counted) : "-"}`;
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "-";
