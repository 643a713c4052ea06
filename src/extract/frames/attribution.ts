/**
 * Component 7 — attribution: who says so inside the text. "according to the ministry", "police
 * said", "said police", "officials told Reuters", "witnesses said": the noun phrase that is the
 * subject of a reporting verb, or the object of "according to", or the subject of a verb that sets
 * a thing at a figure ("police put the march at 30,000"). When a sentence has several, the
 * one nearest the value wins; a source inside a relative clause ("a levy that traders say hurt
 * shops was struck down") says only what follows it in that clause. Null when the writer says it.
 */
import type { TaggedToken } from "../../types.js";
import { type FrameComponent, isClauseEnd, keyOf, lower, textOf } from "./sentence.js";

/** Verbs whose subject is a source: "police said", "the ministry announced", "witnesses estimated". */
const SAYING = new Set(["say", "tell", "report", "announce", "confirm", "state", "claim", "estimate", "quote", "disclose", "reveal", "insist", "explain", "write", "warn"]);

interface Source {
  at: number;
  text: string;
  /** For a source inside a relative clause, the last token of that clause: it says only what follows it there. */
  until?: number;
}

/** Words that open a relative clause after a noun: "a rule that critics say …", "a plan which residents said …". */
const RELATIVE = /^(?:that|which|who|whom)$/i;

function phraseBefore(tokens: readonly TaggedToken[], i: number): { from: number; to: number } | null {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k--;
  if (k < 0 || (tokens[k]!.pos !== "NOUN" && tokens[k]!.pos !== "PROPN")) return null;
  let from = k;
  while (from > 0 && (tokens[from - 1]!.pos === "NOUN" || tokens[from - 1]!.pos === "PROPN" || tokens[from - 1]!.pos === "ADJ" || tokens[from - 1]!.pos === "DET") && !isClauseEnd(tokens[from - 1]) && !RELATIVE.test(tokens[from - 1]!.text)) from--;
  return { from, to: k };
}

const isFinite = (t: TaggedToken | undefined): boolean => t !== undefined && (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/i.test(t.text)));

/**
 * A source whose phrase opens a relative clause on a noun ("a levy that traders say hurt shops",
 * "a plan which residents said would cost $30 million"): the last token of that clause, or -1 when
 * the source opens none. The clause runs to its clause's end or a comma; when the noun is its
 * clause's subject (no verb before it), the main verb, its clause's last run of finite verbs,
 * ends it ("… hurt small shops was struck down": at "was").
 */
function relativeClauseEnd(tokens: readonly TaggedToken[], from: number, verb: number): number {
  const pronoun = tokens[from - 1];
  const head = tokens[from - 2];
  if (!pronoun || !RELATIVE.test(pronoun.text) || !head || (head.pos !== "NOUN" && head.pos !== "PROPN")) return -1;
  let end = verb + 1;
  while (end < tokens.length && !isClauseEnd(tokens[end]) && tokens[end]!.text !== ",") end++;
  let subject = true;
  for (let j = from - 3; j >= 0 && !isClauseEnd(tokens[j]) && tokens[j]!.text !== ","; j--) if (isFinite(tokens[j])) subject = false;
  if (!subject) return end - 1;
  // the main verb is the clause's last run of finite verbs (auxiliaries, adverbs between), past
  // the relative clause's own verb, which a tagger may miss ("that drivers insist cost them …")
  let k = end - 1;
  while (k > verb && !isFinite(tokens[k])) k--;
  while (k - 1 > verb && (isFinite(tokens[k - 1]) || tokens[k - 1]!.pos === "ADV" || tokens[k - 1]!.pos === "PART")) k--;
  return k > verb + 1 ? k - 1 : end - 1;
}

function phraseAfter(tokens: readonly TaggedToken[], i: number): { from: number; to: number } | null {
  let k = i;
  const from = k;
  while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ")) k++;
  if (!tokens[k] || (tokens[k]!.pos !== "NOUN" && tokens[k]!.pos !== "PROPN")) return null;
  while (tokens[k + 1] && (tokens[k + 1]!.pos === "NOUN" || tokens[k + 1]!.pos === "PROPN")) k++;
  return { from, to: k };
}

/** Verbs that give a figure as someone's reckoning when they set it "at" a number: "police put the crowd at 30,000". */
const SET_AT = new Set(["put", "place", "peg", "number"]);

/** The verb at i sets a thing at a figure later in its clause: "put the march, …, at 30,000". */
function setsAFigure(tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 16 && !isClauseEnd(tokens[k]); k++) {
    if (lower(tokens[k]) === "at" && (tokens[k + 1]?.pos === "NUM" || tokens[k + 2]?.pos === "NUM" || /^[$€£]/.test(tokens[k + 1]?.text ?? ""))) return true;
  }
  return false;
}

export const attribution: FrameComponent = (sentence, readings) => {
  const { tokens } = sentence;
  const sources: Source[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (lower(t) === "according" && lower(tokens[i + 1]) === "to") {
      const np = phraseAfter(tokens, i + 2);
      if (np) sources.push({ at: i, text: textOf(sentence, np.from, np.to) });
      continue;
    }
    if (t.pos !== "VERB" || !(SAYING.has(t.lemma) || (SET_AT.has(t.lemma) && setsAFigure(tokens, i)))) continue;
    const before = phraseBefore(tokens, i);
    if (before) {
      const until = relativeClauseEnd(tokens, before.from, i);
      sources.push({ at: i, text: textOf(sentence, before.from, before.to), ...(until >= 0 ? { until } : {}) });
    }
    else if (/^(?:said|says|told|reported)$/i.test(t.text)) {
      // ", said police", ", police said" after the quote
      const after = phraseAfter(tokens, i + 1);
      if (after) sources.push({ at: i, text: textOf(sentence, after.from, after.to) });
    }
  }
  if (sources.length === 0) return;
  for (const r of readings) {
    if (r.notAClaim) continue;
    let best: Source | null = null;
    for (const s of sources) {
      // a source inside a relative clause says only what follows it in that clause
      if (s.until !== undefined && (r.value.first < s.at || r.value.first > s.until)) continue;
      if (!best || Math.abs(s.at - r.value.first) < Math.abs(best.at - r.value.first)) best = s;
    }
    r.attribution = best ? keyOf(best.text) : null;
  }
};
