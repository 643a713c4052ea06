/**
 * A body named by its title in one report and described in plain words in another: "the Guild of
 * Printers and Binders" and "a guild of printers and binders was set up in Leeds". The title is a
 * head noun and "of" before two or more capitalized words ("Union of Harbour Pilots", "Party of
 * Farmers and Miners"); the description has the head in lower case, "of", at most two other words
 * (a place, a kind: "a guild of Yorkshire printers and binders"), then the title's words in lower
 * case, in their order. The two then name one body, as a proper name both give does (group.ts
 * takes it as a tie between a claim and an occurrence; it ties, it never sets values apart).
 *
 * Must tie: "the Guild of Printers and Binders" / "a guild of printers and binders";
 * "the Union of Harbour Pilots" / "a union of local harbour pilots". Must not: a title of one word
 * after "of" ("the Bank of England" / "a bank of england"), other words ("the Union of Harbour
 * Pilots" / "a union of dock workers"), the words without the head and "of" ("harbour pilots
 * joined the union"), the same title written twice (a proper name both give: ties already).
 */
import type { Claim } from "../types.js";
import { escapeRegExp } from "../values/exec-all.js";

/** "Guild of Printers and Binders": a capitalized head, "of", capitalized words joined by "and" or "&". */
const TITLE = /\b(\p{Lu}\p{Ll}+) of (\p{Lu}\p{Ll}+(?:,? (?:and |& )?\p{Lu}\p{Ll}+){1,4})\b/gu;

/** What each claim's sentence describes a title by, as a pattern over another sentence; read once per claim. */
const described = new WeakMap<Claim, readonly RegExp[]>();

function descriptionsOf(c: Claim): readonly RegExp[] {
  let known = described.get(c);
  if (known !== undefined) return known;
  const out: RegExp[] = [];
  for (const m of c.sentence.matchAll(TITLE)) {
    const words = m[2]!.split(/,?\s+/).filter((w) => w !== "and" && w !== "&");
    if (words.length < 2) continue;
    const tail = words.map((w) => escapeRegExp(w.toLowerCase())).join(",?\\s+(?:(?:and|&)\\s+)?");
    out.push(new RegExp(`\\b${escapeRegExp(m[1]!.toLowerCase())} of (?:\\S+\\s+){0,2}?${tail}\\b`, "u"));
  }
  described.set(c, (known = out));
  return known;
}

/** Whether one claim's sentence names a body by its title and the other's describes it in plain words, either way round. */
export function describedAlike(a: Claim, b: Claim): boolean {
  return descriptionsOf(a).some((p) => p.test(b.sentence)) || descriptionsOf(b).some((p) => p.test(a.sentence));
}

/** Whether a claim's sentence names a body by a title that another sentence may describe in plain words. */
export function holdsTitle(c: Claim): boolean {
  return descriptionsOf(c).length > 0;
}
