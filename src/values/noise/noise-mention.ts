/**
 * The shape every noise recognizer returns: a span that looks numeric but is not a claim.
 */
import type { Mention, MentionKind } from "../../types.js";

export type NoiseKind = Extract<MentionKind, "citation" | "section-number" | "version-label" | "identifier">;
export type NoiseHit = Mention;

export function noise(offset: number, text: string, kind: NoiseKind, pattern: string): NoiseHit {
  return { offset, length: text.length, text, kind, value: null, timex: null, relative: false, pattern };
}

/**
 * Numbers labelled by a name before them ("Terminal 5", "Vision 2030", "COP28"), found from each
 * run of digits with the name read backwards from it — much faster than trying every name at every
 * character. `name` ends with `$` and matches in the `window` characters before the number (or
 * before the one space or tab between them); no name may end another, so at most one ends there.
 * `number` is sticky and reads the label from the first digit. [start of the name, end of the
 * label] of each, in text order.
 */
export function namedNumbers(text: string, name: RegExp, window: number, number: RegExp, spaceRequired: boolean): [number, number][] {
  const out: [number, number][] = [];
  let reach = 0;
  const digits = /\d+/g;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const d = m.index;
    if (d < reach) continue;
    const c = text.charCodeAt(d - 1);
    const spaced = c === 32 || c === 9;
    if (spaceRequired && !spaced) continue;
    const nameEnd = spaced ? d - 1 : d;
    const found = name.exec(text.slice(Math.max(0, nameEnd - window), nameEnd));
    if (!found) continue;
    number.lastIndex = d;
    if (!number.exec(text)) continue;
    out.push([nameEnd - found[0].length, number.lastIndex]);
    reach = number.lastIndex;
  }
  return out;
}

