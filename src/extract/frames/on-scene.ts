/**
 * "Detectives were at the scene by 9 a.m.", "crews were on scene at 4:12", "medics were already
 * on site shortly after noon": a form of "be", "at"/"on" the scene (or the site), and a time right
 * after it tell when those people got there, as "arrived at the scene by 9 a.m." does: the
 * predicate is "arrive" (of one class with "respond": group/predicate-classes.ts). Read by the
 * predicate component (predicate.ts) for a date or a time before the copula's reach gives up on it.
 *
 * Must match those. Must not match: a verb of its own between ("were called to the scene at 4:12",
 * read by the verb), "the scene" with more words after it ("was at the scene of the crash in
 * 2010": the crash's day, not an arrival), another noun ("was at the office by 9 a.m."), no form of
 * "be" before ("the scene at 4:12 was calm").
 */
import type { FrameSentence, PredicateReading, Reading } from "./sentence.js";
import { lower } from "./sentence.js";

/** Words between the place and the time: "by", "at", "around", "shortly after", "just before", "at about". */
const TO_TIME = /^(?:by|at|around|about|before|after|shortly|just|roughly|approximately|soon)$/;
const PLACE = /^(?:scene|site)$/;

export function onScene(sentence: FrameSentence, r: Reading): PredicateReading | null {
  const { tokens } = sentence;
  let j = r.value.first - 1;
  // (at most two words: "by", "at about", "shortly after")
  for (let n = 0; n < 2 && TO_TIME.test(lower(tokens[j])); n++) j--;
  if (j === r.value.first - 1 || !PLACE.test(lower(tokens[j]))) return null;
  j--;
  if (lower(tokens[j]) === "the") j--;
  if (!/^(?:at|on)$/.test(lower(tokens[j]))) return null;
  j--;
  // (past an adverb or two: "were already on site", "had been still at the scene")
  for (let k = 0; k < 2 && tokens[j]?.pos === "ADV"; k++) j--;
  const be = tokens[j];
  if (!be || be.lemma !== "be" || (be.pos !== "AUX" && be.pos !== "VERB")) return null;
  return { lemma: "arrive", voice: "active", at: j, negated: false };
}
