/**
 * Who "he" or "she" is in a sentence that opens with the pronoun and tells a player's figure ("He
 * had 793 yards …", "But she missed six games and scored 40 goals"): the person the sentences
 * before it are about. Read back from the sentence right before: one that opens with a name as its
 * subject ("Ames came into the year as …", "But Ames initially was hurt …") gives that name; one
 * that opens with "he" or "she" itself is about the same person, and the sentence before it is read
 * (three sentences back at most); any other opening (a description, an article, a quote, a
 * possessive, a fronted phrase, a lone capitalized word the document writes nowhere else inside a
 * sentence: "Precision and poise marked his start") gives no one.
 *
 * Kept for the counts of a statistic (STAT_COUNTED, also told by a player's role): the group stage
 * takes the name as the figure's holder where the figure's clause is the pronoun's
 * (group/stat-lines.ts); and, for "he" or "she" alone, for the frame of any verb (pronounSubjectOf:
 * group/pronoun-agents.ts takes it as the doer of a verb the pronoun is subject of).
 * Must: "Ames came into 2019 as the top rusher." before "He had 900 yards." → Ames; "Ames missed
 * six games. He had 400 yards." before "But he had 20 catches." → Ames. Must not: "The club
 * placed Ames on the list." (an article opens it), "Ames's knee is hurt." (a possessive),
 * "“Ames will be back,” Dunn said." (a quote), "Last season it was Ames …" (a fronted phrase).
 */
import { escapeRegExp } from "../values/exec-all.js";
import { wordTable } from "../values/word-table.js";
import { calendarWords } from "../values/calendar-words.js";

/** A sentence that opens with "he" or "she" as its subject, past a joining word. */
const OPENS_PRONOUN = /^(?:(?:And|But|Yet|Then|So|Still|Now)\s+(?:he|she)|He|She)\s+\p{Ll}/u;
/** A sentence that opens with a name as its subject, past a joining word, before a word in lower case. */
const OPENS_NAME = /^(?:(?:And|But|Yet|Then|So|Still|Now)\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:,\s+|\s+)\p{Ll}/u;
/** A name as the subject after a fronted phrase and a comma, past a player's role in lower case: "In Cole's absence, running back Ames has …". */
const FRONTED_NAME = /^[^,;:"“”]{0,100},\s+(?:(?!(?:the|a|an|his|her|their|its)\s)[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+\p{Ll}/u;

/** The subject name after a fronted phrase with no subject of its own (FRONTED_PRONOUN's openers), as OPENS_NAME gives it; else null. */
function frontedName(text: string): RegExpExecArray | null {
  const opener = FRONTED_OPENER.exec(text);
  if (opener === null) return null;
  const m = FRONTED_NAME.exec(text);
  return m !== null && !OWN_SUBJECT.test(m[0].slice(0, m[0].lastIndexOf(",", m.index + m[0].indexOf(m[1]!)))) ? m : null;
}

/** Capitalized words that open a sentence and name no one (a day or month too, in full or cut short with its period: "Thurs."). */
const NO_NAME = new RegExp(`^(?:And|But|Yet|Then|So|Still|The|A|An|This|That|These|Those|It|They|We|I|You|His|Her|Their|Its|Our|In|On|At|With|After|Before|When|While|As|If|For|Of|By|From|To|Last|Next|Since|During|Despite|Although|Though|Because|There|Here|One|Both|Each|All|Some|Many|Most|No|Only|Even|Also|Meanwhile|However|${calendarWords()}|(?:${calendarWords({ forms: "short" })})\\.)$`);

/**
 * What a person has that a sentence about it is about the person: a body part, an injury, a season
 * or a career, a contract, a return ("Ames's ankle is sore", "Ames' injury needs surgery").
 */
const OWN_THING = /^(?:injury|injuries|knee|knees|ankle|ankles|foot|feet|leg|legs|hamstring|shoulder|wrist|hand|elbow|hip|neck|head|groin|toe|back|season|career|contract|status|absence|return|recovery|debut|health|condition|surgery|rehab|rehabilitation)\b/i;

/**
 * The name of a possessive that opens a sentence ("Ames's" of "Ames's ankle is sore") where what
 * follows it is the person's own (OWN_THING); null otherwise ("Ames's pass was picked off by Dunn": a
 * pass is no part of him, and "he" after it may be Dunn).
 */
function ownThingOf(text: string, written: string): string | null {
  const rest = text.slice(text.indexOf(written) + written.length).replace(/^\s*(?:(?:left|right|injured|sprained|broken|torn|sore)\s+)?/i, "");
  return OWN_THING.test(rest) ? written.replace(/\s*['’]s?$/u, "") : null;
}

/**
 * A count of games a player misses, plays, starts or sits out, with no doer read ("But he missed 10
 * games this season", "She started 12 games"): the sentence's subject told back is its doer. Not a
 * count with a doer of its own ("he said the club lost 10 games": lost is no player's verb here).
 */
export function playerGames(r: { notAClaim: string | null; counted: string | null; predicate: { lemma: string; voice: string | null } | null; participants: readonly { role: string }[] }): boolean {
  return !r.notAClaim && (r.counted === "game" || r.counted === "start" || r.counted === "match") && r.predicate !== null && r.predicate.voice === "active" && PLAYER_VERB.test(r.predicate.lemma) && !r.participants.some((p) => p.role === "agent");
}
const PLAYER_VERB = /^(?:miss|play|start|sit|appear)$/;

/** The counts of a statistic (as a frame names what it counts) the antecedent is kept for. */
export const STAT_COUNTED = wordTable<true>({
  yard: true, point: true, touchdown: true, td: true, catch: true, reception: true, pass: true, carry: true, rush: true,
  rebound: true, assist: true, interception: true, sack: true, tackle: true, goal: true,
});

/**
 * Whether the document writes the name's last word capitalized after another word (inside a
 * sentence, or after the name's first word): a lone capitalized word that opens a sentence may be
 * any word ("Precision and poise marked his start"), a name is written so elsewhere too.
 */
function writtenInside(sentences: readonly { text: string }[], name: string): boolean {
  const last = new RegExp(String.raw`\S\s+${escapeRegExp(name.split(/\s+/).at(-1)!)}\b`, "u");
  return sentences.some((s) => last.test(s.text));
}

/** Whether a sentence opens with "he" or "she" as its subject. */
export function opensWithPronoun(sentence: string): boolean {
  return OPENS_PRONOUN.test(sentence);
}

/**
 * "he" or "she" as the subject right after a fronted phrase of time or circumstance that has no
 * subject of its own: "After joining the club in May, he ran for 900 yards", "In his first season,
 * she scored 30 goals", "Last season, he had 12 catches". Not a fronted clause with a subject of its
 * own ("After Cole went down, he …", "When the Owls scored, he …": "he" may be the one it names).
 */
const FRONTED_OPENER = /^(?:(?:After|Before|Since|Upon|Despite|Besides|Following|Without|While|When)\s+\p{Ll}+ing\b|(?:In|On|At|During|Over|Through|For|With|Against|Across|Until|Following|After|Before|Since|Despite)\s+(?:the|a|an|his|her|its|their|this|that|each|every|all|\d[\d,]*|\p{Lu}[\p{L}'’-]*['’]s?)\s|(?:Last|This|That|Earlier|Later)\s+(?:season|year|week|month|game|time)\b)/u;
const FRONTED_PRONOUN = new RegExp(String.raw`${FRONTED_OPENER.source}[^,;:"“”]{0,100},\s+(?:he|she)\s+\p{Ll}`, "u");

/**
 * A sentence whose subject is a player told by a role or standing, with "the": "The rookie ran for 90
 * yards", "The running back finished with 90 yards", "But the veteran missed
 * six games". The role word (group 1) names the kind of player; a verb follows it.
 */
const ROLE_WORDS = String.raw`rookie|veteran|newcomer|youngster|(?:running|defensive|tight|wide|quarter|half|full|tail|line)?\s?back|(?:tight|defensive)\s+end|quarterback|receiver|wideout|linebacker|lineman|kicker|punter|forward|guard|center|centre|striker|midfielder|winger|defender|goalkeeper|keeper|pitcher|catcher|outfielder|infielder|shortstop|sprinter|swimmer|senior|junior|sophomore|freshman|\d{1,2}-year-old`;
const DESCRIBED = new RegExp(String.raw`^(?:(?:And|But|Yet|Then|So|Still|Now)\s+)?(?:[Tt]he|[Tt]his)\s+(?:[\p{Ll}-]+\s+){0,2}?(${ROLE_WORDS})\s+(?:also\s+|then\s+)?(?:\p{Ll}+ed|\p{Ll}+s|had|ran|threw|caught|led|went|sat|hit|got|made|took|won|lost|was|is)\b`, "u");

/** How a sentence's subject is told back, if it is: by a pronoun (opening it, or after a fronted phrase), or by a player's role with "the". */
function toldBackBy(sentence: string): { role: string | null } | null {
  if (OPENS_PRONOUN.test(sentence)) return { role: null };
  const fronted = FRONTED_PRONOUN.exec(sentence);
  if (fronted) return OWN_SUBJECT.test(fronted[0].slice(0, fronted[0].lastIndexOf(","))) ? null : { role: null };
  const m = DESCRIBED.exec(sentence);
  return m ? { role: m[1]!.replace(/\s+/g, " ") } : null;
}

/** A subject and its verb inside a fronted phrase: "After the Owls scored", "When it rained" (a clause of its own). */
const OWN_SUBJECT = /\b(?:\p{Lu}[\p{L}'’-]*|he|she|they|it|we)\s+(?:\p{Ll}+ed|was|were|had|went|got|is|are|came|ran|fell|took|made)\b/u;

/**
 * The span [start, end) of a player told by a role with "the" that subjectToldBackOf may tell back
 * ("The young rookie" of "The young rookie ran for 90 yards"), or null.
 */
export function describedSubject(sentence: string): [number, number] | null {
  const m = DESCRIBED.exec(sentence);
  if (!m) return null;
  const start = m[0].search(/\b[Tt]h(?:e|is)\s/u);
  return [start, m[0].indexOf(m[1]!, start) + m[1]!.length];
}

/**
 * Whether the document, before sentence `index`, sets a role word right before a name other than
 * `name` ("rookie Joe Dunn", "quarterback Lee Cole"): "the rookie" may then be that one.
 */
function roleOfAnother(sentences: readonly { text: string }[], index: number, role: string, name: string): boolean {
  const last = name.split(/\s+/).at(-1)!;
  const re = new RegExp(String.raw`\b${escapeRegExp(role)}s?\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)`, "gu");
  for (const s of sentences.slice(0, index)) {
    for (const m of s.text.matchAll(re)) if (m[1]!.split(/\s+/).at(-1) !== last) return true;
  }
  return false;
}

/**
 * The name a sentence's subject stands for, told back from the sentences before (personToldBefore),
 * where that subject is "he" or "she" opening the sentence or right after a fronted phrase ("After
 * joining the club, he …"), or a player told by a role with "the" ("The rookie finished with …")
 * that the document sets before no other name ("rookie Joe Dunn" earlier leaves "the rookie" open).
 * Null otherwise. Must: "Ames ran wild. The young rookie had 90 yards." → Ames; "Ames ran wild.
 * After the break, he had 90 yards." → Ames. Must not: "Ames ran wild. The team had 90 yards." (no
 * player's role), "Ames ran wild. After Cole went down, he had 90 yards." (a fronted clause with a
 * subject of its own), "Rookie Joe Dunn sat. Ames ran wild. The rookie had 90 yards." (the role is
 * set before another name).
 */
export function subjectToldBackOf(sentences: readonly { text: string }[], index: number): string | null {
  if (index === 0) return null;
  const by = toldBackBy(sentences[index]!.text.trim());
  if (by === null) return null;
  const name = personToldBefore(sentences, index);
  if (name === null || (by.role !== null && roleOfAnother(sentences, index, by.role, name))) return null;
  return name;
}

/**
 * The name "he" or "she" stands for where the pronoun is the sentence's subject, opening it or right
 * after a fronted phrase ("He was sentenced to 12 years", "In May, she pleaded guilty"), told back
 * from the sentences before as personToldBefore reads them; for a frame of any verb, not only a
 * statistic's (group/pronoun-agents.ts weighs it as the verb's doer where the pronoun is the verb's
 * subject). Null for a player told by a role ("The rookie …": kept for statistics) and wherever
 * personToldBefore finds no one. Must: "Ames was fined. He paid $400." → Ames. Must not: "Ames's
 * pass was intercepted. He paid $400." (a possessive opener with nothing of his own), "The club
 * placed Ames on the list. She paid $400." (an article opens the sentence before).
 */
export function pronounSubjectOf(sentences: readonly { text: string }[], index: number): string | null {
  if (index === 0) return null;
  const by = toldBackBy(sentences[index]!.text.trim());
  return by === null || by.role !== null ? null : personToldBefore(sentences, index);
}

/** Whether a sentence's subject is one subjectToldBackOf may tell back (a pronoun, opening or after a fronted phrase, or a player's role). */
export function subjectMayBeToldBack(sentence: string): boolean {
  return toldBackBy(sentence.trim()) !== null;
}

/**
 * The name the sentences before `index` give "he" or "she" (see the header), or null. `sentences`
 * are the document's, in order; the sentence at `index` is the one that opens with the pronoun.
 */
export function personToldBefore(sentences: readonly { text: string }[], index: number): string | null {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const text = sentences[k]!.text.trim();
    if (OPENS_PRONOUN.test(text)) continue;
    // (past a fronted phrase with no subject of its own: "In Cole's absence this year, running back Ames has …")
    const m = frontedName(text) ?? OPENS_NAME.exec(text);
    if (!m) return null;
    // "Ames's knee is sore": a possessive opener gives its name where what it holds is the person's own (OWN_THING)
    const possessor = /['’]s?$/u.test(m[1]!) ? ownThingOf(text, m[1]!) : m[1]!;
    if (possessor === null || NO_NAME.test(possessor.split(/\s+/)[0]!)) return null;
    return writtenInside(sentences, possessor) ? possessor : null;
  }
  return null;
}
