/**
 * One past happening told again by its date in background paragraphs. Reports of one story retell
 * the past of the people in it ("in 1961 she was fined for smuggling gold", "her 1961 conviction
 * for gold smuggling"), each with its own verb or event noun and at its own precision ("in 1961",
 * "in March 1961"), so the topics keep the claims apart (two verbs, or a rule's event dates beside a
 * frame's) and a topic of recurring happenings ties dates of two kinds of happening only on a name
 * both frames give. Here two such dates are taken for one happening's, as an agreement only, when
 *   - they are in two reports of one story, and each is written with its year or its decade in
 *     digits ("1961", "March 1961", "3 March 1961", "the 1960s"): it names its time whoever writes
 *     it and whenever, not a day reckoned from the report ("last year", "in March");
 *   - one date lies inside the other, told at one precision or the next (the same year, or a month
 *     of that year; not a day of it): every member of a group with every other, so a group never
 *     holds two different dates;
 *   - the two sentences tell the happening with words of their own in common: at least SHARED
 *     content words, each compared by its stem ("smuggling" and "smuggled", "bribery" and
 *     "bribing"), leaving out words of function, of saying and of time, the date itself, and
 *     words most reports of the story use (the name of the one it is about: tellingStems)
 *     ("fined for smuggling gold in 1961" and "the 1961 gold-smuggling case": gold, smuggl);
 *   - one of the words in common is written in lower case in both (what happened: "fined",
 *     "gold"), not only names ("Holm beat Lind in 1961", "Lind last met Holm in 1961": who, not what);
 *     a whole day written with its year long before both reports needs one word in common only,
 *     a name as well (oneFullDayOrMonthLongAgo);
 *   - each date began more than FRAME_DATE_DAYS before its report's day, which is known: the past
 *     of the story, not the days of its news ("said on 3 March", "a count published in March");
 *   - and neither is a statement's date ("said in 1961", "officials said on 3 May 1961", "a count
 *     published in May 1961"), by the frame's verb or the verb right before the date.
 * The verbs are not compared: a past happening is told as what was done ("was indicted for
 * bribery") or what came of it ("escaped a bribery trial"), and the words in common say more.
 * A claim joins a group when it tells one happening with every member of another report; groups of
 * one whole day or month long ago are joined when a member of each tells it alike (joinedOnOneFullDate).
 * Never a licence to contradict: the members' dates all lie one inside another.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { dayNumber, toInterval } from "../values/intervals.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { FRAME_DATE_DAYS } from "./occurrence-topics.js";
import { oncePerClaim } from "./per-claim.js";
import { predicateOf } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";
import { calendarWords } from "../values/calendar-words.js";

/** Content words two tellings of one past happening must share. */
const SHARED = 2;

/** A year or a decade written in digits ("1961", "the 1960s", "the 1960's"). */
const YEAR_DIGITS = /\b(\d{3})\d(?:s|'s|’s)?\b/;

/** Verbs of saying: a statement made in some year is not the happening it tells of. */
export const SAYING: ReadonlySet<string> = new Set(["say", "tell", "add", "state", "note", "explain", "insist", "recall", "comment", "announce", "claim"]);

/**
 * Words that tie no two tellings to one happening: function words, words of saying and reporting,
 * and words of time and of counting time (the date itself is left out too).
 */
const COMMON: ReadonlySet<string> = new Set(
  (
    "about above according across after again against along also among another around away back because been before being below between both " +
    "came come could does doing done down during each either else even ever every first from further gave give given going gone have having " +
    "here himself herself itself into just last later earlier least less like made make many more most much must near never next none once only " +
    "other others ours over same several should since some such than that their theirs them then there these they thing this those though " +
    "through till toward towards under until upon very want were what when where whether which while whom whose will with within without would " +
    "your yours said says saying told tell tells added adds stated report reported reports according news statement statements " +
    "year years month months week weeks time times today tonight yesterday tomorrow decade decades century ago " +
    // the months but "may" (a modal too) and the weekdays
    calendarWords({ except: ["May"] }).toLowerCase().split("|").join(" ")
  ).split(" "),
);

/** A word's stem as compared here: letters only, lower case, without a common ending ("bribing", "bribery" → brib; "admitted" → admit). */
export function stemOf(word: string): string {
  let w = word.toLowerCase();
  for (const end of ["ings", "ing", "ery", "ied", "ies", "ed", "es", "er", "s", "y", "e"]) {
    if (w.length - end.length >= 4 && w.endsWith(end)) {
      w = w.slice(0, -end.length);
      break;
    }
  }
  // ("admitt" → admit, "planned" → plan)
  return w.length >= 5 && w.at(-1) === w.at(-2) && !/[aeiou]/.test(w.at(-1)!) ? w.slice(0, -1) : w;
}

/** The stems of a claim's sentence that may tie it to another telling: content words of four letters or more, not the date's own. */
const stemsOf: (c: Claim) => ReadonlySet<string> = oncePerClaim((c) => stemsIn(c, /\p{L}{4,}/gu));

/** The stems of the words of a claim's sentence written in lower case: what happened, not who (names are capitalized). */
const lowerStemsOf: (c: Claim) => ReadonlySet<string> = oncePerClaim((c) => stemsIn(c, /(?<!\p{L})\p{Ll}\p{L}{3,}/gu));

function stemsIn(c: Claim, words: RegExp): ReadonlySet<string> {
  const own = new Set(c.text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const found = (c.sentence.match(words) ?? []).map((w) => w.toLowerCase());
  return new Set(found.filter((w) => !COMMON.has(w) && !own.has(w)).map(stemOf));
}

/** Whether the sentences share a word written in lower case in both ("kell beat rios", "rios met kell" share only names). */
export function lowerWordShared(a: Claim, b: Claim): boolean {
  const y = lowerStemsOf(b);
  for (const s of lowerStemsOf(a)) if (y.has(s)) return true;
  return false;
}

/** Stems both sentences hold that `telling` counts (words of the story's few reports, not of all of them). */
export function sharedStems(a: Claim, b: Claim, telling: (stem: string) => boolean = () => true): number {
  const y = stemsOf(b);
  let n = 0;
  for (const s of stemsOf(a)) if (y.has(s) && telling(s)) n++;
  return n;
}

/**
 * The stems that tell one happening of a story from another: those its claims' sentences use in at
 * most half of its reports (two at least). A word most reports use (the name of the man the story
 * is about, "prison" in a story of a convict) is in the tellings of many happenings of his past.
 */
export function tellingStems(claims: readonly Claim[]): (c: Claim) => (stem: string) => boolean {
  const reports = new Map<string, Map<string, Set<string>>>();
  // (the sentences read, by document: a key of both, built anew for every claim, cost more than the reading)
  const seen = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.story === undefined) continue;
    let read = seen.get(c.document);
    if (!read) seen.set(c.document, (read = new Set()));
    let story = reports.get(c.story);
    if (!story) reports.set(c.story, (story = new Map()));
    if (!read.has(c.sentence)) {
      read.add(c.sentence);
      for (const s of stemsOf(c)) {
        const docs = story.get(s);
        if (docs) docs.add(c.document);
        else story.set(s, new Set([c.document]));
      }
    }
  }
  const perStory = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.story === undefined) continue;
    let docs = perStory.get(c.story);
    if (!docs) perStory.set(c.story, (docs = new Set()));
    docs.add(c.document);
  }
  return (c) => {
    const story = reports.get(c.story ?? "");
    const most = Math.max(2, Math.floor((perStory.get(c.story ?? "")?.size ?? 0) / 2));
    return (s) => (story?.get(s)?.size ?? 0) <= most;
  };
}

/** A verb of saying or publishing right before a date, with its preposition: the date is the statement's ("officials said on 3 May 1961", "a count published in May 1961"). */
const SAID_BEFORE = /\b(?:said|says|told|announced|stated|reported|published|released|wrote|added)\s+(?:on\s+|in\s+|at\s+)?$/i;

/** Whether the claim's date follows a verb of saying or publishing in its sentence, whatever verb its frame gives. */
function toldAfterSaying(c: Claim): boolean {
  const at = c.sentence.indexOf(c.text);
  return at >= 0 && SAID_BEFORE.test(c.sentence.slice(0, at));
}

/** The year a past date written with its year or decade begins in, in its story ("s-2|1961"); null for any other claim. */
export const pastDateKey: (c: Claim) => string | null = oncePerClaim((c) => {
  if (c.value.type !== "date" || c.value.start === null || c.story === undefined || !YEAR_DIGITS.test(c.text)) return null;
  // (the past of its report: begun more than FRAME_DATE_DAYS before the report's day, which is known)
  const at = c.claimFrame?.time.reportedAt;
  if (at === null || at === undefined || dayNumber(at) - dayNumber(c.value.start) <= FRAME_DATE_DAYS) return null;
  const p = predicateOf(c);
  return (p !== null && SAYING.has(p)) || toldAfterSaying(c) ? null : `${c.story}|${c.value.start.slice(0, 4)}`;
});

/** How fine a date is told, coarsest last: a part of a year ("late 1961") is taken with its months. */
const PRECISION: Readonly<Record<string, number>> = { day: 0, month: 1, part: 1, year: 2, decade: 3 };

/**
 * One date inside the other, told at one precision or at the next ("1961" and "March 1961"; not
 * "1961" and "3 March 1961": a year holds many happenings of one life, and a day named in full is
 * one of them, not the year's telling of it).
 */
function nested(a: Claim, b: Claim): boolean {
  if (a.value.type !== "date" || b.value.type !== "date") return false;
  const [pa, pb] = [PRECISION[a.value.granularity], PRECISION[b.value.granularity]];
  if (pa === undefined || pb === undefined || Math.abs(pa - pb) > 1) return false;
  const [x, y] = [toInterval(a.value), toInterval(b.value)];
  return (x.lo <= y.lo && y.hi <= x.hi) || (y.lo <= x.lo && x.hi <= y.hi);
}

/**
 * Whether two dates tell one past happening (see the header). Must hold: "she was fined for
 * smuggling gold in 1961" and "her 1961 gold-smuggling fine" in two reports of one story; "in March
 * 1961, she admitted the smuggling of gold" and "she admitted gold smuggling in 1961". Must not: the
 * same sentences with 1961 and 1962; "fined on 3 March 1961 for smuggling gold" and "smuggling gold
 * in 1961" (a day and a year); "fined in 1961" and "elected mayor in 1961" (no words in common);
 * "said in 1961 that gold was smuggled" (a statement); two stories; one report.
 */
export function onePastDateRetold(a: Claim, b: Claim, telling: (stem: string) => boolean = () => true): boolean {
  return a.document !== b.document && toldAlike(a, b, telling);
}

/** Two dates of one story and year, one inside the other, in sentences that share the words (whatever their reports). */
function toldAlike(a: Claim, b: Claim, telling: (stem: string) => boolean): boolean {
  const key = pastDateKey(a);
  if (key === null || key !== pastDateKey(b) || !nested(a, b)) return false;
  // (one whole day with its year, long ago: one word in common, a name too, is enough)
  if (oneFullDayOrMonthLongAgo(a, b) === "day" && sharedStems(a, b) >= 1) return true;
  if (!lowerWordShared(a, b)) return false;
  return sharedStems(a, b, telling) >= SHARED || (oneFullDayOrMonthLongAgo(a, b) !== null && sharedStems(a, b) >= SHARED);
}

/** Days before both reports a full day or month must end to be told as the past, not as the news of its days. */
const LONG_AGO_DAYS = 365;

/**
 * One day or one month, written out with its year in both ("on 17 May 1968", "May 17, 1968";
 * "in Oct. 1968", "October 1968"), that ended more than LONG_AGO_DAYS before both reports: so
 * exact a date in the past of a story is hardly given to two happenings, and the words in common
 * may be words most of the story's reports use ("the Lund riot in May 1968", "the Lund riot
 * began in May 1968": lund, riot). A whole day so told needs one word in common only, a name as
 * well ("the Lund break-in on 17 May 1968", "when the burglars were caught in Lund on May 17,
 * 1968"): a day named in full decades back is the day of one happening of the story. Not a year
 * ("1968": many happenings), not a day and its month, not the days of recent news (a day holds
 * many happenings then, and its reports tell them all), not a report of unknown day.
 * The precision both tell ("day", "month"), or null.
 */
function oneFullDayOrMonthLongAgo(a: Claim, b: Claim): "day" | "month" | null {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "date" || vb.type !== "date" || va.start === null || vb.start === null || va.start !== vb.start || va.end !== vb.end) return null;
  if (va.granularity !== vb.granularity || (va.granularity !== "day" && va.granularity !== "month")) return null;
  if (!/\b\d{4}\b/.test(a.text) || !/\b\d{4}\b/.test(b.text)) return null;
  const end = dayNumber(va.end);
  const longAgo = (c: Claim): boolean => {
    const at = c.claimFrame?.time.reportedAt;
    return at !== null && at !== undefined && dayNumber(at) - end > LONG_AGO_DAYS;
  };
  return longAgo(a) && longAgo(b) ? va.granularity : null;
}

/** Whether every claim of `members` states the one whole day or month its first does, written with its year, long before its report. */
function oneFullDateThroughout(members: readonly Claim[]): boolean {
  const first = members[0]!;
  return members.every((m) => oneFullDayOrMonthLongAgo(first, m) !== null);
}

/**
 * Groups formed of one whole day or month long ago (oneFullDayOrMonthLongAgo) joined, through one
 * another too, when a member of one tells it alike with a member of the other: five reports that
 * tell "admitted the swindle at a May 1968 hearing" and two that tell "pleaded guilty in May 1968
 * to fraud", tied by one that tells both ("admitted the swindle in May 1968 and pleaded guilty").
 * Each report tells a part of what happened, so no sentence shares words with every other; so
 * exact a date of a story's past is one happening's. The groups of a year, or of a year and its
 * months, stay as they are (a year holds many happenings). Groups in their order, each in the
 * order of its members.
 */
function joinedOnOneFullDate(formed: readonly Claim[][], telling: (c: Claim) => (stem: string) => boolean): Claim[][] {
  const out = formed.map((g) => [...g]);
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const [g, h] = [out[i]!, out[j]!];
      if (!oneFullDateThroughout([...g, ...h]) || !g.some((x) => h.some((y) => toldAlike(x, y, telling(y))))) continue;
      g.push(...h);
      out.splice(j, 1);
      j = i; // (the grown group may now tie one passed over)
    }
  }
  return out;
}

/**
 * Groups of one past happening's date told again in other words that the groups already made do
 * not hold together: claims bucketed by story and year, complete-linkage: a claim joins a group
 * where it is told alike with every member (onePastDateRetold, or a sentence of the same report
 * that tells it again: "sent to prison in 1961 for smuggling gold", "the 1961 gold case"),
 * claims taken in the order of what they say.
 */
export function retoldPastDateGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, pastDateKey).filter((bucket) => fromTwoReports(bucket));
  if (buckets.length === 0) return [];
  // (the words that tell happenings apart are counted in the stories that have such dates only)
  const stories = new Set(buckets.map((bucket) => bucket[0]!.story));
  const telling = tellingStems(claims.filter((c) => stories.has(c.story)));
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    const formed = formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => toldAlike(m, c, telling(c))));
    for (const members of joinedOnOneFullDate(formed, telling)) {
      if (!fromTwoReports(members)) continue;
      if (!tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("past", members, "one past happening's date", "single"));
    }
  }
  return out;
}

/**
 * A past happening told in two years by two reports that its topic sets against each other ("was
 * indicted in 1964 for bribing the town's police", "was indicted in 1965 for bribing its police":
 * a group of two dates), and told again in other words by further reports ("escaped trial in the
 * 1965 police-bribery case"), which a group of one past happening's date joins to one side. Those
 * tellings are of the happening the topic's group is about: they are added to it, and it sets
 * the other year against them too. Only a group of one story whose claims are all past dates of
 * two values or more (pastDateKey), all of one measure, widened by the past groups that share a
 * claim with it; its identity is kept (the claims added contradict only on evidence it names).
 * The same holds for a topic's group of a year and a month of it ("pleaded guilty in 1971", "in
 * March 1971 he pleaded guilty"): the tellings of that month in other words join it, and agree.
 * Never makes a group: the topic's group already sets its dates side by side. Groups changed in
 * place, in their order.
 */
export function widenDivergingDates(groups: ClaimGroup[], past: readonly ClaimGroup[]): void {
  if (past.length === 0) return;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.story === undefined || !g.claims.every((c) => pastDateKey(c) !== null)) continue;
    if (new Set(g.claims.map((c) => (c.value.type === "date" ? `${c.value.start}/${c.value.end}` : ""))).size < 2) continue;
    const measures = new Set(g.claims.map((c) => c.measure));
    if (measures.size !== 1) continue;
    const measure = g.claims[0]!.measure;
    const ids = new Set(g.claims.map((c) => c.id));
    const added: Claim[] = [];
    for (const p of past) {
      if (p.story !== g.story || !p.claims.some((c) => ids.has(c.id))) continue;
      for (const c of p.claims) {
        if (ids.has(c.id)) continue;
        ids.add(c.id);
        added.push(c.measure === measure ? c : { ...c, measure });
      }
    }
    if (added.length > 0) groups[i] = { ...g, claims: [...g.claims, ...added].sort(byPlace) };
  }
}
