/**
 * Author–year citations, so that their years are never read as dates or counts:
 * parenthetical "(Hussain, 2011)", "(Rashid, 2010a)", "(Buzan et al., 1998)",
 * "(Haider and Khan, 2020)", "(Smith & Jones, 2019; Lee et al., 2020)", "(UNHCR, 2022, p. 4)",
 * "(ibid., p. 45)"; narrative "Rashid (2010)", "Buzan and Waever (2003)", "Lee et al. (2020: 12)".
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";
import { monthWords } from "../calendar-words.js";

const NAME = String.raw`(?:(?:van|von|de|der|del|da|di|la|le|al|el|bin|ibn)\s+)*[A-Z][\p{L}'’.-]*`;
const AUTHORS = String.raw`${NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+)${NAME})*(?:\s+et\s+al\.?)?`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.d\.|forthcoming|in\s+press`;
const PAGES = String.raw`(?:\s*[,:]\s*(?:(?:p|pp|para|ch)\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?`;
const ONE = String.raw`(?:(?:see|e\.g\.|cf\.|also)[,]?\s+)*${AUTHORS}\s*,?\s+(?:${YEAR})(?:\s*,\s*(?:${YEAR}))*${PAGES}`;

const PARENTHETICAL = new RegExp(String.raw`\(\s*${ONE}(?:\s*;\s*${ONE})*\s*\)`, "gu");
const IBID = /\((?:ibid|ib|id|op\.\s*cit)\.?(?:\s*,\s*(?:p|pp)\.\s*\d+(?:\s*[-–]\s*\d+)?)?\s*\)/giu;

/** Capitalized words that name events or documents, not authors: "the Soviet War (1979)". */
const NOT_AUTHOR = new RegExp(`^(?:War|Wars|Accord|Accords|Agreement|Treaty|Act|Conference|Summit|Resolution|Crisis|Revolution|Invasion|Operation|Election|Elections|Constitution|Declaration|Protocol|Charter|Convention|Plan|Policy|Report|Census|Survey|${monthWords({ forms: "both" })}|In|The|Since|From|Until|By)$`);
/** Found from the year in parentheses (fast), then the names before it are read backwards. */
const NARRATIVE_YEAR = new RegExp(
  String.raw`\s+\((?:${YEAR})(?:\s*[,:]\s*(?:(?:p|pp)\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?\)`,
  "gu",
);
const NARRATIVE_NAMES = new RegExp(String.raw`(?<![\p{L}])(${NAME})((?:\s+(?:and|&)\s+${NAME}|\s+et\s+al\.?)?)$`, "u");

export function findCitations(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  // every form opens a parenthesis: a text without one (most texts) is spared the three expressions
  if (!text.includes("(")) return hits;
  for (const m of execAll(PARENTHETICAL, text)) hits.push(noise(m.index, m[0], "citation", "citation/parenthetical"));
  for (const m of execAll(IBID, text)) hits.push(noise(m.index, m[0], "citation", "citation/ibid"));
  for (const m of execAll(NARRATIVE_YEAR, text)) {
    const windowStart = Math.max(0, m.index - 80);
    const names = NARRATIVE_NAMES.exec(text.slice(windowStart, m.index));
    if (!names || NOT_AUTHOR.test(names[1]!)) continue;
    const start = windowStart + names.index;
    hits.push(noise(start, text.slice(start, m.index + m[0].length), "citation", "citation/narrative"));
  }
  return hits;
}
