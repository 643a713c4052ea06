/**
 * A date written as the field of a label: a line that holds only a label, a colon and a date
 * ("Born: 3 March 1961", "Date of death: May 9, 2010", "Incident date: Tuesday, 4 June 2019", a
 * police memorial's "End of Watch: Monday, July 2, 2012"). Such a line has no verb; the label names
 * the happening the date is the day of, as a predicate would in a sentence. Read by the predicate
 * component (predicate.ts), first, for a date: a labelled field is no sentence, so the verbs of
 * other readings do not reach it.
 *
 * The label names the happening by
 *   - a word of birth or death ("Born", "Birth", "Date of birth", "Died", "Death", "Date of death",
 *     and "End of Watch", the memorial pages' label for the day an officer died in service);
 *   - or a noun of a happening (sentence.ts EVENT_NOUNS), alone or with "date" ("Funeral:",
 *     "Arrest date:", "Date of incident:", "Trial date:").
 * Not a label that names no happening ("Date:", "Posted:", "Updated:", "Last modified:": the date a
 * page was written or changed), nor a date with more words after it on its line ("Update: on
 * Friday police arrested two men": the verb tells the happening), nor a colon inside a sentence
 * ("He said the day they met was special: June 4, 1990.").
 */
import type { PredicateReading, FrameSentence, Reading } from "./sentence.js";
import { EVENT_NOUNS, lower } from "./sentence.js";

/** Labels of a birth or a death, as the predicate a sentence would give them ("was born", "died"). */
const LIFE_LABELS: Readonly<Record<string, { lemma: string; voice: PredicateReading["voice"] }>> = {
  born: { lemma: "bear", voice: "passive" },
  birth: { lemma: "bear", voice: "passive" },
  "date of birth": { lemma: "bear", voice: "passive" },
  "birth date": { lemma: "bear", voice: "passive" },
  birthdate: { lemma: "bear", voice: "passive" },
  died: { lemma: "die", voice: "active" },
  death: { lemma: "die", voice: "active" },
  "date of death": { lemma: "die", voice: "active" },
  "death date": { lemma: "die", voice: "active" },
  "end of watch": { lemma: "die", voice: "active" },
};

/** Words a label may have at most (a label is short: "Date of the incident"). */
const LABEL_WORDS = 4;

/** The happening a label's words name; null for a label of none ("date", "posted"). */
export function happeningOfLabel(words: readonly string[]): PredicateReading | null {
  const label = words.join(" ").toLowerCase();
  const life = LIFE_LABELS[label];
  if (life) return { lemma: life.lemma, voice: life.voice, at: -1, negated: false };
  // "Funeral", "Arrest date", "Date of incident", "Date of the crash"
  const m = /^(?:date\s+of\s+(?:the\s+)?)?([a-z]+)(?:\s+dates?)?$/.exec(label);
  const noun = m?.[1];
  if (!noun || noun === "date") return null;
  const key = EVENT_NOUNS[noun];
  return key === undefined ? null : { lemma: key, voice: null, at: -1, negated: false };
}

/**
 * The happening a labelled date is the day of (see the header), its `at` the label's last word;
 * null when the date is no field of a label. The label opens the sentence, a colon follows it, the
 * date follows the colon and nothing but a closing stop follows the date.
 */
export function labelledDate(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  const colon = r.value.first - 1;
  if (colon < 1 || colon > LABEL_WORDS || tokens[colon]?.text !== ":") return null;
  const after = tokens.slice(r.value.last + 1);
  if (!after.every((t) => t.text === ".")) return null;
  const words = tokens.slice(0, colon);
  if (!words.every((t) => /^\p{L}+$/u.test(t.text))) return null;
  const p = happeningOfLabel(words.map(lower));
  return p === null ? null : { ...p, at: colon - 1 };
}
