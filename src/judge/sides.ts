/**
 * A finding's sides: its claims grouped by what they say, so that "two sources say 1997, one says
 * 1996" can be read off it. Claims on one side agree with each other ("1997", "25 May 1997");
 * sides differ as the finding's verdict says. Every claim stands on exactly one side.
 *
 * Complete linkage, most precise claim first: a claim joins the first side all of whose claims it
 * agrees with, so one vague value cannot bind two that differ ("2020" agrees with "February 2020"
 * and with "March 2020", which do not agree with each other: it joins the first). Claims with the
 * same value are decided once. Sides are listed largest first (by documents, then claims), ties by
 * where their first claim stands; claims keep the finding's order within a side.
 */
import type { Claim } from "../types.js";
import type { Interval } from "../values/intervals.js";
import type { PairVerdict } from "./worst-pair.js";

function valueKey(c: Claim, span: Interval): string {
  return `${JSON.stringify(c.value)}|${c.measure}|${c.frame ? `${c.frame.start}/${c.frame.end}` : ""}|${span.lo}|${span.hi}`;
}

export function sidesOf(claims: readonly Claim[], compare: (a: Claim, b: Claim) => PairVerdict, span: (c: Claim) => Interval): Claim[][] {
  // One representative per distinct value (and measure and frame), in claim order.
  const classes = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = valueKey(c, span(c));
    const list = classes.get(key);
    if (list) list.push(c);
    else classes.set(key, [c]);
  }
  const width = (c: Claim): number => {
    const s = span(c);
    return s.hi - s.lo;
  };
  const order = [...classes.values()].sort((x, y) => width(x[0]!) - width(y[0]!) || claims.indexOf(x[0]!) - claims.indexOf(y[0]!));
  const sides: Claim[][][] = [];
  for (const members of order) {
    const rep = members[0]!;
    const side = sides.find((s) => s.every((other) => compare(rep, other[0]!).verdict === "agree"));
    if (side) side.push(members);
    else sides.push([members]);
  }
  const position = new Map(claims.map((c, i) => [c, i]));
  const flat = sides.map((s) => s.flat().sort((a, b) => position.get(a)! - position.get(b)!));
  const documents = (s: readonly Claim[]): number => new Set(s.map((c) => c.document)).size;
  return flat.sort((a, b) => documents(b) - documents(a) || b.length - a.length || position.get(a[0]!)! - position.get(b[0]!)!);
}
