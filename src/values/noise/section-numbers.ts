/**
 * Numbers that locate a place in a document: headings "1. Introduction", "3.4. Identified gaps",
 * "2.3.1 Data", and references "Section 4", "Chapter 3", "Table 2", "Fig. 3", "p. 12",
 * "pp. 45–67", "para. 3", "Article 370", "§ 4".
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";

/** At a line start: "3.4." or "5." or "2.3.1", then a capitalized heading word. */
const HEADING = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){1,4}\.?|\d{1,2}\.)(?=[ \t]+[A-Z\p{Lu}])/gmu;

const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Section|Sections|Sec\.|Chapter|Chapters|Ch\.|Table|Tables|Figure|Figures|Fig\.|Figs\.|Appendix|Annex|Article|Articles|Art\.|Clause|Paragraph|Para\.|Part|Volume|Vol\.|Page|Pages|Item|Rule)\s+|(?:p|pp)\.\s?|§\s?)` +
    String.raw`(?:\d+(?:\.\d+)*[A-Za-z]?|[IVXLC]+)(?:\s*(?:[-–]|and|to)\s*\d+(?:\.\d+)*)?(?![\d\p{L}])`,
  "gu",
);

export function findSectionNumbers(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const m of execAll(HEADING, text)) {
    const number = m[1]!;
    hits.push(noise(m.index + m[0].indexOf(number), number, "section-number", "section-number/heading"));
  }
  for (const m of execAll(REFERENCE, text)) hits.push(noise(m.index, m[0], "section-number", "section-number/reference"));
  return hits;
}
