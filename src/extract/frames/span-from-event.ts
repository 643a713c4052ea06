/**
 * Lengths of time measured from another happening whose own verb the predicate reading passes
 * over, so that they made no claim:
 *  - a disclosure told that long after or before another moment ("revealed herself as the source
 *    30 years after she tipped off reporters", "admitted it two days later", "came forward a year
 *    after the trial": a phrase of disclosure is a revelation, DISCLOSURE): a verb of making
 *    something known is a reporting verb, which a figure's predicate reading skips ("police said
 *    12"); right before "after", "before", "later" or "earlier" the disclosure is the happening
 *    measured (predicate.ts offsetOf then makes it the holder: frame:duration/reveal);
 *  - "It was thirty four years before she broke cover", "It was a week before the pump was
 *    fixed": a length of time that an empty "it was" states, followed by "before"/"after"/
 *    "until" and a clause, measures that clause's happening (its first verb);
 *  - "Twelve hours into the investigation, …": how far into a happening the sentence stands, its
 *    holder the happening's noun (only a noun of an event that is no game: "ten minutes into the
 *    match" is a game clock, read elsewhere).
 * The moment counted from is named in the sentence and read by the grouping (group/anchored-lengths.ts).
 *
 * Must: "Reid revealed it 30 years after she tipped off reporters" → reveal; "It was thirty four
 * years before she broke cover" → reveal; "It was a week before the pump was fixed" → fix; "Twelve hours into the search, divers found the car" →
 * search. Must not: "said two days later" (a verb of saying only), "It was two weeks before the
 * vote" (no clause: the vote is the moment, no happening measured), "It has been 30 years" (no
 * side word), "ten minutes into the match" (a game), "revealed the plan for 30 years" (no side word).
 */
import type { TaggedToken } from "../../types.js";
import { EVENT_NOUNS, type FrameSentence, type PredicateReading, type Reading, lower } from "./sentence.js";

/** Verbs of making something known: a disclosure is a happening of its own. */
const MAKING_KNOWN = new Set(["reveal", "disclose", "admit", "confess", "announce", "acknowledge", "concede", "unmask"]);

/**
 * Phrases that tell a disclosure without a verb of making known: "broke cover", "broke his
 * silence", "came forward", "went public", "came clean" (a length of time measured to one is the
 * length of the secret, as with "revealed"). Not "broke the window", "came home", "went out".
 */
const DISCLOSURE = /^(?:break\s+(?:(?:his|her|their|its|my|our)\s+)?(?:cover|silence)|come\s+(?:forward|clean)|go\s+public)$/;

/** Whether the verb at i and the words after it tell a disclosure (DISCLOSURE). */
function disclosurePhrase(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = [tokens[i + 1], tokens[i + 2]].map(lower);
  return DISCLOSURE.test(`${t.lemma} ${next[0]}`) || DISCLOSURE.test(`${t.lemma} ${next[0]} ${next[1]}`);
}

/** The happening a verb at i names as a length's predicate: a disclosure phrase is a revelation. */
function verbReading(tokens: readonly TaggedToken[], i: number): PredicateReading {
  return { lemma: disclosurePhrase(tokens, i) ? "reveal" : tokens[i]!.lemma.toLowerCase(), voice: "active", at: i, negated: false };
}

/** Words after a length of time that make it a distance from another moment. */
const SIDE = /^(?:before|after|earlier|later|until)$/;

/** Event nouns that are games, whose clock other readers read. */
const GAMES = /^(?:game|match|race|season|half|quarter|period|inning|innings|round|set|bout|fight)$/;

/** Nouns of an effort that goes on for a while, not in sentence.ts EVENT_NOUNS. */
const ONGOING = /^(?:search|hunt|blockade|occupation|strike|lockdown|shutdown)$/;

const clauseEnd = (t: TaggedToken): boolean => /^[,;.:!?]$/.test(t.text);

/** A verb of making known before the value in its clause, when a side word follows the value ("revealed … 30 years after"). */
function disclosureBefore(tokens: readonly TaggedToken[], r: Reading): PredicateReading | null {
  if (!SIDE.test(lower(tokens[r.value.last + 1])) || lower(tokens[r.value.last + 1]) === "until") return null;
  for (let i = r.value.first - 1, steps = 0; i >= 0 && steps < 10; i--, steps++) {
    const t = tokens[i]!;
    if (clauseEnd(t)) return null;
    if (t.pos !== "VERB") continue;
    return MAKING_KNOWN.has(t.lemma) || disclosurePhrase(tokens, i) ? verbReading(tokens, i) : null;
  }
  return null;
}

/** "It was N before/after/until <clause>": the clause's first verb (its subject and adverbs before it). */
function measuredClause(tokens: readonly TaggedToken[], r: Reading): PredicateReading | null {
  const [it, be] = [tokens[r.value.first - 2], tokens[r.value.first - 1]];
  if (!it || !be || lower(it) !== "it" || be.lemma !== "be") return null;
  if (!SIDE.test(lower(tokens[r.value.last + 1])) || /^(?:earlier|later)$/.test(lower(tokens[r.value.last + 1]))) return null;
  let sawSubject = false;
  for (let i = r.value.last + 2; i < tokens.length && i <= r.value.last + 8; i++) {
    const t = tokens[i]!;
    if (clauseEnd(t)) return null;
    if (t.pos === "PRON" || t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "DET") {
      sawSubject = true;
      continue;
    }
    if (t.pos === "ADV" || t.pos === "AUX" || t.pos === "PART") continue;
    if (t.pos === "VERB" && sawSubject) return verbReading(tokens, i);
    return null;
  }
  return null;
}

/** "N into the <event>": the event's noun, or null. */
export function intoEvent(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  if (lower(tokens[r.value.last + 1]) !== "into") return null;
  let k = r.value.last + 2;
  while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ")) k++;
  const t = tokens[k];
  // (a fronted phrase with no comma after it runs into the main clause's subject: "Twelve hours
  // into the search divers found the car"; a noun after it is otherwise the head: "the search team")
  const fronted = r.value.first === 0 && tokens[k + 1]?.pos === "NOUN" && tokens[k + 2]?.pos === "VERB";
  if (!t || t.pos !== "NOUN" || (tokens[k + 1]?.pos === "NOUN" && !fronted) || GAMES.test(t.text)) return null;
  const w = lower(t);
  return EVENT_NOUNS[w] ?? EVENT_NOUNS[t.lemma] ?? (/(?:tion|sion)$/.test(w) || ONGOING.test(w) ? t.lemma.toLowerCase() : null);
}

/** The happening a length of time measured from another moment is the length of (see the module's comment); null for none. */
export function spanPredicate(sentence: FrameSentence, r: Reading): PredicateReading | null {
  if (r.value.mention.kind !== "duration") return null;
  const { tokens } = sentence;
  // a verb already read that tells a disclosure with its phrase ("came forward two years after")
  if (r.predicate) return r.predicate.at >= 0 && SIDE.test(lower(tokens[r.value.last + 1])) && disclosurePhrase(tokens, r.predicate.at) ? verbReading(tokens, r.predicate.at) : null;
  return disclosureBefore(tokens, r) ?? measuredClause(tokens, r);
}
