/**
 * How many times someone was ordered or asked to do one thing, told by two reports that put the
 * count in two places: "five times ordered the board to sack Roe" and "ordered the board to sack
 * Roe five times". The frames read two predicates (the order; the act ordered), so two topics keep
 * the counts apart; the count is of the orders either way (an act such as a sacking is done once),
 * and the act ordered says which orders. Two counts are taken here for one, as an agreement only,
 * when
 *   - each counts times ("five times", "twice") and stands right before a verb of ordering or
 *     asking ("ordered", "told", "asked", "urged", "pressed", "instructed", "directed"), or after the
 *     verb of that verb's "to" clause, in the clause ("ordered the board to sack Roe five times");
 *   - the verbs after "to" are one ("sack");
 *   - they state one value, in two reports of one story whose sentences share a proper name.
 * Must: the two above. Must not: "five times ordered the board to sack Roe" / "five times asked the
 * board to hire Roe" (another act); "sacked five times" (no order); "ordered the board to sack Roe"
 * and, in its next clause, "five times" of another verb; another story or no name in common.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { oncePerClaim } from "./per-claim.js";
import { namesShared } from "./participants.js";
import { byPlace } from "./same-figure.js";

const ORDER = String.raw`(?:order|ordered|orders|ordering|tell|told|tells|telling|ask|asked|asks|asking|urge|urged|urges|urging|press|pressed|presses|pressing|instruct|instructed|instructs|direct|directed|directs)`;
/** The count, "times" and a verb of ordering right after it (an adverb between or not), then its "to" clause's verb. */
const COUNT_THEN_ORDER = new RegExp(String.raw`^\s*(?:times\s+)?(?:\p{Ll}+ly\s+)?${ORDER}\s+(?:[\p{L}.'’-]+\s+){0,6}?to\s+(\p{Ll}+)\b`, "u");
/** A verb of ordering and its "to" clause's verb, then up to five words of the clause before the count. */
const ORDER_THEN_COUNT = new RegExp(String.raw`\b${ORDER}\s+(?:[\p{L}.'’-]+\s+){0,6}?to\s+(\p{Ll}+)\s+(?:[\p{L}.'’-]+\s+){0,5}$`, "u");
/** Right after the count: "times", or nothing more when the count says it ("twice"). */
const TIMES_AFTER = /^\s+times\b/;
const TIMES_WORD = /^(?:once|twice|thrice)$/i;

/** The verb of the act a count of orders is of ("sack"), or null (see the header). */
export const orderedActOf: (c: Claim) => string | null = oncePerClaim((c) => {
  if (c.value.type !== "quantity" || c.claimFrame?.counted !== "time") return null;
  const at = c.sentence.indexOf(c.text);
  if (at < 0 || c.sentence.indexOf(c.text, at + 1) >= 0) return null;
  const after = c.sentence.slice(at + c.text.length);
  const counted = TIMES_WORD.test(c.text.trim()) || TIMES_AFTER.test(after);
  if (!counted) return null;
  const ahead = COUNT_THEN_ORDER.exec(after);
  if (ahead) return ahead[1]!;
  const behind = ORDER_THEN_COUNT.exec(c.sentence.slice(0, at));
  return behind ? behind[1]! : null;
});

/** Groups of one count of orders to do one thing (see the header) that the groups made do not already hold. */
export function orderedActGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  const key = (c: Claim): string | null => {
    if (c.story === undefined || c.value.type !== "quantity" || c.value.nominal === null) return null;
    const act = orderedActOf(c);
    return act === null ? null : `${c.story}|${c.value.nominal}|${act}`;
  };
  for (const bucket of bucketsBy(claims, key)) {
    if (!fromTwoReports(bucket)) continue;
    const formed: Claim[][] = [];
    for (const c of bucket) {
      const home = formed.find((g) => g.every((m) => m.document !== c.document && namesShared(m, c)));
      if (home) home.push(c);
      else formed.push([c]);
    }
    for (const members of formed) {
      if (members.length < 2 || !tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("ordered-act", members, "how many times one act was ordered", "single"));
    }
  }
  return out;
}
