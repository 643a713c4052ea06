/**
 * What a share in percent is a share of, and when: news tells the losses of an outage, a strike or a
 * cut as shares of what a network or a service carries ("65% of traffic to Norland", "up to 70 per
 * cent of web services in Ostra", "82 percent of Norland's voice capacity"), and tells several
 * parties' shares in one sentence with the measure written once: "55 percent of voice traffic in
 * Ostra, 52 percent in Norland" (the second share is of voice traffic too), "services in Ostra were
 * down by 80 percent, in Norland by 65 percent" (the second is of services). A share's measure is
 * read from the words after it ("of <words>"), else from the nearest share before it in its
 * sentence that names one, else from the subject of its clause ("<words> in <Name> were down by").
 *
 * Traffic, services, capacity, communications, networks and connections are one measure (what a
 * network carries, however an outlet words it); a share of one kind of traffic (voice, data,
 * mobile) is another measure than a share of all of it; any other noun is a measure of its own
 * ("of voters" and "of seats", "of traffic" and "of users").
 *
 * What it is for (occurrence-topics.ts):
 *   - shares of one measure share one topic, whatever noun each outlet used (shareTopic);
 *   - two shares of one named party (share-parties.ts), of one measure, each told with a word of
 *     a loss (down, cut, disrupted, lost, out of service), are one loss told twice: their figures
 *     may be set against each other (oneSharedLoss);
 *   - two shares of two measures are never set against each other (measuresApart), though an
 *     equal figure may still agree;
 *   - a share of some party's loss and a share of the same measure of no party's are a part and a
 *     whole and never meet, even when equal (partAndWhole);
 *   - two shares of losses whose sentences name different months or years ("In January, ... 70 percent",
 *     against a share of this week's outage that names no month) are of two happenings and never
 *     meet (shareTimesApart).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { shareParty } from "./share-parties.js";
import { soleWordAt } from "./word-places.js";
import { MONTH_NAMES, monthWords } from "../values/calendar-words.js";
import { LOSS_FORMS, wordsPattern } from "./breaking.js";

/** A share's measure: the kind of thing it is of, and the kind of traffic when one is named. */
export interface ShareMeasure {
  kind: string;
  medium: string | null;
}

/** Nouns of what a network or a service carries, read as one measure. */
const CARRIED: ReadonlySet<string> = new Set([
  "traffic",
  "service",
  "capacity",
  "capability",
  "communication",
  "network",
  "connection",
  "connectivity",
  "bandwidth",
]);

/** Kinds of traffic: a share of one of them is not a share of all traffic. */
const MEDIA: ReadonlySet<string> = new Set(["voice", "data", "mobile"]);

/** Words that end a measure's noun phrase: prepositions, conjunctions, verbs of being. */
const STOP = String.raw`(?:in|to|with|for|from|across|between|on|at|of|and|or|as|was|were|is|are|has|have|had|will|would|could|can|that|which)`;
/** A noun phrase of one to four words, ended by a stop word, punctuation or the sentence's end. */
const PHRASE = String.raw`((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+${STOP}\b|\s*[,;:.()'’"]|\s*$)`;
/** A name before a possessive: "Norland's", "New Varia's". */
const OWNER = String.raw`(?:(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s*['’]s\s+)`;
/** The words after a share: "of (all) (the) (Norland's) <phrase>". */
const OF = new RegExp(String.raw`^\s*of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?${OWNER}?${PHRASE}`, "u");
/** A figure in percent written with its word, followed by "of": where an earlier share of the sentence names its measure. */
const SHARE_OF = /(?:%|\bper\s*cent\b|\bpercent\b)(?=\s+of\s)/giu;
/** The subject of a share's clause: "<phrase> in <Name> were down by", "cut capacity in <Name> by". */
const SUBJECT = new RegExp(String.raw`(?<![\p{L}-])((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:in|to|with|for|from)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b|by\s)`, "u");
/** A possessive before a share: "cut Norland's voice capacity by 40%". */
const OWNED = new RegExp(String.raw`${OWNER}((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$`, "u");
/** A party named before a share in its clause: "in Norland by", "services in Ostra were down by up to". */
const TOLD_BEFORE = /\b(?:in|to|with|for|from)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+[\p{L}-]+){0,3}?\s+(?:by|at)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/u;
/** Words a measure's phrase starts with that are no part of it. */
const LEADING = /^(?:the|a|an|its|their|all|some|and|or|but|while|that|which)$/u;

/** The measure a share in percent is of, or null when none is read (a change: "fell 5 percent"). */
export const shareMeasure: (c: Claim) => ShareMeasure | null = oncePerClaim((c) => {
  if (c.value.type !== "quantity" || c.value.unit !== "percent") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const after = c.sentence.slice(at + c.text.length);
  const own = OF.exec(after);
  if (own) return measureOf(own[1]!);
  const owned = OWNED.exec(c.sentence.slice(0, at));
  if (owned) return measureOf(owned[1]!);
  // (a share told without its measure, after one that names it: "55 percent of voice traffic in Ostra, 52 percent in Norland")
  if (!/^\s*(?:in|to|with|for|from)\s+(?:the\s+)?\p{Lu}/u.test(after) && !TOLD_BEFORE.test(c.sentence.slice(0, at))) return null;
  const before = c.sentence.slice(0, at);
  let last = -1;
  for (const m of before.matchAll(SHARE_OF)) last = m.index + m[0].length;
  if (last >= 0) {
    const earlier = OF.exec(before.slice(last));
    if (earlier) return measureOf(earlier[1]!);
  }
  const subject = SUBJECT.exec(before);
  return subject ? measureOf(subject[1]!) : null;
});

/** A measure from its phrase: the last word is its noun (singular), a kind of traffic before it its medium. */
function measureOf(phrase: string): ShareMeasure | null {
  const words = phrase.toLowerCase().split(/\s+/u);
  while (words.length > 0 && LEADING.test(words[0]!)) words.shift();
  const head = words.at(-1);
  if (head === undefined) return null;
  const noun = singular(head);
  const medium = words.slice(0, -1).find((w) => MEDIA.has(w)) ?? null;
  return { kind: CARRIED.has(noun) ? "traffic" : noun, medium };
}

function singular(word: string): string {
  if (/ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/u.test(word)) return word;
  return word.replace(/s$/u, "");
}

/** The topic a share of what a network carries takes, whatever noun tells it: "frame:percent/traffic"; null for any other figure. */
export function shareTopic(c: Claim): string | null {
  return shareMeasure(c)?.kind === "traffic" ? "frame:percent/traffic" : null;
}

/**
 * Two shares never set against each other: of two measures ("82 percent of voice traffic" and
 * "65% of traffic"; "40% of voters" and "40% of seats"), or of one measure where one names its
 * party and the other none ("39% with Norland" and "70% of traffic between the continents": a part
 * and a whole). Equal figures may still agree.
 */
export function measuresApart(a: Claim, b: Claim): boolean {
  const [ma, mb] = [shareMeasure(a), shareMeasure(b)];
  if (ma === null || mb === null) return false;
  return ma.kind !== mb.kind || ma.medium !== mb.medium || owned(a) !== owned(b);
}

/** A share of some party's: one named (share-parties.ts), or one a pronoun stands for ("losing 70 percent of their traffic"). */
function owned(c: Claim): boolean {
  if (shareParty(c) !== null) return true;
  const at = soleWordAt(c.sentence, c.text);
  return at >= 0 && OWNED_BY_PRONOUN.test(c.sentence.slice(at + c.text.length));
}
const OWNED_BY_PRONOUN = /^\s*of\s+(?:all\s+)?(?:their|its|his|her|our)\s/iu;

/**
 * A part and a whole: two shares of one measure, each of a loss, one some party's and the other
 * of no party ("Kell lost 70 percent of its traffic" and "as much as 70% of traffic between the
 * continents was cut"). Two figures, even when equal: they never meet.
 */
export function partAndWhole(a: Claim, b: Claim): boolean {
  const [ma, mb] = [shareMeasure(a), shareMeasure(b)];
  if (ma === null || mb === null || ma.kind !== mb.kind || ma.medium !== mb.medium) return false;
  return owned(a) !== owned(b) && LOSS.test(a.sentence) && LOSS.test(b.sentence);
}

/**
 * A month (capitalised: "may" is a verb), in full or cut short ("Sept."), a year, or a month's
 * adjective ("the January incident").
 */
const TIME_NAME = new RegExp(String.raw`\b(?:(?:${monthWords({ forms: "both" })})\b\.?|(?:19|20)\d\d\b)`, "gu");

/** A time name as one word in small letters: a month cut short by its full name ("Sept." is "september"). */
function timeName(word: string): string {
  const stem = word.slice(0, 3);
  const month = /^\p{Lu}/u.test(word) ? MONTH_NAMES.find((m) => m.startsWith(stem)) : undefined;
  return (month ?? word).toLowerCase();
}

/**
 * The months and years the sentence of a share of a loss names ("january", "march 2008"), in
 * order, as one string; "" when it names none; null for a figure that is not a share of a measure
 * or is told with no word of a loss ("used on 70 percent of computers, figures from May show").
 */
export const shareTime: (c: Claim) => string | null = oncePerClaim((c) => {
  if (shareMeasure(c) === null || !LOSS.test(c.sentence)) return null;
  const names = [...c.sentence.matchAll(TIME_NAME)].map((m) => timeName(m[0]));
  return [...new Set(names)].sort().join(" ");
});

/** Two shares whose sentences name different months or years, or one names some and the other none: two happenings. */
export function shareTimesApart(a: Claim, b: Claim): boolean {
  const [ta, tb] = [shareTime(a), shareTime(b)];
  return ta !== null && tb !== null && ta !== tb;
}

/**
 * A word of a loss of service: a word of breaking, outage or losing (breaking.ts: cut, severed,
 * disrupted, lost, knocked out, an outage), or one a share's own fall is told with: down, offline,
 * out of service, affected, fell, dropped.
 */
const LOSS = wordsPattern([...LOSS_FORMS, "down", "offline", "out of service", "affected", "fell", "dropped"], "iu");

/**
 * One party's loss told twice: two shares of one named party and one measure, told at one time,
 * each in a sentence with a word of a loss. Positive evidence that their figures are of one
 * occurrence ("65% of traffic to Norland was down" and "60 per cent in Norland were disrupted").
 */
export function oneSharedLoss(a: Claim, b: Claim): boolean {
  const [pa, pb] = [shareParty(a), shareParty(b)];
  if (pa === null || pa !== pb) return false;
  const [ma, mb] = [shareMeasure(a), shareMeasure(b)];
  if (ma === null || mb === null || ma.kind !== mb.kind || ma.medium !== mb.medium || shareTimesApart(a, b)) return false;
  return LOSS.test(a.sentence) && LOSS.test(b.sentence);
}

/** What the readings above take of one share, as one string: two shares with one key are apart from, and meet, the same shares. */
export function shareKey(c: Claim): string {
  const m = shareMeasure(c);
  return m === null ? "" : `${m.kind}|${m.medium ?? ""}|${owned(c)}|${LOSS.test(c.sentence)}|${shareTime(c) ?? "-"}`;
}
