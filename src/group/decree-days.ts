/**
 * One act of an office told by its day with other verbs. A head of government, a governor or a
 * minister acts once by an instrument (an order, a memorandum, a decree), and each outlet tells that
 * act by what it did: "the governor on Monday struck down the fishing rule", "on June 2 the
 * governor directed the wildlife board to review it", "in June, Governor Ada Lind issued an
 * executive order putting the rule on hold". The report of the day writes a weekday or
 * "yesterday"; follow-ups weeks later write the date or only the month; the agent is named in full
 * in one, by surname or title in another. Their verbs are of other classes (predicate-classes.ts),
 * the one directed is not the thing struck down (participants.ts parts them by their objects), and
 * a month is set beside a day only where something ties them: so such claims met nowhere.
 *
 * Two date claims are taken here for one act's day, as an agreement only, when
 *   - they are in two reports of one story, and tell the same whole day, or a month and a whole
 *     day in it (not a moment of it: clock times are compared as moments, same-figure.ts);
 *   - that day is the news of a report that tells it (one of the two; in a group, one member's):
 *     it lies within FRAME_DATE_DAYS before (or on) the day that report was written (one-day.ts
 *     newsOfItsReport), so it is a recent act, and the follow-ups that date it weeks later tell
 *     that act, not a date of the background that a story's reports name for many things;
 *   - the frame of each gives as its agent one person, by a name its sentence gives, the same
 *     person in both (participants.ts mayBeOnePerson: "lind", "governor ada lind"); or one of
 *     them names no one and tells the instrument by its office ("the gubernatorial memorandum
 *     issued yesterday", "the governor's order"), and the other's agent holds that office: a frame
 *     of the story's claims of that month gives that person the title ("Governor Ada Lind"), so
 *     "Lind" holds it too (officesHeld);
 *   - each tells an act of an office: a verb that undoes or brings into force a rule
 *     (predicate-classes.ts "reverse", "adopt"), a verb of decreeing or directing (DECREEING), or a
 *     verb that puts out or signs an instrument of office ("issued an executive order", "signed a
 *     memorandum": INSTRUMENT as what it acts on);
 *   - and their sentences tell it with a word of their own in common, besides the agent's and the
 *     date's (retold-past-dates.ts sharedStems: "weakened" and "weaken", a name such as the rule's
 *     maker): a claim joins a group when it may be one act's day with every member and is tied
 *     so to one of them.
 * Two different days are never in one group (every member with every other: the same day, or a
 * month that holds it), so two acts of one story on nearby days never join. Never a licence to
 * contradict: every member's date holds or lies in every other's.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { newsOfItsReport, singleDay } from "./one-day.js";
import { oncePerClaim } from "./per-claim.js";
import { mayBeOnePerson } from "./participants.js";
import { classesOfClaim, predicateOf } from "./predicate-classes.js";
import { sharedStems, stemOf } from "./retold-past-dates.js";
import { byPlace } from "./same-figure.js";
import { clockOf } from "./clock-spans.js";
import { plainName } from "./name-words.js";

/** Classes of verbs that undo a rule or bring one into force (predicate-classes.ts). */
const RULE_ACTS: ReadonlySet<string> = new Set(["reverse", "adopt"]);

/** Verbs of decreeing or directing: what an office does by its instrument ("directed the board to review it"). */
const DECREEING: ReadonlySet<string> = new Set(["direct", "order", "instruct", "decree", "proclaim", "suspend", "veto", "overturn", "overrule", "rescind", "revoke"]);

/** Verbs that put out or sign an instrument (or, "happen", a frame read only by a rule of dates): an act of office only with one. */
const PUTTING_OUT: ReadonlySet<string> = new Set(["issue", "sign", "pen", "release", "happen"]);

/** Instruments of an office, as the last word of what a verb acts on ("an executive order", "a presidential memorandum"). */
const INSTRUMENT = /(?:^|\s)(?:order|memorandum|memo|directive|decree|proclamation|edict|ordinance|veto)s?$/;


/** Whether a claim's frame tells an act of an office (see the header). */
function actOfOffice(c: Claim): boolean {
  if ((classesOfClaim(c) ?? []).some((k) => RULE_ACTS.has(k))) return true;
  const p = predicateOf(c);
  if (p === null) return false;
  if (DECREEING.has(p)) return true;
  // (the instrument is what the verb acts on, or, in "the memorandum issued yesterday", what a frame may read as its agent)
  return PUTTING_OUT.has(p) && (c.claimFrame?.participants ?? []).some((x) => (x.role === "patient" || x.role === "agent") && INSTRUMENT.test(plainName(x.key ?? x.text)));
}

/** Offices that put out instruments, by their titles. */
const TITLE = /\b(president|governor|mayor|minister|premier|chancellor|king|queen)\b/g;

/** The adjectives of those offices ("a presidential memorandum", "a mayoral order"): the title they stand for. */
const OFFICE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["presidential", "president"],
  ["gubernatorial", "governor"],
  ["mayoral", "mayor"],
  ["ministerial", "minister"],
  ["royal", "king"],
]);

/**
 * The office an instrument is told as coming from, when the frame names no one who acted: "the
 * presidential memorandum issued yesterday" (president), "the governor's order signed on Monday"
 * (governor); null for a claim whose frame names who acted, or whose instrument names no office.
 */
const officeOf: (c: Claim) => string | null = oncePerClaim((c) => {
  if (agentNames(c).length > 0) return null;
  for (const x of c.claimFrame?.participants ?? []) {
    if (x.role !== "patient" && x.role !== "agent") continue;
    const words = plainName(x.text);
    if (!INSTRUMENT.test(words)) continue;
    for (const w of words.split(" ")) if (OFFICE_ADJECTIVES.has(w)) return OFFICE_ADJECTIVES.get(w)!;
    const own = /\b(president|governor|mayor|minister|premier|chancellor|king|queen)(?:'s|’s)/i.exec(x.text);
    if (own) return own[1]!.toLowerCase();
  }
  return null;
});

/** The titles the frame's agent gives the one who acted ("President Ada Lind": president). */
const agentTitles: (c: Claim) => readonly string[] = oncePerClaim((c) =>
  (c.claimFrame?.participants ?? []).filter((x) => x.role === "agent").flatMap((x) => [...plainName(x.text).matchAll(TITLE)].map((m) => m[1]!)),
);

/**
 * Who holds which office in a set of claims: a name the frame of any of them gives as its agent
 * with a title ("President Ada Lind") holds that office wherever it acts, by full name or surname
 * ("Lind overturned the rule"). Asked of a name, the titles any of its holders carry.
 */
function officesHeld(claims: readonly Claim[]): (name: string) => ReadonlySet<string> {
  const titled = claims.flatMap((c) => agentNames(c).flatMap((n) => agentTitles(c).map((t) => [n, t] as const)));
  return (name) => new Set(titled.filter(([n]) => mayBeOnePerson(n, name)).map(([, t]) => t));
}

/** The names of people its sentence gives that the frame's agent holds ("president ada lind" holds "ada lind" and "lind"). */
const agentNames: (c: Claim) => readonly string[] = oncePerClaim((c) => {
  const agents = (c.claimFrame?.participants ?? []).filter((x) => x.role === "agent").map((x) => ` ${plainName(x.key ?? x.text)} `);
  const names = c.actors.filter((x) => x.startsWith("name:")).map((x) => plainName(x.slice(5)));
  return names.filter((n) => n !== "" && agents.some((a) => a.includes(` ${n} `)));
});

/** The stems of the words of the frame's agent ("President Ada Lind": president, lind), which tie nothing: they are who acted. */
const agentStems: (c: Claim) => ReadonlySet<string> = oncePerClaim(
  (c) =>
    new Set(
      (c.claimFrame?.participants ?? [])
        .filter((x) => x.role === "agent")
        .flatMap((x) => x.text.match(/\p{L}{4,}/gu) ?? [])
        .map((w) => stemOf(w)),
    ),
);

/** The day or the month a claim tells, when it may be an act's recent day (see the header): ["day", iso] or ["month", "yyyy-mm"]; else null. */
const dateOf: (c: Claim) => readonly ["day" | "month", string] | null = oncePerClaim((c) => {
  if (c.story === undefined || c.value.type !== "date" || clockOf(c) !== null) return null;
  if (!actOfOffice(c) || (agentNames(c).length === 0 && officeOf(c) === null)) return null;
  const day = singleDay(c);
  if (day !== null) return ["day", day];
  const v = c.value;
  return v.granularity === "month" && v.start.slice(0, 7) === v.end.slice(0, 7) ? ["month", v.start.slice(0, 7)] : null;
});

/** The same day, a month and a day in it, or one month (two months join a group only with a day in it). */
function oneDayTold(a: Claim, b: Claim): boolean {
  const [x, y] = [dateOf(a), dateOf(b)];
  if (x === null || y === null) return false;
  if (x[0] === "day" && y[0] === "day") return x[1] === y[1];
  if (x[0] === "month" && y[0] === "month") return x[1] === y[1];
  return (x[0] === "day" ? x[1] : y[1]).slice(0, 7) === (x[0] === "month" ? x[1] : y[1]);
}

/**
 * One person the frames of both give as who acted; or, where one of them tells only the office its
 * instrument came from, the office the other's agent holds (`held`: officesHeld), or the same office in both.
 */
function oneAgent(a: Claim, b: Claim, held: (name: string) => ReadonlySet<string>): boolean {
  const [na, nb] = [agentNames(a), agentNames(b)];
  if (na.length > 0 && nb.length > 0) return na.some((x) => nb.some((y) => mayBeOnePerson(x, y)));
  const [oa, ob] = [officeOf(a), officeOf(b)];
  if (oa !== null && ob !== null) return oa === ob;
  const [office, names] = oa !== null ? [oa, nb] : [ob!, na];
  return names.some((n) => held(n).has(office));
}

/** Whether a claim tells a day that is the news of its report (see the header). */
function newsDay(c: Claim): boolean {
  const d = dateOf(c);
  return d !== null && d[0] === "day" && newsOfItsReport(c, d[1]);
}

/** Whether two claims may tell one act's day with each other: one story, two reports, one day (or its month), one person acting, acts of office both. */
function mayBeOneAct(a: Claim, b: Claim, held: (name: string) => ReadonlySet<string>): boolean {
  return a.document !== b.document && a.story === b.story && oneDayTold(a, b) && oneAgent(a, b, held);
}

/** A word both sentences tell the act with, besides the agent's words and the dates'. */
function toldWithOneWord(a: Claim, b: Claim): boolean {
  const [sa, sb] = [agentStems(a), agentStems(b)];
  return sharedStems(a, b, (s) => !sa.has(s) && !sb.has(s)) >= 1;
}

/**
 * Whether two claims tell one act of an office on one recent day (see the header). Must hold:
 * "Governor Ada Lind on Monday struck down the fishing rule" (a report of that Monday) and "on
 * June 2 Lind directed the wildlife board to review the fishing rule" (a report of 6 June). Must
 * not: the same with June 2 and June 3; "Lind" and "Omar Bey"; "Lind said on Monday"; a day two
 * months before both reports; sentences that share no word but the governor's name.
 */
export function oneActOfOffice(a: Claim, b: Claim): boolean {
  return mayBeOneAct(a, b, officesHeld([a, b])) && (newsDay(a) || newsDay(b)) && toldWithOneWord(a, b);
}

/**
 * Groups of one act of an office told by its day that the groups already made do not hold
 * together: a claim joins a group when it may be that act's day with every member (mayBeOneAct)
 * and is told with one word in common with one of them; claims taken in the order of what they
 * say, days before months. Claims are bucketed by story and month; a group holds at least one day.
 */
export function decreeDayGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  // (every member's date lies in one month: a bucket per story and month)
  const buckets = bucketsBy(claims, (c) => {
    const d = dateOf(c);
    return d === null ? null : `${c.story!}|${d[1].slice(0, 7)}`;
  });
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (!fromTwoReports(bucket)) continue;
    const held = officesHeld(bucket);
    const joins = (g: readonly Claim[], c: Claim): boolean => g.every((m) => mayBeOneAct(m, c, held)) && g.some((m) => toldWithOneWord(m, c));
    const days = formedGroups(bucket.filter((c) => dateOf(c)![0] === "day").sort(byContent), joins);
    // (a month joins the one group of days it fits; a month that fits the groups of two days tells neither)
    for (const c of bucket.filter((x) => dateOf(x)![0] === "month").sort(byContent)) {
      const homes = days.filter((g) => joins(g, c));
      if (homes.length === 1) homes[0]!.push(c);
    }
    for (const members of days) {
      // (the day is the news of a report that tells it: a recent act, not a date of the background)
      if (!fromTwoReports(members) || !members.some(newsDay)) continue;
      const fresh = tellsAnew(members, grouped);
      if (!fresh) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("decree", members, "one act of an office's day", "single"));
    }
  }
  return out;
}
