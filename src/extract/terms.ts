/**
 * Rule terms → regular expressions. A term is words separated by spaces; a base-form word matches
 * its inflections too (withdraw → withdrew, withdrawn; fee → fees: see inflect.ts); a word ending
 * in '*' takes any ending (recogni* → recognised, recognition); '...' stands for up to three words
 * (took ... control → "took full military control"). Words may be joined by spaces or hyphens or
 * nothing ("air strike*" matches air strikes, air-strikes, airstrikes). Matching ignores case and
 * treats ’ as '. The generated expressions have no nested quantifiers: linear in practice.
 */

import { escapeRegExp } from "../values/exec-all.js";
import { inflections } from "./inflect.js";

const WORD_CHAR = "[\\p{L}\\p{N}'’]";


function wordSource(word: string): string {
  if (word.endsWith("*")) return `${escapeRegExp(word.slice(0, -1)).replace(/'|’/g, "['’]")}${WORD_CHAR}*`;
  const forms = inflections(word.toLowerCase()).map((f) => escapeRegExp(f).replace(/'|’/g, "['’]"));
  return forms.length === 1 ? forms[0]! : `(?:${forms.join("|")})`;
}


/** The boundaries every term shares: no letter or digit just before or just after. */
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

/**
 * Terms as one alternation source. NOTE: the boundaries are written once around the alternation,
 * not once per term: it matches exactly the same (a failed lookahead still moves on to the next
 * term) and runs about three times faster, since the engine no longer tries a lookbehind for
 * every term at every position.
 */
export function termsSource(terms: readonly string[]): string {
  return `${BEFORE}(?:${terms.map((t) => `(?:${termBody(t)})`).join("|")})${AFTER}`;
}

/**
 * One term, for a caller that runs it only where a word starts (extract/trigger-scan.ts): the
 * boundary after it, not the one before.
 */
export function termSourceAfterWordStart(term: string): string {
  return `(?:${termBody(term)})${AFTER}`;
}

function termBody(term: string): string {
  const words = term.trim().split(/\s+/);
  let source = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    if (word === "...") {
      source += `(?:[\\s\\-]+${WORD_CHAR}+[,]?){0,3}?[\\s\\-]+`;
      continue;
    }
    if (i > 0 && words[i - 1] !== "...") source += "[\\s\\u00a0\\-]*";
    source += wordSource(word);
  }
  return source;
}

/** All terms as one global, case-insensitive alternation; null for an empty list. */
export function termsRegex(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(termsSource(terms), "giu");
}

export interface TermMatch {
  start: number;
  end: number;
  text: string;
}

export function allMatches(re: RegExp | null, text: string): TermMatch[] {
  if (!re) return [];
  re.lastIndex = 0;
  const out: TermMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
