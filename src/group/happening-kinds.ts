/**
 * The kinds of happening a claim's sentence tells: the classes of its predicate
 * (predicate-classes.ts), an event its frame names by one word ("the flood"), and the kind of its
 * predicate and of each word of the events its frame names as an anchor of a length would be read (anchored-lengths.ts anchorKind: "the shooting",
 * "was murdered", "the stabbing" are one attack). Used where a day or a clock of one report is to
 * be matched with a happening another report tells with other words ("a shooting that had taken
 * place the previous day", "the June 3 shooting"; "a passer-by found the wounded guard … to
 * report the shooting", "the guard was killed on June 3").
 */
import type { Claim } from "../types.js";
import { anchorKind } from "./anchored-lengths.js";
import { oncePerClaim } from "./per-claim.js";
import { classesOfClaim } from "./predicate-classes.js";

/** The kinds of happening a claim tells (see the header), sorted; empty where none is known. */
export const happeningKinds: (c: Claim) => readonly string[] = oncePerClaim((c) => {
  const kinds = new Set(classesOfClaim(c) ?? []);
  const f = c.claimFrame;
  const events = (f?.participants ?? []).filter((p) => p.role === "event").map((p) => (p.key ?? p.text).toLowerCase());
  // (an event named by one word is a kind of its own: "the flood", "a flood")
  for (const e of events) if (/^\p{L}+$/u.test(e)) kinds.add(e);
  const words = [f?.predicate?.lemma ?? "", ...events.flatMap((e) => e.split(/\s+/))];
  for (const w of words) {
    const kind = w === "" ? null : anchorKind(w.replace(/[^\p{L}]/gu, ""));
    if (kind !== null) kinds.add(kind);
  }
  return [...kinds].sort();
});

/**
 * The kinds of the happening a claim itself dates: the classes of its predicate and the kind its
 * predicate is of as an anchor ("was killed on June 3": attack), not of the events its sentence
 * names besides ("convicted on May 2 of the murder": a conviction, not an attack).
 */
export const predicateKinds: (c: Claim) => readonly string[] = oncePerClaim((c) => {
  const kinds = new Set(classesOfClaim(c) ?? []);
  const lemma = c.claimFrame?.predicate?.lemma;
  const kind = lemma ? anchorKind(lemma.replace(/[^\p{L}]/gu, "")) : null;
  if (kind !== null) kinds.add(kind);
  return [...kinds].sort();
});

/** Whether a claim dates a happening of a kind another claim tells (its predicate's, any of the other's). */
export function datesKindOf(dated: Claim, other: Claim): boolean {
  const ko = happeningKinds(other);
  return predicateKinds(dated).some((k) => ko.includes(k));
}

/** Whether two claims tell a kind of happening in common. */
export function kindShared(a: Claim, b: Claim): boolean {
  const kb = happeningKinds(b);
  return happeningKinds(a).some((k) => kb.includes(k));
}
