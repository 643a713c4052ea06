/**
 * People counted by their trade or field, one noun the wider class of the other: "more than 1,300
 * scientists" and "1,300 biologists" who signed one letter, "40 ecologists" and "40 scientists". A
 * noun of a science ("-ologist", "-icist", "chemist", "botanist") names a scientist, so outlets that
 * count one body of signers or experts by the field or by "scientists" count one group. Two counts of
 * the same figure (sameStated, same-figure.ts) of one field, or of a field and the wider noun, in
 * counts not held back (negated, forecast, an increment, a part), are one figure told twice: a
 * body of a hundred or more whatever else the sentences name (which bodies they sent letters to,
 * who they wrote about), a smaller group only in sentences that name no different people. Only ever lets one figure agree with itself
 * (same-figure.ts toldAsOne): two figures are never set against each other by it.
 *
 * Must be one: "more than 900 scientists" / "900 biologists"; "900 ecologists" / "900 ecologists";
 * "about 900 physicists" / "900 scientists".
 * Must not: "two biologists in Oslo" / "two scientists at Tromsø" (a few people, named apart);
 * "900 biologists" / "900 physicists" (two fields); "900 scientists" / "900 nurses" (no
 * science); "900 scientists" / "900 people" (people in general); "no 900 scientists" (negated).
 */
import type { Claim } from "../types.js";
import { actorsApart } from "./participants.js";
import { soleWordAt } from "./word-places.js";

/** The wider noun a field's people are counted by. */
const SCIENTIST = "scientist";
/** A noun of a science: a biologist, an ecologist, a physicist, a chemist, a botanist, a geneticist. */
const SCIENCE = /^(?:\p{Ll}{2,}olog(?:ist|er)|\p{Ll}{2,}icist|chemist|biochemist|geochemist|botanist|zoologist|scientist)$/u;

/** A count held back from being the size of a group. */
const HELD_BACK = new Set(["negated", "forecast", "hypothetical", "comparison-base", "increment", "part", "difference"]);

/** How many words after the figure are read for the noun of its people. */
const WORDS = 4;

/** The noun of a science a count of people names within WORDS words after its figure, singular; null for none. */
export function fieldCounted(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.nominal === null || c.claimFrame?.counted !== "person") return null;
  if (c.claimFrame.modality.some((m) => HELD_BACK.has(m))) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  for (const written of c.sentence.slice(at + c.text.length).split(/\s+/).filter((w) => w !== "").slice(0, WORDS)) {
    const w = written.toLowerCase().replace(/[^\p{L}]/gu, "").replace(/s$/, "");
    if (SCIENCE.test(w)) return w;
    if (/[,;:.!?)]$/.test(written)) return null;
  }
  return null;
}

/** How many people of a field make a body of them that a story has one of (the signers of a letter, a society's members). */
const BODY = 100;

function oneBody(c: Claim): boolean {
  return c.value.type === "quantity" && c.value.nominal !== null && c.value.nominal >= BODY;
}

/** Two counts of one field's people, or of a field and scientists at large (see the header; the same value is asked by the caller). */
export function oneFieldCounted(a: Claim, b: Claim): boolean {
  const [x, y] = [fieldCounted(a), fieldCounted(b)];
  if (x === null || y === null || !(x === y || x === SCIENTIST || y === SCIENTIST)) return false;
  // (a body of hundreds counted by its field, the signers of a letter, is one body whatever else
  // the sentences name; a few experts, "two biologists", are one pair only where nothing parts them)
  return oneBody(a) || oneBody(b) || !actorsApart(a, b);
}
