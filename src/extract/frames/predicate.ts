/**
 * Component 3 — the predicate: the verb or event noun the value completes, in base form, with
 * its voice. Read in this order, first found wins:
 *   1. a complement right after the value's noun phrase: "87 people dead and about 900 injured"
 *      (each count takes its own, which is how coordinated figures get different predicates);
 *   2. the verb the phrase is the subject of, past auxiliaries, adverbs and an apposition or
 *      parenthesis: "12 people were injured", "Three people, one of them a pregnant woman, were
 *      killed" (passive), "two women and one man died";
 *   3. the nearest verb before the value in its clause, skipping reporting verbs ("Police said 12
 *      …" is attribution), across commas: "shooting three people, killing one" (three shot, one
 *      killed);
 *   4. an event noun: the value's own noun when it names an event ("46 arrests", "11 shots"), and
 *      for light verbs ("made 46 arrests", "caused 3,000 deaths", "suffered minor injuries"),
 *      reporting verbs and "there were" ("no injuries were reported", "there were no deaths") that
 *      noun instead of the verb; for a date, the event noun right after it ("the Monday morning
 *      attack", "the April 2007 shooting") or before it ("the attack on Monday");
 *   5. a noun the value is "of": "a crowd of 20,000", "a death toll of 87".
 * Also marks negation of the predicate ("were not injured", "no one was killed").
 */
import type { TaggedToken } from "../../types.js";
import { isRecord } from "../../values/quantity/records.js";
import { isPersonNoun, isRoleNoun } from "../../values/quantity/people.js";
import { heldToRansom } from "./held-to-ransom.js";
import { takenIntoCustody } from "./into-custody.js";
import { wholeOf } from "./partitive.js";
import { reducedPassive, verbOfReducedSubject } from "./reduced-relative.js";
import { happeningOfDate, scheduledNoun } from "./dated-noun.js";
import { happeningBeforePlace, happeningNoun } from "./happening-nouns.js";
import { titleBeforeName } from "./title-before-name.js";
import { eventCompoundAt } from "./event-compounds.js";
import { tenureOf } from "./tenure.js";
import { titleYear } from "./title-year.js";
import { intoEvent, spanPredicate } from "./span-from-event.js";
import { stateVerbWithObject } from "./state-with-object.js";
import { afterOpeningPhrase } from "./opening-phrase.js";
import { beBack } from "./be-back.js";
import { opensCoordinatedClause } from "./coordinated-clause-date.js";
import { labelledDate } from "./date-label.js";
import { onScene } from "./on-scene.js";
import { participleOpensPhrase } from "./modifier-participle.js";
import { relativeAsideEnd } from "./relative-aside.js";
import { opensOwnClause } from "./clause-opening.js";
import { opensSubjectClause } from "./comma-clause.js";
import { appositivePhraseEnd } from "./appositive-phrase.js";
import { groupNamedByParticiple } from "./participle-group.js";
import { absentFor } from "./absent-for.js";
import {
  COMPLEMENT,
  type FrameComponent,
  type FrameSentence,
  LIGHT,
  type PredicateReading,
  REPORTING,
  type Reading,
  eventKey,
  gluedByHyphen,
  isClauseEnd,
  isVerb,
  looksParticiple,
  participleAfterBe,
  lower,
  valueAt,
} from "./sentence.js";
import { wordTable } from "../../values/word-table.js";
import { nameBeforeMeasures } from "./name-measures.js";
import { calendarWords, weekdayWords } from "../../values/calendar-words.js";

/** Words that negate the verb they stand by; "n’t" is the contraction as typeset (curly apostrophe). */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "n’t", "never", "no"]);
/**
 * Weekday and month names (and their abbreviations) the tagger may take for verbs: "Wed May 5".
 * Written capitalized: in lower case they are the verbs they look like ("who was wed in June",
 * "she sat on the board"), and "may" a modal.
 */
const CALENDAR = new RegExp(`^(?:${calendarWords({ forms: "short", capitals: true })}|May|MAY)\\.?$`);
/** Words that open a concessive clause ("though", "although", "whereas"): the walk back to a verb stops there. */
const CONCESSIVE = /^(?:though|although|whereas)$/i;
/** How far (in tokens) the walks look. */
const REACH = 14;
/**
 * How far the walk back from a date that closes its sentence looks: such a date comes after the
 * whole of what it dates, however long the verb's object ("kept his three regional and two world
 * belts with a second win over the visitor on Sunday"), and no other verb can follow it.
 */
const CLOSING_REACH = 30;

/** A verb's base form; participles that stand for a state keep the word of that state ("missing"). */
function verbLemma(t: TaggedToken): string {
  const w = t.text.toLowerCase();
  return COMPLEMENT[w] === w ? w : t.lemma;
}

/** Skip an apposition or parenthesis that holds no finite verb: ", one of them a pregnant woman," "(38)". */
function skipAside(tokens: readonly TaggedToken[], i: number): number {
  const open = tokens[i]?.text;
  if (open !== "," && open !== "(" && open !== "-" && open !== "–" && open !== "—") return i;
  const close = open === "(" ? ")" : open;
  for (let k = i + 1; k < tokens.length && k < i + 12; k++) {
    const t = tokens[k]!;
    if (t.text === close || (open === "," && t.text === ",")) return k + 1;
    if (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.text))) return i;
    if (isClauseEnd(t)) return i;
  }
  return i;
}

/**
 * Words that open a relative clause: "where", "which", "who", and "at which", "in whose" (not
 * "when": "on 2 May, when the plan was approved" tells what happened that day; whenClause).
 */
const RELATIVE = /^(?:where|which|who|whom|whose)$/i;

/**
 * Whether a relative clause opens at token i (", where the mayor approved the plan", ", at which
 * they met"): its verb is its own, not one the phrase before the comma is the subject of ("the
 * meeting on 2 May 1980, where Ann Lowe approved the plan" dates the meeting, not the approval).
 * Must match: "where Ann Lowe", "at which they", "in whose house". Must not match: "one of them a
 * nurse" (an apposition), "aged 40", "when the plan was approved".
 */
function opensRelativeClause(tokens: readonly TaggedToken[], i: number): boolean {
  if (RELATIVE.test(tokens[i]?.text ?? "")) return true;
  return tokens[i]?.pos === "ADP" && RELATIVE.test(tokens[i + 1]?.text ?? "");
}

/** A day told by one word, which may stand between a subject and its verb: "today", "yesterday", "Tuesday". */
const BARE_DAY = new RegExp(`^(?:today|yesterday|tonight|tomorrow|${weekdayWords()})$`, "i");

/** A unit of time in the singular, alone or ending a hyphenated length: "year", "two-year", "12-week". */
const SINGULAR_UNIT = /(?:^|-)(?:second|minute|hour|day|week|month|year|decade|season)$/i;
/** Words that open a noun phrase a length may modify: "a four year spell", "his 12-week stint". */
const OPENS_NOUN_PHRASE = /^(?:a|an|the|this|that|his|her|its|their|our|my|your|another)$/i;

/**
 * Whether a length of time is told as a modifier of the noun after it: a determiner before it and
 * a unit in the singular at its end ("a four year spell", "a two-year stint", "their 12-week
 * course"), so the next word is that noun (a tagger may read "spell" or "stint" as a verb). Must:
 * those. Must not: "four years passed" (a plural unit: a subject before its verb), "the first year
 * ended" (no count: not a length), "a year later" (no word a noun may be).
 */
function attributiveLength(tokens: readonly TaggedToken[], r: Reading): boolean {
  if (r.counted !== "duration" || r.value.last <= r.value.first && !/-/.test(tokens[r.value.last]?.text ?? "")) return false;
  return SINGULAR_UNIT.test(tokens[r.value.last]?.text ?? "") && OPENS_NOUN_PHRASE.test(tokens[r.value.first - 1]?.text ?? "");
}

/**
 * 2. the verb after the value's phrase, when the phrase is its subject. With `saying`, a reporting
 * verb is the predicate too: a date dates the report ("Reports on Tuesday indicated that …").
 */
function verbAfter(sentence: FrameSentence, r: Reading, saying = false): PredicateReading | null {
  const { tokens } = sentence;
  let i = r.phraseEnd + 1;
  i = skipAside(tokens, i);
  let passive = false;
  let negated = false;
  let sawAux = false;
  for (let steps = 0; tokens[i] && steps < 6; steps++, i++) {
    const t = tokens[i]!;
    if (t.pos === "AUX") {
      sawAux = true;
      if (t.lemma === "be" || t.lemma === "get") passive = true;
      continue;
    }
    if (t.pos === "ADV" || t.pos === "PART") {
      if (NEGATORS.has(lower(t))) negated = true;
      continue;
    }
    // a bare day between the subject and its verb: "40 nurses today walked out", "two men Tuesday pleaded guilty"
    if (BARE_DAY.test(t.text) && tokens[i + 1] !== undefined && (tokens[i + 1]!.pos === "VERB" || tokens[i + 1]!.pos === "AUX")) continue;
    // "after a four year spell living in Leeds": the word right after a length told as a modifier
    // is the noun it modifies, not the phrase's verb, though a tagger read it as one ("spell"): the
    // participle right after that noun is the phrase's verb (living), as after a noun read as one
    // ("stint"); without such a participle, the word is read as before ("the seven-year offers")
    if (steps === 0 && i === r.value.last + 1 && t.pos === "VERB" && tokens[i + 1]?.pos === "VERB" && /ing$/i.test(tokens[i + 1]!.text) && attributiveLength(tokens, r)) continue;
    // and after "on": "two men on Friday pleaded guilty"
    if (lower(t) === "on" && BARE_DAY.test(tokens[i + 1]?.text ?? "") && tokens[i + 2] !== undefined && (tokens[i + 2]!.pos === "VERB" || tokens[i + 2]!.pos === "AUX")) {
      i++;
      continue;
    }
    // "hold 40 sailors to ransom": why they are held, no verb of the count (held-to-ransom.ts)
    if (heldToRansom(tokens, i)) return null;
    if (t.pos === "VERB" && !CALENDAR.test(t.text)) {
      if (REPORTING.has(t.lemma) && !sawAux && !saying) return null;
      // "was reported hurt", "were confirmed dead", "is believed to have died": the state reported
      if (REPORTING.has(t.lemma) || /^(?:fear|presume|think|confirm|believe)$/.test(t.lemma)) {
        let k = i + 1;
        while (tokens[k] && (lower(tokens[k]) === "to" || tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV") && k < i + 4) k++;
        const state = tokens[k];
        if (state && COMPLEMENT[lower(state)]) return { lemma: COMPLEMENT[lower(state)]!, voice: COMPLEMENT[lower(state)] === lower(state) || COMPLEMENT[lower(state)] === "die" ? null : "passive", at: k, negated };
        if (state && state.pos === "VERB" && k > i + 1) return { lemma: verbLemma(state), voice: "active", at: k, negated };
      }
      // "two women and one man, …, working for a bank branch choked on smoke": a participle
      // phrase after the subject; its clause's own verb comes after it
      if (!sawAux && /ing$/.test(t.text)) {
        for (let k = i + 1; k < tokens.length && k <= i + 8 && !isClauseEnd(tokens[k]) && tokens[k]!.text !== ","; k++) {
          const u = tokens[k]!;
          if (u.pos === "VERB" && !/ing$/.test(u.text) && !REPORTING.has(u.lemma)) return { lemma: verbLemma(u), voice: "active", at: k, negated };
        }
      }
      const isPassive = passive && participleAfterBe(t);
      return { lemma: verbLemma(t), voice: isPassive ? "passive" : "active", at: i, negated };
    }
    // "were injured" tagged as an adjective after a form of be
    if (t.pos === "ADJ" && sawAux && COMPLEMENT[lower(t)]) return { lemma: COMPLEMENT[lower(t)]!, voice: "passive", at: i, negated };
    // "two women drowned": a past form the tagger read as an adjective, right after the subject
    if (t.pos === "ADJ" && !sawAux && /ed$/.test(lower(t)) && t.lemma !== lower(t) && sentence.tokens[i + 1]?.pos !== "NOUN") return { lemma: t.lemma, voice: "active", at: i, negated };
    // "on Thursday foiled a piracy attempt": a past form read as an adjective that takes an object
    if (t.pos === "ADJ" && !sawAux && /ed$/.test(lower(t)) && (sentence.tokens[i + 1]?.pos === "DET" || sentence.tokens[i + 1]?.pos === "PRON")) return { lemma: verbOfNoun(t), voice: "active", at: i, negated };
    return null;
  }
  return null;
}

/**
 * 2b. "The raiders, in four vans, were trying …": a count in a prepositional phrase set off after
 * the subject takes the verb after the phrase's closing comma (appositive-phrase.ts).
 */
function pastAppositivePhrase(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const close = appositivePhraseEnd(sentence.tokens, r.value.first, r.phraseEnd);
  return close === null ? null : verbAfter(sentence, { ...r, phraseEnd: close });
}

/**
 * 3. the nearest verb before the value, in its clause, that is not a reporting verb (for a date, a
 * reporting verb is the event it dates: "announced on 12 October").
 */
function verbBefore(sentence: FrameSentence, r: Reading, saying = false): PredicateReading | null {
  const { tokens } = sentence;
  const dated = r.value.mention.kind === "date" || r.value.mention.kind === "time";
  const reach = dated && closesSentence(tokens, r.value.last) ? CLOSING_REACH : REACH;
  let described: number | null = null;
  const fallback = (): PredicateReading | null => (described === null ? null : { lemma: verbLemma(tokens[described]!), voice: "passive", at: described, negated: false });
  // (a date that opens a clause after ", and" frames that clause, not the one before: coordinated-clause-date.ts)
  if (dated && opensCoordinatedClause(tokens, r.value.first, r.value.last)) return null;
  for (let i = r.value.first - 1, steps = 0; i >= 0 && steps < reach; i--) {
    const t = tokens[i]!;
    // A date closing its clause comes after the places of what it dates: "was called at 06:10 to
    // the mill in Rye Lane, Kelby, on Monday". For a date, the commas of such a list and the
    // tokens of another value (the clock time) do not use up the reach; for a figure every token does.
    if (!(dated && (t.text === "," || (valueAt(sentence, i) && valueAt(sentence, i) !== r.value)))) steps++;
    // (a point before a figure is its decimal point, not a sentence's end: "hit .308 with 33 homers")
    if (isClauseEnd(t) && !(t.text === "." && valueAt(sentence, i + 1))) return fallback();
    // quoted speech closed before the value is the speaker's clause, not the value's:
    // "“They never had to shoot him,” Ana Ruiz, 19, said" — the 19 is her age, not a shooting's
    if (closesQuotedClause(tokens, i)) return fallback();
    // a concessive clause has a subject and verb of its own: in "estimates varied, though one
    // station put it at $9 million" the figure is not what varied
    if (CONCESSIVE.test(t.text)) return fallback();
    // so does a complement, relative or subordinate clause: "sent word that it was under attack
    // from two boats" — the boats sent nothing (clause-opening.ts)
    if (!dated && opensOwnClause(tokens, i, r.value.first)) return fallback();
    // and a comma or "and" before a subject and a verb of its own: "the Kelso 50 fell 30 points,
    // the Orvik index was up nine points" — the nine did not fall (comma-clause.ts)
    if (!dated && opensSubjectClause(tokens, i, r.value.first)) return fallback();
    // "would be unavailable for the final two games": what the absent one misses (absent-for.ts)
    if (!dated && absentFor(tokens, i, r.value.first)) return { lemma: "miss", voice: "active", at: i, negated: tokens.slice(Math.max(0, i - 4), i).some((a) => NEGATORS.has(lower(a))) };
    const other = valueAt(sentence, i);
    // another figure's verb is its own: stop at the figure before ("killed 3 and injured 12").
    if (other && other !== r.value && tokens[i]!.pos === "NUM") {
      // …unless this value is coordinated with it ("killed three and wounded …" is handled by the verb in between)
      continue;
    }
    // "58 wins, 51 by KO, for three defeats - and his 16th in a row": for a record whose noun was
    // left out, the noun another count counts ("three defeats", whatever the tagger says) is no verb
    // of its own (a stat's "52 catches for 440 yards" still tells what the yards were gained by)
    if (isRecord(r.value.mention) && i > 0 && tokens[i - 1]!.pos === "NUM" && valueAt(sentence, i - 1)?.mention.kind === "quantity" && valueAt(sentence, i - 1) !== r.value && !valueAt(sentence, i)) continue;
    if (nounAsVerb(sentence, i, r)) return { lemma: verbOfNoun(t), voice: "active", at: i, negated: false };
    if (participleReadAsAdjective(tokens, i, r)) return { lemma: verbOfNoun(t), voice: tokens[i - 1]!.lemma === "be" ? "passive" : "active", at: i, negated: false };
    if (CALENDAR.test(t.text)) continue;
    if (inGluedModifier(tokens, i) || titleBeforeName(tokens, i)) continue;
    // "was back for only three games": a return
    if (beBack(tokens, i) && i + 1 < r.value.first) return { lemma: "be back", voice: "active", at: i, negated: tokens.slice(Math.max(0, i - 3), i + 1).some((a) => NEGATORS.has(lower(a))) };
    // (kept in case the clause has no other verb: "among the seized items were seven rifles")
    if (attributive(tokens, i) || describesFigure(sentence, i)) {
      described ??= i;
      continue;
    }
    // "will have almost no memory of the last century": "have" with no verb after it is the
    // clause's own verb, not an auxiliary to skip on the way to a reduced relative ("a child born
    // tonight"), whose verb is not what the value completes (within the value's own stretch of
    // the clause: past a comma, "have the lowest bid, a proposal worth $60 million", the figure
    // hangs on what it restates)
    if (haveAsMainVerb(tokens, i) && !tokens.slice(i + 1, r.value.first).some((x) => x.text === ",")) return { lemma: "have", voice: "active", at: i, negated: tokens.slice(Math.max(0, i - 3), i).some((a) => NEGATORS.has(lower(a))) };
    if (t.pos === "VERB" || (t.pos === "AUX" && t.lemma !== "be" && t.lemma !== "have" && t.lemma !== "do" && !/^(?:will|would|can|could|may|might|must|shall|should)$/.test(lower(t)))) {
      if (t.pos === "AUX") continue;
      if (REPORTING.has(t.lemma) && !saying) continue;
      let negated = false;
      let passive = false;
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const a = tokens[k]!;
        if (NEGATORS.has(lower(a))) negated = true;
        // "was hit by seven bullets": a participle written like its base form is passive before "by"
        else if (a.pos === "AUX" && (a.lemma === "be" || a.lemma === "get")) passive = participleAfterBe(t) || lower(tokens[i + 1]) === "by";
        else if (a.pos !== "AUX" && a.pos !== "ADV" && a.pos !== "PART") break;
      }
      return { lemma: verbLemma(t), voice: passive ? "passive" : "active", at: i, negated };
    }
    // "were injured", "was arrested": a participle tagged as an adjective
    if (t.pos === "ADJ" && COMPLEMENT[lower(t)] && tokens[i - 1]?.pos === "AUX") return { lemma: COMPLEMENT[lower(t)]!, voice: "passive", at: i, negated: false };
    // "may last for a few days": a word right after a modal is its verb, whatever the tagger says
    if (t.pos === "ADJ" && /^(?:will|would|may|might|can|could|should|must|shall)$/.test(lower(tokens[i - 1])) && !COMPLEMENT[lower(t)]) return { lemma: lower(t), voice: "active", at: i, negated: false };
  }
  return fallback();
}

/**
 * The closing mark of quoted speech: a quotation mark right after the quoted clause's own punctuation
 * ("…shoot him,”", "…go?”"), with a verb of saying soon after it (`,” said Ana Ruiz, 19`, `,” Ana
 * Ruiz, 19, said`). A straight mark closes when an odd number of them stand before it. Must:
 * `“We lost,” she said`, `"We lost," she said`. Must not: `a so-called “surge” of` (a word in quotes),
 * `the act "to reduce duties," in force since May` (a quoted title: no one says it), the opening mark.
 */
function closesQuotedClause(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!.text;
  if (t !== "”" && t !== '"' && t !== "''") return false;
  if (!/^[,.?!]$/.test(tokens[i - 1]?.text ?? "")) return false;
  if (t === '"') {
    let before = 0;
    for (let k = 0; k < i; k++) if (tokens[k]!.text === '"') before++;
    if (before % 2 === 0) return false;
  }
  for (let k = i + 1; k < tokens.length && k <= i + 8 && !isClauseEnd(tokens[k]); k++) {
    if (tokens[k]!.pos === "VERB" && REPORTING.has(tokens[k]!.lemma)) return true;
  }
  return false;
}

/** A court or its bench, as a person is said to be due before it. */
const COURT = /^(?:court|courts|magistrates|magistrates'|judge|judges|justices|tribunal|dock|bench|jury|inquest)$/i;

/**
 * "due" after a form of "be", then "in", "at", "before" (or "back in"), a court within a few words: a
 * date of it is the day the person appears, as "due to appear" says in full. Must match: "She is due in
 * court on Monday", "both men were due back before the magistrates today", "he is also due at the crown
 * court on 4 May". Must not match: "The rent is due on Monday" (no court), "a ruling due from the court on
 * Friday" (not after "be"), "is due in court after he was arrested on Monday" (the arrest's verb is the
 * date's own), "is due at a court hearing on 3 June" (the hearing is), "the court is due to rule" (an
 * infinitive: its verb is read as a verb).
 */
function dueInCourt(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  for (let i = r.value.first - 1; i >= 0 && i >= r.value.first - REACH; i--) {
    // another verb on the way back is the date's own: "is due in court after he was arrested on Monday"
    if (isClauseEnd(tokens[i]) || (tokens[i]!.pos === "VERB" && !COURT.test(tokens[i]!.text))) return null;
    // an event named on the way is what the date dates: "is due at a court hearing on 3 June"
    if (eventKey(tokens[i]!) && !COURT.test(tokens[i]!.text)) return null;
    if (dueBefore(tokens, i)) return { lemma: "appear", voice: "active", at: i, negated: tokens.slice(Math.max(0, i - 3), i).some((a) => NEGATORS.has(lower(a))) };
  }
  return null;
}

function dueBefore(tokens: readonly TaggedToken[], i: number): boolean {
  if (lower(tokens[i]) !== "due") return false;
  let k = i - 1;
  while (tokens[k]?.pos === "ADV") k--;
  if (!(tokens[k]?.lemma === "be" || /^(?:is|are|was|were|be|been|being|['’]s|['’]re)$/i.test(tokens[k]?.text ?? ""))) return false;
  let j = i + 1;
  if (lower(tokens[j]) === "back") j++;
  if (!/^(?:in|at|before)$/i.test(tokens[j]?.text ?? "")) return false;
  for (let m = j + 1; m < tokens.length && m <= j + 5; m++) {
    if (isClauseEnd(tokens[m])) return false;
    if (COURT.test(tokens[m]!.text)) return true;
  }
  return false;
}

/**
 * A participle that describes the figure right after it, inside a noun phrase opened by an article
 * or a possessive: "sold for a reported $30 million", "an estimated 5,000 people", "his alleged
 * $2 million bribe". It says how the figure is known, and is no verb of the clause: "sold for a
 * reported $30 million in 1967" dates the sale, not a report. Not "they reported 5,000 cases"
 * (nothing opens a phrase before it), "had estimated 5,000" (an auxiliary before), "a study that
 * estimated 5,000 deaths" (a relative clause's verb).
 */
function describesFigure(sentence: FrameSentence, i: number): boolean {
  const { tokens } = sentence;
  const t = tokens[i]!;
  if ((t.pos !== "VERB" && t.pos !== "ADJ") || !/(?:ed|en)$/i.test(t.text) || !valueAt(sentence, i + 1)) return false;
  // (not "that": "a study that estimated 5,000 deaths" has its verb there)
  return /^(?:the|a|an|his|her|its|their|our|my|your)$/i.test(tokens[i - 1]?.text ?? "");
}

/** Words that open a noun phrase before an attributive participle: "the", "a", "his", "their". */
const OPENS_PHRASE = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i;

/**
 * A participle that describes the noun right after it, inside a noun phrase opened by an article,
 * a possessive or an adjective: "the family's terraced house", "a wounded man", "their stolen car",
 * "an old abandoned mill". It is no verb of the clause: "police were called to the family's
 * terraced house on Saturday" dates the call. Not "police found the wounded" (no noun after), "they
 * wounded two men" (nothing opens a phrase before it), "had abandoned cars" (an auxiliary before).
 * A phrase a preposition opens, or the object of a verb, may start with it too (modifier-participle.ts).
 */
function attributive(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB" || !/(?:ed|en)$/i.test(t.text) || tokens[i + 1]?.pos !== "NOUN") return false;
  const prev = tokens[i - 1];
  if (!prev) return false;
  return OPENS_PHRASE.test(prev.text) || prev.pos === "ADJ" || (prev.pos === "PART" && /^['’]s?$/.test(prev.text)) || /^['’]s$/.test(prev.text) || participleOpensPhrase(tokens, i);
}

/**
 * A verb-tagged word inside words glued by hyphens that modify a noun: the first part of such
 * words ("a left-footed winger", "cost-cutting plans": the words' last part stands after it), or
 * their last part when a noun or an adjective follows and what stands before the words cannot be
 * their subject ("the so-called plan", "a state-run lottery", "overturned long-held rules"). It is
 * no verb of the clause. Not a compound verb with its subject ("the firm co-founded Keld Rovers",
 * "the navy test-fired missiles", "has fast-tracked plans") nor one with no noun after it
 * ("crash-landed in a field").
 */
function inGluedModifier(tokens: readonly TaggedToken[], i: number): boolean {
  if (tokens[i]?.pos !== "VERB") return false;
  if (gluedByHyphen(tokens, i)) return true;
  if (i < 2 || !gluedByHyphen(tokens, i - 2)) return false;
  const next = tokens[i + 1];
  if (!next || !(next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || gluedByHyphen(tokens, i + 1))) return false;
  let k = i - 2;
  while (k >= 2 && gluedByHyphen(tokens, k - 2)) k -= 2;
  const prev = tokens[k - 1];
  return prev !== undefined && (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "ADP" || prev.pos === "VERB" || prev.pos === "NUM" || /^['’]s?$/.test(prev.text) || (prev.pos === "PRON" && OPENS_PHRASE.test(prev.text)));
}

/**
 * An auxiliary-tagged "have" that is its clause's main verb: no verb follows it (past adverbs and
 * "not"). Must hold: "will have almost no memory", "has a knee injury", "had no lawyer". Must not:
 * "has arrested", "had not yet been charged", "have injured" (a participle the tagger read as an
 * adjective), "has to leave".
 */
function haveAsMainVerb(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "AUX" || t.lemma !== "have") return false;
  let k = i + 1;
  while (tokens[k] && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
  const next = tokens[k];
  if (!next || next.pos === "VERB" || next.pos === "AUX" || isClauseEnd(next)) return false;
  if (lower(next) === "to" || COMPLEMENT[lower(next)] || looksParticiple(next)) return false;
  return /^(?:DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(next.pos);
}

/** Whether only the sentence's closing marks (and quotes) follow the token at `last`. */
function closesSentence(tokens: readonly TaggedToken[], last: number): boolean {
  for (let k = last + 1; k < tokens.length; k++) if (!/^(?:[.!?"'”’)])$/.test(tokens[k]!.text)) return false;
  return true;
}

/** Past forms the tagger may take for nouns right before a count ("and shot three people"). */
const IRREGULAR = wordTable<string>({ shot: "shoot", hit: "hit", struck: "strike", hurt: "hurt", left: "leave", cut: "cut", put: "put", set: "set", found: "find", held: "hold", lost: "lose", sold: "sell", bought: "buy", paid: "pay", won: "win", led: "lead", fled: "flee", bit: "bite", beat: "beat", spent: "spend", sent: "send", sought: "seek", took: "take", gave: "give", saw: "see", fell: "fall", rose: "rise", drew: "draw", threw: "throw", wounds: "wound", kills: "kill" });

function verbOfNoun(t: TaggedToken): string {
  const w = t.text.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (w.endsWith("ing")) return t.lemma !== w ? t.lemma : w.slice(0, -3);
  if (w.endsWith("ied")) return `${w.slice(0, -3)}y`;
  if (/([bdgklmnprt])\1ed$/.test(w)) return w.slice(0, -3);
  if (/(?:u|at|iz|is|uc|os|ur|v|g|c|s|rg|dg)ed$/.test(w)) return w.slice(0, -1);
  return w.replace(/ed$/, "");
}

/**
 * A past form the tagger read as an adjective right after "have" or "be" and right before the
 * value: the participle of the clause's verb ("had married two weeks before the crash", "was
 * married three weeks before", "has trained 40 recruits"). Must match those (marry, marry, train);
 * must not match a word of an -ed adjective that is no participle ("was red", "had bed rest"), one
 * with a noun after it ("had tired eyes"), nor one that is not right before the value ("was
 * married in a chapel in 2019": the walk goes on as before).
 */
function participleReadAsAdjective(tokens: readonly TaggedToken[], i: number, r: Reading): boolean {
  const t = tokens[i]!;
  if (t.pos !== "ADJ" || i !== r.value.first - 1 || !/\p{L}{3}ed$/u.test(t.text) || t.lemma !== t.text.toLowerCase()) return false;
  const aux = tokens[i - 1];
  return aux !== undefined && aux.pos === "AUX" && (aux.lemma === "have" || aux.lemma === "be");
}

/**
 * A word the tagger read as a noun that stands as a verb: right before the value, which counts a
 * noun of its own ("and shot three people", "police arrested 12 protesters"), after a conjunction,
 * a comma, a pronoun or a name — a noun does not take a count as its object.
 */
function nounAsVerb(sentence: FrameSentence, i: number, r: Reading): boolean {
  const { tokens } = sentence;
  const t = tokens[i]!;
  if (t.pos !== "NOUN" || i !== r.value.first - 1 || r.countedAt < 0) return false;
  const w = t.text.toLowerCase();
  if (!(IRREGULAR[w] || /(?:ed|ing)$/.test(w))) return false;
  const prev = tokens[i - 1];
  return !prev || prev.pos === "CCONJ" || prev.text === "," || prev.pos === "PRON" || prev.pos === "PROPN" || prev.pos === "NOUN" || prev.pos === "AUX";
}

/**
 * 1b. The verb the value is the object of, right before it (past a qualifier's words): "shooting
 * three co-workers, killing two of them, starts Monday" — three were shot, whatever the subject's
 * verb. Not a reporting verb ("said 12 people were injured").
 */
/** Words between a verb and the count it takes that say the count adds to others: "called a further four", "called in an additional six". */
const ADDED = /^(?:a|an|another|further|additional|extra|more)$/i;
/** Particles of a phrasal verb before its object: "called in", "sent out", "drafted in", "brought up". */
const OBJECT_PARTICLE = /^(?:in|out|up|off)$/i;

function objectOf(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  const from = r.value.first - 1;
  let i = from;
  // "called a further four appliances", "called in an additional six engines": past the words of
  // an increment (an article alone is not one) and a verb's particle, the verb the count is the object of
  while (i > from - 3 && i >= 0 && ADDED.test(tokens[i]!.text)) i--;
  if (i < from) {
    const skipped = tokens.slice(i + 1, from + 1).map(lower);
    if (!skipped.some((w) => w !== "a" && w !== "an")) i = from;
    else if (i >= 1 && OBJECT_PARTICLE.test(tokens[i]!.text) && tokens[i - 1]!.pos === "VERB") i--;
  }
  const t = tokens[i];
  if (!t || REPORTING.has(t.lemma) || CALENDAR.test(t.text)) return null;
  if (t.pos !== "VERB" && !nounAsVerb(sentence, i, r)) return null;
  // "were killed 3" is rare; a passive before the value is a passive's agent phrase, not an object
  if (tokens[i - 1]?.pos === "AUX" && (tokens[i - 1]!.lemma === "be" || tokens[i - 1]!.lemma === "get")) return null;
  // a copula or "have" as main verb ("has 57 seats") is no event
  if (t.lemma === "be" || t.lemma === "have") return null;
  return { lemma: t.pos === "VERB" ? verbLemma(t) : verbOfNoun(t), voice: "active", at: i, negated: NEGATORS.has(lower(tokens[i - 1])) };
}

/** 1. "87 people dead", "about 900 injured": a complement right after the phrase (it wins over the verb before: "left 41 people dead"). */
function complementAfter(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const t = sentence.tokens[r.phraseEnd + 1];
  if (!t) return null;
  const word = lower(t);
  const verb = COMPLEMENT[word];
  if (!verb) return null;
  // "injured workers": an adjective before its own noun is not a complement
  const next = sentence.tokens[r.phraseEnd + 2];
  if (next && next.pos === "NOUN") return null;
  return { lemma: verb, voice: verb === word || verb === "die" ? null : "passive", at: r.phraseEnd + 1, negated: false };
}

/** Nouns of harm and arrest whose "of" takes the people it happened to: "the slayings of two women". */
const HARM_NOUNS = /^(?:death|murder|slaying|killing|shooting|stabbing|execution|abduction|kidnapping|arrest|detention|rescue|evacuation|injury|wounding|massacre|beheading|disappearance|drowning)$/;

/**
 * 1c. The event noun a count is "of": "charged in the slayings of two women" (the two were slain,
 * not charged), "the deaths of three climbers", "the arrest of 12 protesters".
 */
function nominalOf(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  if (lower(tokens[r.value.first - 1]) !== "of") return null;
  let k = r.value.first - 2;
  if (/^(?:the|these|those|their|its)$/.test(lower(tokens[k]))) return null; // "two of the" is a partitive
  const t = tokens[k];
  if (!t || t.pos !== "NOUN") return null;
  const lemma = t.lemma.toLowerCase();
  const base = /ings?$/.test(t.text.toLowerCase()) ? verbOfNoun({ ...t, text: t.text.toLowerCase().replace(/s$/, "") }) : lemma;
  if (!HARM_NOUNS.test(lemma) && !HARM_NOUNS.test(t.text.toLowerCase().replace(/s$/, ""))) return null;
  return { lemma: base, voice: null, at: k, negated: false };
}

/**
 * A participle that opens a noun phrase after an article, a determiner or a possessive (adverbs
 * may stand between), before a date or a year and its noun: "Lowe's failed 1980 bid", "the losing
 * 1992 campaign", "a botched 2009 raid", "a previously announced May 2015 release", "the
 * rescheduled June 3 hearing". It qualifies the phrase; it is no verb whose object the phrase is.
 * Must match those; must not match "announced Sunday spending cuts" (no article or possessive
 * before the verb), "had failed 1980 targets" (an auxiliary).
 */
function qualifiesPhrase(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (!/(?:ed|ing)$/i.test(t.text)) return false;
  let b = i - 1;
  while (tokens[b]?.pos === "ADV") b--;
  const prev = tokens[b]?.text ?? "";
  return tokens[b]?.pos === "DET" || /^(?:the|a|an|his|her|its|their|our|my|your)$/i.test(prev) || /^['’]s?$/.test(prev) || /\p{L}['’]s$/u.test(prev);
}

/** 4. for dates: an event noun right after ("the Monday morning attack") or just before ("the attack on Monday"). */
function eventNear(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  // "announced Sunday drastic spending cuts": a date right after a verb is that verb's, and the
  // nouns after it are the verb's object, no event the date names
  // (not a participle joined to a word before it: "another so-called midnight regulation")
  const before = tokens[r.value.first - 1];
  if (before?.pos === "VERB" && sentence.text[before.start - 1] !== "-" && !qualifiesPhrase(tokens, r.value.first - 1)) return null;
  for (let i = r.value.last + 1; i <= r.value.last + 4 && tokens[i]; i++) {
    const t = tokens[i]!;
    // a hyphenated event noun ("the 1972 break-in": event-compounds.ts) names the happening, unless
    // it only modifies the noun after it ("a 1998 shoot-out trial")
    const compound = eventCompoundAt(tokens, i);
    if (compound && tokens[compound.last + 1]?.pos === "NOUN") {
      i = compound.last;
      continue;
    }
    if (compound) return { lemma: compound.lemma, voice: null, at: i, negated: false };
    // a participle that qualifies the noun after it is part of the run, however tagged: "a 1997
    // aggravated burglary conviction", "the 2011 armed robbery trial"
    const qualifier = t.pos === "VERB" && /ed$/i.test(t.text) && (tokens[i + 1]?.pos === "NOUN" || tokens[i + 1]?.pos === "ADJ");
    if (t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "PROPN" && !qualifier) break;
    // (a scheduled noun inside a phrase that opens the sentence, "With their May 2018 release, the
    // developers fixed …", leaves the date to the clause after it: clauseVerbAfter)
    if (t.pos === "NOUN" && (eventKey(t) || (scheduledNoun(t) && openingPhraseComma(tokens, r.value.first, r.value.last) < 0) || /(?:ing|tion|sion)$/.test(t.text))) {
      // the last noun of the run is the head: "Monday morning attack"; "date" after a happening's
      // noun is that happening's ("its May 2015 release date": dated-noun.ts)
      let k = i;
      while (tokens[k + 1]?.pos === "NOUN") k++;
      const of = happeningOfDate(tokens, k);
      if (of) return { lemma: of.lemma, voice: null, at: of.at, negated: false };
      return { lemma: eventKey(tokens[k]) ?? scheduledNoun(tokens[k]) ?? tokens[k]!.lemma, voice: null, at: k, negated: false };
    }
    const contest = contestAt(tokens, i);
    if (contest) return contest;
  }
  return null;
}

/**
 * A contest, a prize or an edition of a yearly show that a year before it names: "the 1994 league
 * title", "the 2016 Emmys", "the 1988 Olympics", "the 2011 cup final". Written as a noun or a name.
 */
const CONTEST = /^(?:title|titles|championship|championships|crown|cup|final|finals|playoff|playoffs|tournament|olympics|paralympics|games|draft|oscars|emmys|grammys|tonys|baftas|awards)$/;
/** Nouns after a contest's noun that are still of the contest: the side that won it, its day ("the 1994 title team", "the 2011 cup final"). */
const OF_CONTEST = /^(?:team|teams|squad|side|roster|run|win|victory|parade|ceremony|night|season|final|game|match|race|campaign)$/;

/**
 * The predicate a contest's noun at i gives a year before it: the contest itself, or an event
 * noun of it after it ("the 2002 championship game": the game). Not when another kind of noun
 * follows, which the contest's word only qualifies: "the 2012 cup holder", "the 1990 title page",
 * "the 2005 draft document" name things, not happenings.
 */
function contestAt(tokens: readonly TaggedToken[], i: number): PredicateReading | null {
  const t = tokens[i]!;
  if ((t.pos !== "NOUN" && t.pos !== "PROPN") || !CONTEST.test(lower(t))) return null;
  let k = i;
  while (tokens[k + 1] && (tokens[k + 1]!.pos === "NOUN" || tokens[k + 1]!.pos === "PROPN")) {
    const next = tokens[k + 1]!;
    if (!OF_CONTEST.test(lower(next)) && !CONTEST.test(lower(next))) return null;
    k++;
  }
  const head = eventKey(tokens[k]) ? tokens[k]! : t;
  const at = head === t ? i : k;
  return { lemma: eventKey(head) ?? lower(head).replace(/s$/, "").replace(/^olympic$/, "olympics"), voice: null, at, negated: false };
}

/** "there were more than 50,000": the figure is what exists. */
function existential(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  let k = r.value.first - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADP" || tokens[k]!.pos === "DET")) k--;
  if (tokens[k]?.pos === "AUX" && tokens[k]!.lemma === "be" && lower(tokens[k - 1]) === "there") return { lemma: "be", voice: null, at: k, negated: false };
  return null;
}

/** Nouns of the one who does an event, and the event's verb: "the host of the gala" hosted it. */
const ROLE_NOUNS = wordTable<string>({
  host: "host", emcee: "emcee", presenter: "present", winner: "win", founder: "found",
  organizer: "organize", organiser: "organise", sponsor: "sponsor",
});

/**
 * "as the host of the county gala in 2009", "the winner of the Leeds marathon in 2012": a date
 * after the thing a role noun is "of" dates what the role's holder did (hosted it, won it). The
 * thing is a short noun phrase (nouns, names, adjectives, an article, "'s"). Not a plain "the
 * host in 2009" (no "of": the role alone is read elsewhere).
 */
function roleOf(sentence: FrameSentence, k: number): PredicateReading | null {
  const { tokens } = sentence;
  let j = k;
  while (j > k - 7 && j > 0 && (isNounOrName(tokens[j]) || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "DET" || tokens[j]!.text === "'s" || tokens[j]!.text === "’s")) j--;
  if (j === k || lower(tokens[j]) !== "of" || !isNounOrName(tokens[k]) || objectOfVerb(tokens, j - 1)) return null;
  const noun = tokens[j - 1];
  const verb = noun && noun.pos === "NOUN" ? ROLE_NOUNS[noun.text.toLowerCase()] : undefined;
  return verb ? { lemma: verb, voice: null, at: j - 1, negated: false } : null;
}

/**
 * "a Medal of Valor winner in 2004", "the Keld marathon founder in 1990": a role noun right before
 * the date, after the name or noun of what the role is of, dates what its holder did (won it,
 * founded it). Must match those (win, found); must not match a role noun alone ("the host in
 * 2009", "a winner in 2004": nothing says of what), nor a role noun that is no role ("a winter in 2004").
 */
function roleNamedBefore(tokens: readonly TaggedToken[], k: number): PredicateReading | null {
  const noun = tokens[k];
  if (!noun || noun.pos !== "NOUN" || !isNounOrName(tokens[k - 1])) return null;
  const verb = ROLE_NOUNS[noun.text.toLowerCase()];
  return verb ? { lemma: verb, voice: null, at: k, negated: false } : null;
}

/** Whether the noun at k heads the object of a verb: "overturned the conviction", "praised its host". */
function objectOfVerb(tokens: readonly TaggedToken[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && (tokens[b]!.pos === "DET" || tokens[b]!.pos === "ADJ" || tokens[b]!.pos === "PRON")) b--;
  return tokens[b]?.pos === "VERB";
}

/** The possessive ending as its own token: "'s", "’s". */
const POSSESSIVE_S = /^['’]s$/;

const isNounOrName = (t: TaggedToken | undefined): boolean => t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN");

/**
 * For a date: the event noun just before it ("the court hearing April 19", "the attack on Monday",
 * "his arrest in 2008"), or before the names it is "of" ("the arrest of Jo Reid and Sam Kerr in
 * 2008": the arrest's year; not "the son of Jo Reid in 2008", no event).
 */
function eventBefore(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  let k = r.value.first - 1;
  if (/^(?:on|in|of|at|from)$/.test(lower(tokens[k]))) k--;
  // back over the names an event noun is "of": runs of names joined by "and" (not when a verb
  // takes the event as its object: "judges overturned the conviction of Jo Reid on 3 March" is the
  // day of the overturning, the verb's to read), a name's title with a possessive in it included
  // ("the killing of Keld County Sheriff's Deputy Ann Roe in May")
  if (tokens[k]?.pos === "PROPN") {
    let j = k;
    while (j > 0 && (tokens[j - 1]!.pos === "PROPN" || ((lower(tokens[j - 1]) === "and" || POSSESSIVE_S.test(tokens[j - 1]!.text)) && tokens[j - 2]?.pos === "PROPN"))) j--;
    // (a capitalized title the tagger reads as a common noun: "the resignation of President Ann Reid in 2004")
    const titled = tokens[j - 1]?.pos === "NOUN" && /^\p{Lu}\p{Ll}/u.test(tokens[j - 1]!.text) && lower(tokens[j - 2]) === "of";
    if (titled) j--;
    if (lower(tokens[j - 1]) === "of" && (titled || tokens[j]!.pos === "PROPN") && !objectOfVerb(tokens, j - 2)) k = j - 2;
  }
  const role = roleOf(sentence, k) ?? roleNamedBefore(tokens, k);
  if (role) return role;
  // over a place told between a happening's noun and its date: "his death at home on Thursday" (happening-nouns.ts)
  const placed = eventKey(tokens[k]) === null ? happeningBeforePlace(tokens, k) : -1;
  if (placed >= 0) k = placed;
  const t = tokens[k];
  if (!t || t.pos !== "NOUN" || valueAt(sentence, k)) return null;
  if (eventKey(t)) return { lemma: eventKey(t)!, voice: null, at: k, negated: false };
  // a noun of a happening to someone: "his death on Thursday", "its deployment on 2 June" (happening-nouns.ts)
  const noun = happeningNoun(tokens, k);
  if (noun) return { lemma: noun, voice: null, at: k, negated: false };
  // "a release date of 12 March": the happening whose date it is (dated-noun.ts)
  const of = happeningOfDate(tokens, k);
  if (of) return { lemma: of.lemma, voice: null, at: of.at, negated: false };
  if (/(?:ing|tion|sion)$/.test(t.text) && !subjectBeforeItsVerb(sentence, r, k)) return { lemma: t.lemma, voice: null, at: k, negated: false };
  return null;
}

/**
 * A noun of a body of people that only ends like one of an event ("administration", "commission",
 * "federation"), right before a bare date that a verb follows: the subject of that verb, not a
 * happening the date is of ("The state administration today revoked the permit", "The harbour
 * commission Tuesday approved the plan": the revoking's and approving's day). Not a noun of a
 * happening ("the decision today made them happy": the decision's day), a body the date follows
 * through a preposition ("the commission on Tuesday"), nor one whose date no verb follows ("the
 * federation Tuesday, which ...").
 */
function subjectBeforeItsVerb(sentence: FrameSentence, r: Reading, k: number): boolean {
  const { tokens } = sentence;
  if (k !== r.value.first - 1 || !BODY_NOUNS.test(tokens[k]!.text)) return false;
  const next = tokens[r.value.last + 1];
  return next !== undefined && next.pos === "VERB" && !/ing$/i.test(next.text);
}

/** Nouns of bodies of people that end like nouns of events (-tion, -sion). */
const BODY_NOUNS = /^(?:administration|commission|corporation|organi[sz]ation|association|coalition|federation|foundation|institution|delegation|congregation|confederation|division|opposition|nation|population)s?$/i;

/**
 * For a date that opens its sentence or stands set off by a comma ("On Friday, a 36-year-old
 * climber fell", "In December 2008, three men emptied the store"): the verb of the clause it
 * frames, past the subject.
 */
function clauseVerbAfter(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  let comma = r.value.last + 1;
  // past a date that restates it: "Last week Friday (14 October 2011), Seacom announced"
  if (tokens[comma]?.text === "(") while (tokens[comma] && tokens[comma]!.text !== ")") comma++;
  if (tokens[comma]?.text === ")") comma++;
  // a date that opens its sentence frames its clause with no comma too: "On Monday a column of
  // 140 residents were marching", "This morning one of the carriers, Telvia, reported a fault"
  if (tokens[comma]?.text !== ",") {
    // a date inside a phrase that opens the sentence, as a modifier of its noun: "As part of its
    // June 2021 upgrade, the city replaced 40 buses" (the clause after the phrase's comma)
    const closing = openingPhraseComma(tokens, r.value.first, r.value.last);
    if (closing >= 0) comma = closing;
    else if (!opensSentence(tokens, r.value.first) && !afterOpeningPhrase(tokens, r.value.first) && !opensCoordinatedClause(tokens, r.value.first, r.value.last)) return null;
    else comma = r.value.last;
  }
  // "at the meeting on 2 May 1980, where the mayor approved the plan": a relative clause after the
  // date's comma describes the date's phrase; its verb is no clause the date frames
  if (tokens[comma]?.text === "," && opensRelativeClause(tokens, comma + 1)) return null;
  // "On Sunday, in their last game of the year against a rival, the Owls clinched …": a phrase
  // set off by commas after the date opens with a preposition; the clause's subject and verb follow
  // it (not a clause opened by a conjunction: "In 1972, after Mitchell resigned, …" keeps its verb)
  if (tokens[comma]?.text === "," && tokens[comma + 1]?.pos === "ADP" && ASIDE_PREPOSITION.test(tokens[comma + 1]!.text)) {
    for (let k = comma + 2; k < tokens.length && k <= comma + 30; k++) {
      if (isClauseEnd(tokens[k])) break;
      if (tokens[k]!.text === ",") {
        comma = k;
        break;
      }
    }
  }
  let state: PredicateReading | null = null;
  let passed = 0;
  for (let i = comma + 1; i < tokens.length && i <= comma + 16 + passed; i++) {
    const t = tokens[i]!;
    if (isClauseEnd(t)) return state;
    // ("Ann Reid, the head of Varn Motors, which filed for bankruptcy today, outlined a plan": the
    // relative clause's verb is not the clause's: relative-aside.ts)
    const aside = i > comma + 1 ? relativeAsideEnd(tokens, i, isClauseEnd) : null;
    if (aside === -1) return state;
    if (aside !== null) {
      passed += aside - i;
      i = aside;
      continue;
    }
    // "By 9.30am the blaze was out", "By Monday the road was open again": with no verb after it, a
    // form of "be" and the state it gives are the clause's predicate
    if (!state && t.pos === "AUX" && t.lemma === "be" && /^(?:ADJ|ADV|ADP)$/.test(tokens[i + 1]?.pos ?? "")) state = { lemma: "be", voice: null, at: i, negated: false };
    // "Last week he had a setback", "On Monday she had surgery": "have" with no verb after it is
    // the clause's own verb, not an auxiliary to pass
    if (haveAsMainVerb(tokens, i)) return { lemma: "have", voice: "active", at: i, negated: false };
    // "On 1-2 May the town hosts a fair": a word in -s that a tagger read as a plural noun, right
    // after the subject and right before an article, is the clause's verb in the present tense
    if (t.pos === "NOUN" && i > comma + 1 && presentVerbReadAsNoun(tokens, i)) return { lemma: singular(t.text.toLowerCase()), voice: "active", at: i, negated: false };
    if (t.pos === "VERB" && !CALENDAR.test(t.text) && !(/ing$/.test(t.text) && tokens[i - 1]?.text === ",") && !titleBeforeName(tokens, i)) {
      // "a wounded man", "the Armed Forces": a participle before its noun or in a name is no verb
      if (/(?:-|ed)$/.test(t.text) && (tokens[i + 1]?.pos === "NOUN" || (tokens[i + 1]?.pos === "PROPN" && /^\p{Lu}/u.test(t.text))) && tokens[i - 1]?.pos === "DET") continue;
      let passive = false;
      for (let k = i - 1; k >= i - 3 && k > r.value.last; k--) if (tokens[k]!.pos === "AUX" && tokens[k]!.lemma === "be") passive = participleAfterBe(t);
      return { lemma: verbLemma(t), voice: passive ? "passive" : "active", at: i, negated: false };
    }
  }
  return state;
}

/**
 * A length of time that opens its sentence after "for" or "over", set off by a comma, frames the
 * clause after it as a date does: "For 35 years, the pact has kept the peace", "For nine days,
 * volunteers searched the moor" (a quote may open the sentence; "Over six months" is read by the
 * value layer as more than six months, its own qualifier). Must match those; must not match a
 * length inside the clause ("The pact has lasted for 35 years"), one with no comma after it, or one
 * after another word ("Within six months, …" is a deadline, read as it is).
 */
function frontedLength(sentence: FrameSentence, r: Reading): boolean {
  const { tokens } = sentence;
  if (r.value.mention.kind !== "duration" || tokens[r.value.last + 1]?.text !== ",") return false;
  const before = r.value.first - 1;
  if (!/^(?:for|over)$/i.test(tokens[before]?.text ?? "")) return false;
  for (let k = 0; k < before; k++) if (!/^["“‘']$/.test(tokens[k]!.text)) return false;
  return true;
}

/** Nouns of a part of time or of a whole, whose "of" leads on to the date or phrase they belong to: "the 31st day of October", "as part of its June upgrade". */
const TIME_PART = /^(?:day|days|week|weeks|month|months|year|part|beginning|start|end|middle|morning|afternoon|evening|night|spring|summer|autumn|winter|course)$/i;

/** Possessives that may stand before a date written as a modifier of a noun: "its June 2021 upgrade". */
const POSSESSIVE = /^(?:its|their|his|her|our|my|your)$/i;

/**
 * The comma that closes a phrase that opens the sentence with a preposition and holds the date as
 * a modifier of its noun ("As part of its June 2021 upgrade, …", "In its March 2019 review, …",
 * "With their May 2018 release, …"): before the date only prepositions, articles, possessives,
 * nouns and adjectives; between the date and the comma one to five nouns, names or adjectives. -1
 * when there is no such phrase: a verb inside it ("In its March 2019 review of banks that
 * collapsed, …"), a date right before the comma (read as a fronted date), no comma within reach.
 */
function openingPhraseComma(tokens: readonly TaggedToken[], first: number, last: number): number {
  if (!/^(?:ADP|SCONJ)$/.test(tokens[0]?.pos ?? "") || first === 0) return -1;
  for (let k = 1; k < first; k++) {
    const t = tokens[k]!;
    if (!(/^(?:ADP|DET|NOUN|ADJ)$/.test(t.pos) || POSSESSIVE.test(t.text))) return -1;
    // a date after "of" is that of the noun before it ("the law of 3 March", "the act of 30th
    // April"), not of the clause; a part of time is no such noun ("the 31st day of October")
    if (/^of$/i.test(t.text) && !TIME_PART.test(tokens[k - 1]?.text ?? "")) return -1;
  }
  for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
    const t = tokens[k]!;
    if (t.text === ",") return k > last + 1 ? k : -1;
    if (!/^(?:NOUN|PROPN|ADJ)$/.test(t.pos) && !BARE_DAY.test(t.text)) return -1;
  }
  return -1;
}

/** Prepositions that open a phrase set off after a date (not conjunctions that open a clause: "after", "since", "as"). */
const ASIDE_PREPOSITION = /^(?:in|at|on|during|with|against|amid|despite|under|inside|outside|near|from|for|by)$/i;

/**
 * A present-tense verb the tagger read as a plural noun: a word in -s after a noun or name (its
 * subject) and before a determiner (its object's): "the town hosts a fair", "Springfield plans a
 * vote". Must not match "the town's hosts" (no determiner after), "the fair's two hosts, the
 * mayor and …" (a comma after), "bus stops" (nothing after), "plays a" after an article ("the
 * plays a" has no subject noun before it).
 */
function presentVerbReadAsNoun(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^[a-z]{3,}s$/.test(t.text) || /ss$/.test(t.text)) return false;
  const subject = tokens[i - 1];
  if (!subject || (subject.pos !== "NOUN" && subject.pos !== "PROPN")) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.pos === "DET" && /^(?:a|an|the|its|their|this|these|his|her|our)$/i.test(next.text);
}

/** "hosts" → "host", "watches" → "watch", "carries" → "carry". */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * Only prepositions, articles, adverbs ("Just before 8am", "Shortly after 9 p.m.", "At about 6
 * a.m.", "Later on Monday") or a dateline in parentheses stand before token `first`.
 */
function opensSentence(tokens: readonly TaggedToken[], first: number): boolean {
  let k = 0;
  // "(Tue, 16 Aug 2011) This morning …": a dateline before the sentence
  if (tokens[0]?.text === "(") {
    while (k < first && tokens[k]!.text !== ")") k++;
    k++;
  }
  k = pastPlaceDateline(tokens, k, first);
  for (; k < first; k++) if (tokens[k]!.pos !== "ADP" && tokens[k]!.pos !== "DET" && tokens[k]!.pos !== "ADV") return false;
  return true;
}

/**
 * Past a place's dateline in capitals and its dash at token k: "ALASKA-Shortly after 3:30 …",
 * "LONDON — On Monday …", "KERROW, Idaho (AP) - This morning …". Must match those; must not
 * match a name in ordinary case ("Alaska - on Monday"), nor a dash with no place before it.
 */
function pastPlaceDateline(tokens: readonly TaggedToken[], k: number, first: number): number {
  let j = k;
  const capitals = (t: TaggedToken | undefined): boolean => t !== undefined && /^\p{Lu}[\p{Lu}.'’]+$/u.test(t.text);
  if (!capitals(tokens[j])) return k;
  // the place in capitals, then a state or country ("KERROW, Idaho"), then an agency ("(AP)")
  while (j < first && (capitals(tokens[j]) || tokens[j]!.text === "," || tokens[j]!.pos === "PROPN") && j < k + 6) j++;
  if (tokens[j]?.text === "(") {
    while (j < first && tokens[j]!.text !== ")") j++;
    j++;
  }
  return j < first && /^[-–—]$/.test(tokens[j]?.text ?? "") ? j + 1 : k;
}

/**
 * "Hale was alone about 9 a.m. Sunday when he drove to the depot": a time with no verb of its own
 * in its clause (only a form of "be"), right before "when" and the clause it opens, dates that
 * clause's verb (drove). Must match that; must not match a "when" clause after a verb the walk back
 * already found ("Hale left at 9 a.m. when the bus came": left), nor "when" followed by no verb within
 * a short subject ("at noon when possible").
 */
function whenClause(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  if (lower(tokens[r.value.last + 1]) !== "when") return null;
  for (let k = r.value.last + 2; k < tokens.length && k <= r.value.last + 7; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" && !CALENDAR.test(t.text) && !REPORTING.has(t.lemma)) return { lemma: verbLemma(t), voice: "active", at: k, negated: false };
    if (!/^(?:PRON|PROPN|DET|NOUN|ADJ|AUX|ADV)$/.test(t.pos)) return null;
  }
  return null;
}

const STAY_DATE_PREP = /^(?:in|on|from|during|since|between|until|till|through|throughout)$/;
/**
 * "She was previously at Lakeview Clinic in 2010", "he had been in Lisbon from May to July": a
 * person's being at a named place, dated — a stay there (lemma "stay", as "her stay at Lakeview in
 * 2010"). The place is a run of proper names after "in" or "at", between a form of "be" (past an
 * adverb or two) and the date. Must match those; must not match a common noun after "in" ("was in
 * trouble in 2010", "was in hospital in May"), a number in the place ("was in Chapter 11 in 2009"),
 * an event as the subject ("the summit was in Oslo in 2010": a noun before "be"), nor a verb of its
 * own ("was born in Leeds in 1980", "was arrested at Heathrow on Monday").
 */
function stayAtPlace(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  let j = r.value.first - 1;
  if (STAY_DATE_PREP.test(lower(tokens[j]))) j--;
  const placeEnd = j;
  while (j >= 0 && j > placeEnd - 5 && tokens[j]!.pos === "PROPN") j--;
  if (j === placeEnd) return null;
  if (lower(tokens[j]) === "the") j--;
  if (!/^(?:in|at)$/.test(lower(tokens[j]))) return null;
  j--;
  let negated = false;
  for (let k = 0; k < 2 && tokens[j]?.pos === "ADV"; k++, j--) if (NEGATORS.has(lower(tokens[j]))) negated = true;
  const be = tokens[j];
  if (!be || be.pos !== "AUX" || be.lemma !== "be") return null;
  // the subject is a person or a name, not an event or a thing ("the summit was in Oslo")
  const before = tokens[j - 1];
  if (before && before.pos === "ADJ") return null;
  if (before && before.pos === "NOUN" && !isPersonNoun(before.lemma, before.text) && !isRoleNoun(before.lemma)) return null;
  return { lemma: "stay", voice: null, at: j, negated };
}

/** A copula as the last resort: "will be 29 on April 11", "the toll is 87". */
function copula(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  // a date that closes the first of two predicates joined by "and" ("was a late pick of the Owls
  // in 2004 and spent six years there") dates the first, however long its noun phrase
  const reach = firstConjunct(tokens, r) ? 12 : 4;
  for (let i = r.value.first - 1; i >= 0 && i >= r.value.first - reach; i--) {
    const t = tokens[i]!;
    if (isClauseEnd(t) || t.text === "," || (t.pos === "VERB" && i < r.value.first - 4)) return null;
    if (t.pos === "AUX" && t.lemma === "be") return { lemma: "be", voice: null, at: i, negated: false };
  }
  return null;
}

/**
 * Whether the value ends the first of two predicates of one subject: "and" and a verb (past an
 * adverb) right after it. Must match "… in 2004 and spent six years there", "… in 2004 and later
 * coached"; must not match "in 2004 and 2005" (two dates), "in 2004 and the club" (a noun), "in
 * 2004." (no second predicate).
 */
function firstConjunct(tokens: readonly TaggedToken[], r: Reading): boolean {
  if (lower(tokens[r.value.last + 1]) !== "and") return false;
  let k = r.value.last + 2;
  while (tokens[k]?.pos === "ADV") k++;
  return tokens[k]?.pos === "VERB";
}

export const predicate: FrameComponent = (sentence, readings) => {
  readPredicates(sentence, readings);
  // "the tariffs imposed in March": a participle right after the noun it is done to is passive, for
  // a date that dates it and a count of that noun ("300 cars recalled in May"); a figure further
  // on may hang on another word than the participle ("cuts demanded by the union in exchange for a
  // $9 million (£7 million) loan": the loan's worth, not the demand's), and keeps its reading
  for (const r of readings) {
    const p = r.predicate;
    const dated = r.value.mention.kind === "date" || r.value.mention.kind === "time" || r.value.mention.kind === "range";
    if (p && p.voice === "active" && p.at >= 0 && (dated || r.value.last < p.at) && reducedPassive(sentence, p.at)) r.predicate = { ...p, voice: "passive" };
    // "four of the ships seized in May were freed": a count of the noun a reduced relative tells
    // of takes the verb that noun is the subject of
    const q = r.predicate;
    if (!dated && q && q.at === r.phraseEnd + 1 && r.value.last < q.at) {
      const governing = verbOfReducedSubject(sentence, q.at);
      if (governing) r.predicate = { ...governing, negated: q.negated };
    }
  }
  // "a deal worth $150 million or $23 million per season": a figure joined to the one before by
  // "or"/"and" with no verb of its own restates or extends it, so it shares its verb
  for (let k = 1; k < readings.length; k++) {
    const [a, b] = [readings[k - 1]!, readings[k]!];
    if (b.predicate || !a.predicate || a.notAClaim || b.notAClaim || b.value.mention.kind !== a.value.mention.kind) continue;
    // (the first's phrase may already run over the second: counted joins coordinated figures)
    const between = sentence.tokens.slice(a.phraseEnd < b.value.first ? a.phraseEnd + 1 : a.value.last + 1, b.value.first).map(lower);
    if (between.length >= 1 && between.length <= 2 && (between.includes("or") || between.includes("and")) && between.every((w) => w === "or" || w === "and" || w === ",")) b.predicate = a.predicate;
  }
  // then a sum still without a verb takes the offered thing before it (after the joined figures: a
  // figure joined to one before shares its verb, whatever offer stands further back)
  for (const r of readings) if (!r.notAClaim && !r.predicate) r.predicate = offeredBefore(sentence, r);
  // a length of time said to be what a noun "was" has that noun for its holder
  for (const r of readings) if (!r.notAClaim && !r.predicate && r.counted === "duration" && !r.holder) r.holder = copulaSubject(sentence, r);
  // a length of time a noun is "of" has that noun for its holder, whatever verb the phrase completes
  for (const r of readings) if (!r.notAClaim && r.counted === "duration" && !r.holder) r.holder = lengthOf(sentence, r);
  // a length of time opening the sentence before a clause of its own ("Ten minutes after she was sent
  // home, she came back") places the main clause's verb
  for (const r of readings) if (!r.notAClaim && !r.predicate && r.counted === "duration" && !r.holder) r.predicate = mainVerbAfterFrontedOffset(sentence, r);
  // a disclosure or a clause's happening measured from another moment, whose verb the reading above
  // skips ("revealed it 30 years after …", "It was 34 years before she broke cover": span-from-event.ts)
  for (const r of readings) {
    const span = !r.notAClaim && r.counted === "duration" && !r.holder ? spanPredicate(sentence, r) : null;
    if (span) [r.predicate, r.holder] = [span, span.lemma];
  }
  // a length of time that places the verb's happening before or after another moment measures that happening
  for (const r of readings) if (!r.notAClaim && r.counted === "duration" && !r.holder) r.holder = offsetOf(sentence, r);
  // "has been with the force for 11 years": a length of service, as "an 11-year veteran" (tenure.ts)
  for (const r of readings) if (!r.notAClaim && !r.predicate && r.counted === "duration" && !r.holder) r.holder = tenureOf(sentence, r) ?? intoEvent(sentence, r);
  // "had been a member of the board for five years": how long the subject was what "be" says it was
  for (const r of readings) if (!r.notAClaim && !r.predicate && r.counted === "duration" && !r.holder) r.holder = roleHeldFor(sentence, r);
};

/**
 * "had been a member of its anti-fraud unit for the past six years", "was a teacher in Keld for 30
 * years": a length of time after "for", in a clause whose only verb is a form of "be" with a noun
 * after it, measures how long the subject was that (its holder: member, teacher). Must match those;
 * must not match a clause with a verb of its own ("worked as a teacher for 30 years": work is read
 * as the predicate), a form of "be" with no noun after it ("was in Keld for 30 years"), nor a length
 * not after "for" ("was a teacher 30 years ago").
 */
function roleHeldFor(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  if (lower(tokens[r.value.first - 1]) !== "for") return null;
  for (let k = r.value.first - 2, steps = 0; k >= 0 && steps < 12; k--, steps++) {
    const t = tokens[k]!;
    if (isClauseEnd(t) || t.pos === "VERB") return null;
    if (t.pos !== "AUX" || t.lemma !== "be") continue;
    let j = k + 1;
    while (tokens[j] && (tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "ADV")) j++;
    const noun = tokens[j];
    return noun && noun.pos === "NOUN" && j < r.value.first - 1 ? noun.lemma.toLowerCase() : null;
  }
  return null;
}

/** Words after a length of time that make it a distance from another moment: "two weeks before the vote". */
const OFFSET = /^(?:before|after|earlier|later|prior)$/;

/**
 * "had married two weeks before the crash", "was wed three days after her graduation", "signed the
 * lease a month earlier": a length of time right before "before"/"after"/"earlier"/"later" tells
 * how long before or after another moment the verb's happening came, so it measures that happening
 * (its holder is the verb: frame:duration/marry), not the moment it is counted from ("the crash").
 * Must match those (marry, wed, sign); must not match a length with no verb read, nor one whose verb
 * says nothing happened ("it was two weeks before the vote": be; "said two days later": a reporting
 * verb) or only places a happening in time ("the outage comes a year after another"), nor a length
 * something went on ("fought the fire for eight hours before it died down"), nor one not followed by
 * such a word ("served two weeks in jail").
 */
function offsetOf(sentence: FrameSentence, r: Reading): string | null {
  const p = r.predicate;
  const { tokens } = sentence;
  if (!p || p.at < 0 || !OFFSET.test(lower(tokens[r.value.last + 1]))) return null;
  // "battled the blaze for eight hours before it was out": how long it went on, not how long before
  if (/^(?:for|over|during|within|throughout)$/.test(lower(tokens[r.value.first - 1]))) return null;
  if (p.lemma === "be" || LIGHT.has(p.lemma) || REPORTING.has(p.lemma) || ONLY_ORDER.has(p.lemma)) return null;
  return p.lemma;
}

/**
 * "About ten minutes after the clerk was sent home, she drove back", "Forty seconds before the bell rang,
 * the lights went out": a length of time that opens the sentence (after adverbs only), followed by
 * "after" or "before" and a clause with a verb of its own up to a comma, tells how long before or after
 * that clause the main clause's happening came; its predicate is the first verb past the comma. Must
 * match those; must not match a length before a noun ("Two days after the crash, police arrested him":
 * the crash is the moment, read elsewhere), nor one whose clause names its moment by an event noun the
 * frame already holds ("after the club ended its season": the season's end, as with a noun), a length
 * inside the sentence ("she came back ten minutes after she left"), nor a clause no comma closes.
 */
function mainVerbAfterFrontedOffset(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  if (!/^(?:after|before)$/.test(lower(tokens[r.value.last + 1]))) return null;
  for (let k = 0; k < r.value.first; k++) if (tokens[k]!.pos !== "ADV") return null;
  let comma = -1;
  let clauseVerb = false;
  for (let k = r.value.last + 2; k < tokens.length && k <= r.value.last + 24; k++) {
    const t = tokens[k]!;
    if (isClauseEnd(t)) return null;
    if (t.text === ",") { comma = k; break; }
    if (eventKey(t)) return null;
    if (t.pos === "VERB" || (t.pos === "AUX" && t.lemma !== "have")) clauseVerb = true;
  }
  if (comma < 0 || !clauseVerb) return null;
  for (let k = comma + 1; k < tokens.length && k <= comma + 6; k++) {
    const t = tokens[k]!;
    if (isClauseEnd(t) || t.text === ",") return null;
    if (t.pos === "VERB") {
      const passive = tokens[k - 1]?.pos === "AUX" && tokens[k - 1]!.lemma === "be" && participleAfterBe(t);
      return { lemma: t.lemma.toLowerCase(), voice: passive ? "passive" : "active", at: k, negated: false };
    }
  }
  return null;
}

/** Verbs that only place a happening in time ("the outage comes a year after another"): the happening is their subject, not the verb. */
const ONLY_ORDER = new Set(["come", "follow", "happen", "occur", "precede"]);

/**
 * Nouns of an amount of something ("a lot of", "the bulk of", "the majority of"): before a date
 * ("a lot of today's trading", "the bulk of Monday's sales"), they name no happening the date is of.
 * Must not be read as the date's predicate: those. Still read: "the crash of 1929", "the storm of
 * 12 May" (nouns of happenings).
 */
const AMOUNT_NOUNS: ReadonlySet<string> = new Set(["lot", "lots", "bulk", "majority", "minority", "plenty", "rest", "remainder", "number", "couple", "deal", "handful", "portion", "share", "part", "much", "most"]);

/** Nouns that only say a length of time is one ("a period of two years"): no holder. */
const SPAN_NOUNS = new Set(["period", "space", "span", "matter", "course", "total", "maximum", "minimum", "average", "excess", "length", "duration", "time", "lot", "couple", "number", "spell", "stretch"]);

/** Verbs that only say one thing brought about another: the thing brought about is what is measured. */
const CAUSAL = new Set(["cause", "lead", "result", "trigger", "bring", "produce", "create", "mean", "spark", "prompt"]);

/**
 * "caused downtime of around an hour", "sailed after a delay of 40 minutes", "a wait of two days
 * followed": a length of time a noun is "of" measures that noun (its holder), when the noun
 * phrase is what a verb of causing brought about, stands after a preposition, or no verb was
 * read. Must match those (downtime, delay, wait); must not match "served a sentence of four
 * months" (the object of a verb with a meaning of its own: serve stays the predicate), "a period
 * of two years", "in the space of an hour" (nouns that only say a length is one), "the last of
 * three days" (no noun).
 */
function lengthOf(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  if (lower(tokens[r.value.first - 1]) !== "of") return null;
  const at = r.value.first - 2;
  const noun = tokens[at];
  if (!noun || noun.pos !== "NOUN") return null;
  const lemma = noun.lemma.toLowerCase();
  if (SPAN_NOUNS.has(lemma)) return null;
  if (!r.predicate) return lemma;
  // what stands before the noun phrase: a preposition, or the verb whose object it is
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADV")) k--;
  const before = tokens[k];
  if (before?.pos === "VERB") return CAUSAL.has(before.lemma.toLowerCase()) ? lemma : null;
  return lemma;
}

/**
 * "Total downtime was 64 minutes", "The delay is about two hours": a length of time right after a
 * form of "be" measures the noun before it (the holder, as "magnitude" is an earthquake's), the head
 * of its subject before any "of" phrase ("The term of office of the mayors is four years" → term).
 * Must match those; must not match "It was 40 minutes" (a pronoun), "which was two years ago" (no noun),
 * "the outage lasted an hour" (a verb, read as the predicate).
 */
function copulaSubject(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  let i = r.value.first - 1;
  while (tokens[i]?.pos === "ADV") i--;
  if (tokens[i]?.pos !== "AUX" || tokens[i]!.lemma !== "be") return null;
  // the head of the subject, before its "of" phrases: "the term of office of the mayors is four
  // years" and "the mayors' term of office is four years" both measure the term
  let k = i - 1;
  let head = tokens[k]?.pos === "NOUN" ? k : -1;
  for (let j = k; j >= 1 && j >= i - 10; j--) {
    const t = tokens[j]!;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "DET" || t.pos === "NUM" || t.pos === "PART") continue;
    if (lower(t) === "of" && tokens[j - 1]?.pos === "NOUN") {
      head = j - 1;
      k = j - 1;
      continue;
    }
    break;
  }
  return head >= 0 ? tokens[head]!.lemma.toLowerCase() : null;
}

function readPredicates(sentence: FrameSentence, readings: readonly Reading[]): void {
  const { tokens } = sentence;
  for (const r of readings) {
    if (r.notAClaim) continue;
    const isDate = r.value.mention.kind === "date" || r.value.mention.kind === "range" || r.value.mention.kind === "time";
    // "three of the five hostages", "five of Dayton's first eight points": the whole a partitive
    // counts has no predicate of its own (partitive.ts)
    if (!isDate && wholeOf(sentence, r)) {
      r.predicate = null;
      continue;
    }
    // "Tom Adder (6-1, 215)": a person's size after the name completes no verb (name-measures.ts)
    if (!isDate && nameBeforeMeasures(tokens, r) !== null) {
      r.predicate = null;
      continue;
    }
    let p: PredicateReading | null = null;
    // a value in parentheses right after another restates it: "110 billion euro (93.6 billion pound)", "today (14 October 2011)"
    const restated = restatedBy(sentence, readings, r);
    if (restated?.predicate) {
      r.predicate = restated.predicate;
      continue;
    }
    // (a labelled field, "Born: 3 March 1961", has no verb: its label names the happening)
    if (isDate) p = titleYear(sentence, r) ?? labelledDate(sentence, r) ?? dueInCourt(sentence, r) ?? onScene(sentence, r) ?? eventNear(sentence, r) ?? eventBefore(sentence, r) ?? verbBefore(sentence, r, true) ?? verbAfter(sentence, r, true) ?? whenClause(sentence, r) ?? clauseVerbAfter(sentence, r) ?? stayAtPlace(sentence, r) ?? copula(sentence, r);
    else p = happeningSoFar(sentence, r) ?? activityOf(sentence, r) ?? testimonyOf(sentence, r) ?? complementAfter(sentence, r) ?? relativeVerb(sentence, r) ?? objectOf(sentence, r) ?? nominalOf(sentence, r) ?? verbAfter(sentence, r) ?? pastAppositivePhrase(sentence, r) ?? existential(sentence, r) ?? verbBefore(sentence, r) ?? (frontedLength(sentence, r) ? clauseVerbAfter(sentence, r) : null);
    const countedWord = r.countedAt >= 0 ? tokens[r.countedAt] : undefined;
    const countedEvent = countedWord ? eventKey(countedWord) ?? (/^(?:death|injury|arrest|shot|hit|vote|casualty|fatality|victim)$/.test(countedWord.lemma) || (/(?:ion|ment|ure)$/.test(countedWord.lemma) && !THING_WITH_EVENT_ENDING.test(countedWord.lemma)) ? countedWord.lemma : null) : null;
    // "made 46 arrests", "suffered minor injuries": a light verb's object noun names the event; so
    // does the noun a reporting verb reports or "there were" states ("no injuries were reported",
    // "police reported 12 deaths", "there were no deaths")
    if (p && (LIGHT.has(p.lemma) || REPORTING.has(p.lemma) || p.lemma === "be") && countedEvent) p = { lemma: countedEvent, voice: null, at: r.countedAt, negated: p.negated };
    if (!p && countedEvent) p = { lemma: countedEvent, voice: null, at: r.countedAt, negated: false };
    // "a crowd of 20,000", "a death toll of 87": the noun the value is "of"
    // (not, for a date, a noun of an amount: "a lot of today's trading", "the bulk of Monday's sales" name no happening)
    if (!p && lower(tokens[r.value.first - 1]) === "of" && tokens[r.value.first - 2]?.pos === "NOUN" && !(isDate && AMOUNT_NOUNS.has(lower(tokens[r.value.first - 2])))) {
      const n = tokens[r.value.first - 2]!;
      p = { lemma: eventKey(n) ?? n.lemma, voice: null, at: r.value.first - 2, negated: false };
    }
    if (isDate) p = scheduledEvent(sentence, r, p) ?? lightVerbEvent(sentence, p) ?? p;
    p = setAt(sentence, r) ?? crowdOf(sentence, r) ?? purpose(sentence, p) ?? p;
    // "The dead included 12 sailors": the group's word names the happening (participle-group.ts)
    if (!isDate) p = groupNamedByParticiple(tokens, p) ?? p;
    p = eventThatFollowed(sentence, p) ?? p;
    // (for a date only: a count's verb already tells what the count did: "two of them managed to flee")
    if (isDate) p = infinitiveCarried(sentence, p) ?? p;
    // "attended by 200,000", "joined by 300": a bare count that does a verb of taking part counts people
    const by = tokens[r.value.first - 1]?.pos === "DET" ? r.value.first - 2 : r.value.first - 1;
    if (p && p.voice === "passive" && r.counted === null && lower(tokens[by]) === "by" && PARTAKE.has(p.lemma)) r.counted = "person";
    // "no injuries", "no one was killed": a count of none is not a negation of the event
    // "took 23 into custody", "were taken into custody": an arrest (into-custody.ts)
    if (p && takenIntoCustody(tokens, p.at, r.value.last)) p = { ...p, lemma: "arrest" };
    r.predicate = p && hyphenCompound(tokens, stateVerbWithObject(tokens, p));
    if (p && strikes(r.counted, p.lemma)) r.counted = "hit";
  }
}

/**
 * A verb written as a compound with a word glued before it by a hyphen is that compound, not its
 * last part: "rear-ended a van" (rear-end, not end), "fast-tracked the plan" (fast-track),
 * "test-fired a missile" (test-fire), "co-founded the firm" (co-found). Must not join a word set
 * apart by spaces ("rear - ended" as written with spaces is two words and a dash), a number, a
 * capitalized word ("Kyiv-born": the place one was born in), a plural or a participle glued to a
 * dash that closes an aside ("riders-some on bikes-attacked"), nor a third part ("hard-to-reach").
 */
function hyphenCompound(tokens: readonly TaggedToken[], p: PredicateReading): PredicateReading {
  const verb = tokens[p.at];
  const first = tokens[p.at - 2];
  if (!verb || verb.pos !== "VERB" || !first || !gluedByHyphen(tokens, p.at - 2) || !/^\p{Ll}+$/u.test(first.text)) return p;
  // not a dash glued between an aside and its verb ("riders-some on bikes-attacked"): a plural or
  // inflected noun, or a participle, is no first part of a compound verb
  if (/(?:ed|ing)$/.test(first.text) || (first.pos === "NOUN" && first.lemma !== first.text)) return p;
  // (a third part before it: "hard-to-reach", "well-to-do")
  const before = tokens[p.at - 3];
  if (before && before.text === "-" && before.end === first.start) return p;
  // the verb's lemma already holds the compound, or names the verb's own form
  if (p.lemma.includes("-") || p.lemma !== verb.lemma && p.lemma !== verbLemma(verb)) return p;
  return { ...p, lemma: `${first.text.toLowerCase()}-${p.lemma}` };
}

/**
 * "after more than three decades of faking illness", "two years of trying", "12 hours of negotiating
 * with the crew": a length of time "of" a gerund measures that activity, whatever verb the clause
 * has ("six months of rising prices": the prices rose). Must match those (fake, try, negotiate, rise);
 * must not match "three days of talks" (a noun), "five years of age", "two hours of the meeting".
 */
function activityOf(sentence: FrameSentence, r: Reading): PredicateReading | null {
  if (r.value.mention.kind !== "duration") return null;
  const { tokens } = sentence;
  const k = r.value.last + 2;
  const g = tokens[k];
  if (lower(tokens[r.value.last + 1]) !== "of" || !g || g.pos !== "VERB" || !/ing$/i.test(g.text)) return null;
  return { lemma: verbLemma(g), voice: "active", at: k, negated: false };
}

/** Nouns of what people told a court or an inquiry: "the testimony of six witnesses". */
const TELLERS = /^(?:witness|survivor|victim|informant|defector|juror|expert|officer|official|resident|neighbou?r|doctor)$/;
const TESTIMONY = /^(?:testimony|testimonies|statements?|accounts?|depositions?|affidavits?)$/;

/**
 * "took the testimony of six turncoats", "relied on the statements of 12 witnesses", "the accounts
 * of three survivors": people a count gives after a noun of telling told it; the verb before acts on
 * what they told (nothing was taken from them), so the count's happening is a testifying. Must
 * match those; must not match "the testimony of the six" (a partitive's "the"), "the release of six
 * hostages" (no noun of telling), "accounts of 40 firms" (not people).
 */
function testimonyOf(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  if (r.value.mention.kind !== "quantity" || r.counted === null || !(r.counted === "person" || TELLERS.test(r.counted) || isPersonNoun(r.counted, r.counted)) || lower(tokens[r.value.first - 1]) !== "of") return null;
  const noun = tokens[r.value.first - 2];
  if (!noun || noun.pos !== "NOUN" || !TESTIMONY.test(lower(noun))) return null;
  return { lemma: "testify", voice: null, at: r.value.first - 2, negated: false };
}

/** Verbs that take an event as their object and name none themselves: "had surgery", "underwent an operation". */
const UNDERGO = new Set([...LIGHT, "undergo"]);

/**
 * "who had heart surgery in 2001", "had undergone knee surgery twice, in 2001 and 2009": a date
 * whose verb names no happening of its own dates the event noun that verb takes as its object. Must
 * match those (surgery); must not match "had dinner in May" (no event noun), "underwent tests in
 * May" (no event noun), "had a house in Leeds since 2001" (no event noun).
 */
function lightVerbEvent(sentence: FrameSentence, p: PredicateReading | null): PredicateReading | null {
  if (!p || p.at < 0 || !UNDERGO.has(p.lemma)) return null;
  const { tokens } = sentence;
  for (let k = p.at + 1; k < tokens.length && k <= p.at + 4; k++) {
    const t = tokens[k]!;
    const event = eventKey(t);
    if (event) {
      // the head of the object is the last noun of its run: an event word before another noun only
      // qualifies a thing ("left the games room closed", "a surgery ward"), unless that noun is an
      // event too ("underwent knee replacement surgery")
      let head = k;
      while (tokens[head + 1]?.pos === "NOUN") head++;
      if (head === k) return { lemma: event, voice: null, at: k, negated: p.negated };
      const last = eventKey(tokens[head]);
      return last ? { lemma: last, voice: null, at: head, negated: p.negated } : null;
    }
    if (!(t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADV" || (t.pos === "PUNCT" && t.text === "-"))) return null;
  }
  return null;
}

/**
 * "the seventh time Ana has won here": a count of times so far (values/quantity/records.ts) counts
 * the happening the clause after it tells, its verb after "has", "have" or "had" (past "now",
 * "ever", "already"). Must read "won" there, "rallied" in "the fourth time that the club had
 * rallied"; a count of another kind is not read here.
 */
function happeningSoFar(sentence: FrameSentence, r: Reading): PredicateReading | null {
  if (!r.value.mention.pattern.endsWith("-times")) return null;
  const { tokens } = sentence;
  for (let i = r.value.last + 1; i < tokens.length && i <= r.value.last + 9 && !isClauseEnd(tokens[i]); i++) {
    if (!/^(?:has|have|had)$/.test(lower(tokens[i]))) continue;
    let k = i + 1;
    while (tokens[k] && /^(?:now|ever|already)$/.test(lower(tokens[k]))) k++;
    const t = tokens[k];
    return t && t.pos === "VERB" ? { lemma: verbLemma(t), voice: "active", at: k, negated: false } : null;
  }
  return null;
}

/** Verbs of order in time: "was followed by the reinstatement", "had been preceded by a warning". */
const SEQUENCE = new Set(["follow", "precede"]);

/**
 * "This was followed by a full reinstatement of the line on 3 May", "The vote was preceded by a
 * walkout of 40 members": a passive verb of order in time names no happening of its own; the event
 * noun after "by" is what the value dates or counts. Must match those (reinstatement, walkout); must
 * not match "was followed by police" (a noun that names no event), "followed the river for 3
 * miles" (active), "was followed by 300 people" (the value is the doer).
 */
function eventThatFollowed(sentence: FrameSentence, p: PredicateReading | null): PredicateReading | null {
  if (!p || p.voice !== "passive" || !SEQUENCE.has(p.lemma)) return null;
  const { tokens } = sentence;
  let k = p.at + 1;
  if (lower(tokens[k]) !== "by") return null;
  k++;
  while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV")) k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== "NOUN") return null;
  const event = eventKey(noun) ?? (/(?:ion|ment|ure|out|ing)$/.test(noun.lemma) ? noun.lemma.toLowerCase() : null);
  return event ? { lemma: event, voice: null, at: k, negated: p.negated } : null;
}

/**
 * The value a parenthesis restates: the one right before "(" ("110 billion euro (93.6 billion
 * pound)"), also for every further value of that parenthesis after ";", "," or "/", which converts
 * the same amount again ("2m crowns (£150,000; $190,000)", "40 km (25 miles, 13 nautical miles)").
 * Must match those; must not match a value after a comma outside a parenthesis ("20 dead, 30
 * injured") nor one after text in the parenthesis ("(of which 30 were sold)").
 */
function restatedBy(sentence: FrameSentence, readings: readonly Reading[], r: Reading): Reading | undefined {
  const { tokens } = sentence;
  const before = lower(tokens[r.value.first - 1]);
  const prior = readings.find((o) => o !== r && o.value.last === r.value.first - 2);
  if (before === "(") return prior;
  if (!prior || (before !== ";" && before !== "," && before !== "/")) return undefined;
  // the value before the separator is itself in the parenthesis: it holds the amount's predicate
  return opensParenthesis(tokens, readings, prior) ? prior : undefined;
}

/** A value that opens a parenthesis, or follows one that does after ";", "," or "/": "(£240,000; $300,000)". */
function opensParenthesis(tokens: readonly TaggedToken[], readings: readonly Reading[], r: Reading): boolean {
  const before = lower(tokens[r.value.first - 1]);
  if (before === "(") return true;
  if (before !== ";" && before !== "," && before !== "/") return false;
  const prior = readings.find((o) => o !== r && o.value.last === r.value.first - 2);
  return prior !== undefined && opensParenthesis(tokens, readings, prior);
}

/**
 * "including three that entered his back", "two who were hurt": a count that a relative clause
 * right after it is about does that clause's verb. Must match those; must not match "three that
 * police found" (the count is the object: its verb is found, with another subject), "the three
 * that day".
 */
function relativeVerb(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  const i = r.value.last + 1;
  if (!/^(?:that|which|who)$/.test(lower(tokens[i]))) return null;
  let k = i + 1;
  let passive = false;
  while (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV") {
    if (tokens[k]!.lemma === "be") passive = true;
    k++;
  }
  const t = tokens[k];
  if (!t || t.pos !== "VERB" || REPORTING.has(t.lemma)) return null;
  return { lemma: verbLemma(t), voice: passive && participleAfterBe(t) ? "passive" : "active", at: k, negated: false };
}

/**
 * Nouns of things, places and groups that end like nouns of events (-ion, -ment, -ure): a count of
 * them names no happening. "brought 24 pieces of equipment", "30 tons of furniture", "two
 * apartments", "four regions"; not "46 arrests", "three collisions", "two settlements" (of a case).
 */
const THING_WITH_EVENT_ENDING = /^(?:equipment|apartment|department|compartment|instrument|document|garment|monument|ornament|fragment|segment|element|basement|pavement|tenement|armament|furniture|structure|sculpture|creature|fixture|picture|feature|mixture|region|nation|station|union|onion|pavilion|mansion|battalion|legion|champion|opinion|religion|million|billion|trillion)$/;

/**
 * Verbs that carry the happening of the infinitive after them, which took place: "was forced to
 * file for bankruptcy in 1983", "managed to escape on Friday", "began to sink on Monday" — the
 * date is the filing's, the escape's, the sinking's (read for dates only). Not verbs of deciding, trying or promising
 * ("voted in 2007 to close the plant", "tried to flee on Friday", "vowed to rebuild"), whose
 * infinitive may never have happened or happened later.
 */
const CARRIES_INFINITIVE = new Set(["force", "compel", "oblige", "manage", "begin", "start", "continue"]);

/** The infinitive a verb of CARRIES_INFINITIVE carries, as the predicate; null when none follows it. */
function infinitiveCarried(sentence: FrameSentence, p: PredicateReading | null): PredicateReading | null {
  if (!p || p.voice === null || !CARRIES_INFINITIVE.has(p.lemma)) return null;
  const { tokens } = sentence;
  if (lower(tokens[p.at + 1]) !== "to") return null;
  const k = p.at + 2;
  const t = tokens[k];
  if (!t || t.pos !== "VERB" || t.lemma === "be" || REPORTING.has(t.lemma)) return null;
  return { lemma: verbLemma(t), voice: "active", at: k, negated: p.negated };
}

/** Verbs whose doers a count after "by" gives in people: "attended by 200,000". */
const PARTAKE = new Set(["attend", "join", "watch", "visit", "sign", "support", "back", "follow"]);

/** Verbs that set a figure on a thing: "police put the march at 30,000", "estimated the crowd at 70". */
const SET_AT = new Set(["put", "estimate", "place", "peg", "set", "count", "number", "gauge"]);

/**
 * "Police put the march, called to mark the strike, at roughly 30,000 people", "officials
 * estimated the crowd at 70": the figure is the size of the thing the verb sets it on, so that
 * noun (its event) is the predicate. Must match those; must not match "put the book on the table"
 * (no "at" and a figure), "arrived at 3 pm".
 */
function setAt(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  if (lower(tokens[r.value.first - 1]) !== "at") return null;
  let k = r.value.first - 2;
  // past an aside: ", called to mark a 24-hour strike,"
  if (tokens[k]?.text === ",") {
    let j = k - 1;
    while (j > 0 && j > k - 14 && tokens[j]!.text !== "," && !isClauseEnd(tokens[j])) j--;
    if (tokens[j]?.text !== ",") return null;
    k = j - 1;
  }
  if (tokens[k]?.pos !== "NOUN") return null;
  const noun = k;
  while (k > 0 && (tokens[k - 1]!.pos === "NOUN" || tokens[k - 1]!.pos === "ADJ" || tokens[k - 1]!.pos === "DET")) k--;
  const verb = tokens[k - 1];
  if (!verb || verb.pos !== "VERB" || !SET_AT.has(verb.lemma)) return null;
  return { lemma: eventKey(tokens[noun]) ?? tokens[noun]!.lemma, voice: null, at: noun, negated: false };
}

/** Verbs that fix, told of the thing fixed, when it is to happen: "the vote is scheduled for May 3", "a hearing was pencilled in for May". */
const SCHEDULING = new Set(["schedule", "reschedule", "plan", "slate", "set", "pencil", "book", "fix", "arrange"]);

/**
 * A date that a verb of scheduling in the passive gives ("… is scheduled for", "are planned for",
 * "has been set for") dates the event it is told of, not the scheduling: the nearest event noun
 * before the verb in its clause, past a relative pronoun, names, prepositions and a parenthesis.
 * So "the council vote, which is scheduled for May 3", "a vote on the budget planned for May 3" and
 * "the May 3 vote" are one occurrence. Must match: "The regional vote, which is planned for 9 June,
 * …" (vote), "Talks between the unions are set for Friday" (talks), "The hearing of the two
 * brothers (both in custody) has been rescheduled for March 2" (hearing). Must not match: "The
 * record was set on Monday" (no event noun), "Officials planned the rally for Saturday" (active:
 * the verb's own object is read elsewhere), "The budget, planned on Monday at a meeting" (the
 * event noun is after the date, and the date does not follow "for").
 */
function scheduledEvent(sentence: FrameSentence, r: Reading, p: PredicateReading | null): PredicateReading | null {
  if (!p || !SCHEDULING.has(p.lemma) || p.at >= r.value.first) return null;
  const { tokens } = sentence;
  // passive, as read or as written: "is set for" (a tagger may read "set" after "is" as active)
  let aux = p.at - 1;
  while (tokens[aux]?.pos === "ADV") aux--;
  if (p.voice !== "passive" && !(tokens[aux]?.pos === "AUX" && tokens[aux]!.lemma === "be")) return null;
  const gap = r.value.first - p.at;
  if (gap > 3 || !/^(?:for|on)$/.test(lower(tokens[r.value.first - 1]))) return null;
  let k = p.at - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
  if (/^(?:which|that)$/.test(lower(tokens[k]))) k--;
  for (let j = k; j >= 0 && j >= k - 14; j--) {
    const t = tokens[j]!;
    if (t.pos === "VERB" || t.pos === "AUX" || isClauseEnd(t)) break;
    const event = eventKey(t);
    if (event) return sessionHeld(tokens, j, p.negated) ?? { lemma: event, voice: null, at: j, negated: p.negated };
  }
  return null;
}

/** Nouns of a sitting of a court, named by what it holds: "a trial hearing", "the sentencing hearing". */
const SITTINGS = new Set(["hearing", "session"]);

/**
 * The event a sitting of a court is held for, when an event noun stands right before it: "a
 * three-day trial hearing" is the trial, "the sentencing hearing" the sentencing, so that its day
 * meets the day the trial or the sentencing is given. Must match those; must not match "a bail
 * hearing" or "a court hearing" (no event noun before it: the hearing itself), nor "the trial
 * judge" (no sitting).
 */
function sessionHeld(tokens: readonly TaggedToken[], j: number, negated: boolean): PredicateReading | null {
  const t = tokens[j];
  if (!t || !SITTINGS.has(lower(t).replace(/s$/, ""))) return null;
  const before = tokens[j - 1];
  const held = before && before.end + 1 >= t.start ? eventKey(before) : null;
  return held && !SITTINGS.has(held) ? { lemma: held, voice: null, at: j - 1, negated } : null;
}

/** Event keys of things offered, whose worth a sum with no verb of its own gives. */
const OFFERED_EVENTS = new Set(["offer", "bid", "deal", "contract", "loan", "bailout", "package"]);

/**
 * A sum with no verb of its own, after a noun of something offered earlier in its clause: "the
 * deal is said to be for eight years and could be up to $180 million", "a proposal reportedly
 * worth between $140 million and $150 million": the sum is that offer's worth. Must match those;
 * must not match a sum after a clause's end ("The deal fell through. Costs were $5 million."), nor
 * a count of things ("the deal covers 300 workers").
 */
function offeredBefore(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  if (r.counted !== "money") return null;
  for (let k = r.value.first - 1; k >= 0 && k >= r.value.first - REACH; k--) {
    if (isClauseEnd(tokens[k])) return null;
    const key = eventKey(tokens[k]);
    if (key && OFFERED_EVENTS.has(key) && !valueAt(sentence, k)) return { lemma: key, voice: null, at: k, negated: false };
  }
  return null;
}

/** Nouns of a gathering whose "of" gives its size: "a group of 40 students", "a crowd of 300". */
const GATHERING = new Set(["group", "crowd", "mob", "throng", "band", "gathering", "procession", "column", "contingent", "horde"]);

/**
 * "a group of at least three dozen people rampaged", "a crowd of 300 marched": a count of people
 * inside a gathering's "of" gives the gathering's size, whatever it then did. Must match those;
 * must not match "a group of 12 companies" (no people), "one of 12 people" (no gathering).
 */
function crowdOf(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  if (r.counted !== "person" || lower(tokens[r.value.first - 1]) !== "of") return null;
  const noun = tokens[r.value.first - 2];
  if (!noun || noun.pos !== "NOUN" || !GATHERING.has(noun.lemma)) return null;
  return { lemma: "crowd", voice: null, at: r.value.first - 2, negated: false };
}

/** Verbs of setting out whose purpose names the act: "set off to march", "headed out to protest". */
const SET_OUT = new Set(["set", "head", "leave", "start", "begin", "gather", "assemble", "meet", "go", "come", "turn"]);

/**
 * "close to 110 people left the square to march on the courthouse": the act they set out to
 * do is the predicate. Must match "set off to march", "gathered to protest"; must not match
 * "began to fall" (no doers' act: fall is kept, it is the verb itself), "went to the station".
 */
function purpose(sentence: FrameSentence, p: PredicateReading | null): PredicateReading | null {
  const { tokens } = sentence;
  if (!p || p.at < 0 || tokens[p.at]?.pos !== "VERB" || !SET_OUT.has(p.lemma)) return null;
  for (let k = p.at + 1; k < tokens.length && k <= p.at + 8 && !isClauseEnd(tokens[k]) && tokens[k]!.text !== ","; k++) {
    // (the verb of setting out stays where it stands: its subject is the doers')
    if (lower(tokens[k]) === "to" && tokens[k + 1]?.pos === "VERB" && tokens[k + 1]!.lemma !== "be") return { lemma: verbLemma(tokens[k + 1]!), voice: "active", at: p.at, negated: p.negated };
  }
  return null;
}

/** Verbs of a projectile or blow reaching someone, and of shooting or stabbing someone. */
const REACHES = new Set(["hit", "strike", "enter", "pierce"]);
const STRIKES = new Set(["shoot", "hit", "strike", "stab", "wound"]);

/**
 * Hits on someone, however written: bullets or shots that hit, struck or entered ("hit by seven
 * bullets", "seven bullets struck him"), and times someone was shot, stabbed or hit ("shot eleven
 * times"). Must match those; must not match shots fired ("fired 11 shots", "emptied 16 rounds"),
 * times of other verbs ("visited three times"), nor bullets found ("four bullets in the gun").
 */
function strikes(counted: string | null, lemma: string): boolean {
  if (counted === "time") return STRIKES.has(lemma);
  return (counted === "bullet" || counted === "shot" || counted === "round" || counted === "gunshot") && REACHES.has(lemma);
}

export { isVerb };
