/**
 * A length of time anchored to another happening: "wed two weeks before the shooting", "was married
 * three weeks before her husband was murdered", "resigned a month after the vote". Its identity
 * is the happening it counts from (the anchor), which side of it (before or after) and what was
 * done that long before or after it (the claim's own kind of happening): two reports of one story
 * that tell one kind of happening the same side of one kind of anchor tell one length, however far
 * apart they were reported (a trial a year on retells how long before the killing the wedding was),
 * so they may be set against each other (occurrence-topics.ts mayDiffer).
 *
 * An anchor is read only where a word of a known kind stands in the clause after "before", "after",
 * "prior to" or "ahead of": a noun or a verb of a class of predicate-classes.ts ("the trial", "his
 * arrest", "the vote"), or of an attack on someone (ATTACK: "the shooting", "he was murdered", "the
 * stabbing" are one anchor, as outlets tell one attack as a shooting or a killing).
 *
 * Must be one: "married two weeks before the shooting" / "married three weeks before he was
 * murdered" (one story); "quit a month after the vote" / "resigned six weeks after the ballot".
 * Must not: "married two weeks before the shooting" / "married three weeks before the trial" (two
 * anchors); … / "hired two weeks before the shooting" (two kinds of happening); "two weeks before"
 * / "two weeks after"; "three weeks later" (no anchor named); two stories.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { classesOf, isKnownClass, oneKindOfHappening } from "./predicate-classes.js";
import { soleWordAt } from "./word-places.js";

/** Units a length anchored to a happening is told in. */
const TIME_UNIT = /^(?:minute|hour|day|week|month|year|decade)$/;

/** Right after the length: its side of the anchor and the clause that names the anchor. */
const SIDE = /^[\s-]*(?:(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+)?(?:or\s+so\s+|earlier\s+|later\s+)?(before|prior\s+to|ahead\s+of|after)\s+([^.;:!?,()"“”]{1,80})/i;

/** An attack on someone, however told: one anchor (see the header). */
const ATTACK = /^(?:shoot|shoots|shot|shooting|shootings|kill|kills|killed|killing|murder|murders|murdered|slay|slaying|slain|stab|stabbed|stabbing|attack|attacked|ambush|ambushed|gunned|assault|assaulted)$/;

/** How many words of the clause after the side word are read for its anchor. */
const ANCHOR_WORDS = 6;

/** The word's base forms to look up: itself, and without "-s", "-ed", "-d", "-ing" (with a doubled consonant or an "-e" restored). */
function forms(word: string): string[] {
  const out = [word];
  for (const [end, add] of [["s", ""], ["es", ""], ["ed", ""], ["ed", "e"], ["d", ""], ["ing", ""], ["ing", "e"]] as const) {
    if (word.length > end.length + 2 && word.endsWith(end)) out.push(word.slice(0, -end.length) + add);
  }
  for (const stem of [...out]) if (/([bdgmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out;
}

/** The kind of happening a word of an anchor names ("attack", a class of predicate-classes.ts), or null. */
export function anchorKind(word: string): string | null {
  if (ATTACK.test(word)) return "attack";
  for (const f of forms(word)) {
    const known = classesOf(f).filter(isKnownClass);
    if (known.length > 0) return [...known].sort()[0]!;
  }
  return null;
}

/** A length's side of its anchor and the anchor's kind ("before attack"), or null where none is read. */
export const anchorOf: (c: Claim) => string | null = oncePerClaim(readAnchor);

function readAnchor(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || !TIME_UNIT.test(v.unit)) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const m = SIDE.exec(c.sentence.slice(at + c.text.length));
  if (!m) return null;
  const side = /^after$/i.test(m[1]!) ? "after" : "before";
  for (const raw of m[2]!.split(/\s+/).slice(0, ANCHOR_WORDS)) {
    const kind = anchorKind(raw.toLowerCase().replace(/[^\p{L}]/gu, ""));
    if (kind !== null) return `${side} ${kind}`;
  }
  return null;
}

/** Two lengths of one story that tell one kind of happening the same side of one kind of anchor (see the header). */
export function oneAnchoredLength(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const anchor = anchorOf(a);
  return anchor !== null && anchor === anchorOf(b) && oneKindOfHappening(a, b);
}
