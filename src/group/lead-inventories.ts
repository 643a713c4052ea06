/**
 * The count of what a story's own happening took or broke: the arms a raid seized ("the squad
 * seized six rifles and two pistols", "four rifles, two pistols and ammunition were found in the
 * van", "among the confiscated items were four rifles"), the cables or lines an outage cut ("two
 * power lines were cut", "three lines snapped", "we have lost three of five lines"). Outlets tell
 * one haul or one break with the verb each prefers and the list each copied, so their frames read
 * different verbs, counted nouns or none at all ("among the seized items were four rifles"), and
 * differing counts of one inventory were never set side by side.
 *
 * A count is read so when, in a story, it counts a thing (not people), and its sentence ties the
 * figure to a verb of the happening's class — seizing (predicate-classes.ts `seize`: seize,
 * confiscate, impound, recover, find, discover, uncover) or, for cables, lines and wires, severing
 * (cut, sever, snap, break, damage, lose) — with nothing but the list of the things between them
 * (no other clause: no "when", "after", "which", no ";"), and tells of no other time: a sentence
 * that names a month, a year, "earlier", "last", "ago", "then", "previous", "another" or "separate"
 * tells of another happening of the story (an earlier raid, the January cuts), and is not read;
 * nor is one that sums several ("so far", "a total of", "in all", "in five operations"). A list
 * told before its verb must be what underwent it ("… were found in the van", "… suffered damage"),
 * not the object of another verb ("intercepted three boats and seized rifles").
 * "Other" or "more" before the noun ("two other rifles") counts what the list has not yet counted:
 * it meets only counts that say so too, never a total ("nine rifles in all").
 *
 * Where one report of the story tells a running total and one happening's figure apart, the
 * counts keep to the sides it gives them (tally-sides.ts fitsSides): a count of no side does not
 * bridge them.
 *
 * Two such counts of one kind of thing and one class, reported at about one time (occurrence-topics.ts
 * reportedTogether) by two reports, whose frames name no different agents (participants.ts
 * separates), are one inventory: the same figure agrees, different figures diverge (the group names
 * no identity, so they never contradict).
 *
 * Only counts of things one by one are read: a whole number of a noun, not a share ("recovered 5
 * percent"), a measure ("found 3 km of cable") or money.
 *
 * Must be one: "troopers seized six rifles" / "four rifles, two pistols and cash were found in the
 * van" (one story, one day); "after two power lines were cut" / "three lines snapped in the gale".
 * Must not: people ("seized six suspects"); another time ("In March, police seized nine rifles");
 * a clause between verb and figure ("seized the van after three rifles were fired"); "two other
 * rifles" / "nine rifles"; rifles / pistols; cables cut / cables laid; two stories; one report.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { kindOfThing, reportedTogether } from "./occurrence-topics.js";
import { bucketsBy, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { separates } from "./participants.js";
import { fitsSides, storiesTellingBoth } from "./tally-sides.js";
import { oncePerClaim } from "./per-claim.js";
import { byPlace } from "./same-figure.js";
import { wordPlaces } from "./word-places.js";
import { dimensionOf } from "../values/quantity/dimensions.js";
import { monthWords } from "../values/calendar-words.js";
import { LINE_KIND, SEVERING_FORMS, isLineNoun, wordsPattern } from "./breaking.js";

/** The forms of the seizing verbs (predicate-classes.ts `seize`), as news writes them beside a haul. */
const SEIZING = /\b(?:seiz(?:e|es|ed|ing|ure)|confiscat(?:e|es|ed|ing|ion)|impound(?:s|ed|ing)?|recover(?:s|ed|ing|y)?|f(?:ind|inds|ound)|discover(?:s|ed|ing)?|uncover(?:s|ed|ing)?)\b/i;

/** The forms of the severing verbs, said of cables, lines and wires: the verbs of breaking and of losing (breaking.ts). */
const SEVERING = wordsPattern(SEVERING_FORMS);

/** Things severed: a cable, a line, a wire, a pipe (one kind: outlets call one cable a line: breaking.ts). */
const isStrand = (kind: string): boolean => kind === LINE_KIND || isLineNoun(kind);

/** Counted kinds that are people or their bodies, whose counts other groupings weigh. */
const NOT_THINGS: ReadonlySet<string> = new Set(["person", "body", "corpse", "remains"]);

/**
 * Words that tell of another time or another happening of the story. A month is read as written
 * (OTHER_MONTH), not in small letters ("march", "august").
 */
const OTHER_TIME =
  new RegExp(
    String.raw`\b(?:(?:1[89]|20)\d\d|earlier|last|ago|then|previous(?:ly)?|former(?:ly)?|past|since|another|separate|second|prior|so\s+far|thus\s+far|to\s+date|a\s+total|in\s+total|in\s+all|altogether|overall|operations|raids|seizures)\b`,
    "i",
  );
/** A month named, capitalized or in a headline's capitals ("March", "AUGUST"; not "May", a modal too). */
const OTHER_MONTH = new RegExp(String.raw`\b(?:${monthWords({ except: ["May"], capitals: true })})\b`, "u");

/** A clause break between the verb and the figure: a list of things holds none. */
const CLAUSE_BREAK = /[;:()]|\b(?:when|after|before|while|because|as|which|who|that|where|until|if|but|although|though|said|says)\b/i;

/** A list before its verb is what underwent it: "… were found", "… was cut", "… suffered severe damage". */
const UNDERGONE = /\b(?:were|was|are|is|been|be|being|got|get|gets|suffered|sustained)\s+(?:\p{L}+ly\s+)?(?:severe|serious|heavy|major|extensive)?\s*$/iu;

/** The most words between the verb and the figure (a list of some ten items). */
const MAX_WORDS = 24;

/** Words before the noun that count what a list has not yet counted. */
const OTHER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:other|more|additional|further)\b/iu;

/** Units that are shares or marks, not things: "5 percent", "300 points". */
const NOT_COUNTED: ReadonlySet<string> = new Set(["percent", "percentage point", "point", "basis point", "second", "minute", "hour", "day", "week", "month", "year", "decade"]);

/** Whether a figure counts things one by one: a whole number of a noun (or of what its frame counts: unit ""), not a share, a time, a measure or money ("USD"). */
function countOfThings(unit: string, nominal: number): boolean {
  return Number.isInteger(nominal) && nominal > 0 && (unit === "" || /^\p{Ll}/u.test(unit)) && !NOT_COUNTED.has(unit) && dimensionOf(unit) === null;
}

/** A count's inventory key (story, class, kind, "other"), or null when it is not read so (see the header). */
export const inventoryOf: (c: Claim) => string | null = oncePerClaim(readInventory);

function readInventory(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.nominal === null || c.story === undefined || !countOfThings(v.unit, v.nominal)) return null;
  const kind = kindOfThing(c);
  if (kind === "" || NOT_THINGS.has(kind)) return null;
  const at = placeOf(c, v.unit);
  if (at < 0 || OTHER_TIME.test(c.sentence) || OTHER_MONTH.test(c.sentence)) return null;
  const strand = isStrand(kind);
  const verb = strand ? SEVERING : SEIZING;
  const before = c.sentence.slice(0, at);
  const after = c.sentence.slice(at + c.text.length);
  const gap = listBefore(before, after, verb);
  if (gap === null) return null;
  // ("other rifles", or rifles listed after another count: "12 guns, three rifles")
  const other = OTHER.test(after) || /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b/i.test(gap) ? "other" : "";
  return `${c.story}\u0000${strand ? "sever" : "seize"}\u0000${strand ? "strand" : kind}\u0000${other}`;
}

/**
 * Where the figure stands in its sentence: its only place as a word, or the only one of its places
 * followed within a few words by its unit ("two other rifles … the two boats": the first for rifles); -1 when unsure.
 */
function placeOf(c: Claim, unit: string): number {
  const places = wordPlaces(c.sentence, c.text);
  if (places.length <= 1) return places[0] ?? -1;
  const stem = unit.toLowerCase().slice(0, 4);
  if (stem.length < 3) return -1;
  const near = places.filter((p) => c.sentence.slice(p + c.text.length).split(/\s+/).slice(0, 5).some((w) => w.toLowerCase().startsWith(stem)));
  return near.length === 1 ? near[0]! : -1;
}

/**
 * The list before the figure when a verb of the class stands before it with only a list between
 * them ("" when the figure opens the list or the verb follows it), or null when no verb of the
 * class is tied to the figure so.
 */
function listBefore(before: string, after: string, verb: RegExp): string | null {
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  const ahead = new RegExp(verb.source, "gi");
  let last: RegExpExecArray | null = null;
  for (let m = ahead.exec(before); m !== null; m = ahead.exec(before)) last = m;
  if (last !== null) {
    const gap = before.slice(last.index + last[0].length);
    if (words(gap) <= MAX_WORDS && !CLAUSE_BREAK.test(gap)) return gap;
  }
  // the first verb after it, the list running up to it: what stands before the figure in the list
  const next = verb.exec(after);
  if (next === null) return null;
  const gap = after.slice(0, next.index);
  if (words(gap) > MAX_WORDS || CLAUSE_BREAK.test(gap) || !UNDERGONE.test(gap)) return null;
  const breaks = new RegExp(CLAUSE_BREAK.source, "gi");
  let start = 0;
  for (let m = breaks.exec(before); m !== null; m = breaks.exec(before)) start = m.index + m[0].length;
  return before.slice(start);
}

/** Two counts of one inventory (see the header). */
export function oneInventory(a: Claim, b: Claim): boolean {
  const k = inventoryOf(a);
  return k !== null && k === inventoryOf(b) && reportedTogether(a, b) && !separates(a, b, undefined, false);
}

/**
 * Groups of the counts of one inventory told by two reports (see the header), by story, class,
 * kind and "other": a group only where it tells something no group already tells.
 */
export function leadInventoryGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  let sidedStories: Set<string> | undefined;
  for (const unsorted of bucketsBy(claims, inventoryOf)) {
    const members = [...unsorted].sort(byPlace);
    if (!fromTwoReports(members)) continue;
    // (a story one report of which tells a running total and one happening's figure apart: its sides, tally-sides.ts)
    sidedStories ??= storiesTellingBoth(claims);
    const sided = sidedStories.has(members[0]!.story ?? "");
    for (const set of formedGroups(members, (g, c) => g.every((x) => oneInventory(x, c)) && (!sided || fitsSides(g, c)))) {
      if (!fromTwoReports(set) || !tellsAnew(set, grouped)) continue;
      out.push(toldAsOneGroup("lead-inventory", set, "one happening's inventory, told by two reports", "recurring"));
    }
  }
  return out;
}
