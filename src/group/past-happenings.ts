/**
 * One past happening of one holder, told with two dates. Background paragraphs retell a person's
 * past (born, indicted, convicted, sentenced), and outlets slip by a year ("indicted in 1969", "in
 * 1970") or name it at another precision. A topic of recurring happenings (a rule's event dates)
 * joins dates only where they overlap, so two years of one happening never meet; here the frames,
 * not the dates, say when two dates are of one happening:
 *   - a happening a person undergoes once in a life (ONCE_IN_A_LIFE: being born; dying, told by a
 *     verb of dying), when both frames name one holder ("Ada Lind was born in 1931", "Lind was born
 *     in 1932"; not "Ivo Lind", her brother): whatever the years, one birth or death told twice,
 *     and the dates may contradict (judge.ts); where the dates of a birth overlap, the places each
 *     outlet gives ("in Leeds", "in Headingley") describe the one birth at different detail and do
 *     not part the claims (group.ts) — not so for deaths, where the place may be all that tells
 *     two people's apart;
 *   - a step of a case against someone (CASE_STEPS: indicted, arraigned, convicted, sentenced)
 *     whose two dates, both written with their year, lie at most a year apart ("in 1969", "in
 *     1970"; not "last month", which a report reckons from its own day), when both sentences give a
 *     proper name that neither frame gives as the one who underwent it: a detail of the case (the
 *     town whose officers were bribed, the bank that was robbed), not the man, who may have been
 *     indicted twice. Such dates diverge and never contradict: nothing says a man is indicted once.
 * Pleas are not among the steps ("pleaded not guilty", then "pleaded guilty" a year later, are two
 * pleas), and a killing is not a death here (the killer is its agent and may kill again).
 */
import type { Claim, Participant } from "../types.js";
import { classesOfClaim, predicateOf } from "./predicate-classes.js";
import { namesOf, partiesOf } from "./participants.js";
import { toInterval } from "../values/intervals.js";
import { nameFits } from "./name-words.js";
import { writtenWithYear } from "./occurrence-topics.js";
import { guiltOf, oneFindingOfGuiltApart } from "./guilt-findings.js";
import { oneAgedDeath } from "./aged-deaths.js";

/** Happenings a person undergoes once in a life, by class (predicate-classes.ts; a death by its verb: classesIn). */
const ONCE_IN_A_LIFE: ReadonlySet<string> = new Set(["bear"]);

/** The steps of one case against someone, each of which befalls its holder once per case. */
const CASE_STEPS: ReadonlySet<string> = new Set(["indict", "arraign", "convict", "sentence"]);

/** Days between the ends of two dates of one case step that may still be one step told with another year. */
const YEAR_SLIP_DAYS = 366;

/** The roles a holder of a past happening is named in: who underwent it or did it. */
const HOLDER_ROLES: ReadonlySet<Participant["role"]> = new Set(["agent", "patient", "holder"]);

/** Every role but place: what parts two tellings of one birth (who), not where each outlet says it was. */
export const ROLES_BUT_PLACE: readonly Participant["role"][] = ["agent", "patient", "event", "recipient", "holder"];

/**
 * The verbs of dying whose agent is who died ("Mara Quill died in 1987", "passed away", "perished"):
 * not the verbs of killing, whose agent is the killer, who may kill again.
 */
const DYING: ReadonlySet<string> = new Set(["die", "pass away", "perish"]);

function classesIn(c: Claim, set: ReadonlySet<string>): string[] {
  if (c.value.type !== "date") return [];
  const classes = (classesOfClaim(c) ?? []).filter((k) => set.has(k));
  // (a death is a happening of a life when told by a verb of dying: lifeEvent)
  return set === ONCE_IN_A_LIFE && DYING.has(predicateOf(c) ?? "") ? [...classes, DEATH] : classes;
}

/** The class a death told by a verb of dying is read as here (predicate-classes.ts puts dying with killing). */
const DEATH = "death";

function oneClassIn(a: Claim, b: Claim, set: ReadonlySet<string>): boolean {
  const kb = classesIn(b, set);
  return classesIn(a, set).some((k) => kb.includes(k));
}

/** Whether a date tells a past happening this module reads: a birth, a step of a case or a finding of guilt (guilt-findings.ts). */
export function isPastHappening(c: Claim): boolean {
  return classesIn(c, ONCE_IN_A_LIFE).length > 0 || classesIn(c, CASE_STEPS).length > 0 || guiltOf(c) !== null;
}

/** The holders a frame names (who underwent or did its happening), each by the words of its proper name. */
function holdersOf(c: Claim): string[][] {
  return partiesOf(c).filter((p) => p.role !== null && HOLDER_ROLES.has(p.role) && p.names.length > 0).map((p) => [...p.names]);
}

/** The words of a frame's holders' names. */
function holderNames(c: Claim): string[] {
  return holdersOf(c).flat();
}

/**
 * Both frames name one holder: the words of one's name all among the other's ("Ada Lind" and
 * "Lind"; not "Ada Lind" and "Ivo Lind", a sister and a brother).
 */
function oneHolder(a: Claim, b: Claim): boolean {
  const hb = holdersOf(b);
  return holdersOf(a).some((x) => hb.some((y) => nameFits(x, y)));
}

function datesOverlap(a: Claim, b: Claim): boolean {
  const [x, y] = [toInterval(a.value), toInterval(b.value)];
  return x.lo <= y.hi && y.lo <= x.hi;
}

/**
 * Two tellings of one person's birth whose dates overlap ("born on 4 May 1930", "born in 1930"):
 * the places they give do not part them. Must hold: "born in 1930 in Leeds" and "born on 4 May
 * 1930 in Headingley". Must not: two births of other years; a birth and an indictment.
 */
export function oneBirthAnyPlace(a: Claim, b: Claim): boolean {
  const kb = classesIn(b, ONCE_IN_A_LIFE);
  return classesIn(a, ONCE_IN_A_LIFE).some((k) => k !== DEATH && kb.includes(k)) && datesOverlap(a, b);
}

/** A once-in-a-life happening both frames give one holder: its dates may contradict, whatever the years. */
export function oneHolderOnce(a: Claim, b: Claim): boolean {
  if (!oneClassIn(a, b, ONCE_IN_A_LIFE)) return false;
  if (oneHolder(a, b)) return true;
  // (one death of a person both reports give one age, described in one and named in the other: aged-deaths.ts)
  return classesIn(a, ONCE_IN_A_LIFE).includes(DEATH) && classesIn(b, ONCE_IN_A_LIFE).includes(DEATH) && oneAgedDeath(a, b, !twoHoldersNamed(a, b));
}

/** Both frames name who underwent the happening, by names that cannot be one person's. */
function twoHoldersNamed(a: Claim, b: Claim): boolean {
  const [ha, hb] = [holdersOf(a), holdersOf(b)];
  return ha.length > 0 && hb.length > 0 && !ha.some((x) => hb.some((y) => nameFits(x, y)));
}

/**
 * A name both claims give, in their frames or their sentences, that neither frame gives as its
 * holder: a detail of the case ("Old Mill" in "indicted for bribing the Old Mill police" twice).
 */
function detailShared(a: Claim, b: Claim): boolean {
  const holders = new Set([...holderNames(a), ...holderNames(b)]);
  const nb = namesOf(b);
  return namesOf(a).some((n) => !holders.has(n) && nb.includes(n));
}

/** Whether two dates lie at most YEAR_SLIP_DAYS apart, end to start. */
function withinAYear(a: Claim, b: Claim): boolean {
  const [x, y] = [toInterval(a.value), toInterval(b.value)];
  return Math.max(x.lo - y.hi, y.lo - x.hi) <= YEAR_SLIP_DAYS;
}

/** A step of one case told with two dates a year apart at most, tied by a detail of the case (see the header). */
export function oneCaseStep(a: Claim, b: Claim): boolean {
  return oneClassIn(a, b, CASE_STEPS) && writtenWithYear(a) && writtenWithYear(b) && withinAYear(a, b) && detailShared(a, b);
}

/**
 * Whether two dates of a recurring topic that do not overlap are of one past happening (see the
 * header): one person's birth, one step of one case, or one finding of guilt against one holder
 * (guilt-findings.ts).
 */
export function onePastHappening(a: Claim, b: Claim): boolean {
  return oneHolderOnce(a, b) || oneCaseStep(a, b) || oneFindingOfGuiltApart(a, b);
}
