/**
 * A length of time told, before a comma, as what went on until the happening its main clause
 * tells: "After a quarter-century of public craziness, he finally admitted the ruse", "it was not
 * until 2003, after more than three decades of faking, that the boss admitted it", "After nearly
 * 20 years of denials, Ames confessed". The length is of what the "of" phrase names (an act, a
 * pretence, a marriage), and it ends where the main clause's verb happens; outlets name that act
 * with their own words ("craziness", "faking illness", "the act"), and frames read it as two
 * topics, so nothing set the two lengths side by side.
 *
 * Two such lengths are taken for one, and their figures may diverge, when both are read in this
 * form in two reports of one story, the happening that ends them is of one kind (an owning up:
 * admit, confess, concede, acknowledge, plead guilty; or a kind of predicate-classes.ts or an
 * attack on someone, as anchored-lengths.ts reads it) and its subject is one: a pronoun, or one
 * name (its last word) in both, and their units are one or of one dimension (months, years and
 * decades; not days and years, which are not converted). The group is of recurring cardinality: its
 * figures diverge and never contradict (the words tell one stretch, not which length is right).
 *
 * Must be one: "After two decades of pretending, he finally confessed" / "after more than 25 years
 * of feigned illness, Ames confessed" (one story). Must not: a length after the verb ("he confessed
 * after two decades"), no "of" phrase ("after two decades, he confessed"), two kinds ("…, he
 * confessed" / "…, he resigned"), two names ("Ames confessed" / "Brandt confessed"), a passive
 * owning up ("after three days of tests, he was admitted to hospital"), two stories, one report.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { anchorKind } from "./anchored-lengths.js";
import { bucketsBy, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { oncePerClaim } from "./per-claim.js";
import { byPlace } from "./same-figure.js";
import { soleWordAt } from "./word-places.js";
import { sameDimension } from "../values/quantity/dimensions.js";

/** Units a length of what went on is told in. */
const TIME_UNIT = /^(?:day|week|month|year|decade|century)$/;

/** Right before the length: "after" or "following". */
const AFTER_WORD = /\b(?:after|following)\s+$/i;

/**
 * Right after the length: "of" and what went on, up to a comma; then the main clause: "that" or
 * not, its subject (a pronoun or up to three capitalised words), adverbs, and its verb (with
 * "guilty" after a verb of pleading).
 */
const ENDED_BY =
  /^\s+of\s+[^,;:.!?()"“”]{1,60},\s*(?:that\s+)?(he|she|they|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+((?:(?:\p{Ll}+ly|then|at\s+last|also)\s+){0,2})(\p{Ll}+)(\s+guilty\b)?/u;

/** Verbs of owning up to something: one kind, however told. */
const OWNING_UP = /^(?:admit|admits|admitted|confess|confesses|confessed|concede|concedes|conceded|acknowledge|acknowledges|acknowledged)$/;

/** Verbs of pleading, owning up when "guilty" follows. */
const PLEADING = /^(?:plead|pleads|pleaded|pled)$/;

/** What a length that ends at its main clause's happening is read as: the happening's kind and its subject. */
interface Ending {
  kind: string;
  subject: string;
}

/** The happening a length ends at and its subject (see the header), or null. */
export const endingOf: (c: Claim) => Ending | null = oncePerClaim(readEnding);

function readEnding(c: Claim): Ending | null {
  const v = c.value;
  if (v.type !== "quantity" || !TIME_UNIT.test(v.unit) || c.story === undefined) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0 || !AFTER_WORD.test(c.sentence.slice(0, at))) return null;
  const m = ENDED_BY.exec(c.sentence.slice(at + c.text.length));
  if (!m) return null;
  const verb = m[3]!;
  const kind = OWNING_UP.test(verb) || (PLEADING.test(verb) && m[4] !== undefined) ? "owning up" : anchorKind(verb);
  if (kind === null) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  return { kind, subject: /^(?:he|she|they)$/.test(words[0]!) ? "" : words[words.length - 1]!.replace(/[’']s$/, "") };
}

/** Two lengths of one story that end at one kind of happening of one subject (see the header; two reports are asked by the grouping). */
export function oneEndedLength(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const [ea, eb] = [endingOf(a), endingOf(b)];
  if (ea === null || eb === null || ea.kind !== eb.kind || !sameDimension(a, b)) return false;
  return ea.subject === "" || eb.subject === "" || ea.subject === eb.subject;
}

/** Claims compared within one bucket at most. */
const BUCKET_CAP = 200;

/** A value as a comparable string: its bounds in its unit. */
function valueKey(c: Claim): string {
  const v = c.value;
  return v.type === "quantity" ? `${v.min}/${v.max}/${v.unit}` : "";
}

/**
 * Groups of lengths that end at one happening (see the header), by story and kind: a group only
 * where its figures are not all one (one figure told alike is agreed elsewhere) and no group
 * already holds its claims together.
 */
export function endedLengthGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => {
    const e = endingOf(c);
    return e === null ? null : `${c.story}\u0000${e.kind}`;
  });
  const out: ClaimGroup[] = [];
  for (const unsorted of buckets) {
    if (unsorted.length < 2 || unsorted.length > BUCKET_CAP) continue;
    const bucket = [...unsorted].sort(byPlace);
    // (each member one with every other: a pronoun does not tie two names)
    for (const members of formedGroups(bucket, (g, c) => g.every((x) => oneEndedLength(x, c)))) {
      if (!fromTwoReports(members) || new Set(members.map(valueKey)).size < 2) continue;
      if (!tellsAnew(members, grouped)) continue;
      out.push(toldAsOneGroup("ended-length", members, "one length of what went on until a happening", "recurring"));
    }
  }
  return out;
}
