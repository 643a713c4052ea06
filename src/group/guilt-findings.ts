/**
 * A finding of guilt against one person, told in the background paragraphs of two reports: a
 * conviction ("a jury convicted him on 2 May 1988", "his May 1988 fraud conviction", "was found
 * guilty in May 1988") or a guilty plea ("pleaded guilty in March 1991", "a guilty plea in March
 * 1991", "entered a plea of guilty"). Each befalls its holder once in a case: a person pleads guilty
 * to a charge once and is convicted of it once (a plea of not guilty, an acquittal, is no such
 * finding: "pleaded not guilty" and "found not guilty" are not read here). The identity of one
 * such finding is its kind (a conviction, a guilty plea: predicate-classes.ts reads "convict",
 * "conviction", "found guilty" and a guilty verdict as one class; here "plea" and "pleaded guilty"
 * are one), its holder, and its time, a month or a day (both told with a date no wider than a
 * month: a bare year is given for many happenings of a story):
 *   - dates one inside the other ("on 2 May 1988" and "in May 1988"): one finding told at two
 *     precisions, when the frames name no two holders (agree, group.ts oneFindingOfGuiltAt);
 *   - dates apart, at most a year ("in July 1991" and "on 27 June 1991"): one finding told with two
 *     dates, when the holder is shown to be one — both frames name one holder ("Ivo Marsh pleaded
 *     guilty", "Marsh pleaded guilty"), or one names them and the other tells them back by a
 *     pronoun or "the" and a common noun ("he pleaded guilty", "the defendant was convicted") in a
 *     sentence that names no one else. Then the dates contradict (judge.ts): a person is not
 *     convicted of one charge in June and again in July. A year apart or more, two cases.
 * Must and must not: test/unit/group/guilt-findings.test.ts.
 */
import type { Claim, Participant } from "../types.js";
import { classesOfClaim, predicateOf } from "./predicate-classes.js";
import { partiesOf } from "./participants.js";
import { pronounActs } from "./pronoun-subject.js";
import { nameFits } from "./name-words.js";
import { toInterval } from "../values/intervals.js";

type Guilt = "convict" | "guilty-plea";

/** The widest date read as a month or a day (days), not a season or a year. */
const MONTH_DAYS = 31;

/** Days between two dates of one finding told by two outlets (a year; further apart, two cases). */
const ONE_CASE_DAYS = 366;

/** A plea of guilty in words: "pleaded guilty", "pled guilty", "plead guilty", "guilty plea", "plea of guilty". */
const GUILTY_PLEA = /\bple(?:a|ad|ads|aded|ading|d)\s+(?:\p{Ll}+ly\s+)?guilty\b|(?<!\bnot[\s-])\bguilty\s+pleas?\b|\bpleas?\s+of\s+guilty\b/iu;

/** The predicates a plea is read with: the verb and its noun. */
const PLEAD: ReadonlySet<string> = new Set(["plead", "plea"]);

/** The roles the holder of a finding is named in, by kind: who was convicted, who pleaded. */
const HOLDER_ROLES: Readonly<Record<Guilt, ReadonlySet<Participant["role"]>>> = {
  convict: new Set(["patient", "holder"]),
  "guilty-plea": new Set(["agent", "holder"]),
};

/** The kind of finding of guilt a date tells; null for none. */
export function guiltOf(c: Claim): Guilt | null {
  if (c.value.type !== "date") return null;
  if ((classesOfClaim(c) ?? []).includes("convict")) return "convict";
  // (a plea entered, made or offered: "entered a guilty plea", its object the plea)
  const pleaEntered = c.claimFrame?.participants.some((p) => p.role === "patient" && /\bplea\b/i.test(p.key)) ?? false;
  return (PLEAD.has(predicateOf(c) ?? "") || pleaEntered) && GUILTY_PLEA.test(c.sentence) ? "guilty-plea" : null;
}

/** The names of the holders a frame gives, each by the words of its proper name. */
function holdersOf(c: Claim, kind: Guilt): string[][] {
  return partiesOf(c)
    .filter((p) => p.role !== null && HOLDER_ROLES[kind].has(p.role) && p.names.length > 0)
    .map((p) => [...p.names]);
}

/**
 * The holder told back, not named: the verb's subject is a pronoun ("he pleaded guilty"), or the
 * frame's holder is "the" and a common noun ("the defendant"), and the sentence names no one.
 */
function toldBack(c: Claim, kind: Guilt): boolean {
  const parties = partiesOf(c);
  if (parties.some((p) => p.names.length > 0)) return false;
  if (pronounActs(c)) return true;
  // (told in the passive, "the defendant was found guilty", whoever the frame reads as its subject is the one found guilty)
  const roles = kind === "convict" && FOUND_GUILTY_PASSIVE.test(c.sentence) ? new Set([...HOLDER_ROLES[kind], "agent"]) : HOLDER_ROLES[kind];
  return parties.some((p) => p.role !== null && roles.has(p.role) && /^the\s+\p{Ll}+$/u.test(p.text.trim()));
}

/** A conviction told in the passive: "was convicted", "were found guilty", "had been convicted". */
const FOUND_GUILTY_PASSIVE = /\b(?:was|were|been|is|are|be)\s+(?:\p{Ll}+ly\s+)?(?:convicted|found\s+guilty)\b/iu;

function width(c: Claim): number {
  const iv = toInterval(c.value);
  return iv.hi - iv.lo;
}

/** Both dates tell one kind of finding at a month or a day. */
function oneKind(a: Claim, b: Claim): Guilt | null {
  const k = guiltOf(a);
  return k !== null && k === guiltOf(b) && width(a) < MONTH_DAYS && width(b) < MONTH_DAYS ? k : null;
}

/**
 * One finding told at two precisions: one kind, one date inside the other, and no two holders
 * named. Must: "convicted him on 2 May 1988" / "his May 1988 conviction". Must not: "Ivo Marsh was
 * convicted on 2 May 1988" / "Ada Kell's May 1988 conviction"; a conviction and a guilty plea.
 */
export function oneFindingOfGuiltAt(a: Claim, b: Claim): boolean {
  const k = oneKind(a, b);
  if (k === null) return false;
  const [x, y] = [toInterval(a.value), toInterval(b.value)];
  if (!((x.lo <= y.lo && y.hi <= x.hi) || (y.lo <= x.lo && x.hi <= y.hi))) return false;
  const [ha, hb] = [holdersOf(a, k), holdersOf(b, k)];
  return ha.length === 0 || hb.length === 0 || ha.some((n) => hb.some((m) => nameFits(n, m)));
}

/**
 * One finding told with two dates that do not overlap, at most a year apart, of a holder shown to
 * be one (see the header). Must: "Ivo Marsh pleaded guilty in July 1991" / "On 27 June 1991, he
 * pleaded guilty". Must not: "Marsh pleaded guilty in July 1991" / "Kell pleaded guilty in June
 * 1991"; "he pleaded guilty in 1991" (a year); two pleas two years apart.
 */
export function oneFindingOfGuiltApart(a: Claim, b: Claim): boolean {
  const k = oneKind(a, b);
  if (k === null) return false;
  const [x, y] = [toInterval(a.value), toInterval(b.value)];
  if (x.lo <= y.hi && y.lo <= x.hi) return false;
  if (Math.max(x.lo - y.hi, y.lo - x.hi) > ONE_CASE_DAYS) return false;
  const [ha, hb] = [holdersOf(a, k), holdersOf(b, k)];
  if (ha.length > 0 && hb.length > 0) return ha.some((n) => hb.some((m) => nameFits(n, m)));
  return (ha.length > 0 && toldBack(b, k)) || (hb.length > 0 && toldBack(a, k));
}

/**
 * Evidence, per claim, that ties the dates of one finding of guilt told apart (oneFindingOfGuiltApart)
 * where no name both give does ("On 27 June 1991, he pleaded guilty" names no one): one string per
 * such pair, given to both. Asked of a group's claims (judge/claim-facts.ts).
 */
export function guiltTies(claims: readonly Claim[]): Map<Claim, string[]> {
  const out = new Map<Claim, string[]>();
  const told = claims.filter((c) => guiltOf(c) !== null);
  for (let i = 0; i < told.length; i++)
    for (let j = i + 1; j < told.length; j++) {
      const [a, b] = [told[i]!, told[j]!];
      if (!oneFindingOfGuiltApart(a, b)) continue;
      const tie = `guilt ${a.id} ${b.id}`;
      for (const c of [a, b]) out.set(c, [...(out.get(c) ?? []), tie]);
    }
  return out;
}
