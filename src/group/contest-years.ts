/**
 * A year that dates a contest, a prize or an edition of a yearly show, told with different words:
 * "the 1994 league title", "played on the last championship team in 1994", "a world championship
 * in 1994" are one title; "the 1990 draft" and "a second-round draft pick of the Hawks in 1990" one
 * draft; "during the 2009 ceremony" and "In 2009, she hosted the Emmys" one show. A story's
 * background paragraphs name a person's past years for many things (drafted, traded, an all-star),
 * so the same year in two reports is no agreement by itself (same-figure.ts); a year and the noun of
 * one kind of contest it dates, in both sentences, is.
 *
 * The noun is read beside the year, written with its digits:
 *   - after it, past names ("the 1994 NBA title", "the 2013 Academy Awards");
 *   - before "in" or "during" it, within five words of its clause ("the championship team in 1994",
 *     "a draft pick of the Hawks in 1990");
 *   - in the clause a sentence opens with it ("In 2009, she hosted the Emmys").
 * Kinds (CONTEST_KINDS): a title (title, championship, crown), a draft, a show (a ceremony, the
 * awards, the Oscars, the Emmys; "the 2009 show", "the 2009 edition" right after the year only). Not a year reckoned from the day of writing ("last year"), nor a
 * year told with another kind of noun ("the 1994 season", "an all-star in 1994").
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { wordPlaces } from "./word-places.js";
import { wordTable } from "../values/word-table.js";

/** Nouns of a contest or a show, by kind. */
const CONTEST_KINDS = wordTable<string>({
  title: "title", titles: "title", championship: "title", championships: "title", crown: "title",
  draft: "draft",
  ceremony: "show", awards: "show", oscars: "show", emmys: "show", grammys: "show", tonys: "show", baftas: "show", telecast: "show",
});

/** Words before the year that let it date the noun before them ("a world championship in 1994"). */
const IN_BEFORE = /(?:^|\s)(?:in|during)\s+$/i;

/** A contest read beside a year: its kind, and the names that qualify it ("NBA" of "the 1994 NBA title", "World" of "a World Championship"). */
export interface Contest {
  kind: string;
  names: readonly string[];
}


/** The contest a year dates (see the header), or null. */
export const contestOfYear: (c: Claim) => Contest | null = oncePerClaim(readContest);

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

function bare(w: string): string {
  return w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

function kindOf(word: string): string | null {
  return CONTEST_KINDS[bare(word)] ?? null;
}

/**
 * Nouns of a yearly show said only right after its year ("the 2030 show", "the 2030 edition"):
 * elsewhere in a sentence they name any show ("In 2030, she launched her talk show").
 */
const EDITION_NOUNS = wordTable<string>({ show: "show", edition: "show" });

/** A capitalized word that may name a contest ("NBA", "World"), not a holder's possessive ("Hawks'", "Leeds's"). */
function qualifier(w: string): boolean {
  return /^\p{Lu}[\p{L}\d-]*$/u.test(w);
}

/** The capitalized words right before words[i], back to the first other word (the sentence's first word left out). */
function namesBefore(words: readonly string[], i: number, first: boolean): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && qualifier(words[k]!) && !(first && k === 0); k--) out.push(bare(words[k]!));
  return out;
}

function readContest(c: Claim): Contest | null {
  const v = c.value;
  if (v.type !== "date" || (v.granularity !== "year" && v.granularity !== "month") || !/^(?:\p{L}+\.?\s+)?\d{4}$/u.test(c.text.trim())) return null;
  // (a year the sentence writes twice, "an all-star (1994, '96)" and "a title in 1994": either place may date it)
  for (const at of wordPlaces(c.sentence, c.text)) {
    const contest = contestAt(c.sentence.slice(0, at), c.sentence.slice(at + c.text.length));
    if (contest) return contest;
  }
  return null;
}

function contestAt(before: string, after: string): Contest | null {
  // after the year, past names: "the 1994 NBA title", "the 2013 Academy Awards" (the noun must
  // follow at once or after names only, and stand before any punctuation)
  if (!/^[,.;:]/.test(after)) {
    const words = wordsOf(after).slice(0, 3);
    for (let i = 0; i < words.length; i++) {
      const kind = kindOf(words[i]!) ?? EDITION_NOUNS[bare(words[i]!)] ?? null;
      if (kind) return { kind, names: words.slice(0, i).map(bare) };
      if (!qualifier(words[i]!)) break;
    }
  }
  // "In 2009, she hosted the Emmys": the clause the sentence opens with the year
  if (/^\s*in\s+$/i.test(before) && /^\s*,/.test(after)) {
    const words = wordsOf(after.replace(/^\s*,/, "").split(/[,;:.]/)[0]!).slice(0, 8);
    for (let i = 0; i < words.length; i++) {
      const kind = kindOf(words[i]!);
      if (kind) return { kind, names: namesBefore(words, i, false) };
    }
    return null;
  }
  // "the championship team in 1994", "a draft pick of the Hawks in 1990": the nearest such noun
  // within five words before "in" or "during", in the clause
  if (!IN_BEFORE.test(before)) return null;
  const clause = before.replace(IN_BEFORE, "").split(/[,;:]/);
  const words = wordsOf(clause.at(-1)!);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 5; i--) {
    const kind = kindOf(words[i]!);
    if (kind) return { kind, names: namesBefore(words, i, clause.length === 1) };
  }
  return null;
}

/**
 * Two claims of one year that date one kind of contest (see the header): one title, one draft or
 * one show of that year, not named apart by the names that qualify each ("NBA", "WBA"). Must be
 * one: "the 1994 league title" and "the last championship team in 1994"; "the 1990 draft" and "a
 * draft pick of the Hawks in 1990"; "the 1994 NBA title" and "the title team in 1994". Must
 * not: "the 1994 title" and "an all-star in 1994"; "the 1990 draft" and "the 1990 title"; "last
 * year" and "the 2030 title"; "won the WBA title in 2005" and "the 2005 WBC title".
 */
export function oneContestOfAYear(a: Claim, b: Claim): boolean {
  const [x, y] = [contestOfYear(a), contestOfYear(b)];
  if (x === null || y === null || x.kind !== y.kind) return false;
  // (two contests named apart: "the WBA title in 2005" and "the WBC title in 2005")
  return x.names.length === 0 || y.names.length === 0 || x.names.some((n) => y.names.includes(n));
}
