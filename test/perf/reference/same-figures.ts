/**
 * REFERENCE (same-figure): addSameFigures of src/group/same-figure.ts as the plain walk over every
 * group for each figure, kept as the oracle of test/perf/add-same-figures.test.ts, which checks
 * that the version that finds a figure's whole groups by their first claim gives the same list.
 * Not used by relcheck itself: a change to what adding a figure means is made here and there alike.
 */
import { oneSpan } from "../../../src/group/same-figure.js";
import type { ClaimGroup } from "../../../src/types.js";

/** The figures added to the groups: each extends the first whole group it holds, or stands alone. */
export function addSameFiguresByWalk(groups: ClaimGroup[], found: readonly ClaimGroup[]): void {
  for (const figure of found) {
    const ids = new Set(figure.claims.map((c) => c.id));
    const within = (g: ClaimGroup): boolean => g.claims.length >= 2 && g.story === figure.story && g.claims.every((c) => ids.has(c.id)) && new Set(g.claims.map((c) => c.measure)).size === 1;
    const at = groups.findIndex(within);
    if (at < 0) {
      groups.push(figure);
      continue;
    }
    const home = groups[at]!;
    // a figure that holds two whole groups ("kept his titles on Saturday" and "retained his titles on
    // Saturday", two topics of synonymous verbs) extends the first and takes the place of the
    // others: one finding over those claims, not two — when all its claims state one span, so that
    // the finding can only be the agreement each group was ("more than eight years" beside "eight
    // years" may make it a divergence, and the groups' own agreements stay)
    if (oneSpan(figure.claims)) for (let i = groups.length - 1; i > at; i--) if (within(groups[i]!)) groups.splice(i, 1);
    const held = new Set(home.claims.map((c) => c.id));
    const measure = home.claims[0]!.measure;
    groups[at] = { ...home, claims: [...home.claims, ...figure.claims.filter((c) => !held.has(c.id)).map((c) => ({ ...c, measure }))] };
  }
}
