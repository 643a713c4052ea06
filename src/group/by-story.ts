/**
 * Claims by story (group/stories.ts): one list per story, in the order each story is first met,
 * each in the claims' order; claims of no story are one story. For the readers that learn something
 * of a whole story before grouping (its names, its places, its rates of exchange).
 */
import type { Claim } from "../types.js";

export function claimsByStory(claims: readonly Claim[]): Claim[][] {
  const byStory = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = c.story ?? "";
    const list = byStory.get(key);
    if (list) list.push(c);
    else byStory.set(key, [c]);
  }
  return [...byStory.values()];
}
