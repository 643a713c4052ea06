/**
 * What a grouping reads from a claim's text, sentence or frame, read once per claim: a bucket's
 * claims are compared pair by pair, group against group, and a claim's text, sentence and value do
 * not change once it is made, so reading again for every pair would only repeat the work.
 */
import type { Claim } from "../types.js";

/** `read`, remembered per claim (a claim no longer held is forgotten with it). */
export function oncePerClaim<T>(read: (c: Claim) => T): (c: Claim) => T {
  const known = new WeakMap<Claim, T>();
  return (c) => {
    const seen = known.get(c);
    // (one lookup for a reading made; a reading of undefined is told by has())
    if (seen !== undefined || known.has(c)) return seen as T;
    const value = read(c);
    known.set(c, value);
    return value;
  };
}
