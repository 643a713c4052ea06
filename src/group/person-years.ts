/**
 * One person's past year or decade told again. Reports of one story retell the past of the people
 * in it by a year or a decade written out ("Vera Holm, who swam to fame in the 1950s", "the 1950s
 * screen star Vera Holm"; "in 1961 Ivo Brandt was shot at his door", "his hold on the Brandt crew
 * slipped in 1961, when Lenz took it from Ivo Brandt"; "Dace came to Keld in 1974", "Dace joined
 * the board in 1974"), each outlet with its own verb and angle, so their claims reach different
 * topics, and their sentences may share no word but the name (retold-past-dates.ts asks for two).
 * Two such dates are taken for one person's year here, as an agreement only, when
 *   - they are of two reports of one story, and state one whole year or one decade, written in
 *     digits ("1961", "the 1950s", "the 1950's"): the same time whoever writes it and whenever;
 *   - the year ended more than LONG_AGO_DAYS before both reports (known): the past of the story,
 *     not the days of its news;
 *   - neither is a statement's date ("said in 1961"; retold-past-dates.ts pastDateKey), nor a bound
 *     the happening lies before or after ("before 1961, Brandt had served one term");
 *   - both sentences name one person: a full name both give ("Ivo Brandt"), or a surname one gives
 *     that the other gives in full or alone, where each report names that person in full somewhere
 *     (a surname alone is a person's only so: "Keld" is a place, "Dace" the man its report calls
 *     "Tom Dace"). A name of a place (a city, a street, a county) is nobody's;
 *   - and, where a sentence gives the surname alone (the story's own people, told in many episodes
 *     of their lives), their predicates are not of two kinds (predicate-classes.ts kindsApart:
 *     "Dace was jailed in 1974" and "Dace married in 1974"). A person named in full in a background
 *     sentence is named for the episode that ties them to the story, whatever verb each outlet
 *     chooses for it (the shot at Brandt, the takeover that came of it).
 * Never a licence to contradict: both state the same year. Two people's years, two years of one
 * person, a year and a day of it, stay apart.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { isCity, countriesIn } from "../extract/gazetteer.js";
import { dayNumber } from "../values/intervals.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { boundOf, mayBeOnePerson } from "./participants.js";
import { kindsApart } from "./predicate-classes.js";
import { plainName } from "./name-words.js";
import { pastDateKey } from "./retold-past-dates.js";
import { byPlace } from "./same-figure.js";

/** Days before both reports a year must end to be told as the past of the story. */
const LONG_AGO_DAYS = 365;

/** A year or a decade written in digits, the whole of the date's words but "the" ("1961", "the 1950s", "the 1950's"). */
const YEAR_OR_DECADE = /^(?:the\s+)?\d{4}(?:s|'s|’s)?$/i;

/** Words of the names of places and bodies, not people ("Keld Street", "Dunmore County", "Holm Hall"). */
const PLACE_WORD =
  /\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|square|place|park|county|city|town|district|state|river|lake|mount|mountain|island|bay|valley|hall|house|court|center|centre|university|college|school|hospital|prison|church|club|company|corp|inc|party|department|agency|committee|council|office|bank|hotel|airport|station|bridge|tower|west|east|north|south|new|san|los|las|fort|port)\b/;

/** The whole year or decade a claim states, long before its report, in its story ("s-1|1961-01-01|1961-12-31"); null for any other claim. */
function yearKey(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "date" || (v.granularity !== "year" && v.granularity !== "decade") || !YEAR_OR_DECADE.test(c.text.trim())) return null;
  // (one of a story's past dates, not a statement's: retold-past-dates.ts; nor a bound the
  // happening lies before or after, "before 1961 he had served a term": participants.ts boundOf)
  if (pastDateKey(c) === null || boundOf(c) !== null) return null;
  const at = c.claimFrame?.time.reportedAt;
  if (!at || dayNumber(at) - dayNumber(v.end) <= LONG_AGO_DAYS) return null;
  return `${c.story}|${v.start}|${v.end}`;
}

/** Whether a name is a place's or a body's: a city or country the gazetteer knows, or a word of places in it. */
function placeName(name: string): boolean {
  return isCity(name) || countriesIn(name).length > 0 || PLACE_WORD.test(name);
}

/** The names (plain, lower case) a claim's sentence gives, places left out. */
function namesOf(c: Claim): string[] {
  return c.actors
    .filter((x) => x.startsWith("name:"))
    .map((x) => plainName(x.slice(5)))
    .filter((n) => n !== "" && !placeName(n));
}

/**
 * Whether two claims' sentences name one person (see the header): "full" when both give one full
 * name of them, "surname" when one at least gives the surname alone, null when none. `fullNamesOf`:
 * the full names a report gives anywhere.
 */
export function onePersonNamed(a: Claim, b: Claim, fullNamesOf: (document: string) => ReadonlySet<string>): "full" | "surname" | null {
  const [na, nb] = [namesOf(a), namesOf(b)];
  let found: "full" | "surname" | null = null;
  for (const x of na) {
    for (const y of nb) {
      if (!mayBeOnePerson(x, y)) continue;
      if (x.includes(" ") && y.includes(" ")) return "full";
      // a surname alone is a person's when each report names someone of that surname in full
      const surname = x.includes(" ") ? y : x;
      const inFull = (d: string): boolean => [...fullNamesOf(d)].some((n) => n.endsWith(` ${surname}`));
      if (inFull(a.document) && inFull(b.document)) found = "surname";
    }
  }
  return found;
}

/**
 * Whether two dates tell one person's past year or decade (see the header). Must hold: "Vera Holm,
 * who swam to fame in the 1950s" and "the 1950s screen star Vera Holm"; "In 1961, Lenz shot at Ivo
 * Brandt" and "his hold slipped in 1961, when Lenz took the crew from Ivo Brandt"; "Dace came to
 * Keld in 1974" and "Dace joined the board in 1974" (each report naming Tom Dace in full). Must not:
 * 1961 and 1962; "Ivo Brandt" and "Ada Brandt"; "Dace was jailed in 1974" and "Dace married in
 * 1974"; a place both name ("in Keld in 1961"); the year of the reports' own news; one report.
 */
export function onePersonsYear(a: Claim, b: Claim, fullNamesOf: (document: string) => ReadonlySet<string>): boolean {
  if (a.document === b.document) return false;
  const key = yearKey(a);
  if (key === null || key !== yearKey(b)) return false;
  const named = onePersonNamed(a, b, fullNamesOf);
  return named === "full" || (named === "surname" && !kindsApart(a, b));
}

/** The full names (plain, two words or more, places left out) each report gives, from its claims' sentences. */
function fullNamesByDocument(claims: readonly Claim[]): (document: string) => ReadonlySet<string> {
  const byDoc = new Map<string, Set<string>>();
  for (const c of claims) {
    let set = byDoc.get(c.document);
    if (!set) byDoc.set(c.document, (set = new Set()));
    for (const n of namesOf(c)) if (n.includes(" ")) set.add(n);
  }
  const none: ReadonlySet<string> = new Set();
  return (d) => byDoc.get(d) ?? none;
}

/**
 * Groups of one person's past year or decade told again that the groups already made do not hold
 * together: claims bucketed by story and date (yearKey), complete linkage in the order of what they
 * say (onePersonsYear with every member), each group of two reports or more with a pair no group
 * holds yet.
 */
export function personYearGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const buckets = bucketsBy(claims, yearKey).filter((bucket) => fromTwoReports(bucket));
  if (buckets.length === 0) return [];
  const stories = new Set(buckets.map((bucket) => bucket[0]!.story));
  const fullNamesOf = fullNamesByDocument(claims.filter((c) => stories.has(c.story)));
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    const formed = formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => m.document === c.document ? false : onePersonsYear(m, c, fullNamesOf)));
    for (const members of formed) {
      if (!fromTwoReports(members)) continue;
      if (!tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("person-year", members, "one person's past year", "single"));
    }
  }
  return out;
}
