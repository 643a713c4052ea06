/**
 * Earthquake magnitudes, however they are written: "a 6.4-magnitude earthquake", "magnitude 6.4",
 * "a magnitude-6.4 quake", "a magnitude of 6.4", "6.4 on the Richter scale", "the quake measured
 * 6.4", "a strong 6.1 tremor". All are the same unit-less value (unit "") counting "magnitude", so
 * that they compare; a magnitude lies between 0 and 10, and a number outside that is not read as one.
 */
import type { Mention, QuantityValue } from "../../types.js";
import { bounds, readQualifierBefore } from "./qualifiers.js";
import { stepOf } from "./stated-number.js";
import { readUnitAfter } from "./units.js";
import { execAll } from "../exec-all.js";

export const MAGNITUDE_COUNTED = "magnitude";
/** The scale a magnitude lies on: 0 (or just below) to 10. */
export const MAGNITUDE_LIMITS = { min: 0, max: 10 } as const;

const NUM = String.raw`(\d{1,2}(?:\.\d{1,2})?)`;
const QUAKE = String.raw`(?:earth)?quakes?|temblors?|tremors?|aftershocks?|foreshocks?|seism(?:s|ic[ \t]+(?:event|shock)s?)?`;
const QUAKE_WORD = new RegExp(String.raw`\b(?:${QUAKE})\b|\bseismic\b|\bRichter\b|\bmagnitude\b`, "i");

/**
 * Readings, each with the group of its number. A span starts at the number (or its qualifier) and
 * runs over the magnitude words that follow it ("6.4-magnitude", "6.4 on the Richter scale"); words
 * before it are evidence, not part of the value ("magnitude 6.4" → "6.4", "measured 6.4").
 */
const FORMS: readonly { re: RegExp; pattern: string; needsQuake: boolean; spanIsNumber: boolean; key: RegExp | null }[] = [
  // "a 6.4-magnitude earthquake", "a 6.4 magnitude quake", "a 7.1-Richter-scale quake"
  { re: new RegExp(String.raw`\b${NUM}[- ](?:magnitude|Richter(?:[- ]scale)?)\b`, "gi"), pattern: "quantity/magnitude-before", needsQuake: false, spanIsNumber: false, key: /magnitude|richter/i },
  // "magnitude 6.4", "magnitude-6.4", "a magnitude of 6.4", "magnitude (Mw) 6.4", "Richter scale magnitude 6.4"
  { re: new RegExp(String.raw`\bmagnitude(?:[- ]|[ \t]+of[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+|at[ \t]+least[ \t]+|nearly[ \t]+)?|[ \t]+\((?:Mw?|ML|Ms)\)[ \t]+)${NUM}\b`, "gi"), pattern: "quantity/magnitude-after", needsQuake: false, spanIsNumber: true, key: /magnitude/i },
  // "6.4 on the Richter scale", "6.4 on the open-ended Richter scale"
  { re: new RegExp(String.raw`\b${NUM}[ \t]+on[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?Richter(?:[ \t]+scale)?\b`, "gi"), pattern: "quantity/magnitude-richter", needsQuake: false, spanIsNumber: false, key: /richter/i },
  // "the quake measured 6.4", "measuring 5.9", "registered 7.0", "rated 6.1"
  { re: new RegExp(String.raw`\b(?:measured|measuring|measures|registered|registering|registers|rated|recorded[ \t]+at)[ \t]+(?:a[ \t]+(?:preliminary[ \t]+)?)?${NUM}\b`, "gi"), pattern: "quantity/magnitude-measured", needsQuake: true, spanIsNumber: true, key: /measur|regist|rated|recorded/i },
  // "a 6.4 quake", "a strong 6.1 tremor", "the 7.8 earthquake"; no key: the expression, led by its
  // number, reads a text faster than a search for the quake words through one that holds none
  { re: new RegExp(String.raw`\b${NUM}[ \t]+(?:(?:strong|powerful|major|moderate|deadly|shallow|undersea|massive|magnitude)[ \t]+)?(?:${QUAKE})\b`, "gi"), pattern: "quantity/magnitude-quake", needsQuake: false, spanIsNumber: true, key: null },
];

/** The stretch of sentence before `pos` (back to a line break or a full stop and a capital). */
function sentenceBefore(text: string, pos: number): string {
  const window = text.slice(Math.max(0, pos - 200), pos);
  const cut = Math.max(window.lastIndexOf("\n"), window.search(/[.!?]\s+[A-Z][^.!?]*$/));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** The sentence around `pos`: what stands before it, and after it up to the next full stop. */
function sentenceAround(text: string, pos: number): string {
  const after = /^[^\n]*?(?:[.!?](?=\s+[A-Z]|\s*$)|$)/m.exec(text.slice(pos, pos + 200))?.[0] ?? "";
  return sentenceBefore(text, pos) + after;
}

export function findSeismicMagnitudes(text: string): Mention[] {
  if (!QUAKE_KEY.test(text)) return [];
  const out: Mention[] = [];
  for (const form of FORMS) {
    // a form is read only in a text that holds its words
    if (form.key !== null && !form.key.test(text)) continue;
    for (const m of execAll(form.re, text)) {
      const written = m[1]!;
      const n = Number(written);
      if (n < MAGNITUDE_LIMITS.min || n > MAGNITUDE_LIMITS.max) continue;
      const numberStart = m.index + m[0].indexOf(written, form.pattern === "quantity/magnitude-after" ? "magnitude".length : 0);
      const numberEnd = numberStart + written.length;
      if (form.needsQuake) {
        // "measured 6.4" is a magnitude only in a sentence about a quake, and only without a unit
        if (!QUAKE_WORD.test(sentenceAround(text, m.index)) || readUnitAfter(text, numberEnd)) continue;
      }
      let start = form.spanIsNumber ? numberStart : m.index;
      const end = form.spanIsNumber ? numberEnd : m.index + m[0].length;
      // "about magnitude 6" (before the words), "a magnitude of about 6.4" (between them and the number)
      const windowStart = Math.max(0, m.index - 24);
      const q = readQualifierBefore(text.slice(windowStart, m.index), windowStart)
        ?? (form.pattern === "quantity/magnitude-after" ? readQualifierBefore(text.slice(m.index, numberStart), m.index) : null);
      if (q && q.edge < start) start = q.edge;
      const b = bounds(n, stepOf(n), q?.qualifier ?? null);
      const value: QuantityValue = { type: "quantity", min: b.min, max: b.max, unit: "", approximate: b.approximate, qualifier: q?.qualifier ?? null, nominal: n };
      if (out.some((o) => o.offset < end && start < o.offset + o.length)) continue;
      out.push({ offset: start, length: end - start, text: text.slice(start, end), kind: "quantity", value, timex: null, relative: false, pattern: form.pattern, counted: MAGNITUDE_COUNTED });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * What a magnitude cannot do without: a magnitude or Richter word or a quake word. Each form but
 * "measured 6.4" holds one; "measured 6.4" is read only in a sentence that holds one (QUAKE_WORD),
 * a stretch of the text, so the text holds its letters too. A text without them (most texts: a
 * measuring verb alone is common) is spared the forms and their keys.
 */
export const QUAKE_KEY = /magnitude|richter|quake|temblor|tremor|shock|seism/i;
