/**
 * A reduced passive relative clause: a past participle right after a noun that it tells something
 * done to ("the tariffs imposed in March", "under rules adopted last spring", "to annul fees charged
 * in 2008"). The noun is the participle's patient and its voice is passive, though the tagger reads
 * a past form there as an active verb whose subject is the noun before it.
 *
 * Told apart from a subject and its past-tense verb ("the bridge collapsed in May") by the
 * participle taking no object right after it and by where the noun stands: before another verb
 * of its clause ("the tariffs imposed in March were lifted"), after a preposition in a predicate
 * ("must obey under rules adopted in May"; not "the link with history ended in May": the phrase
 * there is the subject's) or after a verb that takes it as its object ("annulled fees charged in 2008";
 * not a verb that takes a clause: "said the man drowned in May").
 */
import type { TaggedToken } from "../../types.js";
import { type FrameSentence, REPORTING, isClauseEnd, looksParticiple, lower, valueAt } from "./sentence.js";

/** Verbs that take a clause after them: the noun after one may be that clause's subject ("hoped the plan worked"). */
const TAKES_CLAUSE = new Set([
  "show", "hope", "fear", "feel", "expect", "ensure", "mean", "see", "hear", "argue", "predict", "prove", "agree", "assume",
  "doubt", "deny", "admit", "realize", "realise", "find", "guess", "notice", "wish", "understand", "decide", "recall",
  "remember", "forget", "allege", "contend", "conclude", "acknowledge", "recognize", "recognise", "be",
]);
/** Verbs that take no object, so have no passive: "the quarrel occurred in May" is no quarrel someone occurred. */
const NO_PASSIVE = new Set([
  "occur", "happen", "die", "arrive", "arise", "emerge", "exist", "appear", "disappear", "vanish", "remain", "come", "go",
  "fall", "rise", "collapse", "erupt", "elapse", "expire", "last", "soar", "plunge", "surge", "sleep", "live",
]);
/** Prepositions that open a clause of their own as well ("after the storm passed"): a noun after one may be a subject. */
const OPENS_CLAUSE = /^(?:after|before|since|until|till|as|like|than|because|while|when|once|though|although|unless|if)$/;
/** Words that start the noun phrase's own modifiers, walking back from its head. */
const inPhrase = (t: TaggedToken | undefined): boolean =>
  t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "DET" || t.text === "'s" || t.text === "-" || (t.pos === "PRON" && /^(?:its|their|his|her|our)$/i.test(t.text)));

/** Whether the verb at `at` is the participle of a reduced passive relative clause on the noun before it. */
export function reducedPassive(sentence: FrameSentence, at: number): boolean {
  const { tokens } = sentence;
  const t = tokens[at];
  const noun = tokens[at - 1];
  if (!t || t.pos !== "VERB" || !looksParticiple(t) || /ing$/i.test(t.text) || NO_PASSIVE.has(t.lemma)) return false;
  // a common noun (a capitalized one only at the sentence's start: "Changes made in June …")
  if (!noun || !(noun.pos === "NOUN" || (noun.pos === "PROPN" && at - 1 === 0))) return false;
  // no object right after the participle: "passed the budget", "made it optional"
  const next = tokens[at + 1];
  const dated = next !== undefined && valueAt(sentence, at + 1) !== null && valueAt(sentence, at + 1)!.mention.kind !== "quantity";
  if (next && !dated && !(next.pos === "ADP" || next.pos === "ADV" || next.pos === "PART" || next.text === ",")) return false;
  if (next && next.pos === "PART" && lower(next) !== "to") return false;
  return verbFollows(sentence, at) || objectOfAnother(tokens, at - 1);
}

/**
 * The verb of the clause that a reduced passive relative's noun is the subject of: "four of the
 * ships seized in May were freed" — the count's verb is "free", not "seize" (the relative only
 * tells which ships). Null when no such verb follows ("300 cars recalled in May": the participle
 * is all the sentence says of them). Its voice is passive after a form of "be".
 * Must give: "ships seized in May were freed" (free, passive), "the tariffs imposed in March
 * lifted prices" (lift). Must not: "300 cars recalled in May" (none), "the man drowned in May"
 * (no reduced relative).
 */
export function verbOfReducedSubject(sentence: FrameSentence, at: number): { lemma: string; voice: "active" | "passive"; at: number } | null {
  if (!reducedPassive(sentence, at) || !verbFollows(sentence, at)) return null;
  const { tokens } = sentence;
  let passive = false;
  for (let j = at + 1; j < tokens.length && j <= at + 12; j++) {
    const u = tokens[j]!;
    if (valueAt(sentence, j)) continue;
    if (u.pos === "AUX") {
      if (u.lemma === "be" || u.lemma === "get") passive = true;
      continue;
    }
    if (u.pos === "VERB" && !/ing$/i.test(u.text)) return { lemma: u.lemma, voice: passive ? "passive" : "active", at: j };
    if (passive && u.pos !== "ADV" && u.pos !== "PART") return null;
  }
  return null;
}

/**
 * Another verb of the clause follows the participle's phrase, with nothing that opens another
 * clause between: "the tariffs imposed in March were lifted", "the bridge built by the army
 * collapsed". Not "the man died in May after police said …", "the storm passed in May and …".
 */
function verbFollows(sentence: FrameSentence, at: number): boolean {
  const { tokens } = sentence;
  for (let j = at + 1; j < tokens.length && j <= at + 12; j++) {
    const u = tokens[j]!;
    if (isClauseEnd(u) || u.text === "," || u.pos === "CCONJ" || u.pos === "SCONJ" || u.pos === "PRON" || OPENS_CLAUSE.test(lower(u))) return false;
    if (/^(?:that|which|who|whom|whose|to)$/i.test(u.text)) return false;
    if (valueAt(sentence, j)) continue;
    if (u.pos === "AUX" || (u.pos === "VERB" && !/ing$/i.test(u.text))) return true;
  }
  return false;
}

/**
 * The noun phrase ending at `head` is the object of a preposition or of a verb that takes a thing
 * as object: "under rules adopted …", "annulled fees charged …". Not after a verb that takes a
 * clause ("said the man drowned"), nor a preposition that opens one ("after the storm passed").
 */
function objectOfAnother(tokens: readonly TaggedToken[], head: number): boolean {
  let k = head;
  while (k > 0 && inPhrase(tokens[k - 1]) && tokens[k]!.pos !== "DET") k--;
  const before = tokens[k - 1];
  if (!before) return false;
  // (a preposition's phrase inside the predicate: a verb of the clause stands before it; in
  // "the link with history ended in May" the phrase belongs to the subject, whose verb ended is)
  if (before.pos === "ADP") return !OPENS_CLAUSE.test(lower(before)) && verbBefore(tokens, k - 1);
  return before.pos === "VERB" && !REPORTING.has(before.lemma) && !TAKES_CLAUSE.has(before.lemma);
}

/** A verb or an auxiliary before token i in its clause (back to a clause's end or a comma). */
function verbBefore(tokens: readonly TaggedToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && !isClauseEnd(tokens[j]) && tokens[j]!.text !== ","; j--) if (tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX") return true;
  return false;
}
