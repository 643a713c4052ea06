/**
 * Which claims no rule took are compared with each other: the topic of a claim read through its
 * frame alone ("frame:confiscate/rifle"). Outlets tell one occurrence with different words, so
 * within a story, claims that count the same thing (by lemma: "rifle") with predicates of one
 * class (group/predicate-classes.ts: confiscate, seize, find) share one topic, named after the
 * class ("frame:seize/rifle"); a predicate in no class keeps its own ("frame:escort/vessel").
 * A word of two classes ("nab": arrest, theft) goes with the class most claims of its story and
 * counted thing are of ("nabbed $2.6 million" beside "stole", "looted": a theft).
 *
 * A claim that says what was counted but not what happened to it — no predicate, or a light verb
 * ("26 pirates were on board", "five boats tried to …") — joins the one topic of its story and
 * counted thing that states its value; if none does, or several do, it stays where its frame put
 * it ("frame:-/boat", "frame:be/boat"). People in general ("two
 * people", "two other moms", counted as person) said without a verb name too little to join one. A claim that names no counted
 * thing stays where its frame put it ("frame:manage/-"), and so does an attribute and what it is
 * of ("frame:magnitude/earthquake", "frame:duration/take"), but a percentage of a happening of a
 * class is one of that class ("plunged 5 percent" and "closed down 4 percent": frame:percent/fall),
 * and an attribute said of nothing ("a 200-pound man": frame:weight/-) joins the one topic of that
 * attribute in its story that states its value ("weighing about 200 pounds": frame:weight/weigh;
 * not "weighing 240 pounds", and not two such topics that both state it).
 *
 * Sharing a topic only lets claims meet: whether they are about one occurrence is decided by the
 * grouping (group.ts, with mayDiffer below) and the judge.
 *
 * What may be set against what, within a topic read from frames alone:
 *   - the same value (the same figure, or one date inside the other) may be grouped when read
 *     alike (one frame id that names a predicate or an attribute) or said of one kind of happening, or reported at about one time (FRAME_DATE_DAYS), or when it is
 *     distinctive ("$928,627.88"): an agreement across documents is reported;
 *   - different values only where there is positive evidence of one occurrence: a participant or
 *     event both frames name (group/participants.ts `linkedByFrames`; names elsewhere in their
 *     sentences do not count), or predicates of one class in reports
 *     at most FRAME_DATE_DAYS apart (or whose reporting days are unknown). Absence of a
 *     difference is not evidence: "$7.6 million" and "$237 million" in two addresses years
 *     apart, or "26 pirates" against "three boats", are never set against each other;
 *   - neither, whatever their values and names, when the days of their reports show two times
 *     (group/report-days.ts): figures each told as of its own report's day ("currently",
 *     "today") in reports of two days, changes of a level ("fell 3%") told with no period in
 *     reports more than a week apart, or a day's change and one over a longer span of its own.
 */
import type { Claim, CompiledRule, QuantityValue } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { modelOf } from "./model-counts.js";
import { broadestKind, hasKind, kindNoun, oneKind } from "./noun-kinds.js";
import { shareParty, sharePartiesApart } from "./share-parties.js";
import { measuresApart, oneSharedLoss, partAndWhole, shareKey, shareTimesApart, shareTopic } from "./share-measures.js";
import { isAgeInYears } from "./age-years.js";
import { dayNumber, toInterval } from "../values/intervals.js";
import { dimensionOf, factorOf, sameConverted } from "../values/quantity/dimensions.js";
import { actorsApart, keyOf, keysOf, linked, linkedByFrames, namesShared, partiesRead, soleWordAt } from "./participants.js";
import { countedKey, fireEquipment, peopleOfAKind, peopleOrThing, roundFired, thingWon } from "./counted-things.js";
import { classesOfClaim, isKnownClass, oneKindOfHappening, predicateOf, topicClassesOf } from "./predicate-classes.js";
import { nounsReadAs } from "../extract/frames/counted.js";
import { heldRecordOf, statName, statOf } from "./stat-lines.js";
import { playName, playOf } from "./play-lengths.js";
import { pairOf } from "./score-pairs.js";
import { isGameClock } from "./game-clocks.js";
import { oneParentsChildren } from "./kin-counts.js";
import { oddMinute, sameOddMoment } from "./moments.js";
import { oneDeadlyAttackDay } from "./deadly-days.js";
import { instrumentMade, oneInstrumentMade } from "./instrument-makings.js";
import { craftOf, oneDoersCraft } from "./doers-craft.js";
import { crowdsOfTwoDays } from "./crowd-days.js";
import { anchorOf, oneAnchoredLength } from "./anchored-lengths.js";
import { nestingLeftOpen } from "./counted-days.js";
import { servedTerm } from "./served-terms.js";
import { changesFarApart, changesOverTwoSpans, runningApart, timeReading, toldOnTwoDays } from "./report-days.js";
import { changeSubject, changeSubjectsApart } from "./change-subjects.js";
import { changeDay, changeDaysApart, toldBy } from "./change-days.js";
import { deadlineApart, deadlineDay } from "./deadline-days.js";
import { directionOf, directionsApart } from "./change-directions.js";
import { sumKind, sumsApart } from "./sum-kinds.js";
import { nestedAcrossReports, sinceDate, withinSinceSpan } from "./nested-dates-apart.js";
import { LINE_KIND, breakTime, breakTimesApart, brokenLine, isLineNoun } from "./breaking.js";

/**
 * How far apart two reports of one kind of happening may be and still be about one occurrence:
 * one event's figures and day are reported within days of it, while a verb met in a story or an
 * archive ("met", "appropriated", "seized") names many events over time.
 */
export const FRAME_DATE_DAYS = 14;

/** The parts of a frame's topic id: "frame:seize/rifle" → seize, rifle; null for a rule's id. */
function partsOf(rule: string): { predicate: string; counted: string } | null {
  if (!rule.startsWith("frame:")) return null;
  const [predicate = "-", counted = "-"] = rule.slice("frame:".length).split("/");
  return { predicate, counted };
}

/**
 * A claim of a frame's topic read with a light verb ("there were 30 pirates in the Gulf", "the
 * haul included 14 rifles"): it says what was counted, not what happened to it, so it may agree
 * or diverge but never contradicts ("30 were in the Gulf" and "26 were captured in the Gulf" are
 * both true). An attribute ("frame:magnitude/earthquake") is not held to it.
 */
export function namesNoHappening(c: Claim): boolean {
  const parts = partsOf(c.rule);
  if (!parts || parts.predicate === c.claimFrame?.counted) return false;
  return classesOfClaim(c) === null;
}

/**
 * The unit a quantity is compared in: its own, else what its frame says it counts ("confiscated 14
 * AK-47 rifles" read with no unit is a count of rifles, as "six rifles" is) when that noun follows
 * it; not when it is written as a modifier ("a three-game streak") or a part of a whole ("eight of
 * their last 10 games"): no unit. Dates: "".
 */
export function unitOf(c: Claim): string {
  if (c.value.type !== "quantity") return "";
  let unit = units.get(c);
  if (unit === undefined) units.set(c, (unit = readUnit(c, c.value)));
  return unit;
}

/**
 * What is read off one claim's value, sentence and frame (its unit, the thing it counts and the
 * words before that), kept per claim: topics and occurrences ask them of every pair of claims they
 * weigh, and a claim does not change once made.
 */
const units = new WeakMap<Claim, string>();

function readUnit(c: Claim, value: QuantityValue): string {
  const counted = c.claimFrame?.counted;
  // how many children someone has, however written: "a mother of 12", "12 children", "one of her 12 kids"
  if (counted === "children") return "children";
  // an age written as a bare number ("his two sons, 17 and 22, were held") counts years, as
  // "17-year-old" and "Orme, 17," do (group/age-years.ts); "a 6-month-old" keeps its months
  if (isAgeInYears(counted, value)) return "year";
  // a count of a model, however its name is written and whatever noun follows it: "seven AK-47s", "7 AK 47 rifles" (model-counts.ts)
  if (value.unit === "" || value.unit === counted) {
    const model = modelOf(c);
    if (model !== null) return model;
  }
  // a count written as a modifier ("a three-game losing streak") counts no game of its own
  // (a unit the frame reads as another name of what it counts: "three pumps" sent to a fire count engines)
  if (value.unit !== "" && counted && value.unit !== counted && nounsReadAs(counted).includes(value.unit)) return counted;
  // the part of a partitive counts its whole's noun: "missed 7 of the Hawks' 12 games" are games, not people ("7 of the Hawks")
  if ((value.unit === "person" || value.unit === "") && counted && counted !== "person" && c.claimFrame?.modality.includes("part")) return counted;
  // a running total told with no noun after it ("bringing his season total to 43" catches, "a record
  // for receptions with 43"): the stat noun it counts (receptions are catches)
  // (and a record's figure told with a name in brackets, "passed Reyes (1,880)", whose frame counts nothing: record-figures.ts)
  if (value.unit === "" && statOf(c) !== null && (counted || heldRecordOf(c) !== null)) return statOf(c)!.noun;
  // the passes someone caught are their catches ("caught 29 passes" and "29 catches": stat-lines.ts)
  if (value.unit === "pass" && statOf(c)?.noun === "catch") return "catch";
  if (value.unit !== "" || !counted || /-\s*\p{L}+$/u.test(c.text)) return value.unit;
  // the counted noun within three words after the number, and not the whole of a partitive ("eight of their last 10 games")
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return "";
  const next = c.sentence.slice(at + c.text.length).trim().split(/\s+/).slice(0, 3).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ""));
  // (the noun as written may be another name of what the frame counts: "three pumps" at a fire are engines)
  const nouns = nounsReadAs(counted);
  return next[0] !== "of" && next.some((w) => nouns.some((n) => w.startsWith(n))) ? counted : "";
}

/**
 * An increment read through its frame alone ("sent for three extra pumps", "a further five
 * tenders arrived", "two more were found") adds to a figure told elsewhere: within a frame's own topic it
 * is compared with increments of the same counted thing only, never with a total ("two engines
 * were sent"). A rule's topic says what its figures count, and there "a further 900 rallied in
 * Keld" is a crowd of its own, compared with the other crowds as before. "+" for an increment of a
 * frame's topic, "" otherwise, as a part of the kind a quantity is compared as (group.ts kindOf).
 * Must be "+": "they sent for three extra pumps", "a further five tenders arrived" (claims no
 * rule took). Must be "": "two engines were sent"; a crowd-size rule's "a further 900 rallied".
 * A difference ("four years older", "five rounds sooner": ClaimFrame modality "difference") is
 * "~", whatever its topic: it is compared with differences only, never with a value (an age).
 */
export function standingOf(c: Claim): string {
  if (c.value.type !== "quantity") return "";
  // a difference ("four years older", "five rounds sooner") is compared with differences only, whatever the topic
  if (c.claimFrame?.modality.includes("difference")) return "~";
  return c.rule.startsWith("frame:") && c.claimFrame?.modality.includes("increment") ? "+" : "";
}

/**
 * Two values that say the same: one figure (its stated number, in one unit, or in two units of one
 * dimension within the rounding of a conversion: "2,000 feet" and "610 m"), or one date within the other.
 */
export function sameValue(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.type === "quantity" || vb.type === "quantity") {
    if (va.type !== "quantity" || vb.type !== "quantity") return false;
    const [ua, ub] = [unitOf(a), unitOf(b)];
    if (ua !== ub) return va.nominal !== null && vb.nominal !== null && (sameConverted(va.nominal, ua, vb.nominal, ub) || sameApproximately(va, ua, vb, ub));
    if (va.nominal !== null && va.nominal === vb.nominal) return true;
    return va.min === vb.min && va.max === vb.max;
  }
  const [ia, ib] = [toInterval(va), toInterval(vb)];
  return (ia.lo <= ib.lo && ib.hi <= ia.hi) || (ib.lo <= ia.lo && ia.hi <= ib.hi);
}

/** How far from its number an approximate figure reaches when set against one in another unit: a tenth of it. */
const APPROXIMATE_REACH = 0.1;

/**
 * An approximate figure ("around an hour", "about 600 m") and a figure in another unit of its
 * dimension that lies within a tenth of it ("64 minutes": 54–66 minutes; "2,050 ft"): one length
 * told twice, one of them rounded. Must hold for those; must not for "around an hour" and "75
 * minutes", "eight hours" and "a day", or "an hour" and "64 minutes" told exactly (only the
 * rounding of a conversion: dimensions.ts sameConverted).
 */
function sameApproximately(va: QuantityValue, ua: string, vb: QuantityValue, ub: string): boolean {
  const [fa, fb] = [dimensionOf(ua), dimensionOf(ub)];
  if (fa === null || fa !== fb || va.nominal === null || vb.nominal === null) return false;
  const [a, b] = [va.nominal * factorOf(ua), vb.nominal * factorOf(ub)];
  const reach = (v: QuantityValue, x: number): number => (v.approximate ? Math.abs(x) * APPROXIMATE_REACH : 0);
  return Math.abs(a - b) <= Math.max(reach(va, a), reach(vb, b));
}

/**
 * The thing a quantity counts, by the name it is compared under (counted-things.ts): its unit, or
 * its frame's counted compound where the unit is that compound's last word ("33 home runs" read
 * with the unit "run" counts home runs), put in its group ("ships" → vessel). "" for a figure
 * with no unit; "" for a date.
 */
export const thingOf: (c: Claim) => string = oncePerClaim((c) => brokenLineKind(c) ?? ownThingOf(c));

/** The thing a quantity counts by its own noun, before the lines of a break are read as one (thingOf). */
function ownThingOf(c: Claim): string {
  return countedKey(roundFired(thingWon(wordsOf(c), c.claimFrame?.predicate?.lemma), c.sentence));
}

/** The lines of a break, whatever noun an outlet chose ("five cables were cut", "two lines snapped"): one kind (breaking.ts); null for anything else. */
function brokenLineKind(c: Claim): string | null {
  return c.value.type === "quantity" && brokenLine(c, predicateOf(c)) ? LINE_KIND : null;
}

/** When a count of lines broken is told (breaking.ts breakTime): "earlier", "", or null for no such count. */
const breakTimeOf: (c: Claim) => string | null = oncePerClaim((c) => breakTime(c, thingOf(c) === LINE_KIND));

/** The noun a quantity counts, in its own words: its unit, or its frame's counted compound that ends with the unit. */
function wordsOf(c: Claim): string {
  const u = unitOf(c);
  const counted = c.claimFrame?.counted;
  return u !== "" && counted && counted !== u && counted.endsWith(` ${u}`) ? counted : u;
}

/** What a quantity is compared as: the coarser reading of its thing (counted-things.ts peopleOrThing). */
export const kindOfThing: (c: Claim) => string = oncePerClaim((c) => peopleOrThing(thingOf(c)));

/**
 * What a quantity is taken for when it may be one figure told in other words (sameFigure,
 * same-figure.ts): its kind (kindOfThing), but fire engines, trucks, apparatus and units sent to a
 * blaze are one reading (counted-things.ts fireEquipment). Only ever lets one figure agree with
 * itself: occurrences keep to kindOfThing.
 */
export const figureKindOf: (c: Claim) => string = oncePerClaim(readFigureKind);

function readFigureKind(c: Claim): string {
  // (a narrower or broader noun of one kind is bucketed with its kind's broadest noun: noun-kinds.ts)
  // (a count of lines broken is taken for its own noun here: "three cables were cut" and "three cables
  // went down" are one figure, as they were before the lines of a break were read as one: breaking.ts)
  if (fireEquipment([thingOf(c), c.claimFrame?.counted], c.sentence)) return "fire equipment";
  return broadestKind(thingOf(c) === LINE_KIND ? peopleOrThing(ownThingOf(c)) : kindOfThing(c));
}

/** The words between a figure and the noun it counts ("Five pirate boats" → pirate; "5 Indian merchant vessels" → indian, merchant). */
const modifiersOf: (c: Claim) => readonly string[] = oncePerClaim(readModifiers);

function readModifiers(c: Claim): string[] {
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return [];
  const after = c.sentence.slice(at + c.text.length).split(/\s+/).slice(0, 5).map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ""));
  const raw = c.value.type === "quantity" ? c.value.unit.toLowerCase() : "";
  const nouns = [raw, ...(c.claimFrame?.counted ?? "").split(" ")].filter((w) => w.length > 2);
  const end = after.findIndex((w) => nouns.some((n) => w.startsWith(n)));
  // (a word of counting says how, not what: "31 separate pieces", "five individual boats")
  return end < 0 ? [] : after.slice(0, end).filter((w) => w !== "" && !COUNTING_WORDS.has(w));
}

/**
 * Words between a figure and its noun that say the things were counted one by one, not what kind
 * they are: "31 separate pieces of apparatus" are 31 pieces, as "31 fire trucks" may be. Not
 * "other" ("three other boats" are not the three boats) nor a word of kind ("pirate", "merchant").
 */
const COUNTING_WORDS: ReadonlySet<string> = new Set(["separate", "individual", "distinct", "different"]);

/**
 * Whether two figures name their thing with different words between the figure and its noun
 * ("16 fights" and "13 title fights"; "548 rushing yards" and "258 receiving yards"), which tells
 * two things of one sentence apart. Not "£910,000" and "£1.2m", nor "16 fights" and "13 fights".
 */
export function modifiedApart(a: Claim, b: Claim): boolean {
  const [ma, mb] = [modifiersOf(a), modifiersOf(b)];
  return ma.length + mb.length > 0 && (ma.length !== mb.length || ma.some((w) => !mb.includes(w)));
}

/**
 * The same figure of one thing told in other words: the same number, counting things compared
 * under one reading (thingOf, kindOfThing: "three boats" and "3 pirate ships"; "26 pirates" and
 * "26 Somali crew"; "46 arrests" and "46 people were arrested"), not told apart by what stands
 * between the figure and its noun ("five pirate boats" and "five merchant vessels" are two
 * things). Only ever lets claims agree: different figures of different words never meet by it.
 */
export function sameFigure(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "quantity" || vb.type !== "quantity") return false;
  // (the numbers first: most pairs asked state two figures, and need no reading of what they count)
  const same = (va.nominal !== null && va.nominal === vb.nominal) || (va.min === vb.min && va.max === vb.max);
  if (!same || figureKindOf(a) !== figureKindOf(b)) return false;
  if (wordsOf(a) === wordsOf(b)) return true;
  // (two nouns of the kinds table, with the modifier that makes a compound of it: "three machine
  // guns" and "three other automatic rifles" are guns; "four sons" and "four daughters" are not one count)
  const [ka, kb] = [kindNoun(wordsOf(a), modifiersOf(a)), kindNoun(wordsOf(b), modifiersOf(b))];
  if (hasKind(ka.noun) && hasKind(kb.noun) && !oneKind(ka.noun, kb.noun)) return false;
  const [ma, mb] = [ka.rest, kb.rest];
  return ma.length === 0 || mb.length === 0 || ma.some((w) => mb.includes(w));
}

/**
 * Days between two reports, each a day or a span of days (a report dated only by its month, from
 * its first day to its last: time.reportedUntil): 0 when the spans meet; null when either day is
 * unknown. A report of some day in December 2008 and one of 19 December 2008 are 0 days apart;
 * one of 1 December and one of 19 December, 18.
 */
export function daysBetweenReports(a: { reportedAt: string | null; reportedUntil?: string | null }, b: { reportedAt: string | null; reportedUntil?: string | null }): number | null {
  if (a.reportedAt === null || b.reportedAt === null) return null;
  const [a0, b0] = [dayNumber(a.reportedAt), dayNumber(b.reportedAt)];
  const [a1, b1] = [a.reportedUntil ? dayNumber(a.reportedUntil) : a0, b.reportedUntil ? dayNumber(b.reportedUntil) : b0];
  return Math.max(0, a0 - b1, b0 - a1);
}

const NO_TIME = { reportedAt: null };

/** Reports of one time: at most FRAME_DATE_DAYS apart, or either reporting day unknown. */
export function reportedTogether(a: Claim, b: Claim): boolean {
  const days = daysBetweenReports(a.claimFrame?.time ?? NO_TIME, b.claimFrame?.time ?? NO_TIME);
  return days === null || days <= FRAME_DATE_DAYS;
}

/**
 * Positive evidence that two claims of a frame's topic are about one occurrence, so that they may
 * be set against each other when their values differ (see the header).
 */
export function mayDiffer(a: Claim, b: Claim): boolean {
  // (shares of two measures, "82 percent of voice traffic" and "65% of traffic", are two figures;
  // two shares of one party's loss of one measure are one: share-measures.ts)
  if (measuresApart(a, b)) return false;
  if (oneSharedLoss(a, b)) return true;
  // (everyone in a story has spent some years somewhere: two stretches of time spent told with two
  // verbs are one person's only where the frames say whose — "Moreau spent 19 seasons", "he played
  // 15 seasons"; told with one verb, they are compared as that verb's figures always were)
  if (oneKindOfHappening(a, b) && reportedTogether(a, b) && !timeSpentByTwoVerbs(a, b)) return true;
  // (one parent's children, the parent named in one report and not in the other: kin-counts.ts)
  if (oneParentsChildren(a, b)) return true;
  // (one rule's or law's making, told with two verbs and two months: instrument-makings.ts)
  if (oneInstrumentMade(a, b)) return true;
  // (one length before or after one kind of happening, "wed two weeks before the shooting": anchored-lengths.ts)
  if (oneAnchoredLength(a, b)) return true;
  // (the craft the doers of one attack came in, whatever verb tells it: doers-craft.ts)
  if (oneDoersCraft(a, b) && reportedTogether(a, b)) return true;
  return linkedByFrames(a, b);
}

function timeSpentByTwoVerbs(a: Claim, b: Claim): boolean {
  const spent = (c: Claim): boolean => (classesOfClaim(c) ?? []).includes("time-spent");
  return spent(a) && spent(b) && predicateOf(a) !== predicateOf(b);
}


/**
 * One piece of news told on its day by whoever made it public: "the Academy announced Friday",
 * "the star made the announcement on Friday", "producers announced today" in reports of that
 * Friday. Both are dates of an announcement (predicate-classes.ts), each its own report's day and
 * the same day, in one story: who announced it (the body, its officials, the person concerned)
 * does not make it two announcements, as outlets credit one release to different hands. Only ever
 * lets such claims agree: their values are one day. Must be one: "the league announced Monday" and
 * "the coach made the announcement on Monday", reports of that Monday. Must not: the same words in
 * reports of two days (each announces on its own day); "announced Monday" beside "arrested Monday"
 * (another kind); "announced in May" (no day); two stories.
 */
export function newsOfItsDay(a: Claim, b: Claim): boolean {
  const key = newsKey(a);
  return key !== "" && key === newsKey(b);
}

/**
 * The announcement of its day a claim tells, as a key two claims share exactly when newsOfItsDay
 * holds for them ("announce 2031-05-02 s-1"): a date of one day that is its own report's day, told
 * by a verb of announcing, in a story; "" for any other claim.
 */
export function newsKey(c: Claim): string {
  const v = c.value;
  if (v.type !== "date" || v.granularity !== "day" || v.start !== v.end || c.story === undefined) return "";
  if (c.claimFrame?.time.reportedAt !== v.start || !(classesOfClaim(c) ?? []).includes("announce")) return "";
  return `announce ${v.start} ${c.story}`;
}

/**
 * A value whose meaning hangs on when it was reported: a figure ("12 injured", "$1,500"), or a
 * date reckoned from its report's day ("today", "last spring"). Not a date written with its year
 * ("25 May 1997") or a decade written with its digits ("the mid-1980s"), which name the same time
 * whoever writes them and whenever.
 */
function toldAsOfItsReport(c: Claim): boolean {
  // (a decade written with its digits names itself too: "the mid-1980s", "in the 1990s")
  return c.value.type === "quantity" || !/\b\d{4}(?:s|'s|’s)?\b/.test(c.text);
}

/** A date written with its year ("1983", "November 1983", "5 March 2007"), not one reckoned from the day of writing. */
export function writtenWithYear(c: Claim): boolean {
  return c.value.type === "date" && YEAR.test(c.text);
}
const YEAR = /\b\d{4}\b/;

/**
 * Whether two claims of one built-in rule may stand in one occurrence, as far as their reporting
 * days go. A rule names a kind of happening ("killed", "a fee"), not one occurrence of it: figures
 * reported at about one time (FRAME_DATE_DAYS, or either day unknown) may be set against each
 * other as before; figures reported further apart meet only when they state the same value or
 * something ties them to one occurrence (group/participants.ts `linked`: a participant both frames
 * name, two shared names, a named topic; or one country or proper name both sentences name:
 * "Afghan refugees" ordered to leave in one report and hosted in another two years earlier). Must meet: "12 injured" and "18 injured" in reports two
 * days apart; "$1,500" and "$1,500" in addresses a year apart; "recognised in 1997" and "in 1996"
 * written years apart. Must not meet: "millions" of lives saved (1997) and "1,000" who will die
 * (1998); "thousands" killed in two addresses five years apart; the ages of two different children
 * in addresses a year apart; "last spring" (1934) and "today" (1935). Dates of a recurring topic
 * (`rule`: many occurrences, each with its own date) meet only as oneHappeningIdentified says; a
 * single topic's dates are of its one occurrence, and meet as figures do.
 */
export function ruleMayMeet(a: Claim, b: Claim, rule?: Pick<CompiledRule, "cardinality" | "oneKindOfHappening">): boolean {
  if (!toldAsOfItsReport(a) && !toldAsOfItsReport(b)) return true;
  if (reportedTogether(a, b)) return true;
  if (rule?.cardinality === "recurring" && a.value.type !== "quantity" && b.value.type !== "quantity") return oneHappeningIdentified(a, b, rule.oneKindOfHappening === true);
  if (linked(a, b) || nameInCommon(a, b)) return true;
  // the same figure, stated exactly: "thousands" in two addresses years apart is a manner of speaking
  return (sameValue(a, b) || sameFigure(a, b)) && exactFigure(a) && exactFigure(b);
}

/**
 * Two dates of a recurring topic reported far apart, one of them reckoned from its report
 * ("today", "last year", "this spring"), name one happening only on evidence:
 *   - one of them is a month or a day written with its year (monthOrDayWithYear): it names its time
 *     whoever writes it, and the rule's own words name the happening ("the takeover in August 2021"
 *     and "returned to power four years ago"); in a topic of one kind of happening per occurrence
 *     (`kinds`) the two must tell one kind (predicate-classes.ts): "an April 2031 shooting" and
 *     "shot two nurses on Monday";
 *   - otherwise both tell one kind of happening and something identifies it: a proper name finer
 *     than a country both give, or a participant both frames name (participants.ts namesShared,
 *     linkedByFrames). A common noun both use ("a child", "people", "the country") or the country
 *     every address names is no identity, and one date inside the other is a coincidence of the
 *     calendar.
 * Must meet: "the Varn market bombing a year ago" (2011) and "a bomb tore through the Varn market
 * on Sunday" (2010). Must not: "a child born tonight" (1997) and "a child born in 1998" (1998); a
 * conference convened "this spring" (1997) and one hosted "last year" (1998); a speech given "on
 * 20 September 2001" and an attack "since 9/11".
 */
function oneHappeningIdentified(a: Claim, b: Claim, kinds: boolean): boolean {
  // (a deadly attack's day and its death's are one happening told by two kinds: deadly-days.ts)
  if (monthOrDayWithYear(a) || monthOrDayWithYear(b)) return !kinds || oneKindOfHappening(a, b) || oneDeadlyAttackDay(a, b);
  return oneKindOfHappening(a, b) && (linkedByFrames(a, b) || namesShared(a, b));
}

/**
 * Two dates of a recurring topic, one inside the other and not the same span ("later today" and
 * "earlier this year", "on 3 May" and "in May"), whose predicates tell two kinds of happening
 * (predicate-classes.ts: both of known kinds, none in common), name one happening only on positive
 * evidence: a participant or proper name both give (participants.ts linkedByFrames, namesShared).
 * That a day lies inside a year is a fact of the calendar, not of the news. Dates of one span, and
 * dates told with one kind of happening or with a verb of no known kind, need no more than before.
 * Must tie: "shot on 3 May" and "the May shooting" (one kind); "Teller resigned on 3 May" and "in
 * May, Teller was arrested" (a name); "a crash took place last week" and "killed on Friday" (any
 * kind). Must not: "a ribbon was cut later today" and "a flood struck earlier this year" (two kinds,
 * no name); "a month ago" and "a shooting the previous day" counted from a killing that month
 * (either happening's: counted-days.ts nestingLeftOpen).
 */
export function nestedDatesTied(a: Claim, b: Claim): boolean {
  if (a.value.type === "quantity" || b.value.type === "quantity") return true;
  const [x, y] = [toInterval(a.value), toInterval(b.value)];
  if (x.lo === y.lo && x.hi === y.hi) return true;
  // (a day counted from another happening, "the previous day", and a span that holds both days: counted-days.ts)
  if (nestingLeftOpen(a, b)) return false;
  const nested = (x.lo <= y.lo && y.hi <= x.hi) || (y.lo <= x.lo && x.hi <= y.hi);
  if (!nested || !twoKindsTold(a, b)) return true;
  return linkedByFrames(a, b) || namesShared(a, b);
}

/** Words that say only that something happened: of any kind. */
const ANY_HAPPENING = new Set(["happen", "occur", "take place"]);

/**
 * Two kinds of happening told: both predicates read and of known kinds, neither one that says only
 * that something happened, and no kind in common ("a ribbon cutting" and "a flood"; not "a
 * hit-and-run took place" and "the crash killed her", nor a predicate of no known kind).
 */
function twoKindsTold(a: Claim, b: Claim): boolean {
  const [x, y] = [classesOfClaim(a), classesOfClaim(b)];
  if (x === null || y === null || x.some((k) => ANY_HAPPENING.has(k)) || y.some((k) => ANY_HAPPENING.has(k))) return false;
  return x.some(isKnownClass) && y.some(isKnownClass) && !x.some((k) => y.includes(k));
}

/**
 * A month or a day written with its year ("an April 2007 shooting", "on 9 May 2011"): it names its
 * time whoever writes it and whenever, so a date of one kind of happening inside it, in a report of
 * the story a year before or after, is that happening's, as a later report tells it. Not a bare year
 * ("in 2005", which a story's reports give for many happenings), nor a date reckoned from its report.
 */
function monthOrDayWithYear(c: Claim): boolean {
  const v = c.value;
  return v.type === "date" && (v.granularity === "day" || v.granularity === "month" || v.granularity === "part") && writtenWithYear(c);
}

/** A country or proper name both claims' sentences name ("Afghan refugees" in two reports of one story). */
function nameInCommon(a: Claim, b: Claim): boolean {
  const kb = new Set(keysOf(b).filter((k) => !k.startsWith("plain:")));
  return keysOf(a).some((k) => !k.startsWith("plain:") && kb.has(k));
}

/** A value stated as one exact figure ("$1,500", "12"), not a vague or approximate one ("thousands", "about 40", "up to 5 million"); dates count as exact. */
function exactFigure(c: Claim): boolean {
  const v = c.value;
  return v.type !== "quantity" || (!v.approximate && v.qualifier === null && v.min !== null && v.min === v.max);
}

/**
 * A value that two reports would hardly state alike by chance: a figure of four or more
 * significant digits ("$928,627.88", "1,423"), or a date written with its year ("25 May 1997",
 * "the act of 1875"). Must match: 928627.88, 1423, 2,654,000, "July 1, 1859", "1875"; must not
 * match: 2, 4, thousands, $2.6 million, 2,650,000, 140,000, "this year", "the 21st century", "30th of June".
 */
export function distinctive(c: Claim): boolean {
  const v = c.value;
  if (v.type === "quantity") {
    if (v.nominal === null || v.approximate || v.min !== v.max) return false;
    const digits = String(Math.abs(v.nominal)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
    return digits.length >= 4;
  }
  return /\b\d{4}\b/.test(c.text);
}

/**
 * Two claims whose frames read the same predicate or attribute of the same thing ("frame:duration/take"
 * twice; not "frame:-/person" or "frame:have/point"), or one attribute, one of them said of nothing
 * its frame names ("a 200-pound man", frame:weight/-, and "weighing 200 pounds", frame:weight/weigh).
 */
function sameReading(a: Claim, b: Claim): boolean {
  if (a.rule === b.rule) return !namesNoHappening(a);
  const [pa, pb] = [partsOf(a.rule), partsOf(b.rule)];
  if (!pa || !pb || pa.predicate !== pb.predicate || (pa.counted !== "-" && pb.counted !== "-")) return false;
  return pa.predicate === a.claimFrame?.counted && pb.predicate === b.claimFrame?.counted;
}

/**
 * Changes or levels of two named things, told of two days by their weekdays, or a rise and a fall
 * told on two days, or shares in percent of two named parties, of two months' losses, or of a part
 * and its whole (change-subjects.ts, change-days.ts, change-directions.ts, share-parties.ts,
 * share-measures.ts): two occurrences, whether a frame or a rule took the figures.
 */
export function changesApart(a: Claim, b: Claim): boolean {
  return changeSubjectsApart(a, b) || changeDaysApart(a, b) || directionsApart(a, b) || sharePartiesApart(a, b) || shareTimesApart(a, b) || partAndWhole(a, b);
}

/**
 * Two figures of one built-in rule that are two occurrences whatever else ties them: changes or
 * levels of a value, a price or an index apart (changesApart: figures in percent, points, money or
 * no unit; not a climber's fall in metres, one happening however told), or sums of money of two
 * accounts, two kinds of period, or one asked for and one given (sum-kinds.ts), or sizes of
 * gatherings whose sentences give two days (crowd-days.ts). A rule names a kind of figure ("a
 * company's figures"), and an archive tells many of them.
 */
export function ruleFiguresApart(a: Claim, b: Claim): boolean {
  return (ofALevel(a) && ofALevel(b) && changesApart(a, b)) || sumsApart(a, b) || crowdsOfTwoDays(a, b);
}

/** A figure in the units a value, a price or an index moves in: percent, points, money, or none. */
function ofALevel(c: Claim): boolean {
  const v = c.value;
  return v.type === "quantity" && (v.unit === "" || v.unit === "percent" || v.unit === "point" || c.claimFrame?.counted === "money");
}

/**
 * Whether two claims of a frame's topic may stand in one occurrence: evidence that they are one,
 * or the same value read alike or said of one kind of happening, or distinctive (a figure, or one
 * day at one minute that is not a round one: moments.ts), or reported at
 * about one time in sentences that do not name different people: "thousands" or "two countries"
 * that nothing else ties, in addresses years apart, or "Thompson had 15 points" and "Chism had 15
 * points", are a coincidence, not an agreement.
 */
export function mayMeet(a: Claim, b: Claim): boolean {
  // (figures told as of two reports' own days, changes of a level told a week apart or over two spans, are of two times: report-days.ts)
  // (a running figure of a change at a clock time, and a change told on another day: report-days.ts runningApart)
  if (toldOnTwoDays(a, b) || changesFarApart(a, b) || changesOverTwoSpans(a, b) || runningApart(a, b)) return false;
  // (a day within a month or a year after "since" is not the start that date tells: nested-dates-apart.ts)
  if (withinSinceSpan(a, b)) return false;
  // (a deadline's day and a day of something done are two things: deadline-days.ts)
  if (deadlineApart(a, b)) return false;
  // (changes or levels of two named things, told of two days by their weekdays, or a rise and a fall told on
  // two days: change-subjects.ts, change-days.ts, change-directions.ts)
  if (changesApart(a, b)) return false;
  // (counts of lines broken, one told of another time and one not, are two breaks: breaking.ts)
  if (breakTimesApart(breakTimeOf(a), breakTimeOf(b))) return false;
  // (a day within a month or a year another report gives, weeks apart, is no same value: nested-dates-apart.ts)
  if ((sameValue(a, b) || sameFigure(a, b)) && !nestedAcrossReports(a, b)) {
    if (sameReading(a, b) || oneKindOfHappening(a, b) || (distinctive(a) && distinctive(b)) || sameOddMoment(a, b)) return true;
    // said without a verb of one kind: reported together, of sentences that do not name different people
    if (reportedTogether(a, b) && !actorsApart(a, b)) return true;
  }
  return mayDiffer(a, b);
}

/**
 * What mayMeet(c, x) reads of its first claim `c`, whatever `x`, as one string: two claims with one
 * key meet the same claims, so an occurrence asks one member of each key (group.ts), not every
 * member. Made of c's value and unit, the thing it counts and the words before that, its topic and
 * how it is read (sameReading), its kinds of happening, whether it is distinctive, its days of
 * report, and its parties and source (actorsApart, linkedByFrames). Must share a key: "two
 * officials" of two sentences of one report that name no one else. Must not: 2 and 3 officials;
 * two reports of different days; "the officials" and "the Kabul officials".
 */
export function meetingKey(c: Claim): string {
  const time = c.claimFrame?.time;
  return keyOf([
    c.value,
    unitOf(c),
    c.value.type === "quantity" ? [figureKindOf(c), wordsOf(c), modifiersOf(c)] : null,
    c.rule,
    c.claimFrame?.counted ?? null,
    namesNoHappening(c),
    classesOfClaim(c),
    distinctive(c),
    oddMinute(c),
    time?.reportedAt ?? null,
    time?.reportedUntil ?? null,
    partiesRead(c),
    anchorOf(c),
    c.story ?? null,
    // (report-days.ts: told as of its report's day, a change of a level, a figure of no kind)
    timeReading(c),
    // (change-subjects.ts, change-days.ts, change-directions.ts: what a change or a level is of, its day, its way)
    changeSubject(c),
    changeDay(c),
    toldBy(c),
    directionOf(c),
    // (sum-kinds.ts: a sum's account, period and asking)
    sumKind(c),
    // (share-parties.ts, share-measures.ts: whose share, of what, whose loss, told of which months)
    shareParty(c),
    shareKey(c),
    // (nested-dates-apart.ts: a date after "since")
    sinceDate(c),
    // (deadline-days.ts: a day told as a deadline)
    deadlineDay(c),
    // (breaking.ts: when a count of lines broken is told)
    breakTimeOf(c),
  ]);
}

/**
 * The topic each claim is grouped under: its rule for claims a rule took (and for ids of a rule
 * the caller knows), else its frame's topic, read as described in the header. Deterministic: it
 * depends on the claims' contents, not their order.
 */
/**
 * The topic a claim that names no verb at all ("frame:-/defeat": "for only three defeats") takes
 * when no claim of a class counts its thing in its story: that of the one claim of another document
 * that counts the same thing, states the same figure and names a verb of no class ("improved to a
 * record of 58 wins and three defeats": frame:improve/defeat). Must join: "three defeats" told
 * without a verb beside "improves to 40 wins and three defeats" in another report. Must not: two
 * such claims of two verbs that state the figure (which one is unknown), a claim of its own
 * document, a claim that names a verb itself ("lost three games" keeps its own).
 */
function verbOfTheFigure(w: Claim, wild: readonly Claim[]): string | null {
  if (partsOf(w.rule)?.predicate !== "-") return null;
  const named = new Set(wild.filter((o) => o !== w && o.document !== w.document && partsOf(o.rule)?.predicate !== "-" && (sameValue(o, w) || sameFigure(o, w))).map((o) => o.rule));
  return named.size === 1 ? [...named][0]! : null;
}

export function occurrenceTopics(claims: readonly Claim[], known: ReadonlySet<string>): Map<Claim, string> {
  const topics = new Map<Claim, string>();
  /** story|attribute → its claims that say what it is of ("frame:weight/weigh"), and those that do not ("frame:weight/-"). */
  const attributes = new Map<string, { held: Claim[]; unheld: Claim[] }>();
  /** story|counted → the claims with a predicate of a class, and the wildcards. */
  const byThing = new Map<string, { classed: { c: Claim; classes: readonly string[] }[]; wild: Claim[] }>();
  /** story|stat noun → the claims of a qualified statistic ("frame:stat/passing yard"), and those of none ("had 226 yards"). */
  const stats = new Map<string, { qualified: { c: Claim; topic: string }[]; plain: Claim[] }>();
  for (const c of claims) {
    // the making of a rule or a law, whatever verb tells it and whatever took the date
    // (instrument-makings.ts): "rules issued last May", "the rule, finalized in May" → frame:enact/rule
    const instrument = instrumentMade(c);
    if (instrument !== null && c.story !== undefined) {
      topics.set(c, `frame:enact/${instrument}`);
      continue;
    }
    const parts = known.has(c.rule) ? null : partsOf(c.rule);
    // the craft the doers of a happening came in, whatever verb tells it (doers-craft.ts): "the
    // smugglers, in three skiffs, tried to…", "shot at by two launches" → frame:doers-craft/vessel
    const craft = parts === null ? null : craftOf(c);
    if (craft !== null) {
      topics.set(c, `frame:doers-craft/${craft}`);
      continue;
    }
    // a player's or team's statistic, whatever verb carries it (stat-lines.ts): "threw for 300
    // yards", "finished with 300 passing yards" → frame:stat/passing yard
    const stat = parts === null ? null : statOf(c);
    if (stat !== null) {
      const key = `${c.story ?? ""}\u0000${stat.noun}`;
      let entry = stats.get(key);
      if (!entry) stats.set(key, (entry = { qualified: [], plain: [] }));
      const topic = `frame:stat/${statName(stat)}`;
      topics.set(c, topic);
      if (stat.qualifier === null) entry.plain.push(c);
      else entry.qualified.push({ c, topic });
      continue;
    }
    // a score, a record or a tally, whatever verb tells it (score-pairs.ts): "won 27-24", "a
    // 27-24 victory", "the Hawks (8-6)", "improved to 8-6" → frame:pair/score, frame:pair/record
    const pair = parts === null ? null : pairOf(c);
    if (pair !== null) {
      topics.set(c, `frame:pair/${pair.kind}`);
      continue;
    }
    // a game clock, whatever play it marks (game-clocks.ts): "made a free throw with 4:12 left" → frame:game-clock
    if (parts !== null && isGameClock(c)) {
      topics.set(c, "frame:game-clock");
      continue;
    }
    // one play's length, whatever noun or verb tells it (play-lengths.ts): "an 80-yard scamper",
    // "a 78-yd TD run", "romped 80 yards" → frame:play/run yard
    const play = parts === null ? null : playOf(c);
    if (play !== null) {
      topics.set(c, `frame:play-length/${playName(play)}`);
      continue;
    }
    // an attribute and what it is of ("frame:magnitude/earthquake", "frame:duration/take") names no predicate
    const attribute = parts !== null && parts.predicate === c.claimFrame?.counted;
    // a share of a change, whatever verb tells the change: "plunged 5 percent", "closed down 4 percent"
    // → frame:percent/fall (not a share of a thing: "65 percent of the traffic" stays frame:percent/traffic)
    const ofHappening = attribute && parts.predicate === "percent" && parts.counted === c.claimFrame?.predicate?.lemma;
    const changed = ofHappening ? classesOfClaim(c) : null;
    if (changed) {
      topics.set(c, `frame:percent/${changed[0]!}`);
      continue;
    }
    // a share of what a network carries, whatever noun tells it or none where the sentence told it
    // once: "65% of traffic", "60 per cent of web services", "52 percent in Norland" → frame:percent/traffic (share-measures.ts)
    const share = attribute && parts.predicate === "percent" ? shareTopic(c) : null;
    if (share !== null) {
      topics.set(c, share);
      continue;
    }
    // a stretch of time spent, whatever verb tells it: "spent nine years", "lived nine years", "served
    // nine years" → frame:duration/time-spent (predicate-classes.ts; other durations keep their verb)
    // (and a sentence told as served in full, "served a 30-month prison term": served-terms.ts)
    if (attribute && parts.predicate === "duration" && (parts.counted === c.claimFrame?.predicate?.lemma || servedTerm(c)) && classesOfClaim(c)?.includes("time-spent")) {
      topics.set(c, "frame:duration/time-spent");
      continue;
    }
    if (!parts || attribute || parts.counted === "-" || parts.counted === "") {
      topics.set(c, c.rule);
      if (attribute && c.value.type === "quantity") {
        const key = `${c.story ?? ""}\u0000${parts.predicate}`;
        let entry = attributes.get(key);
        if (!entry) attributes.set(key, (entry = { held: [], unheld: [] }));
        (parts.counted === "-" ? entry.unheld : entry.held).push(c);
      }
      continue;
    }
    const key = `${c.story ?? ""}\u0000${brokenLineKind(c) ?? countedKey(thingWon(parts.counted, parts.predicate))}`;
    let entry = byThing.get(key);
    if (!entry) byThing.set(key, (entry = { classed: [], wild: [] }));
    const classes = topicClassesOf(c);
    if (classes !== null) entry.classed.push({ c, classes });
    // a date says when, not what: one without a predicate ("this year", "the 21st century") stays where its frame put it
    else if (c.value.type === "quantity") entry.wild.push(c);
    else topics.set(c, c.rule);
  }
  /** story → the claims given a class's topic, with the thing they count. */
  const classedByStory = new Map<string, { c: Claim; topic: string; counted: string }[]>();
  const people: { w: Claim; story: string }[] = [];
  /** story|counted → the claims given a class's topic there. */
  const ownOf = new Map<string, { c: Claim; topic: string }[]>();
  for (const [key, { classed }] of byThing) {
    const story = key.slice(0, key.indexOf("\u0000"));
    const counted = key.slice(key.indexOf("\u0000") + 1);
    const count = new Map<string, number>();
    for (const { classes } of classed) for (const k of classes) count.set(k, (count.get(k) ?? 0) + 1);
    const own: { c: Claim; topic: string }[] = [];
    for (const { c, classes } of classed) {
      // the class most claims of this story and counted thing are of; ties go to the first listed
      let best = classes[0]!;
      for (const k of classes) if (count.get(k)! > count.get(best)!) best = k;
      const topic = `frame:${best}/${counted}`;
      topics.set(c, topic);
      own.push({ c, topic });
      const list = classedByStory.get(story);
      if (list) list.push({ c, topic, counted });
      else classedByStory.set(story, [{ c, topic, counted }]);
    }
    ownOf.set(key, own);
  }
  for (const [key, { wild }] of byThing) {
    const story = key.slice(0, key.indexOf("\u0000"));
    const counted = key.slice(key.indexOf("\u0000") + 1);
    // "three cables went down", beside "three cables were cut": a count of lines said without a verb
    // of its own may be one of the lines a break is told of (breaking.ts)
    const lines = isLineNoun(counted) && counted !== LINE_KIND ? ownOf.get(`${story}\u0000${LINE_KIND}`) ?? [] : [];
    const own = [...(ownOf.get(key) ?? []), ...lines];
    for (const w of wild) {
      // "two people", "two other moms": people in general, said without a verb, join only a count of people of a kind (below)
      if (counted === "person") {
        people.push({ w, story });
        topics.set(w, w.rule);
        continue;
      }
      const stating = new Set(own.filter((o) => sameValue(o.c, w) || sameFigure(o.c, w)).map((o) => o.topic));
      topics.set(w, stating.size === 1 ? [...stating][0]! : stating.size === 0 ? verbOfTheFigure(w, wild) ?? w.rule : w.rule);
    }
  }
  // "had 226 yards", beside "rushed for 226 yards": a statistic that names no qualifier joins the one
  // qualified statistic of its noun in its story that states its value
  for (const { qualified, plain } of stats.values()) {
    for (const w of plain) {
      const stating = new Set(qualified.filter((q) => sameValue(q.c, w)).map((q) => q.topic));
      if (stating.size === 1) topics.set(w, [...stating][0]!);
    }
  }
  // "a 200-pound man", beside "he weighs about 200 pounds": an attribute said of nothing its frame
  // names joins the one topic of that attribute in its story that states its value
  for (const { held, unheld } of attributes.values()) {
    for (const w of unheld) {
      const stating = new Set(held.filter((h) => sameValue(h, w)).map((h) => h.rule));
      if (stating.size === 1) topics.set(w, [...stating][0]!);
    }
  }
  // "26 Somali crew were on board", beside "apprehended 26 pirates": people in general, said
  // without a verb, join the one topic of people of a kind in their story that states their figure
  for (const { w, story } of people) {
    const stating = new Set((classedByStory.get(story) ?? []).filter((o) => peopleOfAKind(o.counted) && sameFigure(o.c, w)).map((o) => o.topic));
    if (stating.size === 1) topics.set(w, [...stating][0]!);
  }
  return topics;
}
