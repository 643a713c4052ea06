/**
 * Calls and messages: one call is told by the one who made it or by the one who got it ("someone
 * made a threatening call to the bank at 9:15 a.m.", "the bank received a threatening call on
 * Monday morning"; "the freighter put out a message at 0400 hours", "the frigate picked up a
 * distress call at about 4 a.m.", "the skipper radioed a message at 4 am"). The verbs are of many
 * classes or of none (make and get are light, pick is a choosing, put out a putting out of a fire),
 * but a day or a clock time of a call told by any of them is the call's, and a claim so read is of
 * the kind "phone-call" (predicate-classes.ts classesOfClaim; a name no verb has, so that "called the plan
 * a failure" is not of it), whatever else its verb names.
 *
 * A day or a clock time whose clause goes on "when" someone got or made a call ("the chase began
 * at 4 am when the frigate received a distress call", "was on patrol Sunday when it picked up a
 * mayday") dates that call too, beside its own happening.
 *
 * Dates only: counts of calls ("received 300 calls", "made 300 calls") may count calls made to a
 * line and calls made from it, which are different things.
 *
 * Must be a call: "made a threatening phone call to the bank", "received a threatening call",
 * "put out a message", "picked up a distress call", "radioed a mayday", "began at 4 am when the
 * frigate received a distress call". Must not: "received a reward on Monday" (no call), "made a
 * statement at 4 pm" (no call), "picked a new captain on Monday" (a choosing), "called the plan a
 * failure on Monday" (no call noun), "began at 4 am when the crew boarded the dhow" (no call).
 */
import type { Claim } from "../types.js";

/** Verbs of making, sending, getting or answering a call, as a claim's predicate reads them (base forms and phrases). */
const CALL_VERBS: ReadonlySet<string> = new Set([
  "make", "place", "put", "put out", "send", "radio", "issue", "transmit", "relay", "broadcast",
  "receive", "get", "pick", "pick up", "take", "answer", "field", "hear", "intercept",
]);

/** Of those, the verbs told by the one who makes or sends the call; the others are told by the one who gets it. */
const SENDING: ReadonlySet<string> = new Set(["make", "place", "put", "put out", "send", "radio", "issue", "transmit", "relay", "broadcast"]);

/** The last word of a call's noun phrase: "threatening phone call", "distress call", "message", "mayday". */
const CALL_NOUN = /(?:^|\s)(?:call|calls|phonecall|phone-call|message|messages|mayday|sos|distress\s+signal)$/i;

/** A clause after the clock time opened by "when", whose verb makes or gets a call ("… at 4 am when the frigate received a distress call"). */
const WHEN_A_CALL =
  /^[^.;:!?]{0,16}?\bwhen\b[^.;:!?]{0,90}?\b(?:received|receives|got|gets|picked\s+up|picks\s+up|made|makes|placed|put\s+out|sent|radioed|answered|took|heard|intercepted)\s+(?:(?:a|an|the|its|his|her|their)\s+)?[^\p{L}]{0,4}(?:[\p{L}-]+\s+){0,2}(?:call|calls|message|messages|mayday|sos)\b/iu;

/** Whether a date claim's predicate makes or gets a call: a verb of CALL_VERBS whose patient is a call's noun. */
function callByItsVerb(c: Claim, predicate: string): boolean {
  if (!CALL_VERBS.has(predicate)) return false;
  const patient = c.claimFrame?.participants.find((x) => x.role === "patient");
  return patient !== undefined && CALL_NOUN.test(patient.key.replace(/[^\p{L}\s-]/gu, "").trim());
}

/** Whether a day's or a clock time's clause goes on to tell a call made or got at that moment (WHEN_A_CALL). */
function callWhen(c: Claim): boolean {
  if (c.value.type !== "date") return false;
  const at = c.sentence.indexOf(c.text);
  return at >= 0 && WHEN_A_CALL.test(c.sentence.slice(at + c.text.length));
}

/**
 * Which end of a call a date claim tells: "made" when its predicate makes or sends one ("put out a
 * message"), "got" when it gets one ("picked up a distress call"), "when" when its clause goes on
 * to tell one at that moment ("began at 4 am when … received a call"), null for no call (and for
 * every count).
 */
export type CallEnd = "made" | "got" | "when";

export function callEnd(c: Claim, predicate: string | null): CallEnd | null {
  if (c.value.type !== "date") return null;
  if (predicate !== null && callByItsVerb(c, predicate)) return SENDING.has(predicate) ? "made" : "got";
  return callWhen(c) ? "when" : null;
}

/**
 * Whether two tellings of calls are told from its two ends, or one of them from a clause around it:
 * one by a verb of making or sending it, the other by a verb of getting it ("the freighter put out
 * a message", "the frigate picked up the call"), or either dated by a when-clause ("the chase
 * began at 4 am when …"). The doer of each is then another party of one call (its caller, its
 * receiver) or of no part in it (what "began"), and the two are not parted by who did each
 * (undated-days.ts). Must hold: made / got; when / made; when / when. Must not: got / got (one end:
 * two receivers are two calls); made / made; made / no call.
 */
export function fromItsTwoEnds(a: CallEnd | null, b: CallEnd | null): boolean {
  return a !== null && b !== null && (a === "when" || b === "when" || a !== b);
}
