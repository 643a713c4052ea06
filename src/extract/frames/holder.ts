/**
 * The thing or person a measure belongs to, as a participant (role "holder"): the noun phrase the
 * measure stands in ("the 62-metre vessel", "the 52-year-old"), or the subject it is said of with
 * "is", "was", "measures", "weighs" ("the Kestrel Dawn was 44 metres long", "the bridge, which is
 * 80 metres long"). Later stages compare holders as they compare agents: two lengths of two named
 * ships are two measures, two lengths of one ship one (and a description told back, "the
 * vessel", is given its ship's name by extract/coreference.ts; an age's holder, its own phrase, is
 * kept only when it is told back to a name: extract/frame-pass.ts).
 *
 * Must match: "The 62-metre vessel had left" → the 62-metre vessel; "the Kestrel Dawn was 44
 * metres long" → the Kestrel Dawn; "the ship, which is 50 metres long," → the ship; "the tower
 * measures 120 metres" → the tower; "the 52-year-old was arrested" → the 52-year-old.
 * Must not match: "a wall 3 metres from the road" (a distance, no measure of a thing), "the ship
 * sailed 40 miles" (a distance covered), "the crew of 11" (a count), "the 1998 season" (no measure).
 */
import type { TaggedToken } from "../../types.js";
import { type FrameComponent, type FrameSentence, type Reading, keyOf } from "./sentence.js";
import { childrenHad } from "./counted.js";
import { nameBeforeMeasures } from "./name-measures.js";
import { stretchFor } from "./stretch-for.js";

/** What a measure of a thing may be: its size, its weight, a person's age or height. */
const MEASURES = new Set(["length", "width", "height", "depth", "weight", "age"]);

/** Verbs that give a measure of their subject: "measures 40 metres", "weighs 200 pounds". */
const MEASURING = /^(?:measure|weigh)$/;

const DETERMINER = /^(?:the|this|that)$/i;

/** The noun phrase that ends at token `end` (a noun or a name): its first token, back over nouns, names, adjectives, numbers and hyphens to a determiner. */
function phraseStart(tokens: readonly TaggedToken[], end: number): number {
  let k = end;
  while (k > 0) {
    const t = tokens[k - 1]!;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "NUM" || t.text === "-") k--;
    else if (t.pos === "DET" && DETERMINER.test(t.text)) return k - 1;
    else break;
  }
  return k;
}

function textBetween(sentence: FrameSentence, from: number, to: number): string {
  return sentence.text.slice(sentence.tokens[from]!.start, sentence.tokens[to]!.end);
}

/** "the 62-metre vessel", "the 52-year-old": a determiner right before the value, the phrase running to its noun. */
function inPhrase(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  const det = tokens[r.value.first - 1];
  if (!det || !DETERMINER.test(det.text)) return null;
  // attributive: the value is written joined to its unit ("62-metre", "52-year-old")
  if (!/-\p{L}/u.test(r.value.mention.text) && tokens[r.value.last + 1]?.text !== "-") return null;
  // the phrase runs over adjectives to its noun, and over a compound to its last noun ("the 28-year-old Keld native")
  let end = r.value.last;
  let k = r.value.last + 1;
  while (k < tokens.length && k <= r.value.last + 4 && (tokens[k]!.text === "-" || tokens[k]!.pos === "ADJ")) k++;
  while (k < tokens.length && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "PROPN")) end = k++;
  return textBetween(sentence, r.value.first - 1, end);
}

/** "the Kestrel Dawn was 44 metres long", "the ship, which is 50 metres long", "the tower measures 120 metres". */
function saidOf(sentence: FrameSentence, r: Reading, measuringOnly: boolean): string | null {
  const { tokens } = sentence;
  let i = r.value.first - 1;
  while (tokens[i]?.pos === "ADV") i--;
  const verb = tokens[i];
  if (!verb) return null;
  const copula = !measuringOnly && (verb.pos === "AUX" || verb.pos === "VERB") && verb.lemma === "be";
  // (the tagger may read "measures" before a number as a noun)
  if (!copula && !MEASURING.test(verb.lemma.toLowerCase())) return null;
  // with "is", the measure says what it is of: "44 metres long", "52 years old"
  if (copula && !/^(?:long|tall|high|wide|broad|deep|thick|old|heavy)$/i.test(tokens[r.value.last + 1]?.text ?? "")) return null;
  let k = i - 1;
  // ", which is", ", who was": the noun before the comma
  if (/^(?:which|who|that)$/i.test(tokens[k]?.text ?? "")) k--;
  if (tokens[k]?.text === ",") k--;
  const head = tokens[k];
  if (!head || (head.pos !== "NOUN" && head.pos !== "PROPN")) return null;
  return textBetween(sentence, phraseStart(tokens, k), k);
}

/** Nouns of children counted after a parent's "of": "a mother of 12 children". */
const CHILDREN = /^(?:children|kids|sons|daughters|boys|girls)$/i;

/** The run of capitalised names that ends at `end` (back to its first word), or -1. */
function nameBack(tokens: readonly TaggedToken[], end: number): number {
  let k = end;
  while (k >= 0 && tokens[k]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  return k === end ? -1 : k + 1;
}

/** The run of capitalised names that starts at `from` (to its last word), or -1. */
function nameOn(tokens: readonly TaggedToken[], from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return k === from ? -1 : k - 1;
}

/**
 * Whose children a parent's count gives ("a mother of two", counted.ts): the person the sentence
 * names beside the parent, in apposition before ("Ana Roe, 41, a mother of three") or after ("mother
 * of three Ana Roe", "a father of two, Tom Hale"), or with "is" ("Roe was the mother of three
 * children"). Null when no name stands there ("killed a mother of two", "a mother of two who").
 */
function parentNamed(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  const kin = r.value.first - 2;
  // "Tarn had five children" (counted.ts childrenHad): the name before the verb of having
  if (childrenHad(tokens, r.value.first, r.value.last)) {
    const start = tokens[kin]?.pos === "PROPN" ? nameBack(tokens, kin) : -1;
    return start >= 0 ? textBetween(sentence, start, kin) : null;
  }
  if (kin < 0 || tokens[kin + 1]?.text.toLowerCase() !== "of") return null;
  // after: "mother of three Ana Roe", "a father of two, Tom Hale" (but not "… of two, said")
  let k = r.value.last + 1;
  if (CHILDREN.test(tokens[k]?.text ?? "")) k++;
  const afterStart = tokens[k]?.text === "," ? k + 1 : k;
  const afterEnd = nameOn(tokens, afterStart);
  if (afterEnd >= 0) return textBetween(sentence, afterStart, afterEnd);
  // before: "Ana Roe, a mother of three", "Ana Roe, 41, a mother of three", "Roe was the mother of three"
  let b = kin - 1;
  if (/^(?:a|an|the)$/i.test(tokens[b]?.text ?? "")) b--;
  if (tokens[b]?.text === ",") {
    b--;
    if (tokens[b]?.pos === "NUM" && tokens[b - 1]?.text === ",") b -= 2;
  } else if (tokens[b]?.lemma === "be") b--;
  else return null;
  const start = b >= 0 ? nameBack(tokens, b) : -1;
  return start >= 0 ? textBetween(sentence, start, b) : null;
}

/** Personal pronouns a person's description opens with: "He is 6 feet tall". */
const PERSON_PRONOUN = /^(?:he|she)$/i;

/**
 * "Hale is 5-foot-10, 170 pounds", "She is 5 feet 4 inches tall, weighing 120 pounds": a person's
 * weight in a list of measures after "is"/"was" (back over the other measures, their commas and a
 * participle of measuring) is the weight of the subject, a name or "he"/"she" (told back to a name
 * by frame-pass.ts). Must match those (Hale, She); must not match a weight of a thing ("The crate
 * is 5 feet wide, 170 pounds": no name), a weight with a verb of its own before it ("Hale lifted
 * 170 pounds"), nor one with no "is"/"was" ("Hale, 170 pounds, …").
 */
function personWeighed(sentence: FrameSentence, r: Reading): string | null {
  if (r.counted !== "weight") return null;
  const { tokens } = sentence;
  let k = r.value.first - 1;
  for (let steps = 0; k >= 0 && steps < 10; steps++, k--) {
    const t = tokens[k]!;
    if (t.pos === "AUX" && t.lemma === "be") break;
    if (t.text === "," || t.text === "-" || t.pos === "NUM" || t.pos === "ADJ" || (t.pos === "NOUN" && /^(?:foot|feet|inch|inches|ft|in|cm|m|metre|metres|meter|meters)$/i.test(t.text)) || /^(?:feet|foot)-\d+$/i.test(t.text) || (t.pos === "VERB" && /^(?:weigh|measure|stand)$/.test(t.lemma) && /ing$/.test(t.text))) continue;
    return null;
  }
  if (k < 1 || tokens[k]?.pos !== "AUX") return null;
  const subject = tokens[k - 1]!;
  if (subject.pos === "PRON") return PERSON_PRONOUN.test(subject.text) && k - 1 === 0 ? subject.text : null;
  if (subject.pos !== "PROPN") return null;
  let start = k - 1;
  while (start > 0 && tokens[start - 1]!.pos === "PROPN") start--;
  return textBetween(sentence, start, k - 1);
}

export const holder: FrameComponent = (sentence, readings) => {
  for (const r of readings) {
    if (r.notAClaim || !r.counted || r.participants.some((p) => p.role === "holder")) continue;
    if (r.counted === "children") {
      const name = parentNamed(sentence, r);
      if (name) r.participants = [...r.participants, { role: "holder", text: name, key: keyOf(name) }];
      continue;
    }
    // a person's weight among their measures after "is": the subject's ("Hale is 5-foot-10, 170 pounds")
    const person = personWeighed(sentence, r);
    if (person) {
      r.participants = [...r.participants, { role: "holder", text: person, key: keyOf(person) || person.toLowerCase() }];
      r.holder = "person";
      continue;
    }
    // "Tom Adder (6-1, 215)": the named person's size (name-measures.ts)
    const named = nameBeforeMeasures(sentence.tokens, r);
    if (named) {
      const name = textBetween(sentence, named[0], named[1]);
      r.participants = [...r.participants, { role: "holder", text: name, key: keyOf(name) || name.toLowerCase() }];
      r.holder = "person";
      continue;
    }
    // "quite a three days for Ada Brandt": a stretch of time told as someone's (stretch-for.ts)
    const stretch = stretchFor(sentence.text, sentence.tokens[r.value.first]!.start, sentence.tokens[r.value.last]!.end, r);
    if (stretch) {
      r.participants = [...r.participants, { role: "holder", text: stretch, key: keyOf(stretch) || stretch.toLowerCase() }];
      r.holder = "person";
      continue;
    }
    // a length read as a distance is a thing's size when a verb of measuring gives it ("measures 120 metres")
    const text = MEASURES.has(r.counted) ? (inPhrase(sentence, r) ?? saidOf(sentence, r, false)) : r.counted === "distance" ? saidOf(sentence, r, true) : null;
    const key = text ? keyOf(text) : "";
    if (text && key) r.participants = [...r.participants, { role: "holder", text, key }];
  }
};
