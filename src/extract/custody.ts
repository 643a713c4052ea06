/**
 * A capture of someone: "the capture of the fugitive Ansel Grieve", "the general himself was
 * captured", "seized the smuggler", "captured the schooner Wren". A verb of taking whose object
 * (or whose passive subject) is a person or a craft tells of custody or a prize, not of a place
 * taken, so it is no trigger of a topic of places and power taken (a capital's fall); a topic of
 * arrests names "arrest" or "capture" among its predicates and keeps it.
 *
 * Must be someone: "the capture of the fugitive Ansel Grieve", "captured two rebel commanders",
 * "Colonel Marsh was captured on the ridge", "the outlaw himself was captured", "Rudd, their
 * leader, was captured", "dozens of gunmen were killed or captured", "captured the schooner
 * Wren", "the capture of General Odo". Must not: "captured the capital Marrowby", "the capture of
 * Port Ellin", "the city was captured", "the islands were eventually captured", "captured the
 * northern towns of Ashby and Keld", "captured 52 percent of the vote".
 */
import { isPersonNoun } from "../values/quantity/people.js";

/** Verbs of taking that may take a place or a person: the trigger words this reads. */
const TAKING = /^(?:re)?captur(?:e|es|ed|ing)$/i;

/** People taken into custody whom the people lexicon does not list: those on the run and the like. */
const QUARRY = /^(?:fugitives?|escapees?|outlaws?|suspects?|convicts?|bandits?|smugglers?|pirates?|ringleaders?|kingpins?|generals?|admirals?|chiefs?|kings?|queens?|emperors?|princes?|presidents?|spies|spy|deserters?|runaways?|slavers?|privateers?|himself|herself|themselves)$/i;
/** Craft taken as prizes. */
const CRAFT = /^(?:ships?|vessels?|boats?|schooners?|brigs?|frigates?|sloops?|galleons?|steamers?|gunboats?|cruisers?|destroyers?|submarines?|tankers?|trawlers?|HMS|USS)$/;
/** Titles before a name that make it a person's. */
const TITLE = /^(?:General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Captain|Capt\.|Major|Maj\.|Admiral|Adm\.|Sergeant|Sgt\.|President|King|Queen|Emperor|Prince|Sheikh|Mullah|Commander|Chief|Mr\.|Mrs\.|Ms\.|Dr\.)$/;

function someoneWord(word: string): boolean {
  const bare = word.replace(/[,;:.!?’'"]+$/u, "").replace(/['’]s$/u, "");
  if (bare === "") return false;
  // a capitalized word is a name, of a place as often as of a person ("Paris", "New Orleans"): only
  // a title or a craft's prefix tells
  return QUARRY.test(bare) || CRAFT.test(bare) || TITLE.test(word) || (/^\p{Ll}/u.test(bare) && isPersonNoun(bare, bare));
}

/** Words a verb's object may open with before its head: articles, numbers, adjectives, names. */
const LEAD = /^(?:the|a|an|his|her|their|its|key|several|many|two|three|four|five|six|dozens|hundreds|some|senior|top|rebel|enemy|notorious|wanted|\p{Lu}[\p{L}'’.-]*|of)$/u;

/** Whether the taking verb at [start, end) of `text` takes someone: its object, or its passive subject. */
export function takesSomeone(text: string, start: number, end: number): boolean {
  if (!TAKING.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 80).split(/\s+/).filter((w) => w !== "").slice(0, 5);
  if (/^or$/i.test(after[0] ?? "") && /^kill(?:ed|ing)?[,.;]?$/i.test(after[1] ?? "")) return true;
  // the object (after "of" for the noun): the first word that is no lead word is its head, or the
  // words up to it hold a title or a person noun ("the fugitive Ansel Grieve", "General Odo")
  for (const w of after) {
    if (someoneWord(w)) return true;
    // the object ends at its head, or at a stop
    if (/[,;:!?)]$/.test(w) || (/\.$/.test(w) && !TITLE.test(w)) || !LEAD.test(w)) break;
  }
  // a passive subject: "… himself was captured", "Rudd, their leader, was captured"
  const before = text.slice(Math.max(0, start - 80), start);
  if (/\bkilled\s+or\s+$/i.test(before)) return true;
  const passive = /\b(?:was|were|been|being|be)\s+(?:(?:later|eventually|finally|then|soon|also|reportedly|quickly|subsequently)\s+)?$/i.exec(before);
  if (!passive) return false;
  const subject = before.slice(0, passive.index).split(/\s+/).filter((w) => w !== "").slice(-3);
  return subject.some(someoneWord);
}
