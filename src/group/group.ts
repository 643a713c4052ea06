/**
 * group: Claim[] → ClaimGroup[]. Claims of one rule and one story (group/stories.ts) are split
 * into occurrences: claims that can be about the same thing. Two claims can be when their
 * participants are compatible (group/participants.ts: the proper name of a named topic; for a
 * claim read with a frame, no role that both name with different proper names; for one read
 * without, a shared country or name or none named) and, by the rule's cardinality,
 *   - recurring topics (visits, strikes): their dates overlap — different dates are different events;
 *   - single topics with distinct-after: the middles of their dates lie within that distance (for
 *     quantities: the times of their figures, stated period or time of report);
 *   - other single topics: always.
 * Clustering is complete-linkage on values (a claim joins an occurrence only if its value fits
 * every member) and best-fit (for a date, the occurrence with the most members that tell its
 * kind of happening first; then the occurrence with the most similar value; between occurrences none of
 * whose values it overlaps, the nearest value), processed from the most precise claim to the
 * least, so one vague date cannot chain two different events together. Actors read without a
 * frame need to fit one member only, because each sentence names only some of those involved;
 * participants read with a frame must not clash with any member ("in Athens" does not join an
 * occurrence that holds "in Woodburn").
 *
 * Since each sentence names only some of those involved, two reports of one occurrence may share
 * no name ("a Canadian climber fell 2,000 ft in New Zealand" and "the man fell 610 m near the
 * Torlesse Hut") and open two occurrences, until a third names someone of each ("Canadian Ivor
 * Pugh fell about 600 m on Mount Torlesse"). Such a claim ties the occurrences it shares a country
 * or name with into one (a bridge), when every member of one fits every member of the other by
 * value and reporting day and none is kept apart from one of the other by who or where
 * (participants.ts separates, asked of every pair). A claim that names no one ties nothing, and a
 * sentence that names two men ("the day after Hale fell, Pugh fell") joins neither man's fall to
 * the other's: their frames name two agents.
 *
 * Claims no rule took are grouped by their frame's topic (group/occurrence-topics.ts): claims of one
 * counted thing whose predicates are of one class share it, whatever verb each outlet used. Within
 * such a topic, a claim joins an occurrence only if, with every member, it states the same value or
 * there is positive evidence that the two are one occurrence (a participant both name, or one kind
 * of happening reported at about one time: occurrence-topics.ts mayMeet), so figures that nothing
 * ties together are never set against each other.
 *
 * A figure that reached two topics, or two occurrences of one, is brought together afterwards in
 * a group of agreements only (same-figure.ts).
 *
 * Being grouped is not yet evidence of one occurrence: each group names its identity (the
 * participants two or more of its claims name), and only claims that name one of them may
 * contradict each other (judge/claim-facts.ts).
 *
 * Cost. Each occurrence keeps a summary of its members — the latest start and earliest end of
 * their dates, the extremes of their middles, their unit, the countries and name words they
 * mention — so "fits every member" and "fits one member" are answered without visiting members
 * (only a claim read with a frame checks each member for a clash); occurrences are found through
 * an index by year (dated topics) or by subject word, not by trying them all. Only a claim that
 * fits several occurrences compares its value with their members, over at most SCORE_CAP distinct
 * values each. About O(claims log claims) per rule and story; the pairwise definition is kept in
 * test/perf/reference/group.ts and checked against this one.
 */
import type { Claim, ClaimGroup, CompiledRule, DateSource, IsoDay } from "../types.js";
import { decodeActors } from "../extract/actors.js";
import { cityNameOf } from "../extract/gazetteer.js";
import { FRAME_RULE_FILE, frameRule } from "../extract/frame-claims.js";
import { happensOnce, oneThingOnce } from "./once.js";
import { instrumentMade, oneInstrumentMade } from "./instrument-makings.js";
import { retoldPastDateGroups, widenDivergingDates } from "./retold-past-dates.js";
import { personYearGroups } from "./person-years.js";
import { ROLES_BUT_PLACE, isPastHappening, oneBirthAnyPlace, onePastHappening } from "./past-happenings.js";
import { guiltOf, oneFindingOfGuiltAt } from "./guilt-findings.js";
import { FRAME_DATE_DAYS, kindOfThing, mayMeet, meetingKey, modifiedApart, nestedDatesTied, newsKey, newsOfItsDay, occurrenceTopics, ruleFiguresApart, ruleMayMeet, sameFigure, standingOf, thingOf, unitOf, writtenWithYear } from "./occurrence-topics.js";
import { keyOf, keysOf, learnPlaces, learnStoryNames, ownActors, separates, separationKey } from "./participants.js";
import { addSameFigures, sameFigureGroups } from "./same-figure.js";
import { MOMENTS_APART, clockOf } from "./clock-spans.js";
import { joinOneFigure, ofStoriesOfTwoReports } from "./overlaps.js";
import { isUndatedDay, undatedDayGroups } from "./undated-days.js";
import { dayHappeningGroups } from "./day-happenings.js";
import { signingDayGroups } from "./signing-days.js";
import { learnLeadGames } from "./game-records.js";
import { type LeadDay, learnLeadDays } from "./lead-days.js";
import { nthFeatGroups } from "./nth-feats.js";
import { recordYearGroups } from "./record-years.js";
import { afterClauseDayGroups } from "./after-clause-days.js";
import { scorelessStretchGroups } from "./scoreless-stretches.js";
import { gameDayGroups } from "./game-days.js";
import { retoldDayGroups } from "./retold-sentences.js";
import { figureDayGroups } from "./figure-days.js";
import { endedLengthGroups } from "./ended-lengths.js";
import { stateLengthGroups } from "./state-lengths.js";
import { gamesOfATotalGroups } from "./games-of-a-total.js";
import { decreeDayGroups } from "./decree-days.js";
import { momentReadApartGroups } from "./moments.js";
import { clockHappeningGroups } from "./clock-happenings.js";
import { weekdayReadApartGroups } from "./weekdays-apart.js";
import { countedBackGroups } from "./counted-back.js";
import { daysFromAnotherGroups } from "./days-from-another.js";
import { borrowedClockDayGroups } from "./borrowed-clock-days.js";
import { anchoredDayGroups } from "./anchored-days.js";
import { type QuotedLine, learnQuotedLines, quotedStatementGroups } from "./quoted-statements.js";
import { nameFits } from "./name-words.js";
import { toldOfTwoSubjects } from "./one-sentence.js";
import { fitsSides, storiesTellingBoth, tallySide } from "./tally-sides.js";
import { otherMomentLeft, timeLeft } from "./time-left.js";
import { clauseSubject, subjectsApart } from "./clause-subjects.js";
import { fitsTwoNamedSides } from "./nameless-bridges.js";
import { classesOfClaim, kindsApartIn } from "./predicate-classes.js";
import { describedAlike, holdsTitle } from "./described-names.js";
import { withStoryRates } from "./exchange-rates.js";
import { gatheringKeys, oneGatheringOfADay } from "./crowd-days.js";
import { leadInventoryGroups } from "./lead-inventories.js";
import { jointAgeGroups } from "./joint-ages.js";
import { orderedActGroups } from "./ordered-acts.js";
import { fitsWithUnitSwapped } from "./swapped-units.js";
import { periodKey, periodsApart, statedPeriod } from "./figure-periods.js";
import { type Interval, centre, dayNumber, overlaps, similarity, toInterval, width } from "../values/intervals.js";
import { comparedAs, dimensionOf, factorOf } from "../values/quantity/dimensions.js";

function titleWords(actor: string): string[] {
  return actor.slice("title:".length).split(" ");
}

/** Countries and the words of proper names ("name:ishaq", "name:dar"). */
function evidence(c: Claim): string[] {
  const { countries, names } = decodeActors(ownActors(c));
  return [...countries, ...names.flatMap((n) => n.split(" ").map((w) => `name:${cityNameOf(w)}`))];
}

/**
 * Values that can be compared: of one story, dates and ranges together, quantities of one kind of
 * thing together (occurrence-topics.ts kindOfThing: "boats" and "ships"; "pirates" and "people"),
 * or of one dimension ("ft" and "m": values/quantity/dimensions.ts). Quantities of different words
 * meet only on the same figure (fitsEveryThing); units of one dimension are one thing.
 */
function kindOf(c: Claim): string {
  return `${c.story ?? ""}#${c.value.type === "quantity" ? `quantity:${thingCounted(c, kindOfThing)}${standingOf(c)}` : "date"}`;
}

/** The thing a quantity counts (occurrence-topics.ts thingOf), its unit's dimension for a measure ("ft", "m" → length). */
function thingCounted(c: Claim, read: (c: Claim) => string = thingOf): string {
  // money its story gives a rate for is one dimension with the story's other converted money
  return c.exchange !== undefined ? "money" : comparedAs(read(c));
}

/** A claim's unit (occurrence-topics.ts unitOf; "" for dates) and kind, read once. */
interface Read {
  claim: Claim;
  unit: string;
  kind: string;
}

function readOf(c: Claim): Read {
  return { claim: c, unit: c.value.type === "quantity" ? unitOf(c) : "", kind: kindOf(c) };
}

/** What the grouping needs of a claim, worked out once. */
interface Facts {
  claim: Claim;
  kind: string;
  interval: Interval;
  middle: number;
  evidence: string[];
  /** For named topics: the words of the title. */
  title: string[];
  /** For quantities: the thing counted, in the words it is counted (occurrence-topics.ts thingOf; a measure's dimension). */
  thing: string;
  /** The unit it is written in, and its number in the dimension's base unit when its kind holds several units (else null). */
  unit: string;
  base: number | null;
  /** Its member key (memberKey), read once when first needed (memberOf); null: asked on its own. */
  member?: string | null;
}

/** A claim's member key, read the first time an occurrence needs it (memberKey is some 7% of a scan when read for every claim). */
function memberOf(f: Facts): string | null {
  if (f.member === undefined) f.member = memberKey(f.claim);
  return f.member;
}

/**
 * Members an occurrence asks one by one before it asks one of each member key: a small occurrence
 * asks them all, which answers as asking one of each key does (members of one key answer alike),
 * without reading any key.
 */
const ASK_ALL = 32;

/**
 * What grouping needs of a claim; `converted`: its kind holds several units of one dimension, so
 * its value is read in the dimension's base unit ("2,000 ft" as 609.6 m), else as written;
 * `subjects`: whether its countries and names are asked (not of a frame's own topic, whose
 * occurrences are found by kind and weighed by their frames' participants: fitsSomeSubject, tiedTo).
 */
function factsOf({ claim: c, unit, kind }: Read, converted: ReadonlySet<string>, subjects: boolean): Facts {
  const mixed = converted.has(kind);
  const factor = c.exchange ?? factorOf(unit);
  const interval = mixed ? inBaseUnit(toInterval(c.value), factor) : toInterval(c.value);
  const nominal = c.value.type === "quantity" ? c.value.nominal : null;
  return {
    claim: c,
    kind,
    interval,
    middle: centre(interval),
    evidence: subjects ? evidence(c) : [],
    title: c.actors[0] ? titleWords(c.actors[0]) : [],
    thing: c.value.type === "quantity" ? thingCounted(c) : "",
    unit,
    base: mixed && nominal !== null ? nominal * factor : null,
  };
}

/**
 * What an occurrence's tests read of a member, whatever the claim they weigh: mayMeet and separates
 * (occurrence-topics.ts meetingKey, participants.ts separationKey), the thing it counts
 * (fitsEveryThing), its stated frame and day of report (closeInTime), the announcement of its day it
 * tells if any (newsKey: fitsSomeSubject's clash). Members of one key answer
 * those tests alike, so an occurrence asks one of each (Occurrence.asked): an archive that tells
 * "two officials" ten thousand times is asked once per way of telling it. null when separates reads
 * the claim by a reader of its own (a statistic, a score, a play): asked on its own.
 */
function memberKey(c: Claim): string | null {
  const apart = separationKey(c);
  return apart === null ? null : keyOf([meetingKey(c), apart, thingCounted(c), c.frame ?? null, Boolean(c.frameImplied), newsKey(c), periodKey(c)]);
}

/** Distinct member values compared when a claim fits several occurrences. */
const SCORE_CAP = 256;

interface Occurrence {
  id: number;
  kind: string;
  members: Claim[];
  /** Latest start and earliest end of the members' intervals; extremes of their middles. */
  maxLo: number;
  minHi: number;
  minMiddle: number;
  maxMiddle: number;
  /** Subjects (actors): every member's evidence, and whether a member has none. */
  evidence: Set<string>;
  someoneUnnamed: boolean;
  /** Subjects (names): the distinct titles of the members. */
  titles: Map<string, string[]>;
  /** Whether a member was read with a frame (its participants must not clash with a newcomer's). */
  framed: boolean;
  /** Distinct member intervals, for scores. */
  intervals: Map<string, Interval>;
  /** The index keys it is listed under. */
  keys: Set<string>;
  /** The things its members count, in their words. */
  things: Set<string>;
  /** Earliest and latest reporting day of its members (day numbers; members whose day is unknown left out). */
  firstReported: number;
  lastReported: number;
  /** The units its members are written in, and the least and greatest of their numbers in the base unit (Facts.base). */
  units: Set<string>;
  lowest: number;
  highest: number;
  /** Whether its members went to another occurrence (a claim tied the two). */
  merged: boolean;
  /** Whether a report of its story states a total and one happening's figure of its kind (tally-sides.ts). */
  tallied: boolean;
  /** Whether a member is a reading of time left ("with 12 seconds left": time-left.ts). */
  timeLeft: boolean;
  /** One member of each member key (Facts.member) and every member without one: what the tests of every member ask. */
  asked: Claim[];
  keysAsked: Set<string>;
  /** Members by sentence (otherFigureOfItsSentence, which asks those of the claim's document). */
  sentences: Map<string, Claim[]>;
  /** Latest start and earliest end of the time frames its members state (statedFrame), as day numbers. */
  frameMaxLo: number;
  frameMinHi: number;
  /** How many members tell each kind of happening (predicate-classes.ts classesOfClaim: "attack", "dismiss"). */
  happenings: Map<string, number>;
}

/**
 * When a figure was true: the middle of its stated period ("in 2010"), else the day it was
 * reported (its frame's time of report: a stated time, else its document's date); null unknown.
 */
function figureTime(c: Claim): number | null {
  if (c.frame && !c.frameImplied) return centre(toInterval(c.frame));
  const reported = c.claimFrame?.time.reportedAt;
  return reported ? centre(toInterval({ type: "date", start: reported, end: reported, granularity: "day", approximate: false })) : null;
}

/**
 * distinct-after for quantities: figures of one topic whose times lie further apart than the
 * rule's distance are different occurrences (a town's population in 2005 and in 2013); a figure
 * whose time is unknown is not told apart by it.
 */
function closeInTime(rule: CompiledRule, o: Occurrence, f: Facts): boolean {
  if (rule.distinctAfterDays === null) return o.asked.every((m) => !statedLongBefore(f.claim, m) && !statedLongBefore(m, f.claim));
  const t = figureTime(f.claim);
  if (t === null) return true;
  return o.asked.every((m) => {
    const u = figureTime(m);
    return u === null || Math.abs(t - u) <= rule.distinctAfterDays!;
  });
}

/** Two years: how long before a report a figure's stated period must end to be history, not the news. */
const HISTORY_DAYS = 730;

/**
 * Whether `a` states a period of its own that ended more than two years before `b`, which states
 * none, was reported: "in 2009, 31 people died" in a report of 2023 tells an earlier occurrence
 * than the "at least 12" dead of that report's own news, whatever the rule. Must part: a figure
 * "in 2009" and one with no period reported in March 2023. Must not: "last year" or a count
 * "published in March 2024" read in 2025 (their periods end within two years of the report), two
 * figures that both state a period, or a figure with no report day.
 */
function statedLongBefore(a: Claim, b: Claim): boolean {
  if (!a.frame || a.frameImplied || (b.frame && !b.frameImplied)) return false;
  // a length of time runs on from the period it is stated for ("serving a 12-year sentence
  // imposed in 1997"): still the news years later
  if (a.claimFrame?.counted === "duration" || b.claimFrame?.counted === "duration") return false;
  const day = reportDay(b);
  return day !== null && toInterval(a.frame).hi < day - HISTORY_DAYS;
}

/** Members that count their thing in other words ("3 pirate ships" beside "three boats") state the same figure. */
function fitsEveryThing(o: Occurrence, f: Facts): boolean {
  if (o.things.size === 1 && o.things.has(f.thing)) return true;
  return o.asked.every((m) => thingCounted(m) === f.thing || sameFigure(m, f.claim));
}

/**
 * Figures of one dimension in different units are one measure told twice, or two tellings that
 * differ, only when they lie within UNITS_APART of every member ("600 m" and "2,000 ft"; "150 m"
 * and "200 ft", 2.5 times apart). A person's height in feet and a chase in miles, a calibre in
 * millimetres and a fall in feet, or a fall of 60 m and one of 609 m, are different measures,
 * whatever their participants.
 */
/**
 * How far apart, as a factor, two figures of one dimension in different units may be and still
 * be one measure: a unit read for another (feet for metres, 3.28; miles for km, 1.61; pounds for
 * kilograms, 2.2) stays within it.
 */
const UNITS_APART = 5;

function sameOrder(o: Occurrence, f: Facts): boolean {
  // money at its story's rate (exchange-rates.ts) is one measure in every currency: "£35,000" and
  // "£910,000" of a story that converts its sums are two sums, as "£35,000" and "$1.4m" are
  const oneUnit = o.units.size === 1 && o.units.has(f.unit) && f.claim.exchange === undefined;
  if (f.base === null || o.units.size === 0 || oneUnit) return true;
  if (o.lowest > o.highest) return true;
  if (f.base * UNITS_APART >= o.highest && f.base <= o.lowest * UNITS_APART) return true;
  // a number kept with its unit swapped ("4½ months" and "more than four years": swapped-units.ts)
  const v = f.claim.value;
  return v.type === "quantity" && fitsWithUnitSwapped(v, f.unit, o.units, o.lowest, o.highest, UNITS_APART);
}

/**
 * The time frame a figure states for itself ("in 1950", "on 3 March 1950"), as day numbers; null
 * when it states none (a frame implied by its document's year is no statement of when).
 */
function statedFrame(c: Claim): Interval | null {
  return c.value.type === "quantity" && c.frame && !c.frameImplied ? toInterval(c.frame) : null;
}

/**
 * An anchored figure (a toll belongs to its attack) whose stated time frame does not overlap a
 * member's is of another occurrence: "on 3 March 1950 the shelling killed 40" and "the shelling
 * of 9 June 1961 killed 75" are two shellings, whatever place both name. A figure that states no
 * frame is not told apart by it.
 */
function framesOverlap(rule: CompiledRule, o: Occurrence, f: Facts): boolean {
  if (!rule.anchored) return true;
  const own = statedFrame(f.claim);
  return own === null || (own.lo <= o.frameMinHi && o.frameMaxLo <= own.hi);
}

/**
 * Two different figures of one sentence that no rule took, told with different words between
 * each figure and its noun, count different things ("has won 16 fights in a row, and 13 title
 * fights in a row"; "548 rushing yards and 258 receiving yards"): such a figure never joins an
 * occurrence that holds the other, so that a third report's figure is set with the one it
 * repeats. (A rule's figures may be two sources' tellings in one sentence: "police said none were
 * hurt; a paper says three"; two sums of one sentence, "£910,000 … and a necklace worth £1.2m",
 * are left to the grouping as before.) Must keep apart: 16 fights and 13 title fights of one
 * sentence. Must not keep apart: 16 and 16 of two reports; 16 of one sentence and 13 of another
 * report; "20 miles (32 km)". So do two figures of one sentence told of two named subjects ("the
 * Orvik index fell 3%, while Talbria's was 1% lower": one-sentence.ts).
 */
function otherFigureOfItsSentence(o: Occurrence, f: Facts): boolean {
  const c = f.claim;
  // (in one unit: "20 miles (32 km)" is one figure written twice)
  return (o.sentences.get(c.sentence) ?? []).some((m) => m.document === c.document && m.sentence === c.sentence && m.offset !== c.offset && unitOf(m) === f.unit && !overlaps(toInterval(m.value), toInterval(c.value)) && (modifiedApart(m, c) || toldOfTwoSubjects(m, c)));
}

/**
 * A figure of a frame's own topic whose clause is told of a named subject never joins an occurrence
 * that holds another figure told of names it shares none of ("the Orvik index fell 3%" and "the
 * Brask index fell 1%": clause-subjects.ts). Must keep apart: those two. Must not: "Orvik shares
 * fell 3%" and "the Orvik index fell 2%"; a figure whose clause names no one; the same figure.
 */
function otherSubject(o: Occurrence, f: Facts): boolean {
  return clauseSubject(f.claim) !== null && o.members.some((m) => subjectsApart(m, f.claim));
}

/**
 * Two clock times of one day half an hour or more apart are two moments of that day, not one told
 * twice (clock-spans.ts clockOf): "shortly after 3 p.m." and "shortly before midnight" may date a
 * chase and an arrest, or two tellings of one moment that differ, and nothing in the day they share
 * says which; a claim of one never joins an occurrence that holds the other. Must keep apart: "at
 * 9 a.m." and "at 4 p.m."; "10:15 on Friday" and "midnight". Must not: "6am" and "06:10"; a clock
 * time and "Friday" (the day holds every moment of it); two days.
 */
function anotherMoment(o: Occurrence, f: Facts): boolean {
  const own = f.claim.value.type === "quantity" ? null : clockOf(f.claim);
  if (own === null) return false;
  const zone = zoneOf(f.claim.text);
  return o.members.some((m) => {
    const other = clockOf(m);
    // (clocks of two named zones are one moment told twice as often: "4:30 a.m. local time (11.30 p.m. ET)")
    const mz = zoneOf(m.text);
    return other !== null && Math.abs(other - own) >= MOMENTS_APART && !(zone !== null && mz !== null && zone !== mz);
  });
}

/** The time zone a clock time names ("11.30 p.m. ET", "04:40 GMT", "4:30 a.m. local time"), upper-cased; null for none. */
function zoneOf(text: string): string | null {
  const m = /\b(local|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T)\b/.exec(text);
  return m ? m[1]!.toUpperCase() : null;
}

/**
 * A reading of time left ("with 12 seconds left") never joins an occurrence that holds another
 * figure, nor a figure one that holds another reading: two readings are two moments (time-left.ts).
 * Must keep apart: "with 12 seconds left" and "with 48 seconds left". Must not: "with 12 seconds
 * left" told by two reports; two lengths of which neither is time left.
 */
function anotherTimeLeft(o: Occurrence, f: Facts): boolean {
  return (o.timeLeft || timeLeft(f.claim)) && o.members.some((m) => otherMomentLeft(m, f.claim));
}

/**
 * In a story where a report states a total and one happening's figure apart (tally-sides.ts), a
 * figure never joins an occurrence that holds one of the other side, nor, told with no side, one
 * that holds a different figure of a side. Must keep apart: "8 defects during Monday's check" and
 * "41 defects so far"; a plain "20 defects" from both. Must not: "8" told with no side and "8 during
 * Monday's check"; any figures of a story where no report tells both.
 */
function otherSide(o: Occurrence, f: Facts): boolean {
  return o.tallied && !fitsSides(o.members, f.claim);
}

/**
 * A figure whose stated period or deadline differs from a member's is of another occurrence
 * (figure-periods.ts): "cut 12,000 jobs by 2013" and "cut 15,500 jobs by 2015" are two plans;
 * "22 catches this season" and "30 catches last season", two seasons. Must keep apart: those.
 * Must not: a figure that states no period, whatever the member's; "by 2013" and "in 2013". A rule
 * that says how far apart its figures' times may lie (distinct-after: closeInTime) is not asked.
 */
function otherPeriod(o: Occurrence, f: Facts): boolean {
  return statedPeriod(f.claim) !== null && o.asked.some((m) => periodsApart(m, f.claim));
}

function fitsEveryValue(rule: CompiledRule, o: Occurrence, f: Facts): boolean {
  if (o.kind !== f.kind) return false;
  if (f.claim.value.type === "quantity") return fitsEveryThing(o, f) && closeInTime(rule, o, f) && sameOrder(o, f) && framesOverlap(rule, o, f) && !(rule.file === FRAME_RULE_FILE && (otherFigureOfItsSentence(o, f) || otherSubject(o, f) || anotherTimeLeft(o, f))) && !otherSide(o, f) && !(rule.distinctAfterDays === null && otherPeriod(o, f));
  if (anotherMoment(o, f)) return false;
  // (a date inside another joins it only on evidence of one happening: nestedDatesTied)
  // (a level's move is told by its period: a day's move is not a week's nor a year's: levelMoveTopic)
  if (levelMoveTopic(rule)) return f.interval.lo === o.maxLo && f.interval.hi === o.minHi;
  if (rule.cardinality === "recurring") return (f.interval.lo <= o.minHi && o.maxLo <= f.interval.hi && o.members.every((m) => nestedDatesTied(m, f.claim))) || onePastHappeningWith(o, f);
  // NOTE: occurrences are told apart by the distance between the middles of the two periods, so
  // "the 1990s" (middle 1995) and "2001" are years apart although the intervals nearly touch.
  if (rule.distinctAfterDays !== null) {
    if (Math.abs(f.middle - o.minMiddle) <= rule.distinctAfterDays && Math.abs(f.middle - o.maxMiddle) <= rule.distinctAfterDays) return true;
    // further apart, one thing's one-off happening told with two dates ("the hall was built in
    // 1935" and "in 1937"): distance alone does not part them when the frames name one thing (once.ts)
    if (rule.file === FRAME_RULE_FILE && o.members.every((m) => oneThingOnce(m, f.claim))) return true;
    // (and one rule's or law's making told with two months: instrument-makings.ts)
    if (rule.file === FRAME_RULE_FILE && o.members.every((m) => oneInstrumentMade(m, f.claim))) return true;
    // a year written out that holds the other date written with its year names the same occurrence
    // less precisely: "in 1983" and "in November 1983", "2007" and "5 March 2007"; not two months
    // of a year ("March 1983" and "November 1983"), nor a decade and a year ("the 1990s" and
    // "1995"), nor dates reckoned from the day of writing ("last year" and "tonight", "this
    // century" and "this year"), which name a day of each speech, not one occurrence
    return writtenWithYear(f.claim) && o.members.every((m) => writtenWithYear(m) && nested(toInterval(m.value), f.interval));
  }
  return true;
}

/**
 * A date of a recurring topic that misses a member's, of one past happening with every member it
 * misses (past-happenings.ts: one person's birth or death, one step of one case told with another year) and
 * tied to the others as dates that overlap are.
 */
function onePastHappeningWith(o: Occurrence, f: Facts): boolean {
  if (!isPastHappening(f.claim)) return false;
  return o.members.every((m) => {
    const iv = toInterval(m.value);
    return iv.lo <= f.interval.hi && f.interval.lo <= iv.hi ? nestedDatesTied(m, f.claim) : onePastHappening(m, f.claim);
  });
}

/** Whether one interval lies inside the other, the wider at most a year long. */
function nested(a: Interval, b: Interval): boolean {
  if (Math.max(width(a), width(b)) > 366) return false;
  return (a.lo <= b.lo && b.hi <= a.hi) || (b.lo <= a.lo && a.hi <= b.hi);
}

/** The day a claim was reported (its frame's time of report), as a day number; null unknown. */
function reportDay(c: Claim): number | null {
  const at = c.claimFrame?.time.reportedAt;
  return at ? dayNumber(at) : null;
}

/**
 * A built-in rule's claim and an occurrence: reported at about one time as every member, or, with
 * every member, the same value or a tie to one occurrence (occurrence-topics.ts ruleMayMeet, as
 * the rule's cardinality and `one-kind-of-happening` ask). The
 * members' first and last reporting days answer the common case without visiting them.
 */
function reportedWithEvery(o: Occurrence, f: Facts, rule: CompiledRule): boolean {
  const t = reportDay(f.claim);
  if (t === null || o.firstReported > o.lastReported) return true;
  if (Math.abs(t - o.firstReported) <= FRAME_DATE_DAYS && Math.abs(t - o.lastReported) <= FRAME_DATE_DAYS) return true;
  return o.members.every((m) => ruleMayMeet(m, f.claim, rule));
}

/**
 * Whether a claim may join an occurrence by who and what it names (a country or a word of a proper
 * name shared with a member, or a body one names by its title and the other describes in plain
 * words: described-names.ts), and when it was reported. Each
 * test below is a pure function of the claims, and all must hold: the cheaper are asked first
 * (whether each pair of a frame's own topic may meet, before their participants are compared).
 */
function fitsSomeSubject(rule: CompiledRule, o: Occurrence, f: Facts): boolean {
  // Participants read with a frame: no clash with any member.
  const clash = (actors: boolean): boolean => clashes(rule, o, f, actors);
  // A frame's own topic: the same value as every member, or evidence of one occurrence with it
  // (the frames' participants, not the names of their sentences, say who is involved).
  if (rule.file === FRAME_RULE_FILE) return meetsEvery(o, f) && !clash(false);
  if (rule.subject === "name") {
    if (f.title.length === 0) return false;
    let fits = false;
    for (const words of o.titles.values())
      if (nameFits(words, f.title)) {
        fits = true;
        break;
      }
    if (!fits) return false;
  } else if (!(f.evidence.length === 0 || o.someoneUnnamed || f.evidence.some((e) => o.evidence.has(e)) || o.members.some((m) => describedAlike(m, f.claim) || oneFindingOfGuiltAt(m, f.claim) || oneGatheringOfADay(m, f.claim)))) return false;
  // (figures of a rule that tell two changes or two kinds of sum: occurrence-topics.ts ruleFiguresApart)
  return reportedWithEvery(o, f, rule) && !clash(true) && !otherKind(rule, o, f.claim) && !o.asked.some((m) => ruleFiguresApart(m, f.claim));
}

/**
 * Whether a member's participants, read with a frame, clash with the claim's (keptApart).
 * (one announcement of the day is not parted by whose it is: occurrence-topics.ts newsOfItsDay;
 * members of one key are one such announcement or none: memberKey holds newsKey)
 */
function clashes(rule: CompiledRule, o: Occurrence, f: Facts, actors: boolean): boolean {
  return Boolean(f.claim.claimFrame || o.framed) && o.asked.some((m) => keptApart(rule, f.claim, m, actors) && !newsOfItsDay(f.claim, m));
}

/** A frame's own topic: whether every member may meet the claim (occurrence-topics.ts mayMeet). */
function meetsEvery(o: Occurrence, f: Facts): boolean {
  return o.asked.every((m) => mayMeet(m, f.claim));
}

/**
 * Whether a claim fits an occurrence: every value (fitsEveryValue) and some subject
 * (fitsSomeSubject). All the tests are pure and all must hold, so they are asked cheapest and most
 * telling first: a figure of a frame's own topic is first asked its subject, whether every member
 * may meet it (most pairs asked there are two figures nothing ties: 6,722 of 9,548 on the addresses,
 * where the values of all but a few hundred fit), before its values are weighed member by member.
 * (Its candidates are the occurrences of its kind already: candidates reads `kind|all`.)
 */
function fits(rule: CompiledRule, o: Occurrence, f: Facts): boolean {
  if (rule.file === FRAME_RULE_FILE && f.claim.value.type === "quantity") return fitsSomeSubject(rule, o, f) && fitsEveryValue(rule, o, f);
  return fitsEveryValue(rule, o, f) && fitsSomeSubject(rule, o, f);
}

/**
 * Whether who or where keeps two claims apart (participants.ts separates), save that two tellings
 * of one birth are not parted by the places each gives (past-happenings.ts oneBirthAnyPlace), nor
 * two tellings of one finding of guilt at two precisions by the other names of their sentences
 * (guilt-findings.ts oneFindingOfGuiltAt: their frames still part them).
 */
function keptApart(rule: CompiledRule, a: Claim, b: Claim, actors: boolean): boolean {
  return (
    separates(a, b, rule.identify, actors) &&
    !(oneBirthAnyPlace(a, b) && !separates(a, b, ROLES_BUT_PLACE, actors)) &&
    !(oneFindingOfGuiltAt(a, b) && !separates(a, b, rule.identify, false))
  );
}

/** A topic of one kind of happening per occurrence (`one-kind-of-happening`): a member tells another kind than the claim (predicate-classes.ts kindsApartIn). */
function otherKind(rule: CompiledRule, o: Occurrence, c: Claim): boolean {
  return rule.oneKindOfHappening === true && o.members.some((m) => kindsApartIn(rule, m, c));
}

/**
 * Positive evidence that a claim is about an occurrence: a country or a word of a proper name it
 * shares with a member (a named topic: a title that fits a member's). A claim that names no one
 * fits every occurrence and ties none. A frame's own topic has no such tie here.
 */
function tiedTo(rule: CompiledRule, o: Occurrence, f: Facts): boolean {
  if (rule.file === FRAME_RULE_FILE) return false;
  if (rule.subject === "name") {
    for (const words of o.titles.values()) if (f.title.length > 0 && nameFits(words, f.title)) return true;
    return false;
  }
  return f.evidence.some((e) => o.evidence.has(e));
}

/**
 * Whether two occurrences that one claim ties may be one: every member of the second fits the
 * first's values and reporting days, and no member of either is kept apart from one of the other
 * by who or where (participants.ts separates, asked of every pair, framed or not). A sentence tied
 * to one man's fall and to another's ("the day after Moss died, Dale fell") joins neither to
 * the other: their frames name two men.
 */
function mayMerge(rule: CompiledRule, into: Occurrence, from: Occurrence, factsOf: (c: Claim) => Facts): boolean {
  if (into.kind !== from.kind) return false;
  return from.members.every((m) => {
    const fm = factsOf(m);
    return fitsEveryValue(rule, into, fm) && reportedWithEvery(into, fm, rule) && !otherKind(rule, into, m) && !into.members.some((x) => keptApart(rule, m, x, true) || (rule.file !== FRAME_RULE_FILE && ruleFiguresApart(m, x)));
  });
}

/**
 * How well a claim fits an occurrence: for a date, first by what happened, how many members tell
 * its kind of happening ("an April shooting" goes with the occurrence of "the Monday morning
 * attack", not with that of "fired last week", though a week lies closer to a month than a day
 * does; and with the occurrence that five reports of the attack joined rather than with one
 * report of it that names other people); then the best overlap of its value with a member's
 * (similarity); then, between occurrences none of whose members it overlaps, the nearest value (a
 * fall of 700 m goes with the figures of 600 m before those of 80 m).
 */
interface Score {
  /** For a date, how many members tell its kind of happening (happeningTold). */
  told: number;
  overlap: number;
  distance: number;
}

function score(o: Occurrence, f: Facts): Score {
  let overlap = -Infinity;
  let distance = Infinity;
  let n = 0;
  for (const iv of o.intervals.values()) {
    overlap = Math.max(overlap, similarity(iv, f.interval));
    distance = Math.min(distance, Math.abs(centre(iv) - f.middle));
    if (++n >= SCORE_CAP) break;
  }
  return { told: happeningTold(o, f), overlap, distance };
}

/** How many of an occurrence's members tell a claim's kind of happening (0 when its frame reads none). */
function happeningTold(o: Occurrence, f: Facts): number {
  // (figures keep to their values: a crowd's size says more than the verb each outlet chose)
  if (f.claim.value.type === "quantity") return 0;
  const classes = classesOfClaim(f.claim);
  if (classes === null || o.members.length === 0) return 0;
  return Math.max(...classes.map((k) => o.happenings.get(k) ?? 0));
}

const better = (a: Score, b: Score): boolean =>
  a.told > b.told || (a.told === b.told && (a.overlap > b.overlap || (a.overlap === b.overlap && a.distance < b.distance)));

const YEAR = 366;
/** The index key of dated occurrences that hold a one-off happening (once.ts), whatever their year. */
const ONCE_KEY = "once";
/** The index key of a recurring topic's occurrences that hold a past happening (past-happenings.ts), whatever their year. */
const PAST_KEY = "past";
/** The index key of occurrences that hold a finding of guilt (guilt-findings.ts), whoever they name. */
const GUILT_KEY = "guilt";

/** Occurrences by year (dated topics) or by subject word; an occurrence may be listed under more keys than it still fits. */
class OccurrenceIndex {
  private readonly byKey = new Map<string, number[]>();
  add(key: string, o: Occurrence): void {
    if (o.keys.has(key)) return;
    o.keys.add(key);
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [o.id]);
    else list.push(o.id);
  }
  get(key: string): readonly number[] {
    return this.byKey.get(key) ?? [];
  }
}

function years(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let y = Math.floor(lo / YEAR); y <= Math.floor(hi / YEAR); y++) out.push(y);
  return out;
}

/** Kinds whose quantities are written in more than one unit of a dimension (lengths in feet and in metres). */
function mixedKinds(reads: readonly Read[]): Set<string> {
  const units = new Map<string, string>();
  const mixed = new Set<string>();
  for (const { claim: c, kind, unit } of reads) {
    if (c.value.type !== "quantity" || (c.exchange === undefined && dimensionOf(unit) === null)) continue;
    if (!units.has(kind)) units.set(kind, unit);
    else if (units.get(kind) !== unit) mixed.add(kind);
  }
  return mixed;
}

/** An interval in a unit, in its dimension's base unit (`f` of them to one of its unit). */
function inBaseUnit(iv: Interval, f: number): Interval {
  return { lo: iv.lo * f, hi: iv.hi * f };
}

function clusterRule(rule: CompiledRule, own: readonly Claim[]): Claim[][] {
  const occurrences: Occurrence[] = [];
  const index = new OccurrenceIndex();
  const dated = rule.cardinality === "recurring" || rule.distinctAfterDays !== null;
  /** Whether a claim is found again by its years: a date or a range of a dated topic (a figure never). */
  const byYear = (f: Facts): boolean => dated && f.claim.value.type !== "quantity";
  /** Where an occurrence of these facts can be found again. */
  const keysOf = (f: Facts): string[] => {
    if (byYear(f)) {
      const d = rule.distinctAfterDays ?? 0;
      return rule.cardinality === "recurring" ? years(f.interval.lo, f.interval.hi).map((y) => `y${y}`) : years(f.middle - d, f.middle + d).map((y) => `y${y}`);
    }
    if (rule.subject === "name") return f.title.map((w) => `${f.kind}|w${w}`);
    return f.evidence.length === 0 ? [`${f.kind}|unnamed`] : f.evidence.map((e) => `${f.kind}|e${e}`);
  };
  /** Occurrences that may take the claim, in the order they were opened (ties go to the first). */
  const candidates = (f: Facts): number[] => {
    if (byYear(f)) {
      const probe = rule.cardinality === "recurring" ? years(f.interval.lo, f.interval.hi) : years(f.middle, f.middle);
      // (and, for a one-off happening, every occurrence that holds one: once.ts)
      const once = rule.file === FRAME_RULE_FILE && (happensOnce(f.claim) || instrumentMade(f.claim) !== null) ? index.get(ONCE_KEY) : [];
      // (and, for a recurring topic's past happening, every occurrence that holds one: past-happenings.ts)
      const past = rule.cardinality === "recurring" && isPastHappening(f.claim) ? index.get(PAST_KEY) : [];
      return [...new Set([...probe.flatMap((y) => index.get(`y${y}`)), ...once, ...past])].sort((a, b) => a - b);
    }
    if (rule.subject === "name") return [...new Set(f.title.flatMap((w) => index.get(`${f.kind}|w${w}`)))].sort((a, b) => a - b);
    // A frame's own topic: every occurrence of the kind (fitsSomeSubject asks each member); a
    // claim that names no one fits them all.
    if (rule.file === FRAME_RULE_FILE || f.evidence.length === 0) return [...index.get(`${f.kind}|all`)];
    // Actors: an occurrence shares a word with the claim, or holds a member that names no one, or
    // one names a body by its title that the other describes in plain words (described-names.ts;
    // asked of the occurrences that hold a title when the claim holds none)
    // (and, for a finding of guilt, every occurrence that holds one: guilt-findings.ts)
    const guilt = guiltOf(f.claim) !== null ? index.get(`${f.kind}|${GUILT_KEY}`) : [];
    // (and, for the size of a gathering, the occurrences of that kind of gathering on its day: crowd-days.ts)
    const gathering = gatheringKeys(f.claim).flatMap((k) => index.get(`${f.kind}|g${k}`));
    const ids = new Set([...index.get(`${f.kind}|unnamed`), ...f.evidence.flatMap((e) => index.get(`${f.kind}|e${e}`)), ...guilt, ...gathering]);
    for (const id of index.get(holdsTitle(f.claim) ? `${f.kind}|all` : `${f.kind}|titled`)) if (!ids.has(id) && occurrences[id]!.members.some((m) => describedAlike(m, f.claim))) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  };
  /** Asks `f` of `o` unless a member of its key is asked already. */
  const ask = (o: Occurrence, f: Facts): void => {
    const key = memberOf(f);
    if (key !== null && o.keysAsked.has(key)) return;
    o.asked.push(f.claim);
    if (key !== null) o.keysAsked.add(key);
  };
  const join = (o: Occurrence, f: Facts): void => {
    o.members.push(f.claim);
    if (o.members.length <= ASK_ALL) o.asked.push(f.claim);
    else {
      // grown past asking every member: from now on one of each key, the members so far included
      if (o.members.length === ASK_ALL + 1) {
        const all = o.asked;
        o.asked = [];
        for (const m of all) ask(o, factsOfClaim(m));
      }
      ask(o, f);
    }
    // (by the sentence alone: a document and its sentence made one key of both, built anew for every claim)
    const told = o.sentences.get(f.claim.sentence);
    if (told) told.push(f.claim);
    else o.sentences.set(f.claim.sentence, [f.claim]);
    o.maxLo = Math.max(o.maxLo, f.interval.lo);
    o.minHi = Math.min(o.minHi, f.interval.hi);
    o.minMiddle = Math.min(o.minMiddle, f.middle);
    o.maxMiddle = Math.max(o.maxMiddle, f.middle);
    for (const e of f.evidence) o.evidence.add(e);
    if (f.evidence.length === 0) o.someoneUnnamed = true;
    if (f.title.length > 0) o.titles.set(f.title.join(" "), f.title);
    if (f.claim.claimFrame) o.framed = true;
    o.intervals.set(`${f.interval.lo}/${f.interval.hi}`, f.interval);
    o.things.add(f.thing);
    if (f.claim.value.type === "quantity" && timeLeft(f.claim)) o.timeLeft = true;
    if (f.base !== null) {
      o.units.add(f.unit);
      o.lowest = Math.min(o.lowest, f.base);
      o.highest = Math.max(o.highest, f.base);
    }
    // (asked of dates only: happeningTold weighs no figure)
    if (f.claim.value.type !== "quantity") for (const k of classesOfClaim(f.claim) ?? []) o.happenings.set(k, (o.happenings.get(k) ?? 0) + 1);
    const frame = statedFrame(f.claim);
    if (frame) {
      o.frameMaxLo = Math.max(o.frameMaxLo, frame.lo);
      o.frameMinHi = Math.min(o.frameMinHi, frame.hi);
    }
    const day = reportDay(f.claim);
    if (day !== null) {
      o.firstReported = Math.min(o.firstReported, day);
      o.lastReported = Math.max(o.lastReported, day);
    }
    if (byYear(f) && rule.file === FRAME_RULE_FILE && (happensOnce(f.claim) || instrumentMade(f.claim) !== null)) index.add(ONCE_KEY, o);
    if (f.claim.value.type !== "quantity" && rule.cardinality === "recurring" && isPastHappening(f.claim)) index.add(PAST_KEY, o);
    // (a frame's own topic finds its occurrences by kind alone: candidates reads no other key)
    if (!byYear(f) && rule.file === FRAME_RULE_FILE) index.add(`${f.kind}|all`, o);
    else if (!byYear(f)) {
      for (const key of keysOf(f)) index.add(key, o);
      if (guiltOf(f.claim) !== null) index.add(`${f.kind}|${GUILT_KEY}`, o);
      for (const k of gatheringKeys(f.claim)) index.add(`${f.kind}|g${k}`, o);
      if (rule.subject !== "name") index.add(`${f.kind}|all`, o);
      if (holdsTitle(f.claim)) index.add(`${f.kind}|titled`, o);
    }
  };
  const reads = own.map(readOf);
  // (stories where a report tells a total and one happening's figure apart: tally-sides.ts)
  const bothTold = storiesTellingBoth(own);
  const mixed = mixedKinds(reads);
  const sorted = reads.map((r) => factsOf(r, mixed, rule.file !== FRAME_RULE_FILE)).sort((a, b) => byPrecision(a, b));
  // (in such a story the figures of a side open their occurrences first, so that a figure of no
  // side finds its side's own figure there and cannot hold out another of that side: tally-sides.ts)
  const sided = (f: Facts): boolean => bothTold.has(f.claim.story ?? "") && tallySide(f.claim) !== null;
  const facts = bothTold.size === 0 ? sorted : [...sorted.filter(sided), ...sorted.filter((f) => !sided(f))];
  const byClaim = new Map(facts.map((f) => [f.claim, f]));
  const factsOfClaim = (c: Claim): Facts => byClaim.get(c)!;
  /** Two occurrences become one: the second's members join the first, which is listed under its keys too. */
  const merge = (into: Occurrence, from: Occurrence): void => {
    for (const m of from.members) join(into, factsOfClaim(m));
    for (const key of from.keys) index.add(key, into);
    from.members = [];
    from.asked = [];
    from.keysAsked.clear();
    from.sentences.clear();
    from.merged = true;
  };
  for (const f of facts) {
    let best: { o: Occurrence; score: Score } | null = null;
    const fitting = candidates(f)
      .map((id) => occurrences[id]!)
      .filter((o) => !o.merged && fits(rule, o, f));
    for (const o of fitting) {
      // One occurrence fits: no need to weigh it.
      const s = fitting.length === 1 ? { told: 0, overlap: 0, distance: 0 } : score(o, f);
      if (!best || better(s, best.score)) best = { o, score: s };
    }
    // a claim of a frame's own topic that names no one, fitting the occurrences of two different
    // people, joins neither, nor opens one that others could join by its value (nameless-bridges.ts)
    if (best && fitting.length > 1 && rule.file === FRAME_RULE_FILE && fitsTwoNamedSides(f.claim, fitting.map((o) => o.asked))) continue;
    if (best) {
      // A claim that shares a name with two occurrences ties them into one, when they may be one.
      const into = best.o;
      if (fitting.length > 1 && tiedTo(rule, into, f))
        for (const o of fitting) if (o !== into && tiedTo(rule, o, f) && mayMerge(rule, into, o, factsOfClaim)) merge(into, o);
      join(into, f);
      continue;
    }
    const o: Occurrence = {
      id: occurrences.length,
      kind: f.kind,
      members: [],
      maxLo: -Infinity,
      minHi: Infinity,
      minMiddle: Infinity,
      maxMiddle: -Infinity,
      evidence: new Set(),
      someoneUnnamed: false,
      titles: new Map(),
      framed: false,
      intervals: new Map(),
      keys: new Set(),
      things: new Set(),
      firstReported: Infinity,
      lastReported: -Infinity,
      units: new Set(),
      lowest: Infinity,
      highest: -Infinity,
      merged: false,
      tallied: bothTold.has(f.claim.story ?? ""),
      timeLeft: false,
      asked: [],
      keysAsked: new Set(),
      sentences: new Map(),
      happenings: new Map(),
      frameMaxLo: -Infinity,
      frameMinHi: Infinity,
    };
    occurrences.push(o);
    if (byYear(f)) for (const key of keysOf(f)) index.add(key, o);
    join(o, f);
  }
  return occurrences.filter((o) => !o.merged).map((o) => o.members);
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most precise first; ties broken by what the claims say, not by file names, so renaming or
 * reordering files cannot change how claims cluster.
 */
function byPrecision(a: Facts, b: Facts): number {
  return (
    width(a.interval) - width(b.interval) ||
    cmp(a.interval.lo, b.interval.lo) ||
    cmp(a.claim.text, b.claim.text) ||
    cmp(a.claim.sentence, b.claim.sentence) ||
    cmp(a.claim.document, b.claim.document) ||
    a.claim.offset - b.claim.offset
  );
}

function byPlace(a: Claim, b: Claim): number {
  return (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.offset - b.offset;
}

/**
 * How claims of a frame's own topic ("frame:meet/date") are grouped: one true value per
 * occurrence, and, for dates, occurrences more than FRAME_DATE_DAYS apart are different ones — a
 * verb met in a story ("met", "approved", "ended") may name many events, while one event's day is
 * reported within days of itself ("Thursday" or "Friday" for one attack) — unless the frames name
 * one thing that a one-off happening befell ("the hall was built in 1935" and "in 1937": once.ts),
 * which distance alone does not part. (Figures of a frame's
 * topic reported further apart than that stay together only when they agree or are tied by a
 * participant, and never contradict: see judge/judge.ts.)
 */
function frameTopic(id: string, kind: "quantity" | "date"): CompiledRule {
  const rule = frameRule(id, kind);
  if (kind !== "date") return rule;
  // a level rises or falls every day: the day of a move is which move it is ("the index fell today"
  // in two reports of different days tells two moves), so its dates are of a recurring topic
  return LEVEL_MOVES.has(id.slice("frame:".length).split("/")[0]!) ? { ...rule, cardinality: "recurring" } : { ...rule, distinctAfterDays: FRAME_DATE_DAYS };
}

/** Classes of predicates of a level's moves (predicate-classes.ts): "rose", "climbed", "fell", "plunged". */
const LEVEL_MOVES: ReadonlySet<string> = new Set(["increase", "fall"]);

/**
 * Whether a rule is the dates of a frame's topic of a level's moves ("frame:fall/date"): a move is
 * which move it is by its period, so its dates meet only when they state one period ("today" in two
 * reports of one day; not "today" and "this week", nor "this year" and "since the start of this year").
 */
function levelMoveTopic(rule: CompiledRule): boolean {
  return rule.cardinality === "recurring" && rule.file === FRAME_RULE_FILE && LEVEL_MOVES.has(rule.id.slice("frame:".length).split("/")[0]!);
}

/** Keys named by two or more of the claims: the participants that tie claims to the occurrence. */
function identityOf(claims: readonly Claim[]): string[] {
  const count = new Map<string, number>();
  for (const c of claims) for (const k of keysOf(c)) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= 2).map(([k]) => k).sort();
}

/** What grouping needs to know of a document: its date and where the date came from. */
export interface GroupDocument {
  path: string;
  date: IsoDay | null;
  dateSource: DateSource | null;
  /** The day its lead gives its main happening, and where the lead opens (lead-days.ts). */
  leadDay?: LeadDay;
  /** The quotations that open a line after a colon (quoted-statements.ts). */
  quotedLines?: readonly QuotedLine[];
}

/** Dates a document states for itself or the user gave (front matter, manifest, --as-of): reporting days. */
function reportingDays(documents: readonly GroupDocument[]): Map<string, IsoDay> {
  const days = new Map<string, IsoDay>();
  for (const d of documents) if (d.date && d.dateSource && d.dateSource !== "inferred" && d.dateSource !== "story") days.set(d.path, d.date);
  return days;
}

export function groupClaims(scanned: readonly Claim[], rules: readonly CompiledRule[], documents: readonly GroupDocument[] = []): ClaimGroup[] {
  // days and clock times of reports no date can be given: compared among themselves only (undated-days.ts)
  const withDays = scanned.some(isUndatedDay) ? scanned.filter((c) => !isUndatedDay(c)) : scanned;
  // money a story converts itself ("€2m ($2.6m)") is compared at the story's own rate
  const claims = withStoryRates(withDays);
  const groups: ClaimGroup[] = [];
  // names a story sets as places, where its other sentences name them before a noun (story-places.ts)
  learnPlaces(scanned);
  // names of a story that stand for a longer one ("Hartwell" for "the Hartwell Hawks")
  learnStoryNames(claims);
  // the result each report of a team's record leads with (game-records.ts)
  learnLeadGames(claims);
  // the day each report's lead gives the figures after it (lead-days.ts)
  learnLeadDays(documents);
  // the quotations each report opens on a line of their own after a colon (quoted-statements.ts)
  learnQuotedLines(documents);
  const days = reportingDays(documents);
  const known = new Set(rules.map((r) => r.id));
  // Claims that no rule took are compared within the topic their frame names ("frame:kill/person"),
  // one for the predicates of one class (occurrence-topics.ts).
  const topics = occurrenceTopics(claims, known);
  const byRule = new Map<string, Claim[]>();
  for (const c of claims) {
    const topic = topics.get(c)!;
    const list = byRule.get(topic);
    if (list) list.push(c);
    else byRule.set(topic, [c]);
  }
  // (one claim makes no group: most topics a frame names hold one claim, 3,707 of 5,607 on the addresses)
  const framed = [...byRule.keys()].filter((id) => !known.has(id) && id.startsWith("frame:") && byRule.get(id)!.length >= 2).sort();
  const all = [...rules, ...framed.map((id) => frameTopic(id, byRule.get(id)![0]!.value.type === "quantity" ? "quantity" : "date"))];
  for (const rule of all) {
    const own = (byRule.get(rule.id) ?? []).filter((c) => rule.subject !== "name" || c.actors.length > 0);
    // one claim makes no group (most topics a frame names hold one claim: 3,707 of 5,607 on the addresses)
    if (own.length < 2) continue;
    for (const members of clusterRule(rule, own)) {
      if (members.length < 2) continue;
      const sorted = [...members].sort(byPlace);
      const first = sorted[0]!;
      const dated = Object.fromEntries([...new Set(sorted.map((c) => c.document))].flatMap((d) => (days.has(d) ? [[d, days.get(d)!]] : [])));
      groups.push({
        key: `${rule.id}#${first.document}#${first.offset}`,
        rule: rule.id,
        topic: rule.topic,
        cardinality: rule.cardinality,
        claims: sorted,
        ...(first.story !== undefined ? { story: first.story } : {}),
        identity: identityOf(sorted),
        ...(rule.estimates || rule.vocabulary?.estimates ? { estimates: true } : {}),
        ...(rule.tallies ? { tallies: true } : {}),
        ...(Object.keys(dated).length > 0 ? { reportingDays: dated } : {}),
        ...(rule.tolerance ? { tolerance: rule.tolerance } : {}),
      });
    }
  }
  // (the groupings below that compare the reports of one story read only stories of two reports: overlaps.ts)
  const told = ofStoriesOfTwoReports(claims);
  // one figure told in other words, across topics or occurrences: agreements only (same-figure.ts)
  addSameFigures(groups, sameFigureGroups(claims, topics, rules, groups));
  // one person's happening told by its day, with other verbs: agreements only (day-happenings.ts)
  groups.push(...dayHappeningGroups(told, groups));
  // one player's signing told by two days: they diverge (signing-days.ts)
  groups.push(...signingDayGroups(told, groups));
  // one game's day told by its result or its round, with other verbs: agreements only (game-days.ts)
  groups.push(...gameDayGroups(told, groups));
  // one past happening's date told again with other words and precision: agreements only (retold-past-dates.ts)
  const past = retoldPastDateGroups(told, groups);
  widenDivergingDates(groups, past);
  groups.push(...past);
  // one person's past year or decade told again, by a name both sentences give: agreements only (person-years.ts)
  groups.push(...personYearGroups(told, groups));
  // two groups that share a claim and state one figure: one group (overlaps.ts)
  joinOneFigure(groups);
  // one sentence told again whose relative day two reports read as two days: they diverge (retold-sentences.ts)
  groups.push(...retoldDayGroups(claims, topics, groups));
  // one happening told on two days by reports that count one figure in it: they diverge (figure-days.ts)
  groups.push(...figureDayGroups(told, groups));
  // one length of what went on until one happening, told by two reports: they diverge (ended-lengths.ts)
  groups.push(...endedLengthGroups(told, groups));
  // how long one state lasted (a secret kept, a captivity, an exile, a stay), told with other verbs: they agree or diverge (state-lengths.ts)
  groups.push(...stateLengthGroups(told, groups));
  // one player's games played, told under a total by two reports: they diverge (games-of-a-total.ts)
  groups.push(...gamesOfATotalGroups(told, groups));
  // (one odd minute told in reports whose days for it were read apart: moments.ts)
  groups.push(...momentReadApartGroups(told, groups));
  // one happening's time of day told by reports with other verbs and roundings: compared by clock (clock-happenings.ts)
  groups.push(...clockHappeningGroups(told, groups));
  // one morning's happening told on one weekday that two reports read as two weeks: they diverge (weekdays-apart.ts)
  groups.push(...weekdayReadApartGroups(told, groups));
  // one act of an office told by its day with other verbs, by surname or in full: agreements only (decree-days.ts)
  groups.push(...decreeDayGroups(told, groups));
  // one past happening counted back from each report's day, with other verbs and estimates: they agree or diverge (counted-back.ts)
  groups.push(...countedBackGroups(told, groups));
  // one player's or team's nth feat told by its noun or as "the nth time" with its verb: agreements only (nth-feats.ts)
  groups.push(...nthFeatGroups(told, groups));
  // the year a named holder's record dates from, told with other verbs: agreements only (record-years.ts)
  groups.push(...recordYearGroups(told, groups));
  // a signing's day told in an opening "After …" clause of a report of that day: agreements only (after-clause-days.ts)
  groups.push(...afterClauseDayGroups(claims, groups));
  // one team's scoreless stretch of a game, told with other words: they diverge (scoreless-stretches.ts)
  groups.push(...scorelessStretchGroups(told, groups));
  // a day counted from another happening, and the day other reports state for the happening it dates: they agree or diverge (days-from-another.ts)
  groups.push(...daysFromAnotherGroups(told, groups));
  // a clock that names no day, whose report names the day of another report's clock for its happening: compared by clock (borrowed-clock-days.ts)
  groups.push(...borrowedClockDayGroups(told, groups));
  // a length anchored to another happening whose day its report states, read as a day, and the dates other reports give its happening: they agree or diverge (anchored-days.ts)
  groups.push(...anchoredDayGroups(told, groups));
  // one quoted statement whose saying two reports date: they agree or conflict (quoted-statements.ts)
  groups.push(...quotedStatementGroups(told, groups));
  // the count of what a story's own happening seized or severed, told by two reports with other verbs and lists: they agree or diverge (lead-inventories.ts)
  groups.push(...leadInventoryGroups(told, groups));
  // one person's age told jointly with another's ("both 51") and alone by another report: agreements only (joint-ages.ts)
  groups.push(...jointAgeGroups(told, groups));
  // how many times one act was ordered, the count told before the order or after the act: agreements only (ordered-acts.ts)
  groups.push(...orderedActGroups(told, groups));
  // (the days and clock times kept out above, grouped among themselves: undated-days.ts)
  if (withDays !== scanned) groups.push(...undatedDayGroups(scanned));
  return groups;
}
