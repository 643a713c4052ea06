/**
 * Whose share a percentage is: news tells a share of a service, a capacity or a market with the
 * party it belongs to after the figure ("65% of traffic to Norland", "60 per cent in Norland",
 * "52% with Ostra"), as a possessive ("82 percent of Norland's voice capacity", "cut Norland's
 * capacity by 40%") or in the clause
 * that leads to it ("services in Ostra were down by 80 percent", ", in Norland by 65 percent").
 * Shares of two named parties are two figures, whatever verb or noun they share: "70 per cent in
 * Ostra, and 60 per cent in Norland" tells two outages' shares, never one share told twice
 * (occurrence-topics.ts changesApart: such figures never meet in one occurrence).
 *
 * Must read: "65% of traffic to Norland" → norland; "60 per cent in Norland" → norland; "82 percent
 * of Norland's capacity" → norland; "services in Ostra were down by 80 percent" → ostra; "in
 * Norland by 65 percent" → norland. Must read none: "70% of traffic between the continents", "70
 * percent in January", "70 percent of Internet traffic" (a capital that follows no preposition).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";
import { monthWords, weekdayWords } from "../values/calendar-words.js";

/** A name: up to three capitalised words ("Norland", "Saudi Arabia", "the United Arab Emirates"). */
const NAME = String.raw`(?:the\s+)?(\p{Lu}[\p{Ll}.-]+(?:\s+\p{Lu}[\p{Ll}.-]+){0,2})`;
/** After the figure, within its clause: "of <words> (in|to|with|for|from) <Name>" or "of <Name>'s". */
const AFTER = new RegExp(String.raw`^\s*(?:(?:of|in)\s+${NAME}\s*['’]s\b|(?:of\s+[^,;:()]{0,60}?\s+)?(?:in|to|with|for|from|across|between)\s+${NAME})`, "u");
/** Before the figure, within its clause: "(in|to|with|for) <Name> ... by|of|at <figure>". */
const BEFORE = new RegExp(String.raw`(?:\b(?:in|to|with|for|from)\s+${NAME}[^,;:()]{0,40}?\s+(?:by|at|of)|(?<![\p{L}-])${NAME}['’]s\s+(?:[\p{Ll}-]+\s+){0,2}by)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$`, "u");
/**
 * Capitalised words that name a time, not a party: a month or weekday in full, or cut short with its
 * period ("Sept.", "Thurs."; without one, "Sun" or "Jan" may be a name).
 */
const TIME_WORD = new RegExp(
  String.raw`^(?:(?:${monthWords()}|${weekdayWords()}|Christmas|Easter)\b|(?:${monthWords({ forms: "short" })}|${weekdayWords({ forms: "short" })})\.)`,
);

/** The party a share in percent is of (lower case), or null when none is named next to it. */
export const shareParty: (c: Claim) => string | null = oncePerClaim((c) => {
  if (c.value.type !== "quantity" || c.value.unit !== "percent") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const after = AFTER.exec(c.sentence.slice(at + c.text.length, at + c.text.length + 120));
  const before = after ? null : BEFORE.exec(c.sentence.slice(Math.max(0, at - 80), at));
  const name = after ? (after[1] ?? after[2]) : (before?.[1] ?? before?.[2]);
  // (a sentence's full stop is no part of the name: "with Ostra.")
  return name === undefined || TIME_WORD.test(name) ? null : name.replace(/\.+$/, "").toLowerCase();
});

/** Two shares in percent of two named parties: "60 per cent in Norland" and "70 per cent in Ostra". */
export function sharePartiesApart(a: Claim, b: Claim): boolean {
  const [pa, pb] = [shareParty(a), shareParty(b)];
  return pa !== null && pb !== null && pa !== pb;
}
