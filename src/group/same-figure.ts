/**
 * One figure told in other words: the same value in two reports of one story, taken by a rule in
 * one and read only through its frame in the other ("four other clerks were rescued" and
 * "firefighters rescued another five people"), taken by two rules that name one kind of figure
 * ("a $160 million offer", "a $160 million contract"), said without a verb ("with 33 homers") or
 * left in two occurrences of one topic by the grouping's order. Topics keep such claims apart,
 * so they are brought together here, as agreements only: every member states the same value
 * (occurrence-topics.ts sameValue, sameFigure), so a group formed here can never set two figures
 * against each other.
 *
 * Sharing a value is no evidence by itself ("five operations" and "five boats"; "12 arrested" and
 * "12 injured"). Two claims are taken for one figure told twice when, beside the same value,
 *   - they are reported within FRAME_DATE_DAYS of each other (or the value is distinctive),
 *   - their frames do not name different participants in one role (participants.ts separates),
 *   - and something says they tell one occurrence: one topic (and, for a frame's topic, evidence
 *     as its grouping asks: occurrence-topics.ts mayMeet); predicates of one kind of happening;
 *     the verbs a count's clause goes on with (predicate-classes.ts doneAlongside);
 *     a rule whose vocabulary or triggers name the other's predicate, or, for a claim read with
 *     no verb, the thing it counts (the rule's `vocabulary.counted`); a rule whose words name one
 *     happening both frames tell (the event both name, or one's predicate as the other's event:
 *     oneHappeningOfRule); or a participant both
 *     frames name; or one group of people of a role counted in both ("two nurses", "two night
 *     nurses"); or the topics' grouping already holds them in one occurrence (so a figure
 *     joins the claims its own occurrence agrees with, however long after them it was reported).
 * Being grouped here is, as everywhere, no licence to contradict: all members agree.
 *
 * Cost: claims are bucketed by story and value; a claim is compared only within its bucket.
 */
import type { Claim, ClaimGroup, CompiledRule, QuantityValue, Value } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { type Interval, toInterval } from "../values/intervals.js";
import { convertsExactly, factorOf } from "../values/quantity/dimensions.js";
import { isKin, peopleOrThing } from "./counted-things.js";
import { distinctive, figureKindOf, kindOfThing, mayMeet, reportedTogether, ruleFiguresApart, ruleMayMeet, sameFigure, sameValue, thingOf } from "./occurrence-topics.js";
import { isPersonNoun } from "../values/quantity/people.js";
import { oneQualifiedFigure } from "./qualified-figures.js";
import { oneEstimateRetold } from "./retold-estimates.js";
import { oneEventLength } from "./event-lengths.js";
import { oneChargeCount } from "./charge-counts.js";
import { oneSumHandedOver } from "./money-handovers.js";
import { onePriceOfOneSale } from "./sale-prices.js";
import { oneApprovedSum } from "./approved-sums.js";
import { onePartyOfOneSize, onePartySize, partyActivityOf } from "./party-sizes.js";
import { oneContestOfAYear } from "./contest-years.js";
import { oneNthSince } from "./nth-since.js";
import { oneCountOfFireGear } from "./fire-gear.js";
import { oneFieldCounted } from "./fields-of-people.js";
import { oneSizeOfAPlace } from "./place-sizes.js";
import { byOddMinuteFirst, sameOddMoment } from "./moments.js";
import { MOMENTS_APART, clockMinutes, clockOf, minuteClocksApart } from "./clock-spans.js";
import { oneNamedDay } from "./one-day.js";
import { oneRecentYearNamed } from "./recent-years.js";
import { oneDeadlyAttackDay } from "./deadly-days.js";
import { nestingLeftOpen } from "./counted-days.js";
import { oneHoldersFigureOverSpans } from "./stat-lines.js";
import { actorsApart, linkedByFrames, namesOf, namesShared, separates, soleWordAt } from "./participants.js";
import { classesOfClaim, harmsApart, kindsApart, kindsApartIn, oneKindOfHappening, oneKindOfHappeningAlongside, predicateOf } from "./predicate-classes.js";
import { fromTwoReports, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { changeDaysApart } from "./change-days.js";
import { deadlineApart } from "./deadline-days.js";
import { directionsApart } from "./change-directions.js";
import { monthWords, weekdayWords } from "../values/calendar-words.js";

/** Claims compared within one bucket at most (a figure such as "two" stated hundreds of times in one story). */
const BUCKET_CAP = 400;

/** A date of one day: a day, or a part of one ("Friday night", "this morning"; not "late April" or "this winter"). */
function oneDay(c: Claim): boolean {
  const v = c.value;
  return v.type === "date" && (v.granularity === "day" || v.granularity === "part") && v.start === v.end;
}

/**
 * A date of days, or a part of time no longer than a week ("Thursday", "1-5 April", "Thursday
 * night", "last week", "the weekend"), not a part of a longer time ("early 1970", "the early
 * 1970s", "late spring"), which its granularity also calls a part: "early 1970" lies within "the
 * early 1970s" as one day lies within a month, and is no more the same time told twice.
 */
export function fineDate(c: Claim): boolean {
  const v = c.value;
  if (v.type !== "date") return false;
  if (v.granularity === "day") return true;
  if (v.granularity !== "part" || v.start === null || v.end === null) return false;
  const iv = toInterval(v);
  return iv.hi - iv.lo <= WEEK_DAYS;
}

/** The longest part of time told as finely as days ("last week", "the week beginning 17 October"). */
const WEEK_DAYS = 7;

/**
 * The buckets a claim is compared in: a figure's, a date's first day's; a day (or a part of one) in
 * its month's, where a month is compared too with the days in it (monthAndItsDay), besides its own
 * first day's bucket, where it meets the other months.
 */
function bucketsOf(c: Claim): string[] {
  const v = c.value;
  // (a length in years, decades or centuries is bucketed in years: "three decades" meets "30 years")
  if (v.type === "quantity" && lengthInYears(c)) return [`${c.story ?? ""}|q:years:${figureValue(c)}`];
  // (and one party's size, told by what it was doing, is compared whatever its frame counts:
  // party-sizes.ts; a party of one number only, so that its bucket lies in the figure's cell, figureCell)
  // (a day of a report no date can be given is compared apart: undated-days.ts)
  if (v.type === "date" && v.start === null) return [];
  if (v.type === "quantity") {
    const own = `${c.story ?? ""}|q:${figureKindOf(c)}:${figureValue(c)}`;
    const party = v.nominal === null ? null : partyActivityOf(c);
    return party === null ? [own] : [own, `${c.story ?? ""}|party:${party}:${v.nominal}`];
  }
  const month = `${c.story ?? ""}|m:${v.start.slice(0, 7)}`;
  if (oneDay(c)) return [month];
  const own = `${c.story ?? ""}|d:${Math.floor(toInterval(v).lo)}`;
  return v.granularity === "month" ? [own, month] : [own];
}

/** A figure's value as its bucket names it (bucketsOf): its number, or its bounds; in years for a length in years. */
function figureValue(c: Claim): string {
  const v = c.value as QuantityValue;
  if (lengthInYears(c)) {
    const f = factorOf(v.unit);
    return `${v.nominal !== null ? v.nominal * f : `${v.min === null ? null : v.min * f}/${v.max === null ? null : v.max * f}`}`;
  }
  return `${v.nominal ?? `${v.min}/${v.max}`}`;
}

/**
 * The cell of a figure's buckets: its story and value (figureValue), without the kind bucketsOf reads
 * from its sentence. Figures of one bucket share a cell: a value's text holds no ":" and ends the
 * bucket's key, and a story's id holds no "|" (stories.ts; figureCells), so a cell of one figure, or
 * of one document's figures, makes no bucket that sameFigureGroups compares.
 * Must share: "3 decades" and "30 years" of one story (30 in years); 12 boats and 12 men of one story.
 * Must not: 12 and 13 of one story; 12 of two stories.
 */
export function figureCell(c: Claim): string {
  return `${c.story ?? ""}\u0000${figureValue(c)}`;
}

/** Whether figures may be put in cells first (figureCell): no story id holds "|" (always so of stories.ts's "s-…" ids). */
function figureCells(claims: readonly Claim[]): boolean {
  return claims.every((c) => c.story === undefined || !c.story.includes("|"));
}

/** Words that tell a day counted from the report. */
const DAY_WORD = /\b(?:today|tonight|yesterday|tomorrow)\b/i;
/**
 * A weekday or a month named, in full or cut short ("Thurs.", "Sept. 3"), as written: capitalized
 * or in a headline's capitals, not a word that starts like one ("decided", "mayor", "sat").
 */
const DAY_NAME = new RegExp(
  String.raw`\b(?:${weekdayWords({ forms: "both", capitals: true })}|${monthWords({ forms: "both", capitals: true })})\b`,
  "u",
);

/**
 * A time of day whose claim tells no day of its own ("about 7 p.m.", "06:00 BST"): its day is only
 * the one the text had reached. Not "7 p.m. Friday", "Friday at about 7 p.m." (date-times), nor the
 * clock of such a date-time claimed apart from its day ("about 7 p.m." of "Friday at about 7 p.m.",
 * read by a "+clock" pattern: normalize/clock-of-day.ts).
 */
export const bareClock: (c: Claim) => boolean = oncePerClaim((c) => clockMinutes(c.text) !== null && !DAY_WORD.test(c.text) && !DAY_NAME.test(c.text) && !c.provenance.some((p) => TOLD_WITH_DAY.test(p)));
const TOLD_WITH_DAY = /^pattern:.*\+clock$/;

/**
 * A value's interval; for a length of time in years, decades, centuries or millennia, in years
 * ("more than three decades": 30 years or more), so that one length told in two of those units
 * holds the other as it would in one.
 */
/** A length of time in years, decades, centuries or millennia (one scale: dimensions.ts convertsExactly). */
function lengthInYears(c: Claim): boolean {
  return c.value.type === "quantity" && convertsExactly(c.value.unit);
}

function inYears(v: Value): Interval {
  const iv = toInterval(v);
  if (v.type !== "quantity" || !convertsExactly(v.unit)) return iv;
  const f = factorOf(v.unit);
  return { lo: iv.lo * f, hi: iv.hi * f };
}

/**
 * The same value: one figure, one span within the other (sameValue, sameFigure), or for dates one day, or one within the
 * other where both are days or finer ("Thursday" and "Thursday night"): "April" holds "1-5 April"
 * and "25-30 April" alike, and would chain them (a month and one day in it: monthAndItsDay).
 */
function sameStated(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  // one number, and the span of one holds the other's ("at least three" and "three"; not "more
  // than a hundred" and "nearly 100", which only touch)
  if (va.type === "quantity" || vb.type === "quantity") {
    // (or one party's size, whose frames may count people in one and nothing in the other: party-sizes.ts)
    if (!(sameValue(a, b) || sameFigure(a, b) || onePartyOfOneSize(a, b))) return false;
    const [ia, ib] = [inYears(va), inYears(vb)];
    return (ia.lo <= ib.lo && ib.hi <= ia.hi) || (ib.lo <= ia.lo && ia.hi <= ib.hi);
  }
  // two clock times of one day half an hour or more apart are two moments, not one told twice
  // ("called at 06:00" and "contained by 6.30am"; "06:00 BST" and "6am" are one)
  // (a clock the claim's span left out before its day, "at roughly 4.45am on |Saturday|", is the
  // day's moment when set against another clock time: "just after 04:40 GMT on Saturday" and
  // "roughly 4.45am on Saturday" are one moment; against a whole day the claim is its day, as its span says)
  // (or two clocks each told to its own minute a quarter of an hour apart: clock-spans.ts minuteClocksApart)
  const [ca, cb] = [clockOf(a), clockOf(b)];
  if (minuteClocksApart(a, b)) return false;
  // (a bare time of day beside a whole day: the day holds every moment of it and the clock told no
  // day of its own, so it cannot chain two of them; a date-time that tells its day, "7 p.m. Friday",
  // "Friday at about 7 p.m.", is of that day as "Friday night" is)
  if ((bareClock(a) && cb === null) || (bareClock(b) && ca === null)) return false;
  if (va.start === vb.start && va.end === vb.end) return true;
  return fineDate(a) && fineDate(b) && sameValue(a, b);
}

/**
 * A month and a day or a part of one in it ("in October", "on 28 October"): one day told at two
 * precisions, when something says they date one happening (toldAsOne: oneHappeningOfRule, or the
 * topic's grouping). A group is complete-linkage, so "October" cannot chain "3 October" to "28 October".
 */
function monthAndItsDay(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "date" || vb.type !== "date" || !sameValue(a, b)) return false;
  // (not a day counted from another happening in a month that holds both days: counted-days.ts)
  return ((va.granularity === "month" && oneDay(b)) || (vb.granularity === "month" && oneDay(a))) && !nestingLeftOpen(a, b);
}

const RULE_WORDS = new WeakMap<CompiledRule, ReadonlySet<string>>();

/** The words a rule names its happening by: its vocabulary's predicates and its triggers without their wildcards (read once per rule). */
function wordsOfRule(rule: CompiledRule): ReadonlySet<string> {
  let words = RULE_WORDS.get(rule);
  if (words === undefined) RULE_WORDS.set(rule, (words = new Set([...(rule.vocabulary?.predicates ?? []), ...rule.triggers.map((t) => t.replace(/\*$/, "").toLowerCase())])));
  return words;
}

/** Whether a rule's words name what a claim of another topic tells: its predicate (or a class of it), or, said with no verb, what it counts. */
function covers(rule: CompiledRule | undefined, c: Claim): boolean {
  if (!rule) return false;
  const classes = classesOfClaim(c);
  const words = wordsOfRule(rule);
  if (classes !== null) {
    const p = predicateOf(c)!;
    for (const w of words) if (w === p || classes.includes(w) || (w.length >= 4 && p.startsWith(w))) return true;
    return false;
  }
  const counted = rule.vocabulary?.counted ?? [];
  return c.value.type === "quantity" && counted.length > 0 && counted.some((k) => peopleOrThing(k) === kindOfThing(c));
}

/** The words of the event a claim's frame names ("enter his plea at the trial hearing": trial, hearing). */
function eventWords(c: Claim): string[] {
  return (c.claimFrame?.participants ?? []).filter((x) => x.role === "event").flatMap((x) => (x.key ?? x.text).toLowerCase().split(/[\s-]+/)).filter((w) => w !== "");
}

/**
 * A claim a rule took and a claim of another topic whose frames tell one happening the rule names:
 * a word of the rule's vocabulary or triggers that is a word of the event both frames name ("a bail
 * hearing will be held on 3 March" and "due to enter his plea at a county hearing in March"), or the
 * predicate of one and the predicate or a word of the event of the other, when the two predicates
 * are of no two kinds ("the trial was set for 9 May", read by a dates rule through the noun "trial",
 * and "the case continued, with a trial hearing pencilled in for May"). Not a word of the rule that
 * only one of them tells ("the trial opened on 9 May" and "the fair opened in May"), not a word the
 * rule does not name (two frames that both name "the case"), and not a predicate of another kind
 * than the other's ("three were injured", beside "one arrest" its frame names, and "arrested three
 * times": kindsApart).
 */
function oneHappeningOfRule(rule: CompiledRule | undefined, a: Claim, b: Claim): boolean {
  if (!rule) return false;
  const words = wordsOfRule(rule);
  const [ea, eb] = [eventWords(a), eventWords(b)];
  const [pa, pb] = [predicateOf(a), predicateOf(b)];
  const told = (w: string | null, events: readonly string[], p: string | null): boolean => w !== null && words.has(w) && (w === p || events.includes(w));
  if (ea.some((w) => words.has(w) && eb.includes(w))) return true;
  return (told(pa, ea, pa) && told(pa, eb, pb)) || (told(pb, eb, pb) && told(pb, ea, pa)) ? !kindsApart(a, b) : false;
}

/**
 * Two claims of the same value, one or both said with no verb or a light one, that name enough to
 * be one figure: a count of one named thing that is not people in general ("with 33 homers" and
 * "33 home runs"; not "two police officers" and "a mother of two"), or one day of the story's
 * time ("will be 29 on April 11"; not a year, "in 2007", which a story's reports name for many
 * things).
 */
function saidPlainly(a: Claim, b: Claim): boolean {
  if (a.value.type === "quantity") {
    const t = lengthInYears(a) ? "year" : thingOf(a);
    // (or one coarser reading of two nouns: "31 fire apparatus" and "31 fire trucks" sent to one blaze, counted-things.ts fireEquipment)
    // ("three decades" and "30 years" count one thing: years)
    return t !== "" && t !== "person" && (t === (lengthInYears(b) ? "year" : thingOf(b)) || (figureKindOf(a) !== "person" && figureKindOf(a) === figureKindOf(b)));
  }
  const day = (c: Claim): boolean => c.value.type === "date" && (c.value.granularity === "day" || c.value.granularity === "part");
  return day(a) && day(b);
}

/**
 * One day resolved from each report (a weekday, "4 April", "today" reckoned from its report's own
 * day) for predicates of one kind of happening: "seized by marshals on Thursday" in a report of
 * that Thursday and "on the loose until 4 April" in a follow-up six weeks later date one capture, however far apart
 * they were reported. Not a year or a month ("in 2009" is a year of many happenings), not two
 * kinds of happening ("arrested on Monday", "released on Monday").
 */
function oneDayOfOneHappening(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  return va.type === "date" && vb.type === "date" && va.granularity === "day" && vb.granularity === "day" && va.start === vb.start && va.end === vb.end && oneKindOfHappening(a, b);
}

/**
 * Nouns of people that name no particular group ("two men", "12 people"), or what happened to them
 * (a toll, the missing, the hostages a count of harm or of captivity is about): two counts of
 * them with different verbs are as likely two groups as one.
 */
const ANYONE = new Set(
  (
    "person persons people individual individuals man men woman women child children kid kids boy boys girl girls baby babies adult adults " +
    "member members resident residents civilian civilians citizen citizens victim victims fatality fatalities death deaths dead killed " +
    "casualty casualties wounded injured missing survivor survivors life lives head heads souls family families"
  ).split(" "),
);
/** Kinds of happening whose counts are outcomes (the dead, the injured, the rescued, the arrested): each verb counts its own group. */
const OUTCOMES = new Set(["kill", "injure", "rescue", "arrest", "restore", "hire", "dismiss"]);
/** Measures of a rule that count people held captive (hostages.yml `held`). */
const HELD = /^(?:held|hostages?|captives?|kidnapped|abducted)$/i;
/** A count held back from being the size of a group that took part. */
const NOT_A_GROUP = new Set(["negated", "forecast", "hypothetical", "comparison-base", "increment", "part", "difference"]);

/**
 * "two night nurses" → nurse, "three NHS doctors" → doctor, "40 marine biologists" → biologist: the
 * first noun of people after a count, singular; null for none within four words. A noun of a
 * trade or a field ("-ist", "-ician": biologists, economists, physicians) names people of a role
 * when the count's frame reads people (groupCounted asks).
 */
export function peopleNounAfter(c: Claim): string | null {
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const words = c.sentence.slice(at + c.text.length).split(/\s+/).filter((w) => w !== "").slice(0, 4);
  for (const written of words) {
    const w = written.replace(/[^\p{L}-]/gu, "");
    if (w !== "" && (isPersonNoun(w.toLowerCase(), w) || TRADE.test(w))) return w.toLowerCase().replace(/men$/, "man").replace(/ies$/, "y").replace(/s$/, "");
  }
  return null;
}

/** A lower-case noun of a trade or a field: "biologists", "economist", "physicians" (not "lists", "twists", "wrists", "assists": a stem of four letters or more). */
const TRADE = /^\p{Ll}{4,}(?:ists?|icians?)$/u;

/**
 * The group an exact count names when it counts people of a role: "two night nurses", "three NHS
 * doctors" (nurse, doctor); null for people of no particular group or an outcome ("two men",
 * "12 injured"), for things ("five boats" that approached a tanker and five sold at an auction
 * are as likely two lots as one), measures and money, or a count held back (negated, an
 * increment, a part).
 */
function groupCounted(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.min === null || v.min !== v.max || v.approximate) return null;
  const frame = c.claimFrame;
  if (!frame || frame.modality.some((m) => NOT_A_GROUP.has(m))) return null;
  // a rule's measure names an outcome ("two officers suffered minor injuries": injured), except
  // one of people held captive: taking a group hostage is done to the group, as holding it at
  // knifepoint is ("took two guards hostage", "handcuffed two guards": one pair)
  if (c.measure !== null && !HELD.test(c.measure)) return null;
  // (a verb of two kinds, one of them no outcome, may count a group: "fired at two doctors")
  const classes = classesOfClaim(c) ?? [];
  if (classes.length > 0 && classes.every((k) => OUTCOMES.has(k))) return null;
  if (thingOf(c) !== "person") return null;
  const noun = peopleNounAfter(c);
  return noun && !ANYONE.has(noun) ? noun : null;
}

/**
 * Two exact counts of one group of people of one story ("held two night nurses at knifepoint",
 * "tied up two ward nurses", "locked the two nurses in a store room"), with whatever verbs, in
 * sentences that name no different people and state no different periods: one group counted
 * twice (an agreement only, as every group here).
 */
function oneGroupCounted(a: Claim, b: Claim): boolean {
  const g = groupCounted(a);
  if (g === null || g !== groupCounted(b) || actorsApart(a, b)) return false;
  const stated = (c: Claim) => (c.frame && !c.frameImplied ? toInterval(c.frame) : null);
  const [fa, fb] = [stated(a), stated(b)];
  return fa === null || fb === null || (fa.lo <= fb.hi && fb.lo <= fa.hi);
}

/** A claim of a rule whose topics are named ("the Harlow Accord") that names none. */
function untitled(c: Claim, rule: CompiledRule | undefined): boolean {
  return rule?.subject === "name" && !c.actors.some((x) => x.startsWith("title:"));
}

/** Evidence that two claims of the same value in two reports tell one figure (see the header). */
function toldAsOne(a: Claim, b: Claim, topics: ReadonlyMap<Claim, string>, rules: ReadonlyMap<string, CompiledRule>): boolean {
  if (a.document === b.document) return false;
  // (a rise and a fall, or the moves of two days, are two changes whatever figure they share: change-directions.ts, change-days.ts)
  if (directionsApart(a, b) || changeDaysApart(a, b)) return false;
  // (a deadline's day and a day of something done are two things: deadline-days.ts)
  if (deadlineApart(a, b)) return false;
  if (!sameStated(a, b)) {
    // a month and a day in it date one happening only where the rule's words name it in both frames
    if (!monthAndItsDay(a, b) || !reportedTogether(a, b) || separates(a, b, [], false) || actorsApart(a, b)) return false;
    const [ra, rb] = [rules.get(topics.get(a)!), rules.get(topics.get(b)!)];
    return oneHappeningOfRule(ra, a, b) || oneHappeningOfRule(rb, a, b);
  }
  // (or one recent day both sentences tie to one person or place: one-day.ts)
  // (or one count of one named charge, which a complaint and a verdict months apart both tell: charge-counts.ts)
  if (!reportedTogether(a, b) && !(distinctive(a) && distinctive(b)) && !oneDayOfOneHappening(a, b) && !oneNamedDay(a, b) && !oneChargeCount(a, b) && !oneDeadlyAttackDay(a, b)) return false;
  // (one holder's figure told over a span in one report and with no span in the other: stat-lines.ts)
  if (oneHoldersFigureOverSpans(a, b)) return true;
  if (separates(a, b, [], false)) return false;
  // (one sale's price, told after "sold … for" in both, whoever the sentences say sold it: sale-prices.ts)
  if (onePriceOfOneSale(a, b)) return true;
  // (one sum of one thing voted through, "approved a $3 million bond", whatever year each gives the vote: approved-sums.ts)
  if (oneApprovedSum(a, b)) return true;
  // (one party's size, told by what it was doing: "four in the climbing party" / "one of four men who were trying to climb": party-sizes.ts)
  if (onePartySize(a, b)) return true;
  const [ta, tb] = [topics.get(a)!, topics.get(b)!];
  // (a topic of one kind of happening per occurrence keeps an arrest's day from a shooting's: kindsApart)
  // (within a frame's topic too, one qualified figure or one event's length is told as one: qualified-figures.ts, event-lengths.ts)
  // (a deadly attack's day and its death's, two kinds of one happening: deadly-days.ts)
  if (ta === tb) return rules.has(ta) ? !separates(a, b, rules.get(ta)!.identify, true) && ruleMayMeet(a, b, rules.get(ta)!) && !ruleFiguresApart(a, b) && (!kindsApartIn(rules.get(ta)!, a, b) || oneDeadlyAttackDay(a, b)) : mayMeet(a, b) || oneQualifiedFigure(a, b) || oneEventLength(a, b) || oneChargeCount(a, b);
  // a claim of a named topic that gives no name ("he hopes to sign by Christmas") meets one of
  // another topic only where both sentences name one person or place: its rule's own words are
  // no tie ("The next day, the treaty was nullified" and "It will be you tomorrow")
  if ((untitled(a, rules.get(ta)) || untitled(b, rules.get(tb))) && !namesShared(a, b)) return false;
  if (oneKindOfHappening(a, b)) return true;
  // one year of one contest or show, told with other words ("the 1994 title", "the championship
  // team in 1994"), whichever side each sentence names: not named apart (contest-years.ts)
  if (oneContestOfAYear(a, b)) return true;
  // one start of a count told with one ordinal ("the fifth raid since June", "the fifth raid …
  // after it was posted … in June": nth-since.ts)
  if (oneNthSince(a, b)) return true;
  // one day at one minute that is not a round one, told with other verbs ("a caller reported the
  // blaze at 4:17 a.m.", "the first call came in at 4:17 a.m."), in sentences that name no different people: moments.ts
  if (sameOddMoment(a, b) && !actorsApart(a, b)) return true;
  // counts of doers whose clauses go on to one kind of happening ("Four men rammed the shop, making
  // off with the rings", "the raid saw four robbers make off with the rings"), in sentences that
  // name no different people
  if (oneKindOfHappeningAlongside(a, b) && !actorsApart(a, b)) return true;
  // a count of someone's kin describes that person, whatever verb tells it ("she leaves two
  // grandchildren", "she lived with her two grandkids"), in sentences that name no different people
  if (isKin(thingOf(a)) && thingOf(a) === thingOf(b) && !actorsApart(a, b)) return true;
  const unclassed = classesOfClaim(a) === null || classesOfClaim(b) === null;
  // said with no verb or a light one ("with 33 homers", "will be 29 on April 11"): the same value
  // in sentences that name no different people, as within a frame's topic (occurrence-topics.ts mayMeet)
  if (covers(rules.get(ta), b) || covers(rules.get(tb), a)) return !(unclassed && actorsApart(a, b));
  // a rule's claim and another topic's that tell one happening the rule names, in sentences that name no different people
  if ((oneHappeningOfRule(rules.get(ta), a, b) || oneHappeningOfRule(rules.get(tb), a, b)) && !actorsApart(a, b)) return true;
  // (one figure of one qualified thing, "six turncoat mobsters" twice, whatever else the sentences name: qualified-figures.ts)
  if (oneQualifiedFigure(a, b)) return true;
  // (one estimate of one kind of thing told again as "an estimated 1,200 smugglers": retold-estimates.ts)
  if (oneEstimateRetold(a, b)) return true;
  // (one length of one kind of event, "a three-day trial" and "a trial … with a duration of three days": event-lengths.ts)
  if (oneEventLength(a, b)) return true;
  // (one count of counts of one named charge, "two counts of possession of a firearm by a felon": charge-counts.ts)
  if (oneChargeCount(a, b)) return true;
  // (one sum handed over or taken by one person both sentences name, "delivered $300,000" / "received $300,000": money-handovers.ts)
  if (oneSumHandedOver(a, b)) return true;
  // (one count of gear at a blaze, whatever verb tells how it came: fire-gear.ts)
  if (oneCountOfFireGear(a, b)) return true;
  // (one count of a field's people, or of a field's and scientists at large: fields-of-people.ts)
  if (oneFieldCounted(a, b)) return true;
  // (one size of one place told as its modifier, "the nine-acre site": place-sizes.ts)
  if (oneSizeOfAPlace(a, b)) return true;
  // (one recent year, "last year", of one person named in full in both: recent-years.ts)
  if (oneRecentYearNamed(a, b)) return true;
  if (unclassed) return (!actorsApart(a, b) && saidPlainly(a, b)) || oneGroupCounted(a, b);
  // one day of the story's time, told with other verbs, in sentences that name one person or place
  // ("Kell beat Rios on Saturday", "Rios was stopped in Leith on Saturday"; not a year, which a
  // story's reports give for many things, and not two moments of one day: sameStated)
  if (saidPlainly(a, b) && a.value.type === "date" && namesShared(a, b)) return true;
  // (or one recent day of one deciding body: "the jury on Tuesday ordered", "the jury's ruling read Tuesday": one-day.ts)
  if (oneNamedDay(a, b)) return true;
  return linkedByFrames(a, b) || oneGroupCounted(a, b);
}

/**
 * A bare time of day and a whole day, in two groups about to merge, where a claim of either told
 * that day and that moment together ("6:58 p.m. on Sunday" beside "about 7 p.m." and "Sunday
 * night"): the report that told both ties the moment to the day, so neither can chain another
 * moment in (every bare clock of the two is within half an hour of the date-time's).
 */
function toldTheDay(m: Claim, n: Claim, g: readonly Claim[], h: readonly Claim[]): boolean {
  const bare = bareClock(m) ? m : bareClock(n) ? n : null;
  if (bare === null || clockOf(bare === m ? n : m) !== null) return false;
  const at = clockMinutes(bare.text)!;
  const day = bare.value.type === "date" ? bare.value.start : null;
  return [...g, ...h].some((d) => {
    if (bareClock(d) || d.value.type !== "date" || d.value.start !== day || d.value.granularity !== "day") return false;
    const own = clockOf(d);
    return own !== null && Math.abs(own - at) < MOMENTS_APART;
  });
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** By what the claims say, not by file names, so renaming files cannot change what is brought together; two claims of one span (a rule's and a frame's) by rule and id, so their order in does not either. */
function byContent(a: Claim, b: Claim): number {
  return cmp(a.text, b.text) || cmp(a.sentence, b.sentence) || cmp(a.document, b.document) || a.offset - b.offset || cmp(a.rule, b.rule) || cmp(a.id, b.id);
}

function isMonth(c: Claim): boolean {
  return c.value.type === "date" && c.value.granularity === "month";
}

export function byPlace(a: Claim, b: Claim): number {
  return cmp(a.document, b.document) || a.offset - b.offset || cmp(a.rule, b.rule) || cmp(a.id, b.id);
}

/**
 * Groups of one figure told in other words that the topics' groups do not already hold together:
 * each joins claims of the same value with evidence of one occurrence with some member and no
 * clash with any. Their claims are compared as figures, not measures (a "$27.5 million" read with
 * no measure and "$27.5MM per year" are one figure).
 */
export function sameFigureGroups(claims: readonly Claim[], topics: ReadonlyMap<Claim, string>, rules: readonly CompiledRule[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const together = new Map<Claim, Set<number>>();
  groups.forEach((g, i) => {
    for (const c of g.claims) {
      const s = together.get(c);
      if (s) s.add(i);
      else together.set(c, new Set([i]));
    }
  });
  const grouped = (a: Claim, b: Claim): boolean => {
    const [x, y] = [together.get(a), together.get(b)];
    return x !== undefined && y !== undefined && [...x].some((i) => y.has(i));
  };
  // the same value, or a month and a day in it that the topics' grouping or one happening ties (monthAndItsDay)
  // (never the dead and the wounded: the same figure of two harms is two figures, harmsApart)
  const fits = (a: Claim, b: Claim): boolean => !harmsApart(a, b) && (sameStated(a, b) || (monthAndItsDay(a, b) && (grouped(a, b) || toldAsOne(a, b, topics, ruleById))));
  // (one holder's figure over a span and with none is not parted by its spans: stat-lines.ts oneHoldersFigureOverSpans)
  const apart = (a: Claim, b: Claim): boolean => separates(a, b, [], false) && !oneHoldersFigureOverSpans(a, b);
  const buckets = new Map<string, Claim[]>();
  const bucket = (c: Claim): void => {
    for (const key of bucketsOf(c)) {
      const list = buckets.get(key);
      if (list) list.push(c);
      else buckets.set(key, [c]);
    }
  };
  // (a figure's bucket names its kind, read from its sentence: only figures whose cell another
  // document's figure shares are read for it, figureCell)
  const cells = figureCells(claims) ? new Map<string, Claim[]>() : null;
  for (const c of claims) {
    // a named topic ("the Doha round") is compared by its names alone; a claim of it that gives no
    // name ("he hopes to sign by Christmas", read through the rule's vocabulary) names no topic,
    // and may still be one figure told in other words
    const topic = topics.get(c);
    if (topic === undefined || (ruleById.get(topic)?.subject === "name" && !untitled(c, ruleById.get(topic)))) continue;
    if (cells === null || c.value.type !== "quantity") bucket(c);
    else {
      const key = figureCell(c);
      const list = cells.get(key);
      if (list) list.push(c);
      else cells.set(key, [c]);
    }
  }
  for (const cell of cells?.values() ?? []) if (cell.length >= 2 && cell.some((c) => c.document !== cell[0]!.document)) for (const c of cell) bucket(c);
  const out: ClaimGroup[] = [];
  // (most buckets hold one claim: they are left out before the rest are sorted)
  for (const key of [...buckets.keys()].filter((k) => buckets.get(k)!.length >= 2).sort()) {
    const bucket = buckets.get(key)!;
    if (bucket.length > BUCKET_CAP || !fromTwoReports(bucket)) continue;
    const formed: Claim[][] = [];
    // (days before their month: a month joins the groups its days formed, and cannot keep two
    // reports of one day apart by opening a group each of them fits; and the moments told to an
    // odd minute before the other claims of their day: moments.ts byOddMinuteFirst)
    for (const c of [...bucket].sort((a, b) => Number(isMonth(a)) - Number(isMonth(b)) || byOddMinuteFirst(a, b) || byContent(a, b))) {
      // evidence with some member: told as one figure, or already held in one occurrence with it by
      // its topic's grouping (a later report that repeats an earlier estimate reached it there)
      const homes = formed.filter((g) => g.every((m) => fits(m, c) && !apart(m, c)) && g.some((m) => grouped(m, c) || toldAsOne(m, c, topics, ruleById)));
      const home = homes[0];
      if (!home) {
        formed.push([c]);
        continue;
      }
      home.push(c);
      // a claim that tells the figure of two groups formed before it ties them, when it names
      // someone (a claim that names no one ties nothing) and each member of one fits each member
      // of the other (the order claims come in decides nothing)
      if (namesOf(c).length === 0) continue;
      for (const other of homes.slice(1)) {
        if (!other.every((m) => home.every((n) => fits(m, n) && !apart(m, n)))) continue;
        home.push(...other);
        formed.splice(formed.indexOf(other), 1);
      }
    }
    // two groups formed apart that fit each other member for member, with evidence between two
    // claims of theirs that name someone, are one figure: the days of an event ("Friday", "Friday night") and its moments
    // ("7 p.m. Friday", "about 7 p.m.") may each open a group before a claim of the other kind
    // comes; whichever order the claims come in, they end together (and "7 p.m." and "10 p.m."
    // never do: sameStated keeps two moments apart)
    for (let merged = true; merged; ) {
      merged = false;
      for (let i = 0; i < formed.length && !merged; i++) {
        for (let j = i + 1; j < formed.length && !merged; j++) {
          const [g, h] = [formed[i]!, formed[j]!];
          if (!g.every((m) => h.every((n) => (fits(m, n) || toldTheDay(m, n, g, h)) && !separates(m, n, [], false)))) continue;
          // (evidence between two claims that each name someone: a claim that names no one ties nothing)
          if (!g.some((m) => namesOf(m).length > 0 && h.some((n) => namesOf(n).length > 0 && (grouped(m, n) || toldAsOne(m, n, topics, ruleById))))) continue;
          g.push(...h);
          formed.splice(j, 1);
          merged = true;
        }
      }
    }
    for (const members of formed) {
      if (!fromTwoReports(members)) continue;
      // (months alone in a month's bucket are their own first day's bucket's: one group of them, not two)
      if (key.includes("|m:") && members.every(isMonth)) continue;
      // only what the topics' groups do not already hold together
      const fresh = tellsAnew(members, grouped);
      if (!fresh) continue;
      const id = topics.get(members[0]!)!;
      const rule = ruleById.get(id);
      members.sort(byPlace);
      out.push(toldAsOneGroup("same", members, `${rule?.topic ?? id.replace(/^frame:/, "")} (one figure in other words)`, "single", id));
    }
  }
  return out;
}

/** Whether claims all state one span: the same interval ("Saturday", "Saturday night"; not "eight years" and "more than eight years"). */
export function oneSpan(claims: readonly Claim[]): boolean {
  const first = toInterval(claims[0]!.value);
  return claims.every((c) => {
    const iv = toInterval(c.value);
    return iv.lo === first.lo && iv.hi === first.hi;
  });
}

/**
 * The groups of one figure told in other words added to the topics' groups: a figure that holds a
 * whole group of one measure and more claims besides extends that group (its further claims take
 * the group's measure) instead of repeating the group's claims in a finding of its own, and
 * replaces any further whole group it holds; any other is a group of its own.
 */
export function addSameFigures(groups: ClaimGroup[], found: readonly ClaimGroup[]): void {
  // The groups in their order (a place of its own for each, null once taken out), each found again
  // by its first claim: a figure's whole groups start
  // with one of its claims, so each figure asks only those, not every group of the scan (which
  // made the work grow with the square of the claims of an archive that tells its figures again).
  const order: (ClaimGroup | null)[] = [...groups];
  const byFirst = new Map<string, number[]>();
  const list = (g: ClaimGroup, at: number): void => {
    const first = g.claims[0];
    if (first === undefined) return;
    const held = byFirst.get(first.id);
    if (held) held.push(at);
    else byFirst.set(first.id, [at]);
  };
  order.forEach((g, at) => list(g!, at));
  for (const figure of found) {
    const ids = new Set(figure.claims.map((c) => c.id));
    const within = (g: ClaimGroup): boolean => g.claims.length >= 2 && g.story === figure.story && g.claims.every((c) => ids.has(c.id)) && new Set(g.claims.map((c) => c.measure)).size === 1;
    // the whole groups of the figure, by their place in the order
    const whole: number[] = [];
    for (const id of ids) for (const at of byFirst.get(id) ?? []) if (order[at] !== null && within(order[at]!)) whole.push(at);
    if (whole.length === 0) {
      order.push(figure);
      list(figure, order.length - 1);
      continue;
    }
    whole.sort((a, b) => a - b);
    const at = whole[0]!;
    const home = order[at]!;
    // a figure that holds two whole groups ("kept his titles on Saturday" and "retained his titles on
    // Saturday", two topics of synonymous verbs) extends the first and takes the place of the
    // others: one finding over those claims, not two — when all its claims state one span, so that
    // the finding can only be the agreement each group was ("more than eight years" beside "eight
    // years" may make it a divergence, and the groups' own agreements stay)
    if (oneSpan(figure.claims)) for (const other of whole.slice(1)) order[other] = null;
    const held = new Set(home.claims.map((c) => c.id));
    const measure = home.claims[0]!.measure;
    // (the group keeps its first claim, so it is found again under the same one)
    order[at] = { ...home, claims: [...home.claims, ...figure.claims.filter((c) => !held.has(c.id)).map((c) => ({ ...c, measure }))] };
  }
  groups.length = 0;
  for (const g of order) if (g !== null) groups.push(g);
}
