/**
 * Judging an occurrence of undated days and clock times (group/undated-days.ts). The claims are
 * split into sides that fix the same thing (fixesTheSame: one weekday, one clock time within the
 * stated precision); one side agrees, several diverge. With no report's day known, "yesterday" of
 * one may be "today" of another, and two clock times may be told by two clocks: such sides never
 * contradict. Only different weekdays of one happening that has one day (a death, a blast, an
 * arrest: one-day-weekdays.ts) contradict, since reports of one story written within a week
 * cannot name one past day by two weekdays.
 *
 * Must: "Friday" / "Friday" agree; "5:30 p.m." / "about 5:30 p.m." agree; "Friday" / "Saturday" of
 * a fire diverge; "10 a.m." / "4 p.m." diverge; "Brandt died Friday" / "Brandt died Thursday"
 * contradict. Must not: contradict on "yesterday" / "Thursday", or on two clock times.
 */
import type { Claim, ClaimGroup, Finding, UndatedDayValue } from "../types.js";
import { fixesTheSame } from "../group/undated-days.js";
import { buildFinding } from "./finding.js";
import { identityNames } from "./fingerprint.js";
import { oneDayApartPair } from "./one-day-weekdays.js";

type UndatedClaim = Claim & { value: UndatedDayValue };

/** Claims in sides that each fix one thing, compared with each side's first claim. */
function sidesOf(claims: readonly UndatedClaim[]): UndatedClaim[][] {
  const sides: UndatedClaim[][] = [];
  for (const c of claims) {
    const side = sides.find((s) => fixesTheSame(s[0]!.value, c.value));
    if (side) side.push(c);
    else sides.push([c]);
  }
  return sides;
}

/** The finding of one occurrence of undated claims: agree, diverge, or contradict on weekdays of one day's happening. */
export function judgeUndatedGroup(group: ClaimGroup): Finding[] {
  const claims = group.claims.filter((c): c is UndatedClaim => c.value.type === "date" && c.value.start === null);
  if (new Set(claims.map((c) => c.document)).size < 2) return [];
  const sides = sidesOf(claims);
  const apart = sides.length > 1 ? oneDayApartPair(sides) : null;
  const verdict = sides.length === 1 ? "agree" : apart ? "contradict" : "diverge";
  const basis =
    verdict === "agree"
      ? { kind: "equal" as const, claims: claims.map((c) => c.id) }
      : apart
        ? { kind: "undated-one-day" as const, a: apart[0].id, b: apart[1].id }
        : { kind: "undated-reports" as const, a: sides[0]![0]!.id, b: sides[1]![0]!.id };
  const identity = { kind: "part" as const, measure: claims[0]!.measure, frame: "undated", names: identityNames(claims) };
  return [buildFinding(group, { identity, claims, verdict, basis, sides, attribution: () => null })];
}
