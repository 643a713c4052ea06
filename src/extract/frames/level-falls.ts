/**
 * A fall told of a level, not of someone. "Fall", "plunge", "tumble" and "slip" tell a death when
 * told of someone ("the climber fell 600 metres", "the guide slipped on the ice"), and the reading
 * of a date's happening (date-happening.ts) names such a fall a death; but market news tells them of
 * indexes, shares, prices and currencies every day: "the Orvik index has fallen by 3.1%", "stocks
 * plunged more than 40% this year", "the krona fell to 9.12", "share markets around the region fell
 * sharply today". Read as deaths, the days of such falls would be the days of one death told by
 * many reports.
 *
 * The verb of a fall at a token is a level's when it is told with an amount of a level right after
 * it (LEVEL_AMOUNT: "by 3%", "almost fifteen percent", "252 points", "to 9.12"; not "to his death"
 * nor "to 40 metres", which a person's fall is told with), or when a word of a level (LEVEL_NOUN)
 * stands among the words before it in its clause ("stock markets around the world have fallen",
 * "shares tumbled") and no one is the fall's subject.
 */
import type { TaggedToken } from "../../types.js";
import { lower } from "./sentence.js";

/** Base forms of the verbs of a fall. */
export const FALLING: ReadonlySet<string> = new Set(["fall", "slip", "plunge", "tumble"]);

/** How many words after the fall an amount of a level may stand ("fell sharply today, down 2.95%"). */
const AMOUNT_WORDS = 6;

/**
 * An amount of a level at the start of what follows a fall: a share ("3%", "almost fifteen
 * percent", "six per cent"), points ("252 points"), or a level reached ("to 9.12", "to 1,847"), not
 * a length or height ("to 40 metres").
 */
const LEVEL_AMOUNT = new RegExp(
  String.raw`^(?:\S+\s+){0,${AMOUNT_WORDS}}?(?:[-+]?\d[\d.,]*\s*%|\S+\s+(?:percent|per\s+cent|points?|pts)\b|to\s+\d[\d.,]*(?!\s*(?:m|km|metres?|meters?|feet|ft|foot|floors?|storeys?|stories)\b)(?:[^\d.,]|$))`,
  "iu",
);

/** Words of a level: the thing whose fall a market report tells. */
const LEVEL_NOUN =
  /^(?:markets?|stocks?|shares?|index|indexes|indices|prices?|values?|currenc(?:y|ies)|dollar|euro|pound|sterling|yen|sales|rates?|bonds?|yields?|earnings|profits?|revenues?|costs?|exports?|imports?|output|demand|inflation|unemployment|temperatures?|levels?)$/iu;

/** How many words before the fall a word of a level may stand, within its clause ("stock markets around the world have fallen"). */
const NOUN_WORDS = 6;

/** Words that end the clause a fall's subject stands in, walking back. */
const CLAUSE_END = /^(?:[,;:()]|that|which|who|whose|and|but|when|while|after|before|because)$/iu;

/** Pronouns of someone: a fall told of them is theirs. */
const SOMEONE = /^(?:he|she|they|i|we|you|who)$/iu;

/** Whether the verb of a fall at `i` is told of a level (see the header). */
export function levelFall(tokens: readonly TaggedToken[], i: number): boolean {
  const after = tokens.slice(i + 1, i + 2 + AMOUNT_WORDS).map((t) => t.text).join(" ").replace(/^[,;:]\s*/u, "");
  if (LEVEL_AMOUNT.test(after)) return true;
  for (let k = i - 1; k >= 0 && k >= i - NOUN_WORDS; k--) {
    const t = tokens[k]!;
    if (CLAUSE_END.test(lower(t)) || SOMEONE.test(lower(t))) return false;
    if ((t.pos === "NOUN" || t.pos === "PROPN") && LEVEL_NOUN.test(t.text)) return true;
  }
  return false;
}
