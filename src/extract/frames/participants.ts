/**
 * Component 5 — participants that identify the occurrence: the event's own noun phrase ("the
 * quake", "the attack on the school", "the company's purchase of its rival"), where ("in Athens",
 * "north of Detroit"), and who did it to whom around the predicate: the agent (the noun phrase
 * before an active verb, or "by …" after a passive one), the patient (the noun phrase after an
 * active verb, when it is not the value's own) and the recipient ("to …"). Keys are lower-cased
 * names without articles: two claims are about one occurrence only where every role both name
 * matches (the identity stage decides that; here they are only read).
 */
import type { Participant, TaggedToken } from "../../types.js";
import { type FrameComponent, type FrameSentence, type Reading, eventKey, isClauseEnd, keyOf, lower, textOf, valueAt } from "./sentence.js";

const CALENDAR_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const PLACE_PREPS = new Set(["in", "at", "near", "outside", "inside", "across", "from"]);
const DIRECTION = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/i;

/** A run of capitalized proper nouns from i (with inner "of"/"de" and hyphens): its last index, or -1. */
function nameRun(tokens: readonly TaggedToken[], i: number): number {
  if (tokens[i]?.pos !== "PROPN") return -1;
  let k = i;
  while (tokens[k + 1] && (tokens[k + 1]!.pos === "PROPN" || (tokens[k + 1]!.text === "-" && tokens[k + 2]?.pos === "PROPN"))) k++;
  return k;
}

/**
 * A noun phrase starting at i (determiner, possessive, adjectives, nouns): its head index, or -1.
 * It stops before a noun right in front of a value ("its rival cost $2 billion": "cost" is the verb).
 */
function nounPhrase(tokens: readonly TaggedToken[], i: number): { from: number; head: number } | null {
  let k = i;
  const from = i;
  while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.text === "'s" || tokens[k]!.pos === "PRON" && /^(?:its|their|his|her|our)$/i.test(tokens[k]!.text))) k++;
  if (!tokens[k] || (tokens[k]!.pos !== "NOUN" && tokens[k]!.pos !== "PROPN")) return null;
  // "its rival cost $2 billion": an adjective-tagged head before the verb
  if (beforeValue(tokens, k) && k > from && tokens[k - 1]!.pos === "ADJ") return { from, head: k - 1 };
  while (tokens[k + 1] && (tokens[k + 1]!.pos === "NOUN" || tokens[k + 1]!.pos === "PROPN" || tokens[k + 1]!.text === "'s") && !beforeValue(tokens, k + 1)) k++;
  if (tokens[k]!.text === "'s") k--;
  return { from, head: k };
}

/** A noun with a figure right after it: "$", "€", a number. */
function beforeValue(tokens: readonly TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === "NUM" || next.pos === "SYM" || /^[$€£¥]/.test(next.text));
}

function add(out: Participant[], role: Participant["role"], text: string): void {
  const key = keyOf(text);
  if (!key || out.some((p) => p.role === role && p.key === key)) return;
  out.push({ role, text, key });
}

function places(sentence: FrameSentence, out: Participant[]): void {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prep = lower(t);
    const afterDirection = prep === "of" && DIRECTION.test(tokens[i - 1]?.text ?? "");
    if (!PLACE_PREPS.has(prep) && !afterDirection) continue;
    let k = i + 1;
    if (lower(tokens[k]) === "the") k++;
    const end = nameRun(tokens, k);
    // "in Molotov cocktails": a name that modifies a noun is not a place
    if (end < 0 || valueAt(sentence, k) || tokens[end + 1]?.pos === "NOUN" || CALENDAR_NAME.test(tokens[k]!.text)) continue;
    add(out, "place", textOf(sentence, k, end));
  }
}

/** The event noun phrases of the sentence: "the quake", "the attack on the school". */
function events(sentence: FrameSentence, out: Participant[]): void {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const key = eventKey(tokens[i]);
    if (!key || valueAt(sentence, i)) continue;
    // the head of a compound ("bank attack"): the last noun
    if (tokens[i + 1]?.pos === "NOUN") continue;
    let from = i;
    while (from > 0 && (tokens[from - 1]!.pos === "NOUN" || tokens[from - 1]!.pos === "PROPN" || tokens[from - 1]!.pos === "ADJ") && !valueAt(sentence, from - 1)) from--;
    let to = i;
    // "the attack on the school", "the purchase of its rival"
    const prep = lower(tokens[i + 1]);
    if (prep === "on" || prep === "of" || prep === "at" || prep === "against") {
      const np = nounPhrase(tokens, i + 2);
      if (np && !valueAt(sentence, np.head)) to = np.head;
    }
    add(out, "event", textOf(sentence, from, to));
    const keyed = out[out.length - 1];
    if (keyed && keyed.role === "event" && to === i) keyed.key = from === i ? key : keyOf(textOf(sentence, from, i - 1)) + " " + key;
  }
}

function roles(sentence: FrameSentence, r: Reading, out: Participant[]): void {
  const p = r.predicate;
  const { tokens } = sentence;
  if (!p || p.at < 0 || tokens[p.at]?.pos !== "VERB") return;
  const inValue = (i: number): boolean => (i >= r.value.first && i <= r.phraseEnd) || valueAt(sentence, i) !== null;
  // before the verb: its subject
  let k = p.at - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
  if (k >= 0 && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "PROPN") && !inValue(k)) {
    let from = k;
    while (from > 0 && (tokens[from - 1]!.pos === "NOUN" || tokens[from - 1]!.pos === "PROPN" || tokens[from - 1]!.pos === "ADJ" || tokens[from - 1]!.pos === "DET" || tokens[from - 1]!.text === "'s") && !inValue(from - 1) && !isClauseEnd(tokens[from - 1])) from--;
    add(out, p.voice === "passive" ? "patient" : "agent", textOf(sentence, from, k));
  }
  // after the verb: its object, "by …" (agent of a passive), "to …" (recipient)
  let j = p.at + 1;
  if (p.voice !== "passive") {
    const np = nounPhrase(tokens, j);
    if (np && !inValue(np.head) && !inValue(np.from)) add(out, "patient", textOf(sentence, np.from, np.head));
  }
  for (; j < tokens.length && j < p.at + 8 && !isClauseEnd(tokens[j]); j++) {
    const w = lower(tokens[j]);
    if ((w === "by" && p.voice === "passive") || (w === "to" && lower(tokens[j - 1]) !== "according")) {
      const np = nounPhrase(tokens, j + 1);
      if (np && !inValue(np.head)) add(out, w === "by" ? "agent" : "recipient", textOf(sentence, np.from, np.head));
    }
  }
}

export const participants: FrameComponent = (sentence, readings) => {
  const shared: Participant[] = [];
  places(sentence, shared);
  events(sentence, shared);
  for (const r of readings) {
    if (r.notAClaim) continue;
    const own: Participant[] = [];
    roles(sentence, r, own);
    // the event the figure's own noun names is its event: "a 30-mile pursuit"
    r.participants = [...own, ...shared.map((p) => ({ ...p }))];
  }
};
