/**
 * What a sum of money is: its account, the period it covers, and whether it was asked for. A
 * company's or a government's figures are told over and over in an archive, and one rule (a
 * company's figures, aid, trade) takes them all; figures of one rule that tell different things
 * are different occurrences, never one figure told two ways:
 *
 *   - the account a sum is of, from the thing the frame reads it of (its patient: "posted a net
 *     profit of $9m", "cut its costs to $80m") or the words just after it ("a $400 rebate", "$2.10
 *     a share"): earnings (profit, earnings, net income), a loss, sales (revenue, sales,
 *     turnover), costs (costs, spending, expenses), the price of a share (shares told at a level,
 *     "a share", "per share"), a payment offered to buyers (an incentive, a rebate, a subsidy);
 *     "a profit of $9m" and "a loss of $4m" are two figures, not a conflict;
 *   - the period it covers, when the sentence states it as a kind of period: a quarter ("in the
 *     second quarter", "quarterly"), a half ("first-half"), a year ("annual", "full-year"): a
 *     quarter's profit and a year's profit differ by what they count;
 *   - a sum asked for ("asked for $5bn", "is seeking", "requested") and one given or got
 *     ("received", "lent", "granted"): a request and what was given are two things.
 *
 * Only sums read by one of these are parted, and only from a sum read otherwise by the same
 * reading: a sum whose account, period or asking is not read meets any (no evidence either way).
 * Must part: "posted a profit of $9m in the second quarter" and "an annual profit of $30m";
 * "a profit of $9m" and "a loss of $4m"; "asked for $5bn" and "has received $12bn"; "a $400
 * rebate" and "shares rose to $2.10". Must not: "a profit of $9m" and "earnings of $9.5m"; "a
 * $40m contract" and "the deal, worth $35m" (no account read); "annual profit" and a profit whose
 * period is not told.
 */
import type { Claim } from "../types.js";
import { accountPeriodKind } from "./account-periods.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/** Accounts a sum is of, each with the words that name it. */
const ACCOUNTS: readonly [string, RegExp][] = [
  ["earnings", /\b(?:profits?|earnings|net\s+income)\b/iu],
  ["loss", /\b(?:loss|losses|deficit)\b/iu],
  ["sales", /\b(?:revenues?|sales|turnover)\b/iu],
  ["costs", /\b(?:costs?|spending|expenses|expenditure)\b/iu],
  ["incentive", /\b(?:incentives?|rebates?|subsid(?:y|ies)|vouchers?)\b/iu],
];

/** The price of a share: "$2.10 a share", "per share". */
const PER_SHARE = /^\s*(?:a|per)\s+share\b/iu;

/** Shares told at a level: "shares rose 4% to $2.10", "its stock closed at $3". */
const SHARES_AT = /\b(?:shares?|stocks?)\b[^,;]{0,40}\b(?:to|at)\s+(?:a\s+level\s+of\s+)?$/iu;

/** Words just after a sum that may name its account: "a $400 rebate", "$9m of profit". */
const AFTER = /^\s*(?:(?:in|of)\s+)?(?:net\s+|annual\s+|quarterly\s+|operating\s+)?([a-z]+(?:\s+income)?)\b/iu;

/** Verbs of asking for a sum, and of giving or getting one (not "demand": cuts and terms are demanded, too). */
const ASKING: ReadonlySet<string> = new Set(["ask", "seek", "request"]);
const GIVING: ReadonlySet<string> = new Set(["receive", "get", "grant", "lend", "give", "award"]);
/** The same, as words of the sum's own clause before it ("is seeking an annual value of", "asked the state for", "have received"). */
const ASKING_BEFORE = /\b(?:ask(?:s|ed|ing)?\b[^,;]{0,40}?\bfor|seek(?:s|ing)?|sought|request(?:s|ed|ing)?)\b[^,;]{0,40}$/iu;
const GIVING_BEFORE = /\b(?:receive[sd]?|receiving|got|gets|granted|given|lent|awarded)\b[^,;]{0,40}$/iu;

/** Whether a sum was asked for or given, as far as its words tell. */
export type Asking = "asked" | "given" | "";

/** What a sum is read as: account, period, asking ("" where not read). */
export interface SumKind {
  account: string;
  period: string;
  asking: Asking;
}

/** The account, period and asking of a sum of money; null for any other figure. */
export const sumKind: (c: Claim) => SumKind | null = oncePerClaim((c) => {
  const v = c.value;
  if (v.type !== "quantity" || c.claimFrame?.counted !== "money") return null;
  const at = soleWordAt(c.sentence, c.text);
  const before = at < 0 ? "" : c.sentence.slice(Math.max(0, at - 60), at);
  const after = at < 0 ? "" : c.sentence.slice(at + c.text.length, at + c.text.length + 40);
  return { account: accountOf(c, before, after), period: periodOf(before, after), asking: askingOf(c.claimFrame.predicate?.lemma ?? "", before) };
});

/** Asked for or given, by the verb of the frame or the words before the sum; "" when both or neither. */
function askingOf(lemma: string, before: string): Asking {
  const asked = ASKING.has(lemma) || ASKING_BEFORE.test(before);
  const given = GIVING.has(lemma) || GIVING_BEFORE.test(before);
  return asked === given ? "" : asked ? "asked" : "given";
}

function accountOf(c: Claim, before: string, after: string): string {
  if (PER_SHARE.test(after) || SHARES_AT.test(before)) return "share";
  const patient = c.claimFrame?.participants.find((p) => p.role === "patient")?.text ?? "";
  const word = AFTER.exec(after)?.[1] ?? "";
  const found = new Set(ACCOUNTS.filter(([, re]) => re.test(patient) || re.test(word)).map(([name]) => name));
  return found.size === 1 ? [...found][0]! : "";
}

/** The one kind of period the words around a sum state; "" when none or several. */
function periodOf(before: string, after: string): string {
  return accountPeriodKind(`${before} ${after}`);
}

/** Two sums of money read as different accounts, periods or one asked for and one not (see the header). */
export function sumsApart(a: Claim, b: Claim): boolean {
  const [ka, kb] = [sumKind(a), sumKind(b)];
  if (ka === null || kb === null) return false;
  if (ka.account !== "" && kb.account !== "" && ka.account !== kb.account) return true;
  if (ka.period !== "" && kb.period !== "" && ka.period !== kb.period) return true;
  return ka.asking !== "" && kb.asking !== "" && ka.asking !== kb.asking;
}
