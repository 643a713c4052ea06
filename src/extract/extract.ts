/**
 * extract: SourceDocument × CompiledRule[] → Candidate[].
 *
 * For each sentence: a cheap prefilter (all rules' triggers in one expression) keeps the few
 * sentences that can hold a claim; only those get the value layer (findMentions). Then, per rule
 * whose trigger occurs (and is not negated or excluded, and whose context is present), the value
 * mention of an accepted kind nearest the trigger (within the rule's window, in words) becomes a
 * candidate, with the measure nearest to it, a time frame for quantities, and the actors of the
 * sentence. Does not own value normalization (src/values) or claim ids (normalize).
 */
import type { Candidate, CompiledRule, Mention, SourceDocument } from "../types.js";
import { compilePattern, type SafePattern } from "../ruleset/safe-pattern.js";
import { DEFAULT_EXCLUDE_WINDOW, ruleUnit, withinLimits } from "../ruleset/value-keys.js";
import { knownLayers, type LayeredMentions, layeredMentions, mayHoldMoney, mayHoldRange, mayHoldShare } from "../values/index.js";
import { bareCountOfPeople } from "../values/quantity/people.js";
import { isMasked } from "../ingest/mask-ranges.js";
import { sentenceActors } from "./actors.js";
import { takesSomeone } from "./custody.js";
import { type Sentence, splitLine, splitSentences } from "./sentences.js";
import { type TermMatch, allMatches, termsRegex } from "./terms.js";
import { contestBodyName } from "./contest-names.js";
import { type TriggerHit, type TriggerScanner, buildTriggerScanner } from "./trigger-scan.js";
import { type VocabularyMatcher, buildVocabulary } from "./vocabulary.js";

interface RuleMatcher {
  rule: CompiledRule;
  readonly triggers: RegExp | null;
  patterns: SafePattern[];
  context: RegExp | null;
  exclude: RegExp | null;
  /** The topic is of taking people into custody (its vocabulary names "arrest" or "capture"): a capture of someone is its own. */
  custody: boolean;
  counted: RegExp | null;
  measures: { name: string; re: RegExp | null }[];
}

export interface Extractor {
  rules: readonly CompiledRule[];
  matchers: RuleMatcher[];
  /** Every rule's triggers in one expression: the prefilter. */
  prefilter: RegExp | null;
  prefilterPatterns: SafePattern[];
  /** The same triggers as one matcher over a whole document (the cheap pass); lists in rule order. */
  scanner: TriggerScanner | null;
  /** The rules' vocabularies over claim frames (extract/vocabulary.ts), in rule order. */
  vocabulary: VocabularyMatcher[];
}

export function buildExtractor(rules: readonly CompiledRule[]): Extractor {
  const matchers = rules.map((rule): RuleMatcher => {
    let triggers: RegExp | null | undefined;
    return {
      rule,
      // Built on first use: the scanner finds triggers; this is for sentences it cannot speak for.
      get triggers(): RegExp | null {
        return triggers === undefined ? (triggers = termsRegex(rule.triggers)) : triggers;
      },
      patterns: rule.patterns.map((p) => compilePattern(p, "i", { file: rule.file, line: 0, column: 0 })),
      context: termsRegex(rule.context),
      exclude: termsRegex(rule.exclude),
      custody: rule.vocabulary?.predicates.some((p) => p === "arrest" || p === "capture") ?? false,
      counted: termsRegex(rule.counted),
      measures: rule.measures.map((m) => ({ name: m.name, re: termsRegex(m.triggers) })),
    };
  });
  return {
    rules,
    matchers,
    // Only rules with `patterns:` need the per-sentence prefilter; the scanner serves the others.
    prefilter: matchers.some((m) => m.patterns.length > 0) ? termsRegex(rules.flatMap((r) => r.triggers)) : null,
    prefilterPatterns: matchers.flatMap((m) => m.patterns),
    scanner: buildTriggerScanner(rules.map((r) => r.triggers)),
    vocabulary: buildVocabulary(rules),
  };
}

// --- words and distances ---------------------------------------------------------------------

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,%$€£-]*/gu;

/** Start offsets of the words of a sentence, for word distances. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) starts.push(m.index);
  return starts;
}

function wordIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words between two spans (0 when adjacent or overlapping). */
function distance(starts: readonly number[], a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return Math.max(0, wordIndex(starts, b.start) - wordIndex(starts, Math.max(a.end - 1, a.start)) - 1);
  if (b.end <= a.start) return Math.max(0, wordIndex(starts, a.start) - wordIndex(starts, Math.max(b.end - 1, b.start)) - 1);
  return 0;
}

/** ", which …", ", while …", "; …": the value and the trigger belong to different clauses. */
const CLAUSE_BREAK = /[,;]\s*(?:which|who|whom|whose|where|while|whereas|although|though|but|yet)\b|;/i;

function sameClause(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const between = a.end <= b.start ? sentence.slice(a.end, b.start) : b.end <= a.start ? sentence.slice(b.end, a.start) : "";
  return !CLAUSE_BREAK.test(between);
}

const span = (m: Mention): { start: number; end: number } => ({ start: m.offset, end: m.offset + m.length });

// --- negation --------------------------------------------------------------------------------

// "has not recognized", "never signed", "refused to recognise", "did not visit", "without …"
const NEGATION_BEFORE = /\b(?:not|never|no|n[’']t|refus\w*|declin\w*|without|neither|nor|yet to|failed to)\s+(?:\w+\s+){0,2}$/iu;

function isNegated(sentence: string, trigger: TermMatch): boolean {
  return NEGATION_BEFORE.test(sentence.slice(Math.max(0, trigger.start - 40), trigger.start));
}

// --- values a rule accepts -------------------------------------------------------------------

const CURRENCY = /^[A-Z]{3}$/;

/** Rules whose units are all currencies ("currency", "USD") or percent: what they can take is money or a share. */
function countsMoneyOrSharesOnly(rule: CompiledRule): boolean {
  return rule.units.length > 0 && rule.units.every((u) => u === "currency" || CURRENCY.test(u) || u === "percent");
}

function unitAccepted(rule: CompiledRule, unit: string): boolean {
  if (rule.units.length === 0) return true;
  return rule.units.some((u) => u === unit || (u === "currency" && CURRENCY.test(unit)));
}

/**
 * A bare count (no unit, no counted noun) counts people for a rule of people only when one of the
 * rule's own words governs it ("the death toll has exceeded 2,800", "detained 46" under a rule of
 * arrests): not any number near a trigger ("killed near gate 12", "at 3 in the morning").
 */
function bareCountAccepted(m: RuleMatcher, mention: Mention, sentence: string): boolean {
  return m.rule.units.includes("person") && bareCountOfPeople(sentence, mention, allMatches(m.triggers, sentence));
}

function accepts(m: RuleMatcher, mention: Mention, sentence: string): boolean {
  if (!mention.value) return false;
  const kind = mention.kind;
  if (kind !== "date" && kind !== "range" && kind !== "quantity") return false;
  if (!m.rule.values.includes(kind)) return false;
  if (mention.value.type !== "quantity") return true;
  // the unit as the rule compares it (unit-aliases), and the rule's value limits
  const unit = ruleUnit(m.rule, mention.value.unit);
  if (!withinLimits({ limits: m.rule.limits ?? null, measures: [] }, null, mention.value)) return false;
  const bare = unit === "" && !mention.counted;
  if (!unitAccepted(m.rule, unit) && !(bare && bareCountAccepted(m, mention, sentence))) return false;
  if (m.counted) {
    // What the number counts: the grammar's reading, else the few words after the figure.
    const after = sentence.slice(mention.offset + mention.length, mention.offset + mention.length + 60);
    const counted = mention.counted ?? after;
    if (allMatches(m.counted, counted).length === 0) return false;
  }
  return true;
}

/** A sentence's answers to mayHoldRange, mayHoldMoney and mayHoldShare, once asked. */
interface Gates {
  range?: boolean;
  money?: boolean;
  share?: boolean;
}

/**
 * Whether any value the rule takes can be in the sentence, asked of the one grammar that reads it
 * (quantities, or temporal expressions): what a grammar finds is a superset of what survives in the
 * full list, so "no" is final and the other grammars (and the non-claim spans) need not run.
 */
function mayAccept(m: RuleMatcher, layers: LayeredMentions, sentence: string, gates: Gates): boolean {
  const kinds = m.rule.values;
  // A rule of ranges alone ("from 1996 to 2001"), or of money or shares alone ("$2 billion",
  // "10%"): most sentences cannot hold one, and say so cheaply (once per sentence, whichever rules ask).
  if (kinds.every((k) => k === "range") && !(gates.range ??= mayHoldRange(sentence))) return false;
  if (kinds.every((k) => k === "quantity") && countsMoneyOrSharesOnly(m.rule)) {
    const money = (gates.money ??= mayHoldMoney(sentence));
    if (!money && !(m.rule.units.includes("percent") && (gates.share ??= mayHoldShare(sentence)))) return false;
  }
  if (kinds.includes("quantity") && layers.quantities().some((x) => accepts(m, x, sentence))) return true;
  if ((kinds.includes("date") || kinds.includes("range")) && layers.temporal().some((x) => accepts(m, x, sentence))) return true;
  return false;
}

// --- frames ----------------------------------------------------------------------------------

const FRAME_SIGNAL = /\b(since|as of|as at|by|in|during|from|between|for|through|until|throughout|over|after|before|starting in|starting|beginning in)\s+(?:the\s+)?$/i;

/** For a quantity: the nearest date or range in the sentence that a frame word introduces (frame claims use it too). */
export function quantityFrame(quantity: Mention, mentions: readonly Mention[], sentence: string, happening = true): Candidate["frame"] {
  if (!mentions.some((m) => (m.kind === "date" || m.kind === "range") && m.value)) return null;
  if (lastStarts?.sentence !== sentence) lastStarts = { sentence, starts: wordStarts(sentence) };
  return frameOf(quantity, mentions, sentence, lastStarts.starts, happening);
}

/** The word starts of the last sentence asked for: a sentence's values come one after another. */
let lastStarts: { sentence: string; starts: number[] } | null = null;

/**
 * `happening`: the figure belongs to a happening (an anchored rule's, or a frame's own topic), so
 * the day of that happening, written with its year after "on", is its time too; a level (an age,
 * a population) is not dated by the day its sentence tells.
 */
function frameOf(quantity: Mention, mentions: readonly Mention[], sentence: string, starts: readonly number[], happening = true): Candidate["frame"] {
  let best: { mention: Mention; signal: string; d: number } | null = null;
  for (const m of mentions) {
    if ((m.kind !== "date" && m.kind !== "range") || !m.value) continue;
    const before = sentence.slice(Math.max(0, m.offset - 24), m.offset);
    const signal =
      // "Since the movement swept back into Kabul in August 2021, …": since opens the clause and
      // wins over the "in" right before the date.
      (/\bsince\b[^,;.]{0,60}$/i.test(sentence.slice(Math.max(0, m.offset - 70), m.offset)) ? "since" : null) ??
      FRAME_SIGNAL.exec(before)?.[1]?.toLowerCase() ??
      // "On 23 November 1946 the fleet shelled the port, killing over 600": the day of the
      // happening, written with its year, is the figure's time; a day told without one ("on
      // Friday") may be the day of a report, which outlets give differently for one event
      (happening && /\bon\s+$/i.test(before) && /\b\d{4}\b/.test(m.text) && m.value.type === "date" && m.value.granularity === "day" ? "on" : null) ??
      (/^(?:as of|since)\b/i.test(m.text) ? "since" : null);
    // "since 2009, when a ship sank and 31 died", "recalled 1996, when four died": a "when" clause
    // after the date tells what happened then, so a figure inside it is of that time (not of the
    // stretch since, nor of no time at all)
    if (quantity.offset > m.offset + m.length && /^\s*,?\s*when\b[^;.]*$/i.test(sentence.slice(m.offset + m.length, quantity.offset))) {
      const d = distance(starts, span(quantity), span(m));
      if (d <= 12 && (!best || d < best.d)) best = { mention: m, signal: "in", d };
      continue;
    }
    if (!signal) continue;
    if (apartByRelativeClause(sentence, quantity, m)) continue;
    const d = distance(starts, span(quantity), span(m));
    if (d <= 12 && (!best || d < best.d)) best = { mention: m, signal, d };
  }
  return best ? { mention: best.mention, signal: best.signal } : null;
}

/** A relative clause set off by commas, open at the end of the text before a value: ", who won gold in". */
const OPEN_RELATIVE = /,\s*(?:who|whose|which)\b[^,;:.()]*$/i;

/**
 * Whether a relative clause set off by commas holds the date and not the figure, or the figure and
 * not the date: "Lena Ortiz, who sailed round the world in the 1980s, dies at 90" (the age is not of
 * the 1980s), "The ferry, which sank in 1994 with 850 aboard, ..." keeps its figure and date
 * together. The clause runs from ", who|which|whose" to the next comma.
 */
function apartByRelativeClause(sentence: string, quantity: Mention, date: Mention): boolean {
  const [first, second] = date.offset < quantity.offset ? [date, quantity] : [quantity, date];
  const between = sentence.slice(first.offset + first.length, second.offset);
  // the first value inside a clause that closes before the second
  if (OPEN_RELATIVE.test(sentence.slice(Math.max(0, first.offset - 120), first.offset)) && between.includes(",")) return true;
  // the second value inside a clause that opens after the first
  return OPEN_RELATIVE.test(between);
}

// --- a date's own occasion --------------------------------------------------------------------

/**
 * An occasion named right before a date, which the date belongs to: "a referendum scheduled for
 * mid-2031", "the election in May", "elections held on 4 March", "the trial set for June", "the
 * summit of May 2030". A rule whose trigger is another word ("withdrawal", "pull out") does not
 * take that date: in "delay the pullout and a referendum scheduled for mid-2031", mid-2031 is the
 * referendum's date. Must match those; must not match "the pullout in mid-2031", "an election
 * year since 2030" (no preposition before the date), "troops left in May after the election".
 */
const OCCASION_BEFORE =
  /\b(referend(?:um|a|ums)|elections?|votes?|polls?|ballots?|summits?|conferences?|hearings?|trials?|inaugurations?|ceremon(?:y|ies)|weddings?|funerals?|census(?:es)?|meetings?|talks|sessions?)\s+(?:(?:that|which)\s+(?:is|was|were|are|had\s+been|has\s+been|will\s+be)\s+)?(?:(?:scheduled|set|planned|slated|due|held|called|expected|fixed|timed)\s+)?(?:for|on|in|of|at)\s+(?:the\s+)?$/i;

function dateOfOtherOccasion(m: RuleMatcher, sentence: string, mention: Mention): boolean {
  if (mention.kind !== "date" && mention.kind !== "range") return false;
  const occasion = OCCASION_BEFORE.exec(sentence.slice(Math.max(0, mention.offset - 80), mention.offset));
  if (!occasion) return false;
  // the rule's own occasion ("the summit of May 2030" for meetings) keeps its date
  return allMatches(m.triggers, occasion[1]!).length === 0;
}

// --- names (subject: name) -------------------------------------------------------------------

const NAME_RUN = /((?:[\p{Lu}][\p{L}\p{N}.'’&-]*\s+){1,6})$/u;
const DESCRIPTIVE = /-(?:led|backed|brokered|sponsored|mediated|based)$/i;

/** "The U.S.-led Doha Agreement" → "doha"; "the Afghanistan-Pakistan Transit Trade Agreement" → "afghanistan-pakistan transit trade". */
export function nameBefore(sentence: string, trigger: TermMatch): string | null {
  const run = NAME_RUN.exec(sentence.slice(Math.max(0, trigger.start - 80), trigger.start))?.[1];
  if (!run) return null;
  const words = run
    .trim()
    .split(/\s+/)
    .filter((w) => !DESCRIPTIVE.test(w) && !/^(the|a|an|its|their|this|that)$/i.test(w));
  return words.length > 0 ? words.join(" ").toLowerCase() : null;
}

// --- the runner ------------------------------------------------------------------------------

function insideMasked(doc: SourceDocument, offset: number): boolean {
  return doc.masked !== undefined && isMasked(doc.masked, offset);
}

function triggersIn(m: RuleMatcher, text: string): TermMatch[] {
  const found = allMatches(m.triggers, text);
  for (const p of m.patterns) for (const x of p.matchAll(text)) found.push({ start: x.index, end: x.index + x.length, text: text.slice(x.index, x.index + x.length) });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A value glued to a trigger ("the Doha Agreement of February 2020", "withdrawal in 2021") belongs
 * to that trigger's topic: another rule whose trigger stands further away does not take it
 * ("… of February 2020, which paved the way for the withdrawal" is no withdrawal date).
 */
const TIGHT = 1;

/** Words a date may stand before a named topic's trigger: the name itself ("2020 Doha Agreement"). */
const NAME_LEAD = 2;

function sentenceCandidates(ex: Extractor, doc: SourceDocument, s: SentenceToRead, known?: ReadonlyMap<number, readonly Mention[]>): Candidate[] {
  const rules = s.rules;
  const found: { candidate: Candidate; d: number }[] = [];
  let layers: LayeredMentions | null = null;
  const gates: Gates = {};
  let mentions: Mention[] | null = null;
  let actors: string[] | null = null;
  let starts: number[] | null = null;
  // The rules whose triggers the scan found here, in rule order (or every rule).
  const order = rules ? (rules.length > 1 ? [...rules].sort((a, b) => a - b) : rules) : ex.matchers.map((_, i) => i);
  for (const index of order) {
    const m = ex.matchers[index]!;
    const matched = (rules && m.patterns.length === 0 ? triggersFromHits(s, index) : null) ?? triggersIn(m, s.text);
    // (a trigger that is a word of a league's name before its contest names no meeting: contest-names.ts)
    const triggers = matched.filter((t) => !isNegated(s.text, t) && !contestBodyName(s.text, t));
    if (triggers.length === 0) continue;
    if (m.context && allMatches(m.context, s.text).length === 0) continue;
    if (!layers) {
      const all = known?.get(s.start);
      layers = all ? knownLayers(all) : layeredMentions(s.text, { asOf: doc.date, asOfUntil: doc.dateUntil ?? null });
    }
    // Most sentences stop here, after one grammar: no value the rule takes (see mayAccept).
    if (!mayAccept(m, layers, s.text, gates)) continue;
    mentions ??= layers.all();
    starts ??= wordStarts(s.text);
    const usable = mentions.filter((x) => accepts(m, x, s.text) && !insideMasked(doc, s.start + x.offset));
    if (usable.length === 0) continue;
    const excluded = allMatches(m.exclude, s.text);
    const taken = new Set<Mention>();
    for (const trigger of triggers) {
      if (excluded.some((x) => distance(starts!, x, trigger) <= (m.rule.excludeWindow ?? DEFAULT_EXCLUDE_WINDOW))) continue;
      // a capture of someone is custody or a prize, no place taken: only a topic of custody takes it
      if (!m.custody && takesSomeone(s.text, trigger.start, trigger.end)) continue;
      let best: { mention: Mention; d: number } | null = null;
      for (const mention of usable) {
        const d = distance(starts, trigger, span(mention));
        if (!sameClause(s.text, trigger, span(mention))) continue;
        // A named agreement's date follows its name ("the Doha Agreement of February 2020", "the
        // Doha accord, signed … in February 2020") or stands right before it ("the 2020 Doha
        // Agreement"); a date further before belongs to something else ("in May 2019, months
        // after the Oslo deal").
        if (m.rule.subject === "name" && mention.offset < trigger.start && d > NAME_LEAD) continue;
        // "a referendum scheduled for mid-2009": the date of another occasion than the trigger's
        if (dateOfOtherOccasion(m, s.text, mention)) continue;
        // Ties go to the value after the trigger ("recognised … in 1997").
        if (d <= m.rule.window && (!best || d < best.d || (d === best.d && mention.offset > best.mention.offset))) best = { mention, d };
      }
      if (!best || taken.has(best.mention)) continue;
      taken.add(best.mention);
      const mention = best.mention;
      let measure: string | null = null;
      let measureDistance = Infinity;
      let measureAfter = false;
      for (const me of m.measures) {
        for (const hit of allMatches(me.re, s.text)) {
          const d = distance(starts, hit, span(mention));
          // ties go to the word after the value: in "3 dead, 2 hurt" the 2 are the hurt, not the dead
          const after = hit.start >= mention.offset + mention.length;
          if (d <= m.rule.window && (d < measureDistance || (d === measureDistance && after && !measureAfter))) {
            measure = me.name;
            measureDistance = d;
            measureAfter = after;
          }
        }
      }
      const frame = mention.kind === "quantity" ? frameOf(mention, mentions, s.text, starts, m.rule.anchored) : null;
      let subject: string[];
      if (m.rule.subject === "name") {
        const name = nameBefore(s.text, trigger);
        subject = name ? [`title:${name}`] : [];
      } else {
        actors ??= sentenceActors(s.text);
        subject = actors;
      }
      found.push({ d: best.d, candidate: {
        rule: m.rule.id,
        document: doc.path,
        mention,
        offset: s.start + mention.offset,
        sentence: s.text,
        trigger: trigger.text,
        measure,
        frame,
        actors: subject,
        provenance: [`rule:${m.rule.id}`, `pattern:${mention.pattern}`, `trigger:${trigger.text}`, ...(measure ? [`measure:${measure}`] : [])],
      } });
    }
  }
  return found
    .filter(({ candidate, d }) => d <= TIGHT || !found.some((o) => o.candidate.mention === candidate.mention && o.d <= TIGHT))
    .map(({ candidate }) => candidate);
}

/** Sentences worth the value layer: those holding any rule's trigger. */
function mayHoldClaim(ex: Extractor, text: string): boolean {
  if (ex.prefilter) {
    ex.prefilter.lastIndex = 0;
    if (ex.prefilter.test(text)) return true;
  }
  return ex.prefilterPatterns.some((p) => p.test(text));
}

/** A sentence to read, with the trigger matches the scan found in or across it. */
export interface SentenceToRead extends Sentence {
  /** The rules (indices into the extractor's matchers) whose triggers it may hold; null = try every rule. */
  rules: readonly number[] | null;
  hits: readonly TriggerHit[];
}

/**
 * The sentences that hold a trigger, found without splitting the whole text: the scanner finds
 * the triggers, and only the lines they stand in are split into sentences (a line break always
 * ends a sentence). The same sentences, in the same order, as splitting everything and testing
 * each with the prefilter; each comes with the rules whose triggers occur in it, so the others
 * are not tried. Rules with `patterns:` are matched sentence by sentence, as written (rules null:
 * try every rule).
 */
export function sentencesToRead(ex: Extractor, text: string, split?: readonly Sentence[]): SentenceToRead[] {
  if (ex.prefilterPatterns.length > 0) return (split ?? splitSentences(text)).flatMap((s) => (mayHoldClaim(ex, s.text) ? [{ ...s, rules: null, hits: [] }] : []));
  if (!ex.scanner) return [];
  if (split) return sentencesOfHits(ex.scanner.scan(text), split);
  const out: (Sentence & { rules: number[]; hits: TriggerHit[] })[] = [];
  /** The entry of sentence s: hits come in order, so it is the last one but for hits that ran over a line. */
  const entryOf = (s: Sentence): (typeof out)[number] | undefined => {
    const last = out[out.length - 1];
    if (!last || s.start > last.start) return undefined;
    if (last.start === s.start) return last;
    return out.find((e) => e.start === s.start);
  };
  let line = { start: 0, end: -1, sentences: [] as Sentence[] };
  const isBreak = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c === 10 || c === 13;
  };
  const breakAfter = nextBreak(text);
  // NOTE: walk back to the line's start character by character: lastIndexOf("\r") in a text
  // without any CR would scan back to the start on every call, quadratic in the document's length.
  // (A line is walked back once, from its first hit.)
  const lineAt = (pos: number): typeof line => {
    let start = pos;
    while (start > 0 && !isBreak(start - 1)) start--;
    const end = breakAfter(pos);
    const sentences = splitLine(text, start, end);
    return { start, end, sentences };
  };
  for (const hit of ex.scanner.scan(text)) {
    // A hit may run over a line break ("took\nover"): every sentence it touches is read.
    for (let pos = hit.start; pos < hit.end; pos = line.end + 1) {
      if (pos < line.start || pos > line.end) line = lineAt(pos);
      // A line may be a whole document (one paragraph per file): find the sentence, do not walk to it.
      for (let k = firstEndingAfter(line.sentences, pos); k < line.sentences.length; k++) {
        const s = line.sentences[k]!;
        if (s.start >= hit.end) break;
        const entry = entryOf(s);
        if (entry) {
          if (!entry.rules.includes(hit.list)) entry.rules.push(hit.list);
          entry.hits.push(hit);
        } else out.push({ start: s.start, end: s.end, text: s.text, rules: [hit.list], hits: [hit] });
      }
      if (hit.end <= line.end) break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * sentencesToRead, given the document's sentences (splitSentences of its text, as the frame pass
 * has them): each hit goes to every sentence it touches (one that ends after the hit starts and
 * starts before it ends), found by binary search instead of splitting the hit's lines again.
 */
function sentencesOfHits(hits: readonly TriggerHit[], sentences: readonly Sentence[]): SentenceToRead[] {
  const out: (Sentence & { rules: number[]; hits: TriggerHit[] })[] = [];
  // the entry of each sentence read so far, by its index in `sentences`
  const entries = new Map<number, (typeof out)[number]>();
  for (const hit of hits) {
    for (let k = firstEndingAfter(sentences, hit.start); k < sentences.length; k++) {
      const s = sentences[k]!;
      if (s.start >= hit.end) break;
      const entry = entries.get(k);
      if (entry) {
        if (!entry.rules.includes(hit.list)) entry.rules.push(hit.list);
        entry.hits.push(hit);
      } else {
        const made = { start: s.start, end: s.end, text: s.text, rules: [hit.list], hits: [hit] };
        entries.set(k, made);
        out.push(made);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The first line break at or after a position (the text's length when none), by indexOf: a line
 * may be a whole document, and indexOf runs far faster than a loop over its characters. Each kind
 * of break is looked for once per stretch of text without one, so a text with no CR (or no LF)
 * is not searched to its end on every call.
 */
function nextBreak(text: string): (pos: number) => number {
  // No LF in [lfFrom, lf), and lf is one (or the text's length); the same for CR.
  let lfFrom = 0;
  let lf = -1;
  let crFrom = 0;
  let cr = -1;
  return (pos) => {
    if (pos < lfFrom || pos > lf) {
      lfFrom = pos;
      lf = text.indexOf("\n", pos);
      if (lf === -1) lf = text.length;
    }
    if (pos < crFrom || pos > cr) {
      crFrom = pos;
      cr = text.indexOf("\r", pos);
      if (cr === -1) cr = text.length;
    }
    return lf < cr ? lf : cr;
  };
}

/** The index of the first sentence (in order) that ends after `pos`. */
function firstEndingAfter(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A rule's trigger matches in a sentence, from the scan: what its expression finds scanning the
 * sentence (leftmost first, not overlapping) are the scan's matches of that rule inside the
 * sentence, taken left to right without overlap — the scan tried the rule at every word start.
 * Null when a match runs over the sentence's edge: then the sentence alone may match otherwise.
 */
export function triggersFromHits(s: SentenceToRead, rule: number): TermMatch[] | null {
  const out: TermMatch[] = [];
  let reach = s.start;
  for (const h of s.hits) {
    if (h.list !== rule) continue;
    if (h.start < s.start || h.end > s.end) return null;
    if (h.start < reach) continue;
    out.push({ start: h.start - s.start, end: h.end - s.start, text: s.text.slice(h.start - s.start, h.end - s.start) });
    reach = h.end;
  }
  return out;
}

/**
 * `knownMentions`: each sentence's mentions (by the sentence's start), when a reading of the whole
 * text has found them already: no grammar reads the sentence again, and the rules take the values
 * the frames read (a date's year from an anchor earlier in the text, not from the sentence alone).
 * `sentences`: the text's sentences (splitSentences), when the caller has split it already.
 */
export function extractCandidates(
  ex: Extractor,
  doc: SourceDocument,
  knownMentions?: ReadonlyMap<number, readonly Mention[]>,
  sentences?: readonly Sentence[],
): Candidate[] {
  const out: Candidate[] = [];
  // NOTE: loops, not push(...): one long sentence can hold more candidates than a call has arguments
  for (const s of sentencesToRead(ex, doc.text, sentences)) for (const c of sentenceCandidates(ex, doc, s, knownMentions)) out.push(c);
  return out;
}
