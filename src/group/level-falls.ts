/**
 * A fall of a level read as a death. "Fall", "plunge", "tumble", "slip" tell a death of a person
 * ("the climber fell 600 m", "soldiers who fell in battle"), and the readings of happenings give
 * them that kind; but market news tells them of indexes, shares, prices and currencies every day:
 * "the Orvik index has fallen by 3.1%", "stocks plunged more than 60% this year", "the krona fell
 * to 9.12", "share markets around the region fell sharply today". Read as deaths, the days of such
 * falls become days of one death told by many reports, and an archive of market reports sets the
 * days of different trading sessions against each other as one event.
 *
 * A claim read as a death (its predicate "die") is a fall of a level when its sentence tells a
 * fall (FALL) that is a level's and names no death (DEATH: "died", "dead", "killed", "in battle",
 * "in action", …): either the fall is told with an amount of a level after it (LEVEL_AMOUNT: "by
 * 3%", "almost fifteen percent", "252 points", "to 9.12", not "to his death" nor "to 40 metres",
 * which a person's fall is told with) or a word of a level stands just before it in its clause
 * (LEVEL_NOUN: "stock markets around the world have fallen", "shares tumbled"). Such a claim is
 * kept out of grouping (group.ts): it is not the date of a death, and nothing a death is compared
 * with is about it.
 *
 * Must: "The Orvik index has fallen by 3.1% as of 14:10 UTC"; "Shares in Delmar have plunged more
 * than 40% this year"; "Stock markets across the region fell sharply today". Must not: "The
 * climber fell 600 metres to his death on Sunday"; "Pte Hale fell in action on 3 May"; "The
 * broker, whose shares had fallen 5%, died on Friday"; a death read from "died".
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";

/** Verbs and nouns of a fall that the readings of happenings give the kind of a death. */
const FALL = /\b(?:fall|falls|fell|fallen|falling|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|slip(?:s|ped|ping)?|slid(?:e|es|ing)?)\b/giu;

/** Words that name a death in the sentence: then the fall may be one. */
const DEATH = /\b(?:die[sd]?|dying|dead|deaths?|killed|kill(?:s|ing)?|fatal(?:ly)?|perish(?:ed|es)?|drown(?:ed|s)?|bod(?:y|ies)|funeral|in (?:battle|action|combat)|to (?:his|her|their) deaths?)\b/iu;

/** How many words after the fall an amount of a level may stand ("fell dramatically today, down 2.95%"). */
const AMOUNT_WORDS = 5;

/**
 * An amount of a level at the start of what follows a fall: a share ("3%", "almost fifteen
 * percent", "six per cent"), points ("252 points"), or a level reached ("to 9.12", "to 1,847"),
 * not a length or height ("to 40 metres").
 */
const LEVEL_AMOUNT = new RegExp(
  String.raw`^(?:\S+\s+){0,${AMOUNT_WORDS}}?(?:[-+]?\d[\d.,]*\s*%|\S+\s+(?:percent|per\s+cent|points?|pts)\b|to\s+\d[\d.,]*(?!\s*(?:m|km|metres?|meters?|feet|ft|foot|floors?|storeys?|stories)\b)(?:[^\d.,]|$))`,
  "iu",
);

/** Words of a level: the thing whose fall a market report tells. */
const LEVEL_NOUN = /\b(?:markets?|stocks?|shares?|index|indexes|indices|prices?|values?|currenc(?:y|ies)|sales|rates?|bonds?|yields?|earnings|profits?|exports?|imports?)\b/giu;

/** How many words before the fall a word of a level may stand, within its clause ("stock markets around the world have fallen"). */
const NOUN_WORDS = 6;

/** A claim read as a death whose sentence tells the fall of a level, not a death (see the header). */
export const fallOfALevel: (c: Claim) => boolean = oncePerClaim((c) => {
  if (c.claimFrame?.predicate?.lemma !== "die" || DEATH.test(c.sentence)) return false;
  return [...c.sentence.matchAll(FALL)].some((m) => LEVEL_AMOUNT.test(c.sentence.slice(m.index + m[0].length).trimStart().replace(/^[,;:]\s*/u, "")) || levelBefore(c.sentence.slice(0, m.index)));
});

/** A word of a level among the last NOUN_WORDS words before a fall, in its clause (after the last comma, semicolon or colon). */
function levelBefore(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  const words = clause.trim().split(/\s+/u).slice(-NOUN_WORDS).join(" ");
  return [...words.matchAll(LEVEL_NOUN)].length > 0;
}
