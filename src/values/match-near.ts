import { execAll } from "./exec-all.js";
/**
 * Runs an expression only near the words it cannot match without: each hit of a cheap `key`
 * ("old", "turn", a year; or the key's matches, when two expressions share them) opens a window of `before` characters before it and `after` after its
 * end, and `re` (global) is matched in that window; matches keep their offsets into `text`, one
 * per start (the longest, when windows overlap). An expression that would try every word of a long text (an alternation of number words
 * before "-year-old") reads a few short windows instead: linear in the text, whatever it holds.
 * A match must fit in its window (shorter than `before` plus the key and `after`), and one that
 * starts where a window starts is not told what stands before it, so `before` is chosen longer
 * than any match can reach back.
 */
export function matchNear(text: string, key: RegExp | readonly RegExpExecArray[], re: RegExp, before: number, after: number): RegExpExecArray[] {
  const found = new Map<number, RegExpExecArray>();
  // the key's matches, or the matches themselves when the caller has found them for another expression
  for (const k of key instanceof RegExp ? execAll(key, text) : key) {
    const start = Math.max(0, k.index - before);
    const window = text.slice(start, Math.min(text.length, k.index + k[0].length + after));
    for (const m of execAll(re, window)) {
      const at = start + m.index;
      // the same start read again from a later window, which may see more of the match: the longer one
      const known = found.get(at);
      if (!known || m[0].length > known[0].length) found.set(at, Object.assign(m, { index: at }) as RegExpExecArray);
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}
