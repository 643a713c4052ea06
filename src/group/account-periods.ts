/**
 * Periods of account: the words by which a sentence says what stretch of a company's or a
 * government's books a figure covers ("second-quarter profit", "annual sales", "first-half
 * loss", "fiscal 2009", "monthly payments"). One table serves both readers that ask:
 *   - sum-kinds.ts, for the *kind* of period a sum covers (a quarter's profit against a year's);
 *   - figure-periods.ts, for *whether* a sentence speaks of a period of account at all (then a
 *     quarter lying inside its year is a part against the whole, not one happening told at two
 *     precisions).
 * "fiscal" names a period of account without saying which kind ("fiscal 2009" may be a year or a
 * quarter of it), so it has no kind.
 */

/** Kinds of period of account, each with the words that name it. */
export const ACCOUNT_PERIOD_KINDS: readonly [string, RegExp][] = [
  ["quarter", /\b(?:quarter|quarterly)\b/iu],
  ["half", /\b(?:half-year(?:ly)?|(?:first|second)[-\s]half)\b/iu],
  ["year", /\b(?:annual|(?<!half-)yearly|full[-\s]year|twelve-month)\b/iu],
];

/** Any word of a period of account, of a kind or not. */
const ANY_ACCOUNT_PERIOD = /\b(?:quarter(?:ly)?|annual(?:ly)?|yearly|full[-\s]year|twelve-month|fiscal|half[-\s]year(?:ly)?|(?:first|second)[-\s]half|monthly)\b/iu;

/** The one kind of period of account the words state; "" when none or several. */
export function accountPeriodKind(words: string): string {
  const found = ACCOUNT_PERIOD_KINDS.filter(([, re]) => re.test(words)).map(([name]) => name);
  return found.length === 1 ? found[0]! : "";
}

/** Whether the words name a period of account at all ("quarter", "annual", "fiscal", "first half", "monthly"). */
export function namesAccountPeriod(words: string): boolean {
  return ANY_ACCOUNT_PERIOD.test(words);
}
