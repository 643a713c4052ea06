/**
 * Component 4 — a singular determiner is no figure: "one", "a", "an", "single" that picks out one
 * member of a kind rather than counting it. Three families:
 *   - a source: "one older account claims", "according to one witness", "one analyst expects";
 *   - the subject of a saying verb, whatever its noun: "one resident said", "one of them told";
 *   - a pronoun-like "one": "one day", "one thing", "one of the reasons", "one of the largest
 *     banks", "it was one of the worst", "one another", "one by one", "a loved one", "the one";
 *   - a member named by what it is: the subject of a copula whose complement is a noun phrase
 *     ("one place she cannot leave is the harbour", "one of the victims was a teacher"), the
 *     impersonal "one" before a modal ("one could only guess"), and a "one" before a thing in a
 *     clause with no verb of its own ("one more reason for hope.").
 * Counts stay counts: "killing one", "one person died", "one of the victims died", "a single shot
 * was fired", "one witness was shot" (a source noun that something happened to).
 * Runs after the predicate: a source that something was done to keeps its figure.
 */
import type { TaggedToken } from "../../types.js";
import { isPersonNoun } from "../../values/quantity/people.js";
import { COMPLEMENT, type FrameComponent, type FrameSentence, type Reading, REPORTING, isClauseEnd, lower } from "./sentence.js";

/** The number words of one member: "one", "a single", "a lone". */
const SINGULAR = /^(?:one|an?|single|an?\s+(?:single|lone)|one\s+single)$/i;

/** Nouns whose job in a news text is to say things: a figure of them counts no fact. */
const SOURCE_NOUNS = new Set(
  ("account report source witness eyewitness onlooker analyst expert observer commentator pundit study survey estimate " +
    "version spokesman spokeswoman spokesperson insider newspaper outlet website blog article document memo statement " +
    "theory historian critic economist strategist poll pollster columnist editorial tweet post").split(" "),
);

/** Verbs of saying, thinking and foreseeing: their subject is a source, not a figure of the story. */
const SAYING = new Set([
  ...REPORTING,
  "expect", "recall", "describe", "estimate", "predict", "warn", "argue", "fear", "speculate", "reckon", "agree",
  "recount", "remember", "testify", "allege", "ask", "wonder", "complain", "admit", "deny", "concede",
  "acknowledge", "suspect", "put", "call", "assert", "contend", "maintain", "recollect", "describe", "caution",
  "predict", "forecast", "guess", "feel", "hope", "worry", "doubt",
]);

/** Nouns a pronoun-like "one" picks a member of: "one day", "one thing", "one of the reasons". */
const GENERIC = new Set(
  ("day night morning afternoon evening time thing way point hand side reason example instance factor aspect question " +
    "problem issue matter sense moment occasion stage step respect kind sort type case option possibility idea " +
    "explanation theory area part element feature concern lesson aim goal priority").split(" "),
);

/** Words after "one of the" that make it a comparison, not a count: "one of the largest", "one of the few". */
const RANKING = /^(?:most|least|few|many|several|only|main|key|major|biggest|largest|worst|best|first|last|top|leading|greatest|deadliest|oldest|newest|latest|rare|handful|number)$|est$/i;

/** Harm and rescue verbs: a source noun they happen to is counted ("one witness was shot"). */
const HAPPENS_TO = new Set([...Object.values(COMPLEMENT), "die", "kill", "shoot", "stab", "wound", "perish", "drown", "suffer", "injury", "death"]);

/** Determiners before a pronoun "one": "a loved one", "the one", "this one", "every one". */
const PRONOUN_DETERMINER = /^(?:a|an|the|this|that|each|every|which|any|another|my|your|his|her|its|our|their)$/;

function singular(r: Reading): boolean {
  const m = r.value.mention;
  return m.kind === "quantity" && m.value?.type === "quantity" && m.value.min === 1 && m.value.max === 1 && SINGULAR.test(m.text.trim());
}

/**
 * The verb whose subject the value's phrase is: past an apposition, auxiliaries and adverbs.
 * wink reads a clause-final "claims" or "says" after a noun as a noun ("one account claims."):
 * such a word, a saying verb's -s form, counts as that verb.
 */
function verbOfSubject(sentence: FrameSentence, r: Reading): TaggedToken | null {
  const { tokens } = sentence;
  // the reading's own phrase may end in that mis-tagged verb
  for (let k = r.value.last + 1; k <= r.phraseEnd; k++) if (sayingNoun(tokens, k)) return tokens[k]!;
  let i = r.phraseEnd + 1;
  // ", who asked not to be named,": an aside before the verb
  if (tokens[i]?.text === "," || tokens[i]?.text === "(") {
    const close = tokens[i]!.text === "(" ? ")" : ",";
    let k = i + 1;
    while (tokens[k] && tokens[k]!.text !== close && !isClauseEnd(tokens[k]) && k < i + 14) k++;
    if (tokens[k]?.text === close) i = k + 1;
  }
  for (let steps = 0; tokens[i] && steps < 5; steps++, i++) {
    const t = tokens[i]!;
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART") continue;
    if (t.pos === "VERB" || sayingNoun(tokens, i)) return t;
    return null;
  }
  return null;
}

/** A saying verb's -s form tagged as a noun, closing its clause or taking a clause: "claims.", "says that". */
function sayingNoun(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.pos !== "NOUN" || !/s$/i.test(t.text) || k === 0) return false;
  const base = t.text.toLowerCase().replace(/e?s$/, "");
  if (!SAYING.has(base) && !SAYING.has(t.text.toLowerCase().slice(0, -1))) return false;
  const next = tokens[k + 1];
  return !next || isClauseEnd(next) || next.text === "," || lower(next) === "that" || next.pos === "DET" || next.pos === "PRON" || next.pos === "PROPN";
}

function lemmaOf(t: TaggedToken): string {
  if (t.pos === "NOUN") return t.text.toLowerCase().replace(/s$/, "");
  return t.lemma;
}

/** Whether the token opens a clause: the sentence's start, a mark, a conjunction, "that", or a verb of saying. */
function opensClause(t: TaggedToken | undefined): boolean {
  if (!t) return true;
  if (t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "SCONJ" || lower(t) === "that") return true;
  return t.pos === "VERB" && SAYING.has(t.lemma);
}

/** Nouns of the dead and hurt after a copula still count them: "one of them was a fatality". */
const HARM_NOUN = /^(?:fatalit(?:y|ies)|deaths?|casualt(?:y|ies)|victims?|survivors?|hostages?)$/i;

/**
 * The "one" heads the subject of a copula whose complement is a noun phrase: the sentence says
 * what that one member is, it states no figure. Must match: "One place she finds hard to leave is
 * the harbour" (a contact relative before the copula), "One man in the crowd was a doctor", "One
 * of the victims was a teacher", "One area that worries them is the bridge", "One man who was hurt
 * was a guard" (the relative's own copula is passed). Must not match: "One person is dead", "One
 * man is in custody", "One of the hostages was freed", "One person died", "One cable is 40 km long",
 * "One of them was a fatality".
 */
function identifiedMember(sentence: FrameSentence, r: Reading): boolean {
  const { tokens } = sentence;
  if (!opensClause(tokens[r.value.first - 1])) return false;
  const from = Math.max(r.value.last, r.phraseEnd, r.countedAt) + 1;
  // a relative clause after the noun: "that"/"who" or a subject of its own ("one place she finds")
  let relative = false;
  for (let k = from; tokens[k] && k < from + 14; k++) {
    const t = tokens[k]!;
    if (isClauseEnd(t) || t.text === "," || t.text === "(") return false;
    if ((t.pos === "AUX" || t.pos === "VERB") && t.lemma === "be") {
      let c = k + 1;
      while (tokens[c] && (tokens[c]!.pos === "ADV" || tokens[c]!.pos === "PART")) c++;
      const head = tokens[c];
      const phrase = head && (head.pos === "DET" || head.pos === "PRON" || head.pos === "PROPN" || head.pos === "NOUN");
      if (phrase) {
        let n = c;
        while (tokens[n] && tokens[n]!.pos !== "NOUN" && tokens[n]!.pos !== "PROPN" && n < c + 4) n++;
        return !HARM_NOUN.test(tokens[n]?.text ?? "");
      }
      if (!relative) return false;
      continue;
    }
    if (t.pos === "VERB" || t.pos === "AUX") {
      if (!relative) return false;
      continue;
    }
    if (k === from && (t.pos === "PRON" || t.pos === "DET" || t.pos === "PROPN")) relative = true;
  }
  return false;
}

/** Modals after an impersonal "one": "one could only guess", "one must wonder". */
const MODAL = /^(?:can|could|cannot|can['’]t|must|might|may|should|would|will)$/i;

/**
 * A "one" before a thing in a clause with no verb but a verb of saying: a heading, a caption or a
 * fragment names one item ("One more reason for hope.", "One big change since spring, said Ames:").
 * People stay counted ("One man in custody after the raid.").
 */
function verbless(sentence: FrameSentence, r: Reading): boolean {
  const { tokens } = sentence;
  if (r.predicate !== null || !opensClause(tokens[r.value.first - 1])) return false;
  const noun = r.countedAt >= 0 ? tokens[r.countedAt] : undefined;
  if (!noun || (noun.pos !== "NOUN" && noun.pos !== "PROPN") || r.counted === "person" || isPersonNoun(noun.text.toLowerCase(), noun.text.toLowerCase())) return false;
  return tokens.every((t) => !(t.pos === "VERB" || t.pos === "AUX") || SAYING.has(t.lemma));
}

/** Why the singular value of r is a determiner, or null when it counts. */
function determinerReason(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  const { first, last } = r.value;
  const next = tokens[last + 1];
  const after = lower(next);
  // "one another", "one by one", "one after another", "one or another"
  if (/^(?:another|by|after)$/.test(after) || (after === "or" && /^(?:another|the)$/.test(lower(tokens[last + 2])))) return "pronoun";
  // "a loved one", "the little ones", "this one", "the right one": "one" stands for a noun after a
  // determiner (and its adjectives); it names a member, it counts nothing
  let d = first - 1;
  while (tokens[d] && (tokens[d]!.pos === "ADJ" || (tokens[d]!.pos === "VERB" && /(?:ed|en)$/i.test(tokens[d]!.text))) && d > first - 4) d--;
  if (/^(?:one|ones)$/i.test(tokens[first]?.text ?? "") && first === last && PRONOUN_DETERMINER.test(lower(tokens[d]))) return "pronoun";
  // "according to one witness", "according to a single account"
  if (lower(tokens[first - 1]) === "to" && lower(tokens[first - 2]) === "according") return "source";
  // "it was one of the worst", "is one of the reasons": a classification, not a count
  const partitive = after === "of";
  if (partitive) {
    let k = last + 2;
    while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "PRON" || tokens[k]!.text === "'s")) {
      if (/^(?:them|us|those|these|whom|which)$/i.test(tokens[k]!.text)) break;
      k++;
    }
    if (RANKING.test(lower(tokens[k]))) return "pronoun";
    while (tokens[k] && tokens[k]!.pos === "ADJ") k++;
    if (tokens[k] && GENERIC.has(lemmaOf(tokens[k]!))) return "pronoun";
    const before = tokens[first - 1];
    if (before && before.pos === "AUX" && before.lemma === "be") return "pronoun";
  }
  // the noun the determiner stands before, past adjectives: "one older account", "one day"
  let k = last + 1;
  while (tokens[k] && tokens[k]!.pos === "ADJ" && k < last + 4) k++;
  const noun = tokens[k] && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "PROPN") ? tokens[k]! : null;
  if (!partitive && noun && GENERIC.has(lemmaOf(noun))) return "pronoun";
  // "one could only guess": the impersonal pronoun
  if (/^one$/i.test(tokens[first]?.text ?? "") && first === last && opensClause(tokens[first - 1]) && MODAL.test(after)) return "pronoun";
  if (identifiedMember(sentence, r) || verbless(sentence, r)) return "member";
  // the subject of a saying verb: "one resident said", "one of them told reporters", "one analyst expects"
  const verb = verbOfSubject(sentence, r);
  if (verb && SAYING.has(verb.pos === "NOUN" ? verb.text.toLowerCase().replace(/e?s$/, "") : verb.lemma)) return "source";
  if (verb && verb.pos === "NOUN" && SAYING.has(verb.text.toLowerCase().slice(0, -1))) return "source";
  // a source noun in the phrase, unless something happened to it ("one witness was shot")
  const sourceAt = (from: number, to: number): boolean => {
    for (let j = from; j <= to; j++) if (tokens[j] && tokens[j]!.pos === "NOUN" && SOURCE_NOUNS.has(lemmaOf(tokens[j]!))) return true;
    return false;
  };
  const phraseFrom = partitive ? last + 2 : last + 1;
  if (sourceAt(phraseFrom, Math.max(r.phraseEnd, r.countedAt))) {
    const p = r.predicate;
    const happened = p !== null && p.at > last && (p.voice === "passive" || HAPPENS_TO.has(p.lemma));
    if (!happened) return "source";
  }
  return null;
}

/** Nouns of people that name what happened to them: "no victims", "no casualties", "no deaths". */
const EVENT_PEOPLE = /^(?:fatalit(?:y|ies)|deaths?|dead|killed|casualt(?:y|ies)|victims?|wounded|injured|survivors?)$/;

/** Arrests and rescues, besides harm: "no one was arrested", "no one was evacuated". */
const NONE_EVENTS = new Set([...HAPPENS_TO, "arrest", "charge", "detain", "evacuate", "rescue", "hospitalize", "treat", "injure", "hurt"]);

/**
 * "no one" counts none only of an event of harm, arrest or rescue ("no one was hurt", "no one was
 * reported injured"); otherwise it is a pronoun: "no one knows why", "even if no one saw it".
 */
function idleNone(sentence: FrameSentence, r: Reading): boolean {
  const m = r.value.mention;
  // "no one", "nobody", "none", "no civilians": none of some people, not "no injuries" (the noun
  // is itself the event)
  if (m.pattern !== "frame/none" || !(/^(?:no[\s-]+one|nobody|none)$/i.test(m.text) || (typeof m.counted === "string" && isPersonNoun(m.counted, m.counted) && !EVENT_PEOPLE.test(m.counted)))) return false;
  if (r.predicate && NONE_EVENTS.has(r.predicate.lemma)) return false;
  for (let k = r.value.last + 1; k <= r.value.last + 5 && sentence.tokens[k]; k++) if (COMPLEMENT[lower(sentence.tokens[k])]) return false;
  return true;
}

export const determiner: FrameComponent = (sentence, readings) => {
  for (const r of readings) {
    if (r.notAClaim) continue;
    if (idleNone(sentence, r)) {
      r.notAClaim = "determiner-pronoun";
      continue;
    }
    if (!singular(r)) continue;
    const why = determinerReason(sentence, r);
    if (why) r.notAClaim = `determiner-${why}`;
  }
};
