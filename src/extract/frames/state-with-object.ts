/**
 * A participle that otherwise stands for a state keeps the word of that state as its predicate
 * ("nine people missing": missing), but followed by its object it is the verb: "missing 10 of 16
 * games", "missing the last two games", "will be missing two of their starters" (miss). Must not
 * match a state with nothing after it ("two hikers are missing"), with a preposition after it
 * ("missing since Friday"), or with a stretch of time after it ("still missing the day after the
 * storm", "had been missing two days", "missing a week").
 */
import type { TaggedToken } from "../../types.js";
import { type PredicateReading, lower } from "./sentence.js";

/** Words that open the object of a verb: a count, an article, a possessive. */
const OBJECT_OPENS = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|all|both|every)$/i;

/** Nouns of time: after a state, a stretch of time, not an object ("missing two days"). */
const TIME_NOUN = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|mornings?|afternoons?|evenings?|decades?|since|for)$/i;

export function stateVerbWithObject(tokens: readonly TaggedToken[], p: PredicateReading): PredicateReading {
  const t = tokens[p.at];
  if (!t || p.lemma !== lower(t) || !/ing$/.test(p.lemma) || t.lemma === p.lemma) return p;
  const next = tokens[p.at + 1];
  if (!next || !(next.pos === "NUM" || OBJECT_OPENS.test(next.text))) return p;
  for (let k = p.at + 1; k <= p.at + 3 && tokens[k]; k++) if (TIME_NOUN.test(tokens[k]!.text)) return p;
  return { ...p, lemma: t.lemma };
}
