/**
 * The making of a rule or a law, told with its date and different verbs: "the rule, finalized in
 * December", "rule changes made in January", "rules issued last December", "Passed in January
 * 2009, the new rule …", "the change to the Clean Air Act was made in May". Outlets tell one
 * instrument's making with whatever verb comes to hand (made, issued, passed, finalized, adopted),
 * and at another precision or a month apart (the day it was signed, published or took effect).
 * Such a date is read here as the making of an instrument of a kind (a rule: rule, regulation,
 * change to a law, amendment, directive; a law: law, act, bill, statute), said right beside the
 * verb that dates it:
 *   - the instrument before the verb, as what it was done to ("rule changes made in January",
 *     "the rule, finalized in December", "the regulations were adopted in May");
 *   - the subject of a passive verb, a phrase before it ("The change to the Clean Air Act was made
 *     in May");
 *   - a sentence that opens with the verb, and the instrument it is said of after the date ("Passed
 *     in January 2009, the new rule lifted …").
 * A change is an instrument only as a change of a rule or a law ("rule changes", "a change to the
 * Clean Air Act"), not a lineup's or a schedule's.
 *
 * Two such dates of one kind of instrument, in one story, at most a year apart end to start, whose
 * sentences give no two different makers ("the Hale administration", "the Hale-era rule"), are one
 * making (oneInstrumentMade): they share a topic (occurrence-topics.ts) and an occurrence
 * (group.ts), however far apart they were reported. Nothing here is evidence for the judge: such
 * dates agree or diverge, never contradict (a rule is made, published and takes effect on
 * different days). A law of 1973 and a rule of 2008, or two rules four years apart, are two.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { toInterval } from "../values/intervals.js";
import { soleWordAt } from "./word-places.js";

/** Past forms of verbs that bring a rule or a law into being. */
const MAKING = "made|issued|passed|adopted|enacted|finalized|finalised|promulgated|approved|imposed|introduced";

/** Nouns of an instrument, by kind: a rule (or a change to one), a law. */
const RULE_NOUN = /^(?:rule|regulation|amendment|directive|ordinance)s?$/i;
const LAW_NOUN = /^(?:law|act|bill|statute)s?$/i;
const CHANGE_NOUN = /^changes?$/i;

/** Words between a date and the verb before it: "made in", "issued last" (the word "last" is the date's), "was made". */
const VERB_BEFORE = new RegExp(`(?:^|[\\s,])((?:(?:was|were|been|being)\\s+)?(?:${MAKING}))\\s+(?:(?:in|on|during)\\s+)?$`, "i");

/** Days between two makings' dates, end to start, that may still be one making told with another month or year. */
const ONE_MAKING_DAYS = 366;

export type InstrumentKind = "rule" | "law";


/** The kind of instrument whose making a date tells (see the header); null for none. */
export const instrumentMade: (c: Claim) => InstrumentKind | null = oncePerClaim(readMaking);

function words(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, "")).filter((w) => w !== "");
}

/** The kind a noun names, with the word before it ("rule changes") and the words after it ("change to the Clean Air Act"). */
function kindOfNoun(noun: string, before: string | undefined, after: readonly string[]): InstrumentKind | null {
  const w = noun.replace(/^.*-/, "");
  if (RULE_NOUN.test(w)) return "rule";
  if (LAW_NOUN.test(w)) return "law";
  if (!CHANGE_NOUN.test(w)) return null;
  // "rule changes", "regulatory changes"; "a change to the Clean Air Act", "changes to the ESA"
  if (before !== undefined && (RULE_NOUN.test(before) || /^regulatory$/i.test(before))) return "rule";
  if (after[0]?.toLowerCase() === "to") {
    const named = after.slice(1, 5).filter((x) => !/^(?:the|a|an)$/i.test(x));
    if (named.length > 0 && /^\p{Lu}/u.test(named[0]!)) return named.some((x) => LAW_NOUN.test(x)) || named.every((x) => /^\p{Lu}/u.test(x)) ? "rule" : null;
  }
  return null;
}

function readMaking(c: Claim): InstrumentKind | null {
  if (c.value.type !== "date") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  const verb = VERB_BEFORE.exec(before);
  if (!verb) return null;
  const head = before.slice(0, verb.index + (verb[0].length - verb[0].trimStart().length));
  const clause = head.split(/[;:]/).at(-1)!;
  const passive = /^(?:was|were|been|being)\s/i.test(verb[1]!);
  // a sentence that opens with the verb: the instrument it is said of follows the date ("Passed in
  // January 2009, the new rule lifted …")
  if (clause.trim() === "") {
    const rest = c.sentence.slice(at + c.text.length);
    if (!/^\s*,/.test(rest)) return null;
    const after = words(rest).slice(0, 5);
    for (let i = 0; i < after.length; i++) {
      const kind = kindOfNoun(after[i]!, after[i - 1], after.slice(i + 1));
      if (kind) return kind;
    }
    return null;
  }
  // the subject of a passive verb: the first instrument of its clause, its head ("The change to the
  // Clean Air Act was made in May": a change), the clause cut at its last comma
  if (passive) {
    const subject = words(clause.split(",").at(-1)!);
    for (let i = 0; i < subject.length && i < 8; i++) {
      const kind = kindOfNoun(subject[i]!, subject[i - 1], subject.slice(i + 1));
      if (kind) return kind;
    }
    return null;
  }
  // the instrument right before the verb ("rule changes made in", "the rule, finalized in")
  const told = words(clause.replace(/,\s*$/, ""));
  const last = told.at(-1);
  return last === undefined ? null : kindOfNoun(last, told.at(-2), []);
}

/** A maker named beside the instrument: "the Hale administration", "the Hale-era rule", "Hale's government". */
const MAKER = /\b(\p{Lu}[\p{L}]+)(?:['’]s)?(?:-era\b|\s+(?:administration|government|cabinet|ministry)\b)/gu;

function makersOf(c: Claim): string[] {
  return [...c.sentence.matchAll(MAKER)].map((m) => m[1]!.toLowerCase());
}

/**
 * Two dates of one instrument's making (see the header): one kind of instrument, in one story, at
 * most ONE_MAKING_DAYS apart, and no two different makers named. Must be one: "the rule, finalized
 * in December" and "Passed in January 2027, the Hale-era rule"; "rules issued last May" and "rule
 * changes made in June". Must not: "the act was passed in 1973" and "the rule was finalized in
 * 2008" (two kinds, years apart); "rules issued in 2020" and "rules issued in 2024"; a rule of the
 * Hale administration and one of the Orme administration.
 */
export function oneInstrumentMade(a: Claim, b: Claim): boolean {
  const kind = instrumentMade(a);
  if (kind === null || kind !== instrumentMade(b) || a.story === undefined || a.story !== b.story) return false;
  const [x, y] = [toInterval(a.value), toInterval(b.value)];
  if (Math.max(x.lo - y.hi, y.lo - x.hi) > ONE_MAKING_DAYS) return false;
  const [ma, mb] = [makersOf(a), makersOf(b)];
  return ma.length === 0 || mb.length === 0 || ma.some((m) => mb.includes(m));
}
