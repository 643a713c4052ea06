/**
 * How many children one parent has, told by reports that name the parent in other ways or not at
 * all: "Ana Roe, a mother of 12", "the gunmen killed a mother of 12", "the mother of 13 who was
 * walking her son home", "Roe walked with one of her 12 children". Each is a count of someone's
 * children (ClaimFrame counted "children"); a sentence that leaves the parent unnamed still tells
 * of a parent of the story, so within a story two such counts whose frames name no two different
 * parents, and whose parent nouns (if both give one) are one, may be set side by side
 * (occurrence-topics.ts mayDiffer), and other names in their sentences (who shot her, who spoke)
 * do not part them (participants.ts separates). That only lets them meet: the judge still asks
 * for evidence before it calls a difference a contradiction, and without it they diverge.
 *
 * Must meet: "Ana Roe, a mother of 12" and "the gunmen killed a mother of 13" (one story);
 * "Roe was the mother of 12 children" and "a bullet struck the mother of 13"; "Roe walked with
 * her 12 children" and "Ana Roe, a mother of 13".
 * Must not: "a mother of 12" and "a father of 13" (two parent nouns); "a father of two" and "she
 * handed it to the eldest of her five children" (a man and a woman); "Ana Roe, a mother of 12"
 * and "Lia Moss, a mother of three" (two named parents); counts of two stories; a count of anything
 * but someone's children ("12 children were hurt").
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";

/** The parent noun right before "of" and the figure: "a mother of 12" → mother; null for none. */
const PARENT_OF = /\b(mother|father|mom|mum|dad|parent|grandmother|grandfather)\s+of\s+$/i;

export function parentNounOf(c: Claim): string | null {
  if (c.claimFrame?.counted !== "children") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const m = PARENT_OF.exec(c.sentence.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  return noun === "mom" || noun === "mum" ? "mother" : noun === "dad" ? "father" : noun;
}

/**
 * Whose children a count gives, as a participant key: the frame's holder ("Ana Roe, a mother of
 * 12" → ana roe), else, for "her 12 children", the subject the possessive points back to ("Roe
 * walked with one of her 12 children" → roe); else the person a pronoun subject points back to
 * ("Tarr ran the shop. He leaves a wife and three children" → tarr: the frame's subjectToldBack),
 * or the one person the frame names by a proper name as who the sentence is about ("deputies
 * described Tarr as a family man with a wife and three children" → tarr); null for none.
 */
function parentKey(c: Claim): string | null {
  const frame = c.claimFrame;
  const parts = frame?.participants ?? [];
  const holder = parts.find((p) => p.role === "holder")?.key;
  if (holder) return holder;
  const at = soleWordAt(c.sentence, c.text);
  if (at >= 0 && POSSESSIVE_BEFORE.test(c.sentence.slice(Math.max(0, at - 8), at))) return parts.find((p) => p.role === "agent")?.key || null;
  if (frame?.subjectToldBack) return frame.subjectToldBack.toLowerCase();
  const named = new Set(c.actors.filter((x) => x.startsWith("name:")).map((x) => x.slice(5)));
  const people = parts.filter((p) => p.role === "patient" && named.has(p.key));
  return people.length === 1 ? people[0]!.key : null;
}
const POSSESSIVE_BEFORE = /\b(?:her|his|their)\s+$/i;

/** Whether the parent is a woman or a man, by the parent noun or the possessive before the figure ("her 12 children"); null when neither says. */
function sexOf(c: Claim, noun: string | null): "f" | "m" | null {
  if (noun !== null) return /mother/.test(noun) ? "f" : /father/.test(noun) ? "m" : null;
  const at = soleWordAt(c.sentence, c.text);
  const m = at < 0 ? null : /\b(her|his)\s+$/i.exec(c.sentence.slice(Math.max(0, at - 8), at));
  return m ? (m[1]!.toLowerCase() === "her" ? "f" : "m") : null;
}

/**
 * Two counts of one parent's children (see the header): the same parent named by both frames
 * ("Roe" in "Ana Roe, a mother of 12" and in "Roe was walking with one of her 13 children"), or,
 * where a frame names none, no two different parent nouns ("a mother of 12", "a father of 13"). Other names in the sentences (who shot
 * her, who spoke) are not the parent, and do not keep the counts apart.
 */
export function oneParentsChildren(a: Claim, b: Claim): boolean {
  if (a.claimFrame?.counted !== "children" || b.claimFrame?.counted !== "children" || a.story !== b.story) return false;
  const [ha, hb] = [parentKey(a), parentKey(b)];
  if (ha !== null && hb !== null) return ha.split(" ").some((w) => hb.split(" ").includes(w));
  const [na, nb] = [parentNounOf(a), parentNounOf(b)];
  if (na !== null && nb !== null) return na === nb;
  // (a mother and "his five children", a father and "her five children": two parents)
  const [sa, sb] = [sexOf(a, na), sexOf(b, nb)];
  return sa === null || sb === null || sa === sb;
}
