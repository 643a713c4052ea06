/**
 * Numbers that locate a place in a document: headings "1. Introduction", "3.4. Identified gaps",
 * "2.3.1 Data", and references "Section 4", "Chapter 3", "Table 2", "Fig. 3", "p. 12",
 * "pp. 45–67", "para. 3", "Article 370", "§ 4".
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";

/**
 * At a line start: "3.4." or "5." or "2.3.1", then a capitalized heading word. Tried at each line's
 * start only, as /^…/gmu finds them (that expression looked for a line start at every character:
 * a whole address of one line was read to its end for nothing).
 */
const HEADING = /[ \t]*(\d{1,2}(?:\.\d{1,2}){1,4}\.?|\d{1,2}\.)(?=[ \t]+[A-Z\p{Lu}])/uy;
/** What ends a line for ^ under the m flag. */
const LINE_TERMINATORS = ["\n", "\r", "\u2028", "\u2029"];

/** HEADING's matches at the text's start and after each line terminator, in order. */
function headings(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // the next place of each terminator at or after the last line start (-1: none left)
  const next = LINE_TERMINATORS.map((t) => text.indexOf(t));
  for (let at = 0; ; ) {
    HEADING.lastIndex = at;
    const m = HEADING.exec(text);
    if (m) out.push(m);
    let end = -1;
    for (let k = 0; k < next.length; k++) {
      if (next[k]! !== -1 && next[k]! < at) next[k] = text.indexOf(LINE_TERMINATORS[k]!, at);
      if (next[k]! !== -1 && (end === -1 || next[k]! < end)) end = next[k]!;
    }
    if (end === -1) break;
    at = end + 1;
  }
  HEADING.lastIndex = 0;
  return out;
}

const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Section|Sections|Sec\.|Chapter|Chapters|Ch\.|Table|Tables|Figure|Figures|Fig\.|Figs\.|Appendix|Annex|Article|Articles|Art\.|Clause|Paragraph|Para\.|Part|Volume|Vol\.|Page|Pages|Item|Rule)\s+|(?:p|pp)\.\s?|§\s?)` +
    String.raw`(?:\d+(?:\.\d+)*[A-Za-z]?|[IVXLC]+)(?:\s*(?:[-–]|and|to)\s*\d+(?:\.\d+)*)?(?![\d\p{L}])`,
  "gu",
);

export function findSectionNumbers(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const m of headings(text)) {
    const number = m[1]!;
    hits.push(noise(m.index + m[0].indexOf(number), number, "section-number", "section-number/heading"));
  }
  for (const m of execAll(REFERENCE, text)) hits.push(noise(m.index, m[0], "section-number", "section-number/reference"));
  return hits;
}
