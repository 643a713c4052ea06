/**
 * Physical breaking of a line and the loss of service it brings: one vocabulary for what news tells
 * of a cable, a power line, a pipe or a link that was cut, severed, snapped, broken, damaged or
 * ruptured, and of the outage that followed ("service was disrupted", "traffic was lost").
 *
 * "Cut" is two verbs. Said of a line (a cable, a line, a wire, a pipe, a main, a link, a
 * connection) it is a physical break, one kind of happening with "severed", "snapped", "broke",
 * "damaged" and "ruptured" ("two power lines were cut by the storm", "a water main ruptured", "a
 * fibre link was severed by an anchor"); said of a price, a job, a rate, a budget, a tax, staff,
 * output or a share, it is a reduction, one kind with "reduced" and "slashed" (predicate-classes.ts
 * `cut`): "the bank cut rates by half a point", "the firm cut 300 jobs". What the verb acts on tells
 * which (brokenLine). Under a verb of breaking, "line" is the cable (a communications, power or pipe
 * line): the counts of one break are counts of one thing whatever noun each outlet chose, so the
 * lines a break is told of are read as one kind (LINE_KIND).
 *
 * Who reads it, each for its own purpose:
 *   - predicate-classes.ts: a verb of breaking said of a line is of the class BREAK_CLASS;
 *   - occurrence-topics.ts: the lines of a break are one counted thing (brokenLineKind);
 *   - undated-kinds.ts: a cut told by what broke or by what it did to the service (OUTAGE_LEMMAS);
 *   - lead-inventories.ts: the verbs that tie a count of lines to its break (SEVERING_FORMS);
 *   - share-measures.ts: the words of a loss of service in a share's sentence (LOSS_FORMS).
 *
 * Must be a break: "two power lines were cut", "a fibre link was severed", "three cables snapped",
 * "five water mains burst", "four cables in the Gulf were cut" (the verb after the list). Must not:
 * "cut 300 jobs", "cut rates by 2 percent", "cut prices", "broke the record", "snapped a streak",
 * "damaged three cars", "cut the cable tax" (a tax).
 */
import type { Claim } from "../types.js";
import { REDUCED_NOUNS, isLineNoun, isReducedNoun } from "../extract/frames/cut-objects.js";
import { soleWordAt } from "./word-places.js";
import { MONTH_FULL } from "../values/temporal/lexicon.js";

/** Verbs of breaking a line, with the forms news writes them in. */
export const BREAKING_VERBS: Readonly<Record<string, readonly string[]>> = {
  cut: ["cut", "cuts", "cutting"],
  sever: ["sever", "severs", "severed", "severing"],
  snap: ["snap", "snaps", "snapped", "snapping"],
  break: ["break", "breaks", "broke", "broken", "breaking"],
  damage: ["damage", "damages", "damaged", "damaging"],
  rupture: ["rupture", "ruptures", "ruptured", "rupturing"],
  burst: ["burst", "bursts", "bursting"],
};

/** Words of the outage a break brings, by base form ("communications were disrupted", "an outage"). */
export const OUTAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  outage: ["outage", "outages"],
  disrupt: ["disrupt", "disrupts", "disrupted", "disrupting"],
  disruption: ["disruption", "disruptions"],
  hamper: ["hamper", "hampers", "hampered", "hampering"],
  interrupt: ["interrupt", "interrupts", "interrupted", "interrupting"],
  interruption: ["interruption", "interruptions"],
  "knock out": ["knocked out", "knocks out", "knock out", "knocking out"],
  "black out": ["blacked out", "blacks out", "black out", "blacking out"],
  blackout: ["blackout", "blackouts"],
};

/** The forms of losing: "we have lost three lines", "the loss of service". */
export const LOSING_FORMS: readonly string[] = ["lose", "loses", "lost", "losing", "loss"];

/** The class a verb of breaking said of a line is of (predicate-classes.ts). */
export const BREAK_CLASS = "break";

/** What a line's break is counted as, whatever noun an outlet chose ("cable", "line", "wire"). */
export const LINE_KIND = "line";

/** A pattern matching any of the words or phrases as whole words (spaces stand for any run of spaces). */
export function wordsPattern(words: readonly string[], flags = "i"): RegExp {
  const alternatives = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.split(" ").join("\\s+"));
  return new RegExp(`\\b(?:${alternatives.join("|")})\\b`, flags);
}

/** The base forms of the outage words and verbs of breaking: what a cut is told with (undated-kinds.ts). */
export const OUTAGE_LEMMAS: ReadonlySet<string> = new Set([...Object.keys(BREAKING_VERBS), ...Object.keys(OUTAGE_WORDS)]);

/** The written forms of the verbs of breaking and of losing: what ties a count of lines to its break (lead-inventories.ts). */
export const SEVERING_FORMS: readonly string[] = [...Object.values(BREAKING_VERBS).flat(), ...LOSING_FORMS];

/** The written forms of every word of breaking, outage and losing: a loss of service (share-measures.ts adds its own). */
export const LOSS_FORMS: readonly string[] = [...SEVERING_FORMS, ...Object.values(OUTAGE_WORDS).flat()];

// (what a cut acts on, a line or a thing reduced, is read as the frames read it: extract/frames/cut-objects.ts)
export { isLineNoun, isReducedNoun };

/**
 * A verb of breaking in the passive after a list, in its clause, the list's own relative pronoun
 * allowed: "… in the Gulf were cut", "… had been severed", "… in the Gulf that were damaged".
 */
const BROKEN_AFTER = new RegExp(
  String.raw`^([^.;:!?()]{0,80}?)\b(?:(?:that|which)\s+)?(?:were|was|are|is|been|be|got|get)\s+(?:\p{L}+ly\s+)?(?:${[...BREAKING_VERBS.cut!, ...BREAKING_VERBS.sever!, ...BREAKING_VERBS.snap!, ...BREAKING_VERBS.break!, ...BREAKING_VERBS.damage!, ...BREAKING_VERBS.rupture!, ...BREAKING_VERBS.burst!].join("|")})\b`,
  "iu",
);

/** A clause break in the words between a list and its verb. */
const CLAUSE_BREAK = /[,;:]|\b(?:when|after|before|while|because|which|who|that|where|until|if|but|although|though|said|says)\b/i;

/** What a claim's predicate acts on: the thing it counts, else its patient, else (the verb of breaking told without an object: "the cable snapped") its agent. */
function thingActedOn(c: Claim): string | null {
  const f = c.claimFrame;
  if (!f) return null;
  if (f.counted !== null && f.counted !== "money" && f.counted !== "date") return f.counted;
  const patient = f.participants.find((x) => x.role === "patient");
  if (patient) return patient.text;
  return f.participants.find((x) => x.role === "agent")?.text ?? null;
}

/**
 * Whether a claim tells a line broken: its predicate is a verb of breaking and what it acts on is
 * a line, not a thing a cut reduces; or it counts lines with no predicate read and its clause goes
 * on to a verb of breaking in the passive ("five cables in the Gulf were cut").
 */
export function brokenLine(c: Claim, predicate: string | null): boolean {
  const thing = thingActedOn(c);
  if (thing === null || isReducedNoun(thing) || !isLineNoun(thing)) return false;
  if (predicate !== null) return Object.prototype.hasOwnProperty.call(BREAKING_VERBS, predicate);
  if (c.value.type !== "quantity") return false;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return false;
  const m = BROKEN_AFTER.exec(c.sentence.slice(at + c.text.length));
  return m !== null && !CLAUSE_BREAK.test(m[1]!);
}

/**
 * Words of another time than the story's own: a month or a year named ("In March, four cables were
 * cut"), or "earlier", "previously", "ago", "in the past", a clause-final "then" ("only two lines
 * were snapped then"). A break told so is an earlier break, not the one the story reports.
 */
const ANOTHER_TIME = new RegExp(String.raw`\b(?:${MONTH_FULL})\b|\b(?:1[89]|20)\d\d\b|\b(?:[Ee]arlier|[Pp]revious(?:ly)?|ago|[Ii]n\s+the\s+past|[Bb]efore\s+that)\b|\bthen\s*(?:[.,;:!?]|$)`, "u");

/**
 * When a count of lines broken is told: "earlier" when its sentence tells another time (ANOTHER_TIME),
 * "" when it tells none; null for a claim that is no count of lines broken (lineKind is what
 * occurrence-topics.ts reads it as).
 */
export function breakTime(c: Claim, lineKind: boolean): string | null {
  if (!lineKind) return null;
  return ANOTHER_TIME.test(c.sentence) ? "earlier" : "";
}

/**
 * Two counts of lines broken, one told of another time and one of none: two breaks ("In March,
 * four cables were cut" and "three cables were cut on Friday"), never set against each other.
 */
export function breakTimesApart(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

/**
 * Whether a claim's frame tells a cut of lines or of a service by its own verb or noun (the
 * outage words and verbs of breaking: "cables were cut in March", "services were disrupted in
 * March", "the March outage"), and not a cut of what a cut reduces ("prices were cut in March").
 */
export function outageTold(c: Claim): boolean {
  const lemma = c.claimFrame?.predicate?.lemma;
  return lemma !== undefined && OUTAGE_LEMMAS.has(lemma) && !reductionTold(c);
}

/** Whether what a claim's frame tells was cut is a thing a cut reduces ("prices were cut", "cut 300 jobs"): a reduction, no outage. */
export function reductionTold(c: Claim): boolean {
  const f = c.claimFrame;
  if (!f) return false;
  if (f.participants.some((x) => (x.role === "patient" || x.role === "agent") && isReducedNoun(x.text)) || (f.counted !== null && isReducedNoun(f.counted))) return true;
  // (the object as written, where the frame read none: "Norland Telecom cut prices Friday")
  return !f.participants.some((x) => x.role === "patient") && CUT_A_REDUCED_THING.test(c.sentence);
}

/** "cut" right before what it reduces, two words at most between: "cut prices", "cut its rates", "cuts 300 jobs". */
const CUT_A_REDUCED_THING = new RegExp(String.raw`\b(?:${BREAKING_VERBS.cut!.join("|")})\s+(?:[\p{L}\d][\p{L}\d,.'’-]*\s+){0,2}?(?:${[...REDUCED_NOUNS].join("|")})s?\b`, "iu");

/**
 * Two tellings of a cut whose frames name what was cut differently ("cables were cut in March",
 * "calls and services were cut in March", "five cables in the Gulf and Europe were cut": the
 * frame may give a region): what broke and what went down are what each outlet chose to tell, and
 * they part no two tellings of one cut (undated-kinds.ts says so of undated ones). Must not part:
 * "the cables were cut in March" / "services were disrupted in March". Still parted: "prices were
 * cut in March" / "cables were cut in March" (a reduction).
 */
export function cutsToldAlike(a: Claim, b: Claim): boolean {
  return outageTold(a) && outageTold(b);
}
