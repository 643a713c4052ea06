/**
 * Component 8 — modality: how the sentence holds the value back from a plain statement of fact.
 *   negated          the predicate is negated ("were not injured"), the value is the object of a negated
 *                    verb ("has not confirmed 40 deaths"), or the count is none ("no injuries")
 *   forecast         "expected to close in early 2026", "will", "plans to", "is set to", "projected"
 *   hypothetical     "could cost up to $5 billion", "would", "may", "if …"
 *   comparison-base  what something else is compared with: "more than in 2008", "than the 5% of 2008"
 *   increment        an addition, not a total: "two more victims", "another 300", "a further 300"
 *   difference       "four years older", "five rounds sooner": how far apart two things are (difference.ts)
 *   approximate      "about", "some", "an estimated": the writer says it is not exact
 */
import type { Modality } from "../../types.js";
import { differenceAfter } from "./difference.js";
import { inNegatedObject, notBefore, notUntil } from "./negated-object.js";
import { isPart } from "./partitive.js";
import { type FrameComponent, lower } from "./sentence.js";

const FORECAST = /\b(?:expect(?:s|ed)? to|expected|is set to|are set to|was set to|plans? to|planned|planning to|forecasts?|forecast to|projected|scheduled to|aims? to|intends? to)\b/i;
/** Modal auxiliaries and conditional conjunctions, read from the tags ("May" the month is no modal). */
const FORECAST_MODALS = new Set(["will", "'ll", "’ll", "shall"]);
const HYPOTHETICAL_WORDS = new Set(["could", "might", "may", "would", "should", "if", "unless"]);
const INCREMENT_AFTER = new Set(["more", "additional", "further", "extra"]);
const INCREMENT_BEFORE = new Set(["another", "further", "additional", "extra"]);

export const modality: FrameComponent = (sentence, readings) => {
  const { tokens, text } = sentence;
  for (const r of readings) {
    if (r.notAClaim) continue;
    const out = new Set<Modality>();
    const m = r.value.mention;
    // "was not reopened until 1990": the reopening happened in 1990 (notUntil, negated-object.ts)
    // "will not be restored before 12 March": in a forecast, the day it is expected (notBefore)
    const dated = m.kind === "date" || m.kind === "time";
    const notYet = Boolean(r.predicate?.negated) && dated && notBefore(tokens, r.value.first);
    if (r.predicate?.negated && !notYet && !notUntil(tokens, r.value.first)) out.add("negated");
    if (/^(?:no|none|zero)\b/i.test(m.text) || (m.value?.type === "quantity" && m.value.max === 0)) out.add("negated");
    // "has not confirmed 40 deaths": the value is the object of a negated verb (negated-object.ts)
    if (inNegatedObject(tokens, r.value.first)) out.add("negated");
    // the clause before the value (from its last comma or the sentence start) and up to its predicate
    // (the few words before the value or its predicate, whichever comes first, within the clause)
    const pAt = r.predicate && r.predicate.at >= 0 ? r.predicate.at : r.value.first;
    const lead = tokens[Math.max(0, Math.min(pAt, r.value.first) - 5)]!;
    const clauseStart = Math.max(lead.start, text.lastIndexOf(",", m.offset) + 1, text.lastIndexOf(";", m.offset) + 1);
    const predicateEnd = r.predicate && r.predicate.at >= 0 ? tokens[r.predicate.at]!.end : m.offset + m.length;
    const clause = text.slice(Math.min(clauseStart, m.offset), Math.max(predicateEnd, m.offset + m.length));
    const from = Math.max(0, Math.min(pAt, r.value.first) - 5);
    const to = Math.max(pAt, r.value.last);
    const words = tokens.slice(from, to + 1).filter((t) => t.start >= clauseStart && (t.pos === "AUX" || t.pos === "SCONJ"));
    if (FORECAST.test(clause) || words.some((t) => FORECAST_MODALS.has(lower(t)))) out.add("forecast");
    else if (words.some((t) => HYPOTHETICAL_WORDS.has(lower(t)))) out.add("hypothetical");
    if (notYet && !out.has("forecast")) out.add("negated");
    // "than in 2008", "than the 5%": the value is what something else is compared with
    const before = tokens.slice(Math.max(0, r.value.first - 3), r.value.first).map(lower);
    const thanAt = before.lastIndexOf("than");
    if (thanAt >= 0 && thanAt < before.length - 1) out.add("comparison-base");
    if (INCREMENT_AFTER.has(lower(tokens[r.value.last + 1])) && tokens[r.value.last + 2]?.pos === "NOUN") out.add("increment");
    if (INCREMENT_BEFORE.has(lower(tokens[r.value.first - 1])) || (lower(tokens[r.value.first - 1]) === "further" && lower(tokens[r.value.first - 2]) === "a")) out.add("increment");
    // "four years older", "five rounds sooner": how far apart two things are (difference.ts)
    if (m.kind !== "date" && m.kind !== "time" && m.kind !== "range" && (differenceAfter(tokens, r.phraseEnd) || differenceAfter(tokens, r.value.last))) out.add("difference");
    // "five of Dayton's first eight points": a part of a whole its sentence states
    if (m.kind === "quantity" && isPart(sentence, r)) out.add("part");
    const v = m.value;
    if (v && v.type === "quantity" && (v.approximate || v.qualifier === "around" || v.qualifier === "estimated")) out.add("approximate");
    if (v && v.type === "date" && v.approximate) out.add("approximate");
    r.modality = [...out].sort();
  }
};
