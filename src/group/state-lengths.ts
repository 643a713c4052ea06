/**
 * How long one state lasted, told by several reports: a secret kept ("kept the donor's name a
 * secret for 25 years", "stayed anonymous for over two decades", "a riddle that had puzzled the
 * town for more than 20 years", "she waited 22 years until she came forward", "after 25 years
 * of silence"), a captivity ("held hostage for 40 days", "after 40 days in captivity"), an exile,
 * a siege, a time on the run or in hiding, a stay somewhere ("stayed in Keld for two weeks").
 * Outlets tell that one length with the verb each prefers, most of them light ("kept", "stayed",
 * "had puzzled", "it took … before"), and frames read those verbs as many topics, so the lengths
 * were never set side by side. Here the state is read from the words around the length alone:
 *   - before it, the state and a word of lasting ("anonymous for", "a secret for", "a puzzle that
 *     had baffled the town for", "held hostage for", "in exile for", "a siege that lasted");
 *   - or after it, the state ("… years of silence", "… days in captivity", "… years in exile"), the
 *     happening that ended a secret ("… years before he broke his silence", "until she came
 *     forward"), or the state's noun after a length written before it ("a 19-day siege", "a 40-day
 *     ordeal").
 * Nothing but spaces and the words of the pattern stand between (no comma, no stop), so a state
 * named in another clause does not reach the length ("whose secret died with him, served the
 * bureau for 30 years" is a time served).
 *
 * Two lengths are of one state when both are of one kind of state (a stay, of one place word), of
 * one story, in units the judge compares (years and decades; minutes and hours; not days and years),
 * and their holders do not clash: a name written right before the state's words ("Ames was held
 * hostage", "Vale, who remained anonymous") differs in no word from the other's, when both give
 * one. A state that still goes on ("has been in exile for six years") grows between reports, so
 * such a length only meets one reported within a week of it. Lengths of a state are told loosely
 * (round figures, "more than", "nearly", decades for years): the group is of recurring cardinality,
 * its figures diverge and never contradict, and figures whose qualifiers widen them to meet ("more
 * than 30 years", "more than three decades") agree. A year the sentence names (of the scandal the
 * secret was of, of the admission that ended it) is no period the length was measured over: it
 * parts none of the group's figures.
 *
 * Must be one: "Vale kept the donor's name a secret for 25 years" / "Vale, who stayed anonymous
 * for over two decades" / "it took 27 years before Vale came forward"; "held hostage for 40 days" /
 * "freed after 41 days in captivity". Must not: "worked at the bureau for 30 years" (no state), a
 * secret's length and an exile's, two hostages' lengths by their names ("Ames was held hostage" /
 * "Brandt was held hostage"), "stayed in Keld" / "stayed in Brill" (two stays), "30 years after
 * the break-in" (a length from a happening: anchored-lengths.ts), two stories. A team's spell
 * without scoring is read by scoreless-stretches.ts.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { sameDimension } from "../values/quantity/dimensions.js";
import { daysBetweenReports } from "./occurrence-topics.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/** Units a state's length is told in. */
const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year|decade|century)$/;

/** A word of lasting right before the length ("for", "spanned", "lasted"). */
const LASTING = String.raw`(?:for|spanned|spanning|spans|lasted|lasting|lasts|had\s+lasted)`;
/** Between a noun of the state and the word of lasting: nothing, or a relative clause or an "of" phrase of a few words ("a mystery that had intrigued insiders for", "the siege of the fort lasted"). */
const RELATIVE = String.raw`(?:\s+(?:that|which|of)(?:\s+[^.;:!?,()"“”]{1,60}?)?)?`;

/** A word of a secret, whatever verb keeps it ("a secret for", "remained anonymous for", "years of silence"). */
const SECRET_WORDS = String.raw`(?:secret|secrets|secrecy|anonymous|anonymity|unidentified|unnamed|undisclosed|under\s+wraps|silence|mum)`;

/**
 * A word of quiet or of not being known, only of a person or an identity kept so: "kept quiet",
 * "kept his role hidden", "Vale stayed silent about the night", "his identity remained unknown";
 * not of a place, a line or a cause ("the streets were quiet for", "the line went silent for", "the
 * cause remained unknown for").
 */
const KEPT_SO = String.raw`(?:(?:(?<=\b(?:kept|keep|keeps|keeping)\s+(?:(?:it|this|that|(?:his|her|their|the)\s+(?:name|identity|role|part))\s+)?)(?:quiet|silent|hidden|unknown)|(?<=(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|(?<!\b(?:in|at|on|of|from|near|to|across|around)\s+)(?<=[^\s.!?]\s+)\p{Lu}[\p{L}'’.-]*(?:\s*,\s*who)?)\s+(?:had\s+)?(?:stayed|stays|remained|remains)\s+)(?:quiet|silent))(?:\s+(?:about|on|over)\s+[^.;:!?,()"“”]{1,40}?)?|(?<=\b(?:identity|identities|name|whereabouts|role|part)\s+(?:had\s+)?(?:remained|remains|stayed|stays|was\s+kept|were\s+kept)\s+)(?:unknown|hidden))`;

/**
 * A puzzle that lasted: a noun of a puzzle not yet solved, then a relative clause or an "of" phrase
 * and a word of lasting ("a mystery that had gone on for", "the riddle of the Keldon letters lasted",
 * "a guessing game that spanned", "it remained a riddle for"); not a puzzle's noun with no lasting
 * ("wrote mysteries for 30 years").
 */
const PUZZLE_WORDS = String.raw`(?:mystery|enigma|riddle|puzzle|guessing\s+game|whodunn?it)`;
const PUZZLE_LASTED = String.raw`\b(?:(?:remained|remains|stayed|was|had\s+been)\s+(?:a|an)\s+${PUZZLE_WORDS}\s+for|${PUZZLE_WORDS}\s+(?:that|which|of)(?:\s+[^.;:!?,()"“”]{1,60}?)?\s+${LASTING}|${PUZZLE_WORDS}\s+(?:lasted|lasting|spanned|spanning|had\s+lasted))`;

/** Kinds of state, each read before the length (ending at it). */
const BEFORE: readonly (readonly [string, RegExp])[] = [
  ["secret", new RegExp(String.raw`\b${SECRET_WORDS}\b${RELATIVE}\s+${LASTING}\s+$`, "iu")],
  ["secret", new RegExp(String.raw`\b${KEPT_SO}\s+${LASTING}\s+$`, "u")],
  ["secret", new RegExp(String.raw`${PUZZLE_LASTED}\s+$`, "iu")],
  ["captivity", new RegExp(String.raw`\b(?:(?:held|kept)\s+(?:as\s+)?(?:a\s+)?(?:hostage|hostages|captive|captives)|in\s+captivity|(?:a|the)\s+(?:kidnapping|abduction|hostage\s+ordeal|ordeal)${RELATIVE})\s+${LASTING}\s+$`, "iu")],
  ["exile", new RegExp(String.raw`\b(?:in\s+exile|exiled|(?:an|the|his|her|their)\s+exile${RELATIVE})\s+${LASTING}\s+$`, "iu")],
  ["siege", new RegExp(String.raw`\b(?:(?:under\s+)?siege|besieged|stand-?off|blockade)${RELATIVE}\s+${LASTING}\s+$`, "iu")],
  ["at large", new RegExp(String.raw`\b(?:on\s+the\s+run|at\s+large|in\s+hiding|a\s+fugitive|a\s+manhunt${RELATIVE})\s+${LASTING}\s+$`, "iu")],
];

/** Kinds of state, each read after the length (starting right after it). */
const AFTER: readonly (readonly [string, RegExp])[] = [
  ["secret", new RegExp(String.raw`^\s+of\s+(?:silence|secrecy|anonymity)\b`, "iu")],
  [
    "secret",
    /^\s+(?:before|until)\s+(?:(?:he|she|they|\p{Lu}[\p{L}'’.-]*)\s+)?(?:(?:finally|eventually|at\s+last|publicly)\s+)?(?:broke\s+(?:his\s+|her\s+|their\s+)?(?:cover|silence)|came\s+forward|went\s+public|unmasked|revealed\s+(?:himself|herself|themselves|his\s+identity|her\s+identity)|was\s+(?:unmasked|identified|named))\b/u,
  ],
  ["captivity", /^\s+(?:in\s+captivity|as\s+(?:a\s+)?(?:hostage|hostages|captive|captives))\b/iu],
  ["exile", /^\s+(?:in|of)\s+exile\b/iu],
  ["siege", /^\s+(?:of|under)\s+siege\b/iu],
  ["at large", /^\s+(?:on\s+the\s+run|at\s+large|in\s+hiding)\b/iu],
];

/** A length written before its noun ("a 19-day siege", "a 40-day hostage ordeal"), the noun of the state's kind. */
const MODIFIER = /-(?:second|minute|hour|day|week|month|year|decade)s?(?:-long)?$/iu;
const NOUN_AFTER: readonly (readonly [string, RegExp])[] = [
  ["captivity", /^\s+(?:captivity|kidnapping|abduction|(?:hostage\s+)?ordeal)\b/iu],
  ["exile", /^\s+exile\b/iu],
  ["siege", /^\s+(?:siege|stand-?off|blockade)\b/iu],
  ["at large", /^\s+manhunt\b/iu],
];

/** A stay somewhere: the verb, "in"/"at" and the place's noun (its kind), then up to a few words before "for". */
const STAY = /\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+(?:in|at)\s+(?:(?:the|a|an|his|her|their|its)\s+)?([\p{L}-]+)(?:\s+[\p{L}-]+){0,3}?\s+for\s+$/iu;

/**
 * A name written right before the state's words, as the subject of a verb of one to three words:
 * "Ames was held", "Vale, who remained anonymous", "Kemp had been on the run"; not a name that
 * qualifies the state's noun ("a Pellham puzzle").
 */
const HOLDER = /(\p{Lu}[\p{L}'’.-]*)(?:\s*,\s*who)?(?:\s+\p{Ll}+){1,3}\s+$/u;
/** Capitalized words that name no one. */
const NO_ONE = /^(?:A|An|The|But|And|Then|After|Before|When|While|He|She|It|They|His|Her|Their|Its|In|On|At|For|Of|This|That)$/;

/** A state that still goes on at the report: "has been held for", "have remained in exile for". */
const STILL_GOING = /\b(?:has|have)\s+(?:been|remained|stayed|kept|lived)\b/i;
/** Lengths of a state that still goes on meet only when reported within this many days of each other. */
const GOING_ON_DAYS = 7;

/** What a length is read as: the kind of state, its holder's name (lower case, "" when none is written) and whether it still goes on. */
export interface StateLength {
  kind: string;
  holder: string;
  goingOn: boolean;
}

/** How long a state lasted, as a claim tells it (see the header), or null. */
export const stateLengthOf: (c: Claim) => StateLength | null = oncePerClaim(readStateLength);

function readStateLength(c: Claim): StateLength | null {
  const v = c.value;
  if (v.type !== "quantity" || !TIME_UNIT.test(v.unit) || c.story === undefined) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const before = c.sentence.slice(Math.max(0, at - 160), at);
  const after = c.sentence.slice(at + c.text.length, at + c.text.length + 120);
  let kind: string | null = null;
  let start = before.length;
  for (const [k, re] of BEFORE) {
    const m = re.exec(before);
    if (m) {
      kind = k;
      start = m.index;
      break;
    }
  }
  if (kind === null) {
    const stay = STAY.exec(before);
    if (stay) {
      kind = `stay:${stay[1]!.toLowerCase()}`;
      start = stay.index;
    }
  }
  if (kind !== null) return { kind, holder: holderBefore(before.slice(0, start)), goingOn: STILL_GOING.test(before) };
  // (read after the length, the state's words name no holder before them: "freed on Friday after
  // 41 days in captivity" is no length of Friday's)
  kind = (MODIFIER.test(c.text) ? NOUN_AFTER : AFTER).find(([, re]) => re.test(after))?.[0] ?? null;
  return kind === null ? null : { kind, holder: "", goingOn: STILL_GOING.test(before) };
}

/** The name written right before the state's words, lower case, "" when none. */
function holderBefore(text: string): string {
  const m = HOLDER.exec(text);
  if (!m || NO_ONE.test(m[1]!)) return "";
  return m[1]!.toLowerCase().replace(/['’]s$/u, "");
}

const NO_TIME = { reportedAt: null };

/**
 * Whether two claims tell the length of one state (see the header). Must be one: "kept it a
 * secret for 30 years" / "remained anonymous for three decades". Must not: a secret and a
 * captivity; two holders' captivities; "stayed in Keld" / "stayed in Brill"; two stories; a
 * state still going on, reported a month apart.
 */
export function oneStateLength(a: Claim, b: Claim, knownName: (story: string, word: string) => boolean = () => true): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const [x, y] = [stateLengthOf(a), stateLengthOf(b)];
  if (x === null || y === null || x.kind !== y.kind || !sameDimension(a, b)) return false;
  const [hx, hy] = [holderKnown(a, x.holder, knownName), holderKnown(b, y.holder, knownName)];
  if (hx !== "" && hy !== "" && hx !== hy) return false;
  if (x.goingOn || y.goingOn) {
    const days = daysBetweenReports(a.claimFrame?.time ?? NO_TIME, b.claimFrame?.time ?? NO_TIME);
    if (days !== null && days > GOING_ON_DAYS) return false;
  }
  return true;
}

/**
 * A holder read from the sentence's first word is any capitalised word ("Markets were quiet",
 * "Police were held back", "Officials remained"): it is a name only when the story knows it as one
 * (a word of a name its sentences give elsewhere: "Tam Ames" for "Ames was held"), else no holder.
 */
function holderKnown(c: Claim, holder: string, knownName: (story: string, word: string) => boolean): string {
  if (holder === "" || c.story === undefined) return holder;
  const first = /^[\s"“'‘(]*([\p{L}'’.-]+)/u.exec(c.sentence)?.[1]?.toLowerCase().replace(/['’]s$/u, "");
  return first === holder && !knownName(c.story, holder) ? "" : holder;
}

/** The words of the names (Claim.actors) each story's sentences give, lower case. */
function nameWordsByStory(claims: readonly Claim[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.story === undefined) continue;
    for (const a of c.actors) {
      if (!a.startsWith("name:")) continue;
      let words = out.get(c.story);
      if (!words) out.set(c.story, (words = new Set()));
      for (const w of a.slice("name:".length).split(/\s+/)) words.add(w.replace(/['’]s$/u, ""));
    }
  }
  return out;
}

/** Claims compared within one bucket at most. */
const BUCKET_CAP = 200;

/**
 * Groups of lengths of one state (see the header), by story and kind of state: only where two
 * reports tell it and no group already holds two of its claims of two reports together. Complete
 * linkage: each member is of one state with every other, so one length with no holder does not
 * tie two holders' lengths.
 */
export function stateLengthGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const buckets = bucketsBy(claims, (c) => {
    const s = stateLengthOf(c);
    return s === null ? null : `${c.story}\u0000${s.kind}`;
  });
  if (buckets.length === 0) return [];
  const grouped = groupedTogether(groups);
  const names = nameWordsByStory(claims);
  const knownName = (story: string, word: string): boolean => names.get(story)?.has(word) ?? false;
  const out: ClaimGroup[] = [];
  for (const unsorted of buckets) {
    if (unsorted.length < 2 || unsorted.length > BUCKET_CAP || !fromTwoReports(unsorted)) continue;
    const bucket = [...unsorted].sort(byContent);
    for (const members of formedGroups(bucket, (g, c) => g.every((m) => oneStateLength(m, c, knownName)))) {
      if (!fromTwoReports(members) || !tellsAnew(members, grouped)) continue;
      // (a length is no figure of a period: the year its sentence names, of the scandal the secret
      // was of or of the admission that ended it, is no time frame that parts its figures)
      const group = toldAsOneGroup("state-length", members, "how long one state lasted", "recurring");
      out.push({ ...group, claims: group.claims.map((c) => (c.frame ? { ...c, frame: null } : c)) });
    }
  }
  return out;
}
