/**
 * Component 9 — the happening a date dates (last: it needs the participants, and the components
 * before it read the predicate's own word). A date's predicate (component 3) is the word its
 * phrase hangs on, which is often not what happened on that day: "walked into his office on Monday
 * and shot three people" (the day of a shooting), "the navy patrolling the gulf on Thursday thwarted
 * an attack" (of an attack), "flew to Texas on Thursday night to meet the player" (of a meeting),
 * "the incident happened yesterday". Outlets that report one event's day do so with different words,
 * so a date's frame names its happening, read in this order:
 *   1. an event noun the date attaches to ("the Monday morning attack", "Monday's shooting", "the
 *      attack on Monday": component 3 read it);
 *   2. the verb it hangs on, when that verb names a happening ("was arraigned Wednesday", "fell on
 *      Friday");
 *   3. when the verb only carries the happening — moving, patrolling, seeing or suffering, foiling,
 *      telling, or happening itself (CARRIERS) — the event noun it takes ("foiled a pirate
 *      attack"; but a measure made public is dated by the making public: "announced spending
 *      cuts" is an announcement, MAKING_PUBLIC), the event the sentence names (a participant of role event), a verb it reports
 *      ("announced today that services were restored"), else the nearest word of a happening in the
 *      sentence ("… and shot three people", "to meet with");
 * and a happening of a kind outlets tell in several words is named after its kind (KINDS,
 * KIND_NAMES): a shooting, an attack, a killing are an attack; a death, a drowning, and a fall or a
 * slip told of someone, a death ("die": a fall told of a level is none, level-falls.ts); a heist, a robbery, ramming a shop a robbery ("rob"). Different happenings of a story keep different names (the firing
 * of an employee, the arraignment, the shooting), and dates of one kind of happening on different
 * days are told apart by their values and participants, not here. A date whose happening is only
 * "an incident" or "happened" is named "happen", a word of the built-in event-dates vocabulary, so
 * it is compared with the other event dates of its story ("the incident happened yesterday" and
 * "Thursday's attack").
 */
import type { TaggedToken } from "../../types.js";
import { EVENT_NOUNS, type FrameComponent, type FrameSentence, type PredicateReading, type Reading, lower } from "./sentence.js";
import { wordTable } from "../../values/word-table.js";
import { productionShoot } from "./production-shoot.js";
import { medicalOperation } from "./medical-operation.js";
import { readReportedRoles } from "./reported-roles.js";
import { phrasalHappening } from "./event-compounds.js";
import { FALLING, levelFall } from "./level-falls.js";
import { isReducedNoun } from "./cut-objects.js";

/** Kinds of happening that outlets tell in several words, by the base forms and nouns of each. */
export const KINDS = wordTable<readonly string[]>({
  violence: [
    "attack", "shoot", "shooting", "gunfire", "kill", "killing", "murder", "slay", "slaying", "stab", "stabbing", "bomb",
    "bombing", "firebomb", "blast", "explosion", "explode", "ambush", "massacre", "rampage", "assault", "gun", "piracy",
    "bloodshed", "carnage", "gunplay",
    // a road crash that hurts or kills is told as a killing, a blow ("was struck") or a crash: one happening
    "crash", "collision", "collide", "wreck",
  ],
  // (and "passed away", read with its particle: passingAway)
  // (and the verbs of a fall told of someone, not of a level: fallingKind)
  death: ["die", "death", "drown", "perish"],
  theft: ["theft", "steal", "rob", "robbery", "heist", "raid", "ram", "loot", "burgle", "burglary", "snatch", "hold-up", "holdup", "empty", "break-in"],
  unrest: ["riot", "unrest", "protest", "march", "demonstration", "demonstrate", "rally", "clash", "trash", "smash"],
  outage: ["outage", "downtime", "cut", "sever", "break", "breakage", "fault", "failure", "disrupt", "disruption", "malfunction"],
  meeting: ["meet", "meeting", "talks", "negotiate", "negotiation"],
  escape: ["escape", "flee", "jailbreak", "breakout", "abscond"],
});

/**
 * The word a kind is named by in a date's frame: one of the built-in event-dates vocabulary
 * (rules/event-dates.yml), so that the dates of one kind of happening are compared as the dates of
 * events are — the same day agrees, another day is another event — whatever word each outlet used.
 */
export const KIND_NAMES = wordTable<string>({ violence: "attack", death: "die", theft: "rob", unrest: "protest", outage: "outage", meeting: "meet", escape: "escape" });

const KIND_OF = new Map<string, string>();
for (const [kind, words] of Object.entries(KINDS)) for (const w of words) KIND_OF.set(w, KIND_NAMES[kind]!);

/** Verbs that carry a happening rather than name one. */
const CARRIERS = new Set([
  // moving, keeping watch
  "walk", "go", "come", "fly", "drive", "travel", "head", "return", "transit", "move", "sail", "enter", "patrol", "escort", "climb", "work", "spend",
  // seeing, suffering
  "experience", "suffer", "see", "witness", "spot", "notice", "face", "hit",
  // acting on a happening named as its object
  "foil", "thwart", "prevent", "avert", "repel", "stop", "intercept", "carry", "stage", "pull", "commit", "mount", "conduct",
  // causing a happening named as its object ("anger fueled a riot on Monday")
  "fuel", "spark", "trigger", "prompt", "provoke", "cause", "ignite",
  // telling
  "say", "tell", "report", "announce", "confirm", "indicate", "tweet", "state", "reveal", "note", "add", "explain", "update",
  // happening itself
  "happen", "occur", "unfold", "follow", "begin", "start",
]);

/** The particle of a phrasal carrier, before its object: "pulled off a heist", "carried out an attack", "set up a roadblock". */
const PARTICLE = /^(?:off|out|up)$/;

/**
 * Verbs of making a measure or a plan public, whose object is what was made public, not a happening
 * told ("announced spending cuts", "unveiled a rescue plan"; not "announced that services were
 * restored", whose clause tells what happened).
 */
const MAKING_PUBLIC = new Set(["announce", "unveil", "reveal", "disclose"]);
const CLAUSE_OPENER = /^(?:that|whether|how|what|why|when|where|who|if)$/;

/** Words that say only that something happened. */
const GENERIC = new Set(["happen", "occur", "incident", "event", "attempt", "operation", "problem", "issue", "situation", "thing"]);

/** A verb in the simple present: "face", "faces" (not "faced", "facing"). */
function presentTense(t: TaggedToken): boolean {
  const w = t.text.toLowerCase();
  return w === t.lemma || w === `${t.lemma}s` || w === `${t.lemma}es`;
}

/** The word a token stands for as a happening: a verb's base form, a noun as written (singular) or its base form. */
function wordsOf(t: TaggedToken): string[] {
  const w = t.text.toLowerCase();
  return [t.lemma.toLowerCase(), w, w.replace(/s$/, "")];
}

/** The kind of happening a token names, or null. */
function kindOf(t: TaggedToken | undefined): string | null {
  if (!t || (t.pos !== "VERB" && t.pos !== "NOUN" && t.pos !== "ADJ")) return null;
  for (const w of wordsOf(t)) {
    const k = KIND_OF.get(w) ?? (t.pos === "NOUN" ? KIND_OF.get(EVENT_NOUNS[w] ?? "") : undefined);
    if (k) return k;
  }
  // "shot" read as a noun or an adjective right after its subject: a past form
  if (/^(?:shot|stole|stolen|met|cut|broke|broken)$/.test(lower(t))) return KIND_OF.get({ shot: "shoot", stole: "steal", stolen: "steal", met: "meet", cut: "cut", broke: "break", broken: "break" }[lower(t)]!) ?? null;
  return null;
}

/**
 * Verbs of a blow or a vehicle's impact that name a harm done to someone when told in the passive
 * ("she was hit by a van", "a cyclist was struck", "was mowed down", "was knocked down", "got run
 * over") or in a clause that tells the moment of a happening ("when a van struck her"). In the
 * active outside such a clause they are carriers as often ("the storm hit the coast", "workers
 * struck a deal").
 */
const BLOWS = new Set(["hit", "strike", "mow", "knock", "run", "ram"]);
const BE_BEFORE = /^(?:was|were|been|being|is|are|get|got|gets|getting)$/;

/** Whether the verb at `i` is a blow told in the passive: "was hit", "were struck", "got run over", "was just hit". */
function passiveBlow(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== "VERB" || !BLOWS.has(t.lemma) || /ing$/i.test(t.text)) return false;
  if (t.lemma === "run" && lower(tokens[i + 1]) !== "over") return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (BE_BEFORE.test(lower(tokens[k]))) return true;
    if (tokens[k]!.pos !== "ADV") return false;
  }
  return false;
}

/** "passed away", "passes away": dying, whatever else passing is ("passed the ball", "passed a law"). */
function passingAway(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.pos === "VERB" && t.lemma === "pass" && lower(tokens[i + 1]) === "away";
}

/**
 * The happening a verb of a fall names: a death when told of someone ("the guide slipped on the
 * ice", "a climber fell 600 metres"), a fall when told of a level ("the index fell 3%", "shares
 * plunged": level-falls.ts). "fell" and "fallen" read as a noun or an adjective right after their
 * subject are the verb's past forms.
 */
function fallingKind(tokens: readonly TaggedToken[], i: number): string | null {
  const t = tokens[i];
  if (!t || !((t.pos === "VERB" && FALLING.has(t.lemma)) || /^(?:fell|fallen)$/.test(lower(t)))) return null;
  return levelFall(tokens, i) ? "fall" : KIND_NAMES.death!;
}

/**
 * A cut of what a cut reduces ("cut 300 jobs", "cuts its prices", "cut interest rates"): a
 * reduction, not the outage a cut of a line is (cut-objects.ts).
 */
function reducingCut(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.lemma !== "cut" || t.pos !== "VERB") return false;
  // (past a possessive: "cut its prices")
  const from = /^(?:its|their|his|her|our|my|your)$/.test(lower(tokens[i + 1])) ? i + 2 : i + 1;
  const head = headNounAfter(tokens, from);
  return head >= 0 && isReducedNoun(tokens[head]!.text);
}

/** The kind of happening the token at `i` names, a blow told in the passive included ("was struck" is an attack on her). */
function kindAt(tokens: readonly TaggedToken[], i: number): string | null {
  const phrasal = phrasalHappening(tokens, i);
  if (phrasal) return KIND_OF.get(phrasal) ?? phrasal;
  if (reducingCut(tokens, i)) return "cut";
  return kindOf(tokens[i]) ?? (passingAway(tokens, i) ? KIND_NAMES.death! : null) ?? fallingKind(tokens, i) ?? (passiveBlow(tokens, i) ? KIND_NAMES.violence! : null);
}

/**
 * Whether what a verb of telling at `at` tells carries a date of its own after it: "tweeted Sunday:
 * 'my aunt died this morning'", "said on Friday that the mill had shut on Monday". The date of the
 * telling then dates the telling only. A date that restates this one right after it ("today (14
 * May)", "Sunday, 3 May") is no other day.
 */
function toldWithOwnDate(sentence: FrameSentence, r: Reading, at: number): boolean {
  return sentence.values.some((v) => v !== r.value && v.first > at && v.first > r.value.last + 2 && (v.mention.kind === "date" || v.mention.kind === "time" || v.mention.kind === "range"));
}

/** A word written inside a hyphenated compound ("a smash-and-grab gang", "a drive-by shooting"): a modifier, not a verb of the clause. */
function inCompound(tokens: readonly TaggedToken[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!t) return false;
  return (prev !== undefined && prev.text === "-" && prev.end === t.start) || (next !== undefined && next.text === "-" && next.start === t.end);
}

/**
 * The happening a clause around the date tells the moment of, when the date's own verb names none:
 *  - a clause after it opened by "when" ("had just locked her bike at 6 p.m. Friday when she was
 *    hit by a van", "was leaving the shop on Friday when a car struck her"): the when-clause's
 *    happening; its subject told in the passive was the main clause's subject, so that subject is
 *    the happening's patient (`passive`);
 *  - the main verb right after a date that ends the subject's phrase ("a cyclist riding to the
 *    market Saturday was knocked down by a lorry"): the main verb's happening;
 *  - a main clause before "while" ("was killed in a crash while driving to her sister's to drop
 *    off a cake Sunday evening"): the main clause's happening, at the time the while-clause tells.
 * Not "had locked up on Friday and walked home" (no when, no main verb of a kind), "left on Friday when
 * the shop closed" (the when-clause tells no happening of a kind), "was visiting on Friday while
 * the council met" (no kind before "while").
 */
function clauseHappening(tokens: readonly TaggedToken[], r: Reading, p: PredicateReading | null): { kind: string; passive: boolean; from: "when" | "main" | "while" } | null {
  // a when-clause after the date, within its clause
  for (let i = r.value.last + 1; i < tokens.length && i <= r.value.last + 14; i++) {
    const w = lower(tokens[i]);
    if (w === "," || w === ";" || w === "." || w === "and" || w === "but") break;
    if (w !== "when") continue;
    for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
      const t = tokens[k]!;
      if (t.text === "," || t.text === ";" || t.text === ".") break;
      if (t.pos !== "VERB") continue;
      const kind = kindAt(tokens, k) ?? (BLOWS.has(t.lemma) && t.lemma !== "run" ? KIND_NAMES.violence! : null);
      if (kind) return { kind, passive: passiveBlow(tokens, k) || BE_BEFORE.test(lower(tokens[k - 1])), from: "when" };
      break;
    }
    break;
  }
  // the main verb right after a date that ends its subject's phrase: "… a service Friday was mowed down"
  let k = r.value.last + 1;
  if (BE_BEFORE.test(lower(tokens[k])) && tokens[k]?.pos === "AUX") {
    k++;
    while (tokens[k]?.pos === "ADV") k++;
    const kind = kindAt(tokens, k);
    if (kind) return { kind, passive: false, from: "main" };
  }
  // a main clause before "while", when the date's verb stands in the while-clause
  if (p && p.at >= 0) {
    for (let i = p.at - 1; i > 0; i--) {
      const w = lower(tokens[i]);
      if (w === ";" || w === ".") break;
      if (w !== "while") continue;
      for (let j = i - 1; j >= 0; j--) {
        if (tokens[j]!.text === ";" || tokens[j]!.text === ".") break;
        const kind = inCompound(tokens, j) ? null : kindAt(tokens, j);
        if (kind) return { kind, passive: false, from: "while" };
      }
      break;
    }
  }
  return null;
}

/** An event noun a token names ("vigil", "funeral", "trial"), by its kind, or null. */
function eventNoun(t: TaggedToken | undefined): string | null {
  if (!t || t.pos !== "NOUN") return null;
  for (const w of wordsOf(t)) if (EVENT_NOUNS[w]) return EVENT_NOUNS[w]!;
  return null;
}

/** The head noun of the noun phrase that starts at `from` ("a five-boat pirate attack on …" → attack). */
function headNounAfter(tokens: readonly TaggedToken[], from: number): number {
  let head = -1;
  for (let i = from; i < tokens.length && i < from + 8; i++) {
    const t = tokens[i]!;
    if (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM" || t.text === "-" || (t.pos === "PROPN" && head < 0)) continue;
    if (t.pos === "NOUN") {
      head = i;
      continue;
    }
    break;
  }
  return head;
}

/**
 * The event a date right before "during" or "amid" falls in, when that phrase names one: "said
 * Wednesday during the man's arraignment" (arraignment), "told reporters on Friday during a vigil" (vigil),
 * "told reporters Monday amid the riot" (protest). Null for "said Wednesday during an interview"
 * (no happening), "said Wednesday that …" (no such phrase), and past a verb or a clause's end.
 */
function eventDuring(tokens: readonly TaggedToken[], r: Reading): string | null {
  const w = lower(tokens[r.value.last + 1]);
  if (w !== "during" && w !== "amid") return null;
  for (let i = r.value.last + 2; i < tokens.length && i <= r.value.last + 8; i++) {
    const t = tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP" || /^[,;.:!?]$/.test(t.text)) return null;
    if (t.pos !== "NOUN") continue;
    const k = kindOf(t) ?? eventNoun(t);
    if (k && !GENERIC.has(k)) return k;
  }
  return null;
}

/** The first verb after `from` in its sentence that is no carrier: what a report reports. */
function reportedVerb(tokens: readonly TaggedToken[], from: number): TaggedToken | null {
  for (let i = from + 1; i < tokens.length && i <= from + 14; i++) {
    const t = tokens[i]!;
    if (t.text === ";" || t.text === ".") return null;
    if (t.pos === "VERB" && !CARRIERS.has(t.lemma)) return t;
  }
  return null;
}

/** Verbs of telling whose date is the telling's, and whose reported clause names the happening. */
const TELLING = new Set(["announce", "say", "tweet", "report", "confirm", "indicate"]);

/**
 * The index of the verb of the clause a verb of telling reports, when it is the happening `h`
 * the date dates ("announced Tuesday that Ed Moss was placed" → "placed"); -1 otherwise.
 */
function reportedAt(sentence: FrameSentence, r: Reading, h: string): number {
  const p = r.predicate;
  if (!p || p.at < 0 || !TELLING.has(p.lemma) || toldWithOwnDate(sentence, r, p.at)) return -1;
  const v = reportedVerb(sentence.tokens, p.at);
  return v && (KIND_OF.get(v.lemma) ?? v.lemma) === h ? sentence.tokens.indexOf(v) : -1;
}

/**
 * The tokens of a relative clause set off by a comma that holds the value (", whose photographs
 * stirred the country in the 1960s,"), from its pronoun to the comma that closes it (or the
 * sentence's end); null when the value stands in none.
 */
function relativeClauseAround(tokens: readonly TaggedToken[], r: Reading): [number, number] | null {
  for (let k = r.value.first - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || isClauseEndToken(t)) return null;
    if (/^(?:who|whose|which)$/i.test(t.text) && tokens[k - 1]!.text === ",") {
      let end = r.value.last + 1;
      while (end < tokens.length && tokens[end]!.text !== "," && tokens[end]!.text !== ";") end++;
      return [k, end];
    }
  }
  return null;
}
const isClauseEndToken = (t: TaggedToken): boolean => t.text === "." || t.text === "!" || t.text === "?";

/**
 * The nearest token of a kind of happening to the value, in its sentence, and its kind; inside a
 * relative clause that holds the value, in that clause only: the main clause's "has died" is not
 * what "whose films thrilled audiences in the 1960s" dates.
 */
function nearestKind(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  let best: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  const [from, to] = relativeClauseAround(tokens, r) ?? [0, tokens.length];
  for (let i = from; i < to; i++) {
    if (i >= r.value.first && i <= r.value.last) continue;
    const k = inCompound(tokens, i) ? null : kindAt(tokens, i);
    if (!k) continue;
    const d = i < r.value.first ? r.value.first - i : i - r.value.last;
    // after the value first at equal distance: "on Monday and shot three people"
    if (d < distance || (d === distance && i > r.value.last)) {
      best = k;
      distance = d;
    }
  }
  return best;
}

/**
 * A date that ends a time on the run ("stayed on the loose until 4 April, when dogs traced him to a
 * barn", "remained at large until Friday", "evaded capture until 3 May") dates the capture that ended it, whatever
 * verb its clause goes on with. Must match those; must not match "was at large on Monday" (still
 * free that day), "stayed in hospital until Friday", "the road was closed until noon".
 */
const ON_THE_RUN_UNTIL = /\b(?:at\s+large|on\s+the\s+(?:run|loose|lam)|in\s+hiding|a\s+fugitive|(?:evad|elud)(?:e|es|ed|ing)\s+(?:capture|arrest|police|authorities))\s+(?:until|till|til)\s*$/i;

/**
 * A date that ends the putting off of a proceeding ("adjourned the trial until Thursday", "the
 * inquest was adjourned to 4 June", "postponing the witness's testimony until Monday", "talks were
 * suspended until Friday") dates its taking up again, as "the trial is to resume on Thursday" does:
 * `resume`. Only of a proceeding the sentence names (a trial, a hearing, testimony, talks …): "the
 * march was postponed until Saturday" is the march's day, not a resumption; nor a date with no
 * "until" or "to" ("adjourned on Monday": the adjourning's day).
 */
const PUT_OFF_UNTIL = /\b(?:postpon|adjourn|delay|defer|suspend|put(?:s|ting)?\s+off|push(?:es|ed|ing)?\s+back)\w*\b[^.;:]{0,60}?\b(?:until|till|to)\s*$/i;
const PROCEEDING = /\b(?:trial|hearing|testimony|case|talks|session|proceedings|inquest|inquiry|deliberations)\b/i;

/**
 * A call-out of the emergency services dates the emergency it answers: "paramedics were
 * summoned to the quay at 3am on Tuesday", "two lifeboat crews were dispatched to a sinking yacht",
 * "a night porter raised the alarm at 3.15am", "police were alerted on Friday night", "a
 * passer-by rang 999 at 2am". The date is the emergency's:
 * the event the sentence names ("a blaze" → fire), else something that happened ("happen"), so it
 * meets the other dates of the story's event. Only where the sentence names who answers (police,
 * firefighters, crews, an ambulance, the coastguard): "the meeting was called for Monday", "he was
 * called a liar on Friday" and "she raised the matter on Monday" are no call-outs.
 */
const CALL_OUT_VERBS = new Set(["call", "summon", "alert", "dispatch", "scramble", "phone", "ring", "dial", "raise"]);
/** Someone was sent for: "were called", "was summoned", "were dispatched in" (a responder must be named). */
const CALL_OUT = /\b(?:was|were|been|being|is|are)\s+(?:[\p{L}-]+\s+){0,3}?(?:called|summoned|alerted|dispatched|scrambled)(?:\s+(?:in|out))?\b/iu;
/**
 * Phrases that name the call-out by themselves: "a night porter raised the alarm at 3.15am", "a
 * passer-by rang 999", "staff phoned the police".
 */
const SELF_CALL = /\b(?:raised\s+the\s+alarm|alarm\s+(?:was|had\s+been|is)\s+raised|(?:called|phoned|rang|dialled|dialed|alerted)\s+(?:the\s+)?(?:emergency\s+services|police|fire\s+(?:service|brigade)|firefighters|999|911|112|an?\s+ambulance|coastguard))\b/iu;
const RESPONDERS = /\b(?:police|officers?|firefighters?|firemen|fire\s+(?:crews?|service|brigade|engines?|appliances?)|crews|paramedics|ambulances?|emergency\s+services|coastguard|lifeboats?|rescuers|rescue\s+teams?)\b/i;
/** How far before the date a call-out phrase may end and still be the date's ("a porter raised the alarm at 3.15am on Tuesday"). */
const CALL_OUT_REACH = 40;
const ANY_CALL = new RegExp(`(?:${CALL_OUT.source})|(?:${SELF_CALL.source})`, "iu");
/** The phrases ending at most CALL_OUT_REACH characters before the date, within its clause. */
const ANY_CALL_BEFORE = new RegExp(`(?:${ANY_CALL.source})[^.;,]{0,${CALL_OUT_REACH}}$`, "iu");
const SELF_CALL_BEFORE = new RegExp(`(?:${SELF_CALL.source})[^.;,]{0,${CALL_OUT_REACH}}$`, "iu");

function callOut(sentence: FrameSentence, r: Reading): boolean {
  const first = sentence.tokens[r.value.first];
  if (!first) return false;
  const responders = RESPONDERS.test(sentence.text);
  if (!responders && !SELF_CALL.test(sentence.text)) return false;
  const p = r.predicate;
  if (p !== null && p.at >= 0 && CALL_OUT_VERBS.has(p.lemma) && (responders ? ANY_CALL : SELF_CALL).test(sentence.text)) return true;
  const before = sentence.text.slice(Math.max(0, first.start - CALL_OUT_REACH - 30), first.start);
  return (responders ? ANY_CALL_BEFORE : SELF_CALL_BEFORE).test(before);
}

/** The event a call-out answers: the kind or event noun of an event the sentence names ("a large blaze at the mill" → fire), else "happen". */
function answered(r: Reading): string {
  for (const e of r.participants) {
    if (e.role !== "event") continue;
    const head = e.key.split(/\s+(?:at|in|on|near|of|outside)\s+/)[0]!.split(" ").at(-1)!;
    for (const word of [head, head.replace(/s$/, "")]) {
      const noun = EVENT_NOUNS[word];
      const k = KIND_OF.get(word) ?? (noun ? KIND_OF.get(noun) ?? noun : undefined);
      if (k && !GENERIC.has(k)) return k;
    }
  }
  return "happen";
}

/** "took place", "takes place", "taking place": the verb at `i` is "take" and "place" follows it. */
function takingPlace(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.pos === "VERB" && t.lemma === "take" && lower(tokens[i + 1]) === "place";
}

/**
 * The happening named by the noun a relative clause hangs on, for the verb at `i` that opens the
 * clause's predicate: "a stabbing that took place", "the hearing, which had taken place" → its
 * kind or event noun; null when no relative pronoun stands right before the verb (past auxiliaries).
 */
function relativeHead(tokens: readonly TaggedToken[], i: number): string | null {
  let k = i - 1;
  while (k >= 0 && /^(?:had|has|have|was|were|is|already|also|just)$/.test(lower(tokens[k]))) k--;
  if (!/^(?:that|which)$/.test(lower(tokens[k]))) return null;
  const head = tokens[k - 1]?.text === "," ? tokens[k - 2] : tokens[k - 1];
  // (a gerund the tagger reads as a verb is an event's noun too: "a stabbing that took place")
  if (!head || (head.pos !== "NOUN" && !/ing$/i.test(head.text))) return null;
  const k2 = kindOf(head) ?? eventNoun(head);
  return k2 && !GENERIC.has(k2) ? k2 : null;
}

/**
 * The happening the subject of a verb that only says something happened names ("the shooting took
 * place", "a hearing took place"): the kind or event noun of its event or agent, else "happen".
 */
function subjectHappening(r: Reading): string {
  for (const e of r.participants) {
    if (e.role !== "event" && e.role !== "agent") continue;
    const last = e.key.split(" ").at(-1)!;
    for (const word of [last, last.replace(/s$/, "")]) {
      const k = KIND_OF.get(word) ?? KIND_OF.get(EVENT_NOUNS[word] ?? "") ?? EVENT_NOUNS[word] ?? null;
      if (k && !GENERIC.has(k)) return k;
    }
  }
  return "happen";
}

/** The happening a date's reading dates, as a kind, an event noun's kind or a verb's base form; null to keep its predicate. */
function happeningOf(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  const first = tokens[r.value.first];
  if (first && ON_THE_RUN_UNTIL.test(sentence.text.slice(Math.max(0, first.start - 60), first.start))) return "capture";
  if (first && PROCEEDING.test(sentence.text) && PUT_OFF_UNTIL.test(sentence.text.slice(Math.max(0, first.start - 80), first.start))) return "resume";
  if (callOut(sentence, r)) return answered(r);
  const p = r.predicate;
  const at = p && p.at >= 0 ? tokens[p.at] : undefined;
  // 1: a date's own event noun after its possessive, whatever verb the sentence hangs it on
  // ("cables were the cause of Saturday's collapse", "Monday's deadly blast"); not "Monday's
  // meeting notes" (a noun that modifies another) nor "Friday's figures" (no happening)
  if (/^['’]s$/.test(tokens[r.value.last + 1]?.text ?? "")) {
    let k = r.value.last + 2;
    if (tokens[k]?.pos === "ADJ") k++;
    const noun = tokens[k];
    // (a gerund the tagger reads as a verb is the event's noun too: "Tuesday's sinking")
    const kind = noun && (noun.pos === "NOUN" || /ing$/i.test(noun.text)) && tokens[k + 1]?.pos !== "NOUN" ? kindOf(noun) ?? eventNoun(noun) ?? EVENT_NOUNS[lower(noun)] ?? null : null;
    if (kind) return kind;
  }
  // "the blaze broke out early on Sunday", "riots broke out on 3 May": breaking out is the start of
  // the happening its subject names, not a break of something
  if (p && at && p.lemma === "break" && lower(tokens[p.at + 1]) === "out") {
    // (the subject is read as the agent, or as the event when it is an event noun)
    return subjectHappening(r);
  }
  // "the shooting took place last Friday", "a hearing that took place this morning": taking place is
  // the happening its subject names, and "place" is no one it was done to
  if (p && at && takingPlace(tokens, p.at)) {
    r.participants = r.participants.filter((e) => !(e.role === "patient" && e.key === "place"));
    const told = subjectHappening(r);
    return told === "happen" ? relativeHead(tokens, p.at) ?? told : told;
  }
  // "the sequel begins shooting in August": a production's filming, not gunfire (production-shoot.ts),
  // whether the frame read the verb of starting or the gerund
  if (p && at) {
    const filming = productionShoot(tokens, p.at, p.at + 1) ?? productionShoot(tokens, p.at - 1, p.at);
    if (filming) return filming;
  }
  // an operation on the body is surgery, not a bare happening ("a heart operation in May": medical-operation.ts)
  if (p && at && medicalOperation(tokens, p.at)) return "surgery";
  // 1, 2: an event noun or a verb that names a happening
  // (a cut of jobs or prices is a cut, not an outage: reducingCut)
  if (p && p.at >= 0 && reducingCut(tokens, p.at)) return null;
  const own = p ? (p.at >= 0 ? KIND_OF.get(phrasalHappening(tokens, p.at) ?? "") : undefined) ?? KIND_OF.get(p.lemma) ?? kindOf(at) ?? (passingAway(tokens, p.at) ? KIND_NAMES.death! : null) ?? fallingKind(tokens, p.at) : null;
  if (own) return own;
  // a capitalized word inside the sentence is a name's, whatever the tagger says ("the Aoraki
  // Mount Cook National Park"): no verb of this date
  const named = at !== undefined && p!.at > 0 && /^\p{Lu}/u.test(at.text) && at.pos === "VERB";
  // "in fading light", "a running battle": a participle that describes a noun is no clause's verb
  const describing = at !== undefined && at.pos === "VERB" && /ing$/.test(at.text) && /^(?:ADP|DET|ADJ)$/.test(tokens[p!.at - 1]?.pos ?? "") && /^(?:NOUN|ADJ)$/.test(tokens[p!.at + 1]?.pos ?? "");
  // "a smash-and-grab gang": a word of a compound is no verb of this date
  const compound = at !== undefined && inCompound(tokens, p!.at);
  // a clause around the date tells the happening its own verb does not name
  {
    const told = clauseHappening(tokens, r, p);
    if (told) {
      // "was leaving the bakery on Tuesday when he was struck": the subject of the date's clause is the one
      // the happening was done to; otherwise who took part in the date's own verb took no part in the
      // happening another clause tells ("to drop off a cake Sunday evening": neither
      // is the crash's); where and which event stay
      if (told.passive) r.participants = r.participants.map((e) => (e.role === "agent" ? { ...e, role: "patient" as const } : e));
      else if (told.from !== "when") r.participants = r.participants.filter((e) => e.role === "place" || e.role === "event");
      return told.kind;
    }
  }
  if (compound) {
    // the sentence's happening, when it names one; otherwise the date keeps its word ("the
    // countries that out-teach us today", "a so-called boom of the last decade": no happening)
    const near = nearestKind(sentence, r);
    if (!near) return null;
    // (nor who took part in it: "killed by a smash-and-grab gang" has no gang grabbed)
    r.participants = r.participants.filter((e) => e.role === "place" || e.role === "event");
    return near;
  }
  const genericWord = p !== null && GENERIC.has(p.lemma);
  if (p && at && !named && !describing && !CARRIERS.has(p.lemma) && !genericWord) return null;
  // 3: what a carrier carries
  let generic = false;
  if (at && at.pos === "VERB" && !named) {
    // (past the particle of a phrasal carrier: "pulled off a jewellery heist", "carried out a raid")
    const head = headNounAfter(tokens, p!.at + (PARTICLE.test(lower(tokens[p!.at + 1])) ? 2 : 1));
    // "announced Sunday drastic spending cuts", "unveiled on Monday a plan": a measure made public is
    // dated by its announcement; what was announced happens later, or is the announcement itself
    // (past the date itself when it stands between the verb and its object: "announced on Friday new curbs")
    // (a clause told, "announced on 3 May that service was restored", is no object: step 3 reads what it reports)
    const from = r.value.first > p!.at && r.value.first <= p!.at + 2 ? r.value.last + 1 : p!.at + 1;
    const object = CLAUSE_OPENER.test(lower(tokens[from])) ? -1 : from === p!.at + 1 ? head : headNounAfter(tokens, from);
    if (object >= 0 && MAKING_PUBLIC.has(p!.lemma)) return p!.lemma;
    if (head >= 0) {
      const k = kindOf(tokens[head]) ?? eventNoun(tokens[head]);
      if (k && !GENERIC.has(k)) return k;
      // "experienced problems", "saw an incident": something happened
      // (not said in the present: "today we face grave problems" tells how things stand, not what happened)
      generic = wordsOf(tokens[head]!).some((w) => GENERIC.has(w)) && !presentTense(at);
    }
  }
  // "a sergeant said Wednesday during the man's arraignment": the event the date's moment falls in
  const during = p && CARRIERS.has(p.lemma) ? eventDuring(tokens, r) : null;
  if (during) return during;
  for (const e of r.participants) {
    if (e.role !== "event" && !(e.role === "agent" && genericWord)) continue;
    const word = e.key.split(" ").at(-1)!;
    // a kind only: another event the sentence names ("months after the Oslo deal") is not this one
    const k = KIND_OF.get(word) ?? KIND_OF.get(EVENT_NOUNS[word] ?? "");
    if (k && !GENERIC.has(k)) return k;
  }
  // "worked today to recover the body", "flew out on Friday to meet": the purpose is the happening
  if (p && at && at.pos === "VERB" && !named && !describing) {
    for (let i = p.at + 1; i < tokens.length && i <= p.at + 8; i++) {
      if (tokens[i]!.text === "," || tokens[i]!.text === ";") break;
      if (lower(tokens[i]) === "to" && tokens[i + 1]?.pos === "VERB" && !CARRIERS.has(tokens[i + 1]!.lemma)) return KIND_OF.get(tokens[i + 1]!.lemma) ?? tokens[i + 1]!.lemma;
    }
  }
  if (p && at && (p.lemma === "announce" || p.lemma === "say" || p.lemma === "tweet" || p.lemma === "report" || p.lemma === "confirm" || p.lemma === "indicate")) {
    // what is told has its own day: this one is the telling's
    if (toldWithOwnDate(sentence, r, p.at)) return null;
    const v = reportedVerb(tokens, p.at);
    if (v) return KIND_OF.get(v.lemma) ?? v.lemma;
  }
  const near = nearestKind(sentence, r);
  if (near) return near;
  if (named || generic || describing) return "happen";
  return genericWord ? "happen" : null;
}

export const dateHappening: FrameComponent = (sentence, readings) => {
  for (const r of readings) {
    if (r.notAClaim) continue;
    const kind = r.value.mention.kind;
    if (kind !== "date" && kind !== "range" && kind !== "time") continue;
    // "the incident", "the event": a noun that only says something happened identifies nothing
    if (r.participants.some((e) => GENERIC.has(e.key))) r.participants = r.participants.filter((e) => !GENERIC.has(e.key));
    const h = happeningOf(sentence, r);
    // "the incident happened": no other kind of event does what the date dates (frame-claims.ts
    // otherEventDoes reads the subject of the predicate's word; "happen" has none here)
    if (!h || (h === r.predicate?.lemma && h !== "happen")) continue;
    // "announced Tuesday that Ed Moss was placed": the placing's parties are its clause's (reported-roles.ts)
    const told = reportedAt(sentence, r, h);
    if (told >= 0) readReportedRoles(sentence, r, r.predicate!.at, told);
    // no single word of the sentence is this predicate: a rule's vocabulary matches the happening only
    r.predicate = { lemma: h, voice: r.predicate?.voice ?? null, at: -1, negated: r.predicate?.negated ?? false };
  }
};
