/**
 * An age told of two people at once ("Ann Vell and Tam Roe, both 47, were hurt"; "Vell and Roe were
 * both 47") is each one's age. Ages are grouped by whose they are (participants.ts ownerOf): one
 * person's age cannot join another's, so a report that gives one of the two that age alone
 * ("47-year-old Tam Roe") is kept apart from the joint age as soon as the joint age has joined the
 * other one's. Each person the joint age names is given a group of its own here, as an agreement
 * only: the joint ages of reports of one story that name the person, and the ages other reports
 * give that person alone, when all state one value.
 *
 * A joint age is a number after "both", "each" or "all" (with "aged" or not), after a comma or "were"
 * ("Vell and Roe, both 47"; "Vell and Roe were each 47"); the people are the names joined by "and"
 * before it, each its last capitalised words ("Police Sgt. Ann Vell" → ann vell). A person's own
 * age is one an owner is read for (ownerOf: "47-year-old Tam Roe", "Tam Roe, 47"); it is that
 * person's when its last name word is the joint name's, and its first names, where both give
 * one, agree.
 *
 * Must: "Ann Vell and Tam Roe, both 47" / "47-year-old Tam Roe" (one report each); "Vell and Roe were
 * both 47" / "Tam Roe, 47". Must not: … / "48-year-old Tam Roe" (another value: not set against it
 * here); … / "47-year-old Ida Roe" (another Roe); … / "47-year-old Lou Marr" (not named); a joint
 * age and an age of one report alone.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { ownerOf } from "./participants.js";
import { bucketsBy, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { oncePerClaim } from "./per-claim.js";
import { byPlace } from "./same-figure.js";

/** What stands between the names and a joint age: ", both", "were each", ", all aged". */
const JOINT_BEFORE = /(?:\s*,|\s+(?:were|are))\s+(?:both|each|all)\s+(?:aged\s+)?$/i;
/** A capitalised run at the end of a piece of text (titles and initials with their dots). */
const TRAILING_NAME = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*$/u;

/** A name's words in lower case, without dots ("Capt. Tom Tennant" → capt tom tennant). */
function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w !== "");
}

/** The people a joint age names, each as its words in lower case (see the header); null for any other claim. */
export const jointAgeOf: (c: Claim) => string[][] | null = oncePerClaim((c) => {
  if (c.claimFrame?.counted !== "age" || c.value.type !== "quantity" || !/^\d{1,3}$/.test(c.text.trim())) return null;
  const at = c.sentence.indexOf(c.text);
  if (at < 0 || c.sentence.indexOf(c.text, at + 1) >= 0) return null;
  const before = c.sentence.slice(0, at);
  const m = JOINT_BEFORE.exec(before);
  if (!m) return null;
  const names = before.slice(0, m.index);
  const and = names.lastIndexOf(" and ");
  if (and < 0) return null;
  // the name before "and" runs back to a comma or the sentence's start
  const left = names.slice(names.lastIndexOf(",", and) + 1, and);
  const people = [left, names.slice(and + " and ".length)].map((part) => TRAILING_NAME.exec(part)?.[1]);
  if (people.some((p) => p === undefined)) return null;
  return people.map((p) => wordsOf(p!));
});

/** Whether a person's own age (its owner's words) is of the person a joint age names (see the header). */
function isOf(owner: readonly string[], named: readonly string[]): boolean {
  if (owner.at(-1) !== named.at(-1)) return false;
  if (owner.length < 2 || named.length < 2) return true;
  return owner.at(-2) === named.at(-2);
}

/** A claim's age as bucketed: story and value. */
function ageKey(c: Claim): string | null {
  const v = c.value;
  if (c.story === undefined || c.claimFrame?.counted !== "age" || v.type !== "quantity" || v.nominal === null) return null;
  return `${c.story}|${v.nominal}|${v.unit}`;
}

/** Groups of one person's age told jointly with another's and alone (see the header), that the groups made do not already hold. */
export function jointAgeGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  const made = new Set<string>();
  for (const bucket of bucketsBy(claims, ageKey)) {
    if (!fromTwoReports(bucket)) continue;
    const joint = bucket.filter((c) => jointAgeOf(c) !== null);
    if (joint.length === 0) continue;
    const own = bucket.flatMap((c) => {
      const owner = jointAgeOf(c) === null ? ownerOf(c) : null;
      return owner === null ? [] : [{ claim: c, owner: owner.split(" ") }];
    });
    for (const j of joint) {
      for (const person of jointAgeOf(j)!) {
        const alone = own.filter((o) => isOf(o.owner, person)).map((o) => o.claim);
        if (alone.length === 0) continue;
        const together = joint.filter((k) => jointAgeOf(k)!.some((p) => isOf(p, person) && isOf(person, p)));
        const members = [...new Set([...together, ...alone])].sort(byPlace);
        const key = members.map((c) => c.id).join(" ");
        if (made.has(key) || !fromTwoReports(members) || !tellsAnew(members, grouped)) continue;
        made.add(key);
        out.push(toldAsOneGroup("joint-age", members, "one person's age, told with another's", "single"));
      }
    }
  }
  return out;
}
