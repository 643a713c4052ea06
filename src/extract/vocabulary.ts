/**
 * Vocabulary over frames: which rule's topic a framed value belongs to, by the rule's
 * `vocabulary:` — its predicates (verbs, event nouns, adjectives, phrases such as "death toll" or
 * "lose ... life") and its counted things — rather than by a trigger word near the value. A rule
 * matches when every list it gives is met: the frame's predicate (or the value's counted noun, or
 * a phrase of the rule standing around the value) is one of its predicates, and what the value
 * counts is one of its counted things. Of several rules, the one that meets more lists wins, then
 * the first in rule order.
 */
import { ruleUnit, withinLimits } from "../ruleset/value-keys.js";
import type { CompiledRule, TaggedToken } from "../types.js";
import type { Reading } from "./frames/index.js";
import { termsRegex } from "./terms.js";
import { firesSomeone } from "./fired-someone.js";

const CURRENCY = /^[A-Z]{3}$/;

export interface VocabularyMatcher {
  rule: CompiledRule;
  /** Single-word predicates, as lemmas. */
  words: Set<string>;
  /** Phrases: lemmas in order, "..." allowing up to three words between. */
  phrases: string[][];
  counted: Set<string>;
  measures: { name: string; re: RegExp | null }[];
}

export function buildVocabulary(rules: readonly CompiledRule[]): VocabularyMatcher[] {
  return rules
    .filter((r) => r.vocabulary)
    .map((rule) => {
      const v = rule.vocabulary!;
      const words = new Set<string>();
      const phrases: string[][] = [];
      for (const p of v.predicates) {
        const parts = p.toLowerCase().split(/\s+/);
        if (parts.length === 1) words.add(parts[0]!);
        else phrases.push(parts);
      }
      // measures as the rule's own global expressions (extract.ts builds the same, so the engine
      // compiles one for both), tested once per value from the start (measureFits)
      const measures = rule.measures.map((m) => ({ name: m.name, re: termsRegex(m.triggers) }));
      return { rule, words, phrases, counted: new Set(v.counted.map((c) => c.toLowerCase())), measures };
    });
}

/**
 * Whether a measure's expression matches anywhere in `text`, as a plain (not global) test would:
 * from the start, whatever an earlier test left in its lastIndex.
 */
export function measureFits(re: RegExp | null, text: string): boolean {
  if (re === null) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** A phrase's lemmas in order in tokens[from..to], with "..." gaps of up to three words. */
function phraseAt(tokens: readonly TaggedToken[], phrase: readonly string[], from: number, to: number): boolean {
  for (let start = Math.max(0, from); start <= to && start < tokens.length; start++) {
    let i = start;
    let gap = 0;
    let ok = true;
    for (const word of phrase) {
      if (word === "...") {
        gap = 3;
        continue;
      }
      let found = -1;
      for (let k = i; k <= i + gap && k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.lemma === word || t.text.toLowerCase() === word) {
          found = k;
          break;
        }
      }
      if (found < 0 || (found !== i && gap === 0)) {
        ok = false;
        break;
      }
      i = found + 1;
      gap = 0;
    }
    if (ok) return true;
  }
  return false;
}

/** The lemmas and lower-case texts of tokens[from..to], the words a phrase of phraseAt may start with there. */
function wordsIn(tokens: readonly TaggedToken[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) {
    const t = tokens[k]!;
    out.add(t.lemma);
    out.add(t.text.toLowerCase());
  }
  return out;
}

/** Unit codes of measures, currencies and shares; any other unit is a counted noun ("mourner"). */
const MEASURE_UNIT = /^(?:[A-Z]{3}|percent|percentage-point|basis-point|km2?|mi2?|m|cm|mm|ft|kg|t|lb|mph|km\/h|m\/s|kn|acre|ha|L|gal|bbl|bcm|[kMGT]Wh?|magnitude|year)$/;

function unitFits(rule: CompiledRule, unit: string, counted: string | null): boolean {
  if (rule.units.length === 0) return true;
  // a count of a noun the rule's vocabulary lists ("150 mourners" for a crowd counted in people)
  if (!MEASURE_UNIT.test(unit) && counted && rule.vocabulary?.counted.includes(counted)) return true;
  // people the frame saw where the value layer kept the noun ("three co-workers")
  if (!MEASURE_UNIT.test(unit) && counted === "person" && rule.units.includes("person")) return true;
  if (unit === "" && rule.units.includes("person")) return true;
  return rule.units.some((u) => u === unit || (u === "currency" && CURRENCY.test(unit)));
}

export interface VocabularyMatch {
  rule: CompiledRule;
  measure: string | null;
  /** The words that matched, as written: shown as the claim's trigger. */
  words: string;
}

/** The first token after `from` that opens another figure (a digit 0–9 or one of the signs $ € £ ¥), or the sentence's end. */
export function nextFigure(tokens: readonly TaggedToken[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    const c = tokens[i]!.text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) return i;
  }
  return tokens.length;
}

/** Verbs that link a subject to a state ("remain missing", "are unaccounted for"). */
const STATE_VERBS = new Set(["be", "remain", "stay"]);

/**
 * The adjective or participle right after a linking verb, past adverbs ("still", "now"): "remain
 * missing" → missing; "were still unaccounted" → unaccounted. Must not read "remain in hospital"
 * (a preposition) or "were 20" (a number).
 */
function stateAfter(tokens: readonly TaggedToken[], at: number): string | undefined {
  let k = at + 1;
  while (tokens[k]?.pos === "ADV") k++;
  const t = tokens[k];
  return t && (t.pos === "ADJ" || t.pos === "VERB") ? t.text.toLowerCase() : undefined;
}

/**
 * The matchers that may take a value of a kind ("date", "quantity", "range") counting a thing: those
 * whose rule takes the kind (a range a rule of dates only takes as a date) and that list no counted
 * things or list this one (passengers are people to a rule that counts people). Both tests read
 * the rule and these two words alone, so each list is worked out once per set of matchers and
 * kept, in rule order; most values are met by none or one of the rules, and the frame is then not
 * read for words at all. The set is always the extractor's whole list (one rule's matchers are
 * taken from its list: matchVocabulary onlyRule), so the lists kept are found again.
 */
function eligible(matchers: readonly VocabularyMatcher[], kind: string, counted: string | null): readonly VocabularyMatcher[] {
  let lists = ELIGIBLE.get(matchers);
  if (lists === undefined) ELIGIBLE.set(matchers, (lists = new Map()));
  const key = `${kind}|${counted ?? ""}`;
  let list = lists.get(key);
  if (list === undefined) {
    list = matchers.filter((v) => {
      const values = v.rule.values as readonly string[];
      if (!values.includes(kind === "range" && !values.includes("range") ? "date" : kind)) return false;
      // (an empty counted word counts nothing, as no word does)
      return v.counted.size === 0 || (!!counted && (v.counted.has(counted) || (counted === "passenger" && v.counted.has("person"))));
    });
    lists.set(key, list);
  }
  return list;
}
const ELIGIBLE = new WeakMap<readonly VocabularyMatcher[], Map<string, readonly VocabularyMatcher[]>>();

/**
 * The rule whose vocabulary a value's frame fits best, of `matchers` (the extractor's whole list,
 * so that eligible's lists are kept for it), or of the rule `onlyRule` alone when given; null when none fits.
 */
export function matchVocabulary(matchers: readonly VocabularyMatcher[], r: Reading, tokens: readonly TaggedToken[], onlyRule?: string): VocabularyMatch | null {
  const m = r.value.mention;
  // a part of a day ("Monday morning", "10am today") dates an event as a day does
  const kind = m.kind === "duration" ? "quantity" : m.kind === "time" ? "date" : m.kind;
  // (the rules that take the kind and the counted thing first: one look turns most rules away before the unit and the limits)
  const fit = eligible(matchers, kind, r.counted);
  const open = onlyRule === undefined ? fit : fit.filter((v) => v.rule.id === onlyRule);
  if (open.length === 0) return null;
  let best: { match: VocabularyMatch; score: number } | null = null;
  const predicateToken = r.predicate && r.predicate.at >= 0 ? tokens[r.predicate.at] : undefined;
  const countedToken = r.countedAt >= 0 ? tokens[r.countedAt] : undefined;
  // words around the value and its predicate, for phrases ("death toll", "took to the streets")
  const lo = Math.max(0, Math.min(r.value.first, r.predicate?.at ?? r.value.first) - 6);
  // after the value, they reach no further than the next figure: in "a deal worth $150 million or
  // $23 million per season" the season is the second figure's, not the first's
  const next = nextFigure(tokens, r.value.last);
  const hi = r.predicate && r.predicate.at > r.phraseEnd ? r.predicate.at + 6 : Math.min(r.phraseEnd + 6, next - 1);
  // the predicate, the counted noun, and the head of the verb's subject ("Turnout reached 64 percent")
  const heads = r.participants.filter((p) => p.role === "agent").map((p) => p.key.split(" ").at(-1)!);
  // the predicate as written too ("dead", "wound"), unless the tagger read it as a form of another
  // verb: "wound up with 20" is wind, "found 20 bodies" is find
  const written = predicateToken && !(predicateToken.pos === "VERB" && predicateToken.lemma !== predicateToken.text.toLowerCase()) ? predicateToken.text.toLowerCase() : undefined;
  // a state said with a copula or "remain" ("15 people remain missing", "20 were still
  // unaccounted for"): the adjective after it, not the verb, says what happened
  const state = predicateToken && STATE_VERBS.has(predicateToken.lemma) ? stateAfter(tokens, r.predicate!.at) : undefined;
  // a figure with no verb of its own, told of an event the sentence names by whose it is ("analysts
  // put the Corvane bid at $2.1 billion, though others said it was lower, perhaps $1.8 billion"):
  // the event's noun says what it is a figure of (not "its first bid … to some $2.4 billion": whose
  // is not said there)
  const events = r.predicate ? [] : r.participants.filter((p) => p.role === "event" && /\p{Lu}/u.test(p.text)).map((p) => p.key.split(" ").at(-1)!);
  // ("fire" of a person, counted, is a dismissal, which no rule of shooting may take: fired-someone.ts)
  const dismissal = kind === "quantity" && firesSomeone(r.predicate?.lemma, r.participants);
  const candidates = [dismissal ? undefined : r.predicate?.lemma, dismissal ? undefined : written, state, countedToken?.lemma, countedToken?.text.toLowerCase(), ...heads, ...events];
  let starting: Set<string> | undefined;
  for (const v of open) {
    const rule = v.rule;
    if (m.value?.type === "quantity" && (!unitFits(rule, ruleUnit(rule, m.value.unit), r.counted) || !withinLimits({ limits: rule.limits ?? null, measures: [] }, null, m.value))) continue;
    let score = 0;
    let words = "";
    if (v.counted.size > 0) score++;
    if (v.words.size > 0 || v.phrases.length > 0) {
      const word = candidates.find((c) => c !== undefined && v.words.has(c));
      if (word) words = predicateToken && (r.predicate?.lemma === word || predicateToken.text.toLowerCase() === word) ? predicateToken.text : countedToken?.text ?? word;
      else {
        // a phrase starts with its first word at a token of tokens[lo..hi]: one whose first word
        // stands nowhere there is not looked for
        starting ??= wordsIn(tokens, lo, hi);
        const opens = starting;
        const phrase = v.phrases.find((p) => (p[0] === "..." || opens.has(p[0]!)) && phraseAt(tokens, p, lo, hi));
        if (!phrase) continue;
        words = phrase.join(" ");
      }
      score++;
    }
    if (score === 0) continue;
    if (!best || score > best.score) {
      // the measure: from the predicate and the words right around the value ("$22 million per season")
      const near = tokens.slice(Math.max(0, r.value.first - 2), Math.min(tokens.length, r.phraseEnd + 4, next)).map((t) => t.text).join(" ");
      // (and the verb's subject: "the death toll rose to 17" measures deaths)
      // and a measure noun before the value with the word before it: "Death toll rises to 17")
      const subjects = r.participants.filter((p) => p.role === "agent").map((p) => p.key).join(" ");
      const noun = r.countedAt >= 0 && r.countedAt < r.value.first ? tokens.slice(Math.max(0, r.countedAt - 1), r.countedAt + 1).map((t) => t.text).join(" ") : "";
      const text = `${predicateToken?.text ?? ""} ${predicateToken?.lemma ?? ""} ${near} ${subjects} ${noun}`;
      // the predicate's own words first, then the words around the value
      const own = `${predicateToken?.text ?? ""} ${predicateToken?.lemma ?? ""}`;
      const fits = (me: { re: RegExp | null }, t: string): boolean => measureFits(me.re, t);
      const measure = (v.measures.find((me) => fits(me, own)) ?? v.measures.find((me) => fits(me, text)))?.name ?? null;
      best = { match: { rule, measure, words: words || (r.counted ?? "") }, score };
    }
  }
  return best?.match ?? null;
}
