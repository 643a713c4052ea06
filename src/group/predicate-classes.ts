/**
 * Predicate classes: verbs and event nouns that name one kind of happening in news, so that
 * outlets that tell one occurrence with different words ("the navy seized six rifles", "six rifles
 * were confiscated", "six rifles were found on board") are compared with each other. A claim's
 * predicate is the base form its frame reads (claimFrame.predicate.lemma); two predicates are of one
 * class when they share a class below. A word may belong to two classes ("nab" is an arrest and a
 * theft; "capture" an arrest and a win): what it counts tells which (group/occurrence-topics.ts).
 *
 * Light verbs name no kind of happening: "there were 26 pirates", "five boats tried to approach",
 * "the haul included 14 rifles", "police put the toll at 12", "officials said 300". A claim whose
 * predicate is one of them is read as having no predicate at all.
 *
 * Phrasal verbs are read from the sentence: the frame gives "make" for "made off with $2.6
 * million", "take" for "took over the firm", "shoot" for "shot dead": when the sentence holds the
 * phrase in one of its forms, the phrase is the predicate ("made off with" is a theft, "shot dead"
 * a killing), otherwise the single word is.
 *
 * Must be one class (test/unit/group/predicate-classes.test.ts): seize/confiscate/impound/recover,
 * arrest/detain/apprehend/capture/nab, steal/rob/loot/snatch/grab/"made off with",
 * kill/slay/"shot dead"/die, injure/wound/hurt, buy/acquire/purchase/"took over",
 * convict/conviction/"found guilty"/"the guilty verdict", win/"was awarded the medal",
 * sentence/sentencing, sink/capsize/overturn/founder, crash/"crash-land", collapse/"gave way"/"caved in",
 * defeat/beat/"stopped Orme"/"knocked Orme out"/outpoint, found/establish/form, open/inaugurate,
 * resign/quit/"stepped down"/"left office", marry/wed, extinguish/douse/"put out the fire"/"knocked down the blaze",
 * build/construct/erect/"dates to 1935"/"dating back to 1935", return/"moved back"/"came back", respond/arrive,
 * close/"shut down"/shut, celebrate/commemorate, host/emcee/compere/front, and the acts on a thing
 * (test/unit/group/acts-on-a-thing.test.ts) rescind/revoke/repeal/scrap/"overturned the ban",
 * pass/adopt/finalize/enact, pick/name/tap/choose, send/deliver/mail.
 * Must not be: approach/sell, kill/injure, shoot/kill, buy/sell, arrest/release, convict/sentence,
 * arrest/convict, "found not guilty"/convict, "a not-guilty verdict"/convict, "awarded the
 * contract" (the giving)/win, capsize/crash, capsize/collapse, crash/collapse, "went down"/sink (cables and prices go
 * down too), "stopped the cars"/beat, "knocked out power"/beat, found/open, resign/dismiss,
 * "knocked down a cyclist"/extinguish, "put out a statement"/extinguish,
 * build/open, build/demolish, return/move (a move elsewhere), return/"went back", close/open,
 * "closed down 2 percent"/shut, host/attend, host/produce, host/co-host, repeal/pass, "the ferry
 * overturned"/rescind, pick/host, send/receive, "passed away"/pass.
 */
import type { Claim, CompiledRule } from "../types.js";
import { isPersonNoun } from "../values/quantity/people.js";
import { countedKey, peopleOrThing } from "./counted-things.js";
import { soleWordAt } from "./participants.js";
import { statOf } from "./stat-lines.js";
import { playOf } from "./play-lengths.js";
import { pairOf } from "./score-pairs.js";
import { isGameClock } from "./game-clocks.js";
import { paidForWork } from "./paid-for-work.js";
import { termKind } from "./sentence-lengths.js";
import { servedTerm } from "./served-terms.js";
import { timeInARole } from "./time-in-a-role.js";
import { putOffTimes } from "./put-off-times.js";
import { reissuedThings } from "./reissued-things.js";
import { wordTable } from "../values/word-table.js";
import { firesSomeone } from "../extract/fired-someone.js";
import { tookUntil } from "./took-until.js";
import { callEnd } from "./calls.js";
import { HAPPENING_HEAD_FORMS, HAPPENING_WORDS, admittedInto, endsASecret } from "./happening-words.js";
import { BREAK_CLASS, brokenLine } from "./breaking.js";
import { sunkVessel } from "./sunk-vessels.js";

/** Verbs of putting in jail whose length of time is a sentence's term (bySenseOf). */
const JAIL_TERM: ReadonlySet<string> = new Set(["jail", "imprison", "incarcerate"]);

/**
 * The built-in classes, named after a verb of each. Words are base forms as a frame reads them
 * (verbs, and the event nouns a frame may give as its predicate: "seizure", "theft", "death").
 */
export const PREDICATE_CLASSES = wordTable<readonly string[]>({
  // taking things into the hands of the law
  seize: ["seize", "seizure", "confiscate", "confiscation", "impound", "recover", "recovery", "find", "discover", "uncover"],
  // taking people into custody
  // (those who surrender are taken into custody: "23 surrendered on boarding" is the capture of 23)
  arrest: ["arrest", "detain", "detention", "apprehend", "capture", "nab", "round up", "catch", "intercept", "jail", "imprison", "custody", "surrender"],
  // taking what is not one's own
  steal: ["steal", "theft", "rob", "robbery", "loot", "snatch", "grab", "nab", "make off with", "heist", "burgle", "pilfer", "swipe"],
  kill: ["kill", "killing", "slay", "murder", "massacre", "die", "death", "dead", "perish", "fatality", "shoot dead", "gun down", "assassinate", "execute", "pass away"],
  injure: ["injure", "injury", "wound", "hurt", "maim", "hospitalize", "hospitalise"],
  shoot: ["shoot", "shooting", "fire", "open fire", "spray", "let off", "squeeze off", "unleash", "pump"],
  hit: ["hit", "strike"],
  buy: ["buy", "acquire", "acquisition", "purchase", "take over", "takeover", "snap up"],
  sell: ["sell", "sale", "divest", "sell off", "auction"],
  offer: ["offer", "bid", "propose", "proposal"],
  spend: ["spend", "expend", "expenditure", "cost", "pay", "payment", "outlay"],
  earn: ["earn", "earnings", "gross"],
  raise: ["raise", "secure", "fund", "funding"],
  invest: ["invest", "investment"],
  lend: ["lend", "loan"],
  donate: ["donate", "donation", "contribute", "contribution", "grant"],
  pledge: ["pledge", "promise", "vow"],
  // (a market's day told by its close: "shares closed up 2 percent", "ended lower")
  increase: ["increase", "rise", "grow", "growth", "climb", "jump", "gain", "soar", "surge", "close up", "close higher", "end higher", "finish higher", "finish up"],
  fall: ["fall", "drop", "decline", "decrease", "plunge", "plummet", "slump", "sink", "tumble", "slide", "dip", "shrink", "slip", "close down", "close lower", "end down", "end lower", "finish down", "finish lower"],
  cut: ["cut", "reduce", "reduction", "slash", "trim", "lower"],
  hire: ["hire", "employ", "recruit"],
  dismiss: ["lay off", "layoff", "dismiss", "sack", "fire"],
  rescue: ["rescue", "save"],
  restore: ["restore", "restoration", "reinstate", "reconnect", "reconnection"],
  // (a film or a record reaching the public is released too: "hits theaters in May" is its release)
  release: ["release", "free", "set free", "hit theaters", "hit theatres", "hit cinemas"],
  // coming to a scene when called ("31 engines responded to the blaze", "31 engines arrived to fight it",
  // "the repair ship will not get there until Monday")
  respond: ["respond", "arrive", "get there"],
  evacuate: ["evacuate", "evacuation", "displace", "relocate"],
  escape: ["escape", "flee", "get away"],
  // going home again, however an outlet tells it: "returned to Hull in May", "moved back to Hull in
  // May", "came back to Hull in May" ("go back" is not among them: records and traditions go back too)
  return: ["return", "move back", "come back", "head back", "be back"],
  // a vessel lost in the water, a craft brought down, a structure that falls in: each is one kind
  // of happening however an outlet tells it ("capsized", "overturned", "sank", "went down")
  // ("went down" is not among them: cables, services and prices go down too)
  sink: ["sink", "sinking", "capsize", "overturn", "founder", "keel over", "shipwreck"],
  crash: ["crash", "crash-land", "crash land", "ditch"],
  collapse: ["collapse", "give way", "cave in", "fall down", "break apart", "crumble", "topple"],
  destroy: ["destroy", "damage", "flatten", "level", "raze", "demolish", "collapse"],
  // putting up a building or a structure ("was built in 1935", "constructed in 1935", "erected in 1935")
  // ("dates to 1935", "dating back to 1935": when it was put up, as a thing's age is told)
  build: ["build", "construct", "construction", "erect", "erection", "date back", "date to", "date from"],
  // putting a fire out, however an outlet tells it ("extinguished", "doused", "put out", "knocked
  // down"; the last two only when what they act on is a fire: bySenseOf)
  extinguish: ["extinguish", "douse", "quench", "smother", "put out", "knock down"],
  gather: ["gather", "march", "rally", "protest", "demonstrate", "attend", "turn out", "assemble", "flock"],
  win: ["win", "capture", "clinch"],
  // getting the better of an opponent in a contest: "beat Orme", "stopped Orme in the seventh",
  // "knocked Orme out", "outpointed her" ("stop", "knock out" and "overcome" only when what they
  // act on is someone: bySenseOf)
  defeat: ["defeat", "beat", "stop", "knock out", "outpoint", "overcome", "outclass", "outscore", "overpower", "rout", "thrash", "trounce"],
  lose: ["lose", "loss", "forfeit"],
  vote: ["vote", "cast", "ballot"],
  sign: ["sign", "ink", "re-sign"],
  announce: ["announce", "announcement", "unveil", "reveal", "disclose", "tweet"],
  // putting someone in a post or a role ("named her host", "tapped him to lead", "picked as coach",
  // "was chosen to present", "appointed in May")
  appoint: ["appoint", "appointment", "name", "tap", "pick", "choose", "select", "selection"],
  // undoing a decision, a rule or a ruling ("rescinded the rule", "revoked the order", "repealed the
  // act", "scrapped the policy"; "overturned the ban" too, read by sense: bySenseOf)
  reverse: ["reverse", "reversal", "rescind", "rescission", "revoke", "revocation", "repeal", "scrap", "undo", "annul", "annulment", "nullify"],
  // bringing a rule or a law into force ("passed the bill", "adopted the rule", "the regulation was
  // finalized", "enacted in 1986"; "passed away" is a death: kill)
  adopt: ["adopt", "adoption", "pass", "passage", "enact", "enactment", "finalize", "finalise", "promulgate"],
  // sending something to someone ("sent letters", "delivered a petition", "mailed the ballots")
  send: ["send", "deliver", "delivery", "dispatch", "mail"],
  // keeping an occasion: "celebrated its 50th anniversary", "commemorated its 50th anniversary"
  celebrate: ["celebrate", "celebration", "commemorate", "commemoration"],
  // presenting a show or a ceremony to its audience ("hosted the awards in 2009", "emceed",
  // "compered", "fronted"; "co-host" is not among them: a shared night is told as such)
  host: ["host", "emcee", "compere", "front"],
  // bringing a party, a firm or a body into being: "founded in 2012", "was established in August 2012"
  // ("set up" is not among them: a player sets up a goal, an office sets up a meeting)
  found: ["found", "foundation", "co-found", "establish", "establishment", "form", "formation", "create", "creation", "date back", "date to", "date from"],
  // a business or a place ceasing to run ("forced it to close in December 2007", "shut down for
  // good in December 2007"; a market's "closed down 2 percent" is a fall: "close down" is not here)
  close: ["close", "closure", "shut", "shut down", "shutter"],
  // opening a place to the public ("opened in 1998", "was inaugurated in 1998")
  open: ["open", "opening", "inaugurate", "inauguration"],
  // leaving an office of one's own accord ("resigned on Friday", "stepped down on Friday", "quit on Friday",
  // "left office on Friday")
  resign: ["resign", "resignation", "quit", "step down", "leave office"],
  marry: ["marry", "marriage", "wed", "wedding"],
  // two people meeting, however an outlet tells it: "met Ames two days after the vote", "first spoke
  // with Ames two days after the vote", "talked with Ames" (speaking and talking only with someone:
  // "spoke to reporters" and "spoke on Friday" are sayings, not meetings)
  meet: ["meet", "meeting", "meet with", "speak with", "talk with"],
  // the stages of a criminal case, each told as a verb or as its noun
  // (a jury that "found him guilty" convicted him; "found not guilty" is an acquittal, and the
  // phrase holds "guilty" right after the verb or a pronoun only)
  convict: ["convict", "conviction", "find guilty"],
  sentence: ["sentence", "sentencing"],
  indict: ["indict", "indictment"],
  arraign: ["arraign", "arraignment"],
  // a stretch of time spent in a post, a team or a place, counted in units of time ("spent seven
  // seasons as an assistant", "served seven seasons", "stayed for seven seasons", "played 11 seasons
  // there", "lived nine years in Leeds"): only when what is counted is time (bySenseOf). ("last" is
  // not among them: what lasts is a happening — a trial, a storm, an appeal — not someone's stay.)
  "time-spent": ["spend", "serve", "stay", "play", "work", "live"],
  // disclosures, deployments and approvals, told with other verbs and nouns (happening-words.ts)
  ...HAPPENING_WORDS,
});

/**
 * Classes of acts an office does to a thing ("rescinded the rule", "passed the bill", "named her
 * host", "sent the letters"): one government reverses, adopts and names many things in a season,
 * and what was acted on, not the verb, tells which. Their verbs are one kind of happening where a
 * value is told twice (same-figure.ts: "rescinded it today" and "revoked it today" agree), but
 * outlets' claims are not gathered into one topic by them (occurrence-topics.ts topicClassesOf):
 * "reversed a rule on Feb. 2" and "overturned a regulation on March 3" are not set against each other.
 */
export const ACTS_ON_A_THING: ReadonlySet<string> = new Set(["reverse", "adopt", "appoint", "send"]);

/**
 * The classes a claim's topic is gathered by (occurrence-topics.ts): its classes, with a class of
 * ACTS_ON_A_THING read as its own predicate word ("rescind", "overturn"), as before such classes
 * existed; null for none.
 */
export function topicClassesOf(c: Claim): readonly string[] | null {
  const classes = classesOfClaim(c);
  if (classes === null || !classes.some((k) => ACTS_ON_A_THING.has(k))) return classes;
  const own = predicateOf(c) ?? classes[0]!;
  return [...new Set(classes.map((k) => (ACTS_ON_A_THING.has(k) ? own : k)))];
}

/** Verbs that name no kind of happening: a claim whose frame reads one of them has no predicate. */
export const LIGHT_PREDICATES: ReadonlySet<string> = new Set([
  "be", "have", "get", "make", "take", "do", "go", "come", "keep", "let", "put", "see", "show", "give",
  "include", "total", "number", "amount", "reach", "stand", "remain", "become", "seem", "appear",
  "begin", "start", "continue", "try", "attempt", "manage", "fail", "want", "need", "expect",
  "say", "tell", "report", "estimate", "count", "compare", "consist", "contain", "comprise",
  // verbs of causing: what was brought about is the happening ("resulting in a loss of service for three operators")
  "result", "cause",
]);

/**
 * The forms of the first word of each phrasal predicate above, written out ("made off with" is
 * read from the frame's "make" only when the sentence holds one of these forms before the rest).
 */
const HEAD_FORMS = wordTable<readonly string[]>({
  make: ["make", "makes", "made", "making"],
  take: ["take", "takes", "took", "taken", "taking"],
  shoot: ["shoot", "shoots", "shot", "shooting"],
  gun: ["gun", "guns", "gunned", "gunning"],
  round: ["round", "rounds", "rounded", "rounding"],
  snap: ["snap", "snaps", "snapped", "snapping"],
  sell: ["sell", "sells", "sold", "selling"],
  lay: ["lay", "lays", "laid", "laying"],
  open: ["open", "opens", "opened", "opening"],
  hit: ["hit", "hits", "hitting"],
  set: ["set", "sets", "setting"],
  get: ["get", "gets", "got", "gotten", "getting"],
  turn: ["turn", "turns", "turned", "turning"],
  close: ["close", "closes", "closed", "closing"],
  end: ["end", "ends", "ended", "ending"],
  finish: ["finish", "finishes", "finished", "finishing"],
  keel: ["keel", "keels", "keeled", "keeling"],
  give: ["give", "gives", "gave", "given", "giving"],
  cave: ["cave", "caves", "caved", "caving"],
  fall: ["fall", "falls", "fell", "fallen", "falling"],
  break: ["break", "breaks", "broke", "broken", "breaking"],
  knock: ["knock", "knocks", "knocked", "knocking"],
  let: ["let", "lets", "letting"],
  squeeze: ["squeeze", "squeezes", "squeezed", "squeezing"],
  step: ["step", "steps", "stepped", "stepping"],
  pass: ["pass", "passes", "passed", "passing"],
  put: ["put", "puts", "putting"],
  move: ["move", "moves", "moved", "moving"],
  come: ["come", "comes", "came", "coming"],
  head: ["head", "heads", "headed", "heading"],
  date: ["date", "dates", "dated", "dating"],
  shut: ["shut", "shuts", "shutting"],
  find: ["find", "finds", "found", "finding"],
  leave: ["leave", "leaves", "left", "leaving"],
  meet: ["meet", "meets", "met", "meeting"],
  speak: ["speak", "speaks", "spoke", "spoken", "speaking"],
  talk: ["talk", "talks", "talked", "talking"],
  ...HAPPENING_HEAD_FORMS,
});

const CLASSES_OF = new Map<string, string[]>();
for (const [name, words] of Object.entries(PREDICATE_CLASSES)) {
  for (const w of words) {
    const list = CLASSES_OF.get(w);
    if (list) list.push(name);
    else CLASSES_OF.set(w, [name]);
  }
}

/**
 * Phrases read with a gap: one to three words stand between the verb and the rest, whose words a
 * hyphen may join ("took the raiders head on", "taking them head-on": the idiom of confronting
 * someone). They name no class of their own: a kind reads them (undated-kinds.ts FOILS).
 */
const GAPPED_PHRASES: readonly string[] = ["take head on"];

/**
 * Phrasal predicates by their first word: "make" → ["make off with"]. A pronoun may stand between
 * the verb and the rest, as English puts it there: "took it over", "knocked him out", "found her
 * guilty"; a few words, in a phrase read with a gap (GAPPED_PHRASES, after the phrases of the classes).
 */
const PHRASES = new Map<string, { phrase: string; pattern: RegExp }[]>();
for (const [phrase, gapped] of [...[...CLASSES_OF.keys()].map((p) => [p, false] as const), ...GAPPED_PHRASES.map((p) => [p, true] as const)]) {
  const [head, ...rest] = phrase.split(" ");
  if (rest.length === 0) continue;
  const forms = (HEAD_FORMS[head!] ?? [head!]).join("|");
  const pattern = gapped
    ? new RegExp(`\\b(?:${forms})\\s+(?:[\\p{L}'’-]+\\s+){1,3}${rest.join("[\\s-]")}\\b`, "iu")
    : new RegExp(`\\b(?:${forms})\\s+(?:(?:him|her|them|it|us|me)\\s+)?${rest.join("\\s+")}\\b`, "i");
  const list = PHRASES.get(head!);
  if (list) list.push({ phrase, pattern });
  else PHRASES.set(head!, [{ phrase, pattern }]);
}

/** The classes of a predicate word or phrase: [] for a light verb, the word itself when it is in no class. */
export function classesOf(predicate: string): readonly string[] {
  if (LIGHT_PREDICATES.has(predicate)) return [];
  return CLASSES_OF.get(predicate) ?? [predicate];
}

/** Whether a class is one of the built-in classes (a word in no class is its own, and names no known kind). */
export function isKnownClass(k: string): boolean {
  return k === BREAK_CLASS || Object.prototype.hasOwnProperty.call(PREDICATE_CLASSES, k);
}

/**
 * The predicate a frame reads, as a phrase where its sentence holds one ("made off with" for
 * "make"); for a light verb whose object is a noun of a kind of happening, that noun ("made the
 * announcement on Friday" is an announcement, "took a vote" a vote: lightObject).
 */
export function predicateOf(c: Pick<Claim, "claimFrame" | "sentence" | "rule"> & { value?: Claim["value"]; text?: string }): string | null {
  const lemma = c.claimFrame?.predicate?.lemma ?? (c.rule.startsWith("frame:") ? c.rule.slice("frame:".length).split("/")[0] : undefined);
  if (!lemma || lemma === "-") return null;
  for (const { phrase, pattern } of PHRASES.get(lemma) ?? []) if (pattern.test(c.sentence)) return phrase;
  // "could take until 12 March before power is restored": the restoring is the happening (took-until.ts)
  if (lemma === "take" && c.value?.type === "date" && c.text !== undefined) {
    const verb = tookUntil({ sentence: c.sentence, text: c.text }, (w) => CLASSES_OF.has(w) && !LIGHT_PREDICATES.has(w));
    if (verb) return verb;
  }
  if (LIGHT_PREDICATES.has(lemma) && c.value?.type === "date") return lightObject(c) ?? lemma;
  return lemma;
}

/**
 * The noun a light verb carries, for a date, when its object (the frame's patient) is one word
 * that names a kind of happening of a class above: "made the announcement on Friday" →
 * announcement, "took a vote on Monday" → vote. Not "made a profit in 2019", "took the lead in
 * 2018" (no class), nor an object of several words. A figure keeps its light verb: "caused $1
 * million in damage" counts the damage, as "damage was estimated at $1 million" does, and the
 * topics of figures told with light verbs are read apart (occurrence-topics.ts).
 */
function lightObject(c: Pick<Claim, "claimFrame">): string | null {
  const patient = c.claimFrame?.participants.find((x) => x.role === "patient");
  if (!patient) return null;
  const words = patient.key.split(" ");
  if (words.length !== 1) return null;
  const w = words[0]!;
  return CLASSES_OF.has(w) && !LIGHT_PREDICATES.has(w) ? w : null;
}

/** Nouns of a jury's or a court's finding: a conviction when the finding is guilt (GUILTY_VERDICT). */
const VERDICT = new Set(["verdict", "verdicts"]);
/**
 * A verdict of guilt: "guilty verdict(s)" or "verdict(s) of guilty", not a verdict of "not
 * guilty" (an acquittal) nor a verdict told without what it found ("the verdict came on Monday").
 */
const GUILTY_VERDICT = /(?<!\bnot[\s-])\bguilty\s+verdicts?\b|\bverdicts?\s+of\s+guilty\b/i;
/** Nouns of an enacted instrument: a law, a rule, a treaty. */
const INSTRUMENT = /^(?:regulation|rule|law|act|statute|treaty|accord|ordinance|directive|charter|constitution|bylaw)$/;
/** Whether the instrument noun stands within four words after the claim's date ("the 1986 consultation regulations"). */
function instrumentAfterDate(c: Claim, noun: string): boolean {
  const at = c.sentence.indexOf(c.text);
  if (at < 0) return false;
  const words = c.sentence.slice(at + c.text.length).split(/\s+/).filter((w) => w !== "").slice(0, 4);
  return words.some((w) => w.toLowerCase().replace(/[^\p{L}]/gu, "").replace(/s$/, "") === noun);
}

/** Nouns of craft that overturn in water or on a road: what "overturned" sinks or wrecks. */
const CRAFT = /^(?:boat|ship|vessel|ferry|canoe|kayak|dinghy|raft|yacht|trawler|barge|tanker|tug|tugboat|lifeboat|skiff|dhow|launch|speedboat|catamaran|car|bus|minibus|coach|truck|lorry|van|vehicle|jeep|suv|tractor|trailer|train|carriage|cart|wagon)s?$/;
/**
 * Verbs that take people into custody only when what they take is someone (or a boat): "caught 52
 * passes" is no arrest. ("intercept", "capture" and "nab" are left as they are: what they take
 * besides people — boats, arms, titles — their other classes already tell.)
 */
const TAKES_SOMEONE = new Set(["catch"]);
/**
 * Verbs that get the better of an opponent only when what they act on is someone: "stopped
 * Orme", "knocked the champion out", "overcame the holders"; "stopped the cars", "knocked out
 * power", "overcame the flood" are no defeats.
 */
const DEFEATS_SOMEONE = new Set(["stop", "knock out", "overcome"]);
/**
 * Phrases that put a fire out only when what they act on is a fire: "knocked down the blaze",
 * "the flames were put out"; "knocked down a cyclist", "put out a statement" are no such thing.
 */
const PUTS_OUT_A_FIRE = new Set(["knock down", "put out"]);
/**
 * Verbs that fire a volley only when what they let go is shots, bullets or rounds: "sprayed 13
 * bullets", "letting off six shots", "pumped five rounds"; "sprayed the crops", "let off with a
 * warning", "pumped $2 million into the club" are no shooting.
 */
const FIRES_A_VOLLEY = new Set(["spray", "let off", "squeeze off", "unleash", "pump"]);
const SHOT_NOUN = /^(?:shots?|bullets?|rounds?|gunshots?|gunfire|volleys?|salvos?)$/i;
const FIRE_NOUN = /^(?:fire|fires|blaze|blazes|flames?|inferno|wildfire|wildfires|bushfire|bushfires|brushfire|conflagration)$/i;

/** The head word of what a claim's predicate acts on: the thing it counts, else its patient's last word. */
function actedOn(c: Claim): { head: string; written: string } | null {
  const f = c.claimFrame;
  if (!f) return null;
  if (f.counted !== null && f.counted !== "money") return { head: f.counted, written: f.counted };
  const patient = f.participants.find((x) => x.role === "patient");
  if (!patient) return null;
  const written = patient.text.split(/\s+/).at(-1) ?? "";
  return { head: written.toLowerCase(), written };
}

/**
 * A word of two kinds of happening is read by what it acts on. "overturn" is a sinking said of a
 * craft or with nothing it acts on ("the ferry overturned", "a wave overturned the dinghy"), and
 * of anything else a reversal, as "rescinded" and "revoked" are ("the court overturned the
 * conviction", "overturned the ban"). One class lets outlets that tell one reversal with different
 * verbs meet; reversals of different rules by one government are still many occurrences, and
 * only evidence of one occurrence (group.ts, judge/claim-facts.ts) sets their dates against each other.
 * "catch" takes people into custody when what it takes is people, a boat, or someone named
 * ("caught the fugitive", "caught 3 skiffs", "caught Rudd"); "caught 52 passes", "caught 30 fish"
 * are no arrests.
 */
function bySenseOf(p: string, classes: readonly string[], c: Claim): readonly string[] {
  // "remained a secret until May 2005": the day the secret came out (happening-words.ts)
  if (c.value.type === "date" && endsASecret(p, c.sentence, c.text)) return ["disclose"];
  // "two power lines were cut", "the cable snapped", "a main ruptured": a line broken, one kind
  // whatever verb tells it ("cut 300 jobs" stays a reduction: breaking.ts)
  if (brokenLine(c, p)) return [BREAK_CLASS];
  // "was admitted to hospital": no disclosure
  if (p === "admit" && admittedInto(c.sentence)) return [p];
  // "the guilty verdict on March 20", "a verdict of guilty in May": a conviction, told by its verdict
  if (VERDICT.has(p) && GUILTY_VERDICT.test(c.sentence)) return ["convict", ...classes];
  // "was awarded the medal in 2004" tells a win of its holder, as "won the medal in 2004" does;
  // "the board awarded the medal in 2004" (active) tells the giving, and stays as it is
  if (p === "award" && c.claimFrame?.predicate?.voice === "passive") return ["win", ...classes];
  // "jailed for 12 years", "imprisoned for two decades": a length of time in jail is the term a
  // court gave, one kind with "sentenced to 12 years"; "jailed on Monday" stays a taking into custody
  if (JAIL_TERM.has(p) && c.value.type === "quantity" && c.claimFrame?.counted === "duration") return ["sentence"];
  if (classes.includes("time-spent")) {
    // "spent seven seasons" is time spent, "spent $7 million" a payment, "played 11 games" a game's tally
    if (timeCounted(c)) return ["time-spent"];
    const rest = classes.filter((k) => k !== "time-spent");
    return rest.length > 0 ? rest : [p];
  }
  // "the 1986 regulations", "its 2009 rules", "the 1973 act": a date before a noun of an enacted
  // instrument is when it came into force, as "adopted in 1986" and "dating back to 1986" tell
  if (INSTRUMENT.test(p) && c.value.type === "date" && c.claimFrame?.predicate?.voice === null && instrumentAfterDate(c, p)) return ["adopt", "found"];
  // "was relieved of his duties", "relieved her of command": a dismissal ("relieved the pressure",
  // "relieved the starter in the sixth" stay their own)
  if (p === "relieve" && RELIEVED_OF_A_POST.test(c.sentence)) return ["dismiss"];
  // "fire Tam Roe five times", "fired two employees": a count of a dismissal, not of a shooting (extract/fired-someone.ts)
  if (c.value.type === "quantity" && classes.includes("dismiss") && firesSomeone(p, c.claimFrame?.participants ?? [])) return ["dismiss"];
  // "the frigate sank the trawler", "destroyed a pirate vessel", "sent the freighter to the bottom": a
  // vessel lost, no level's fall ("shares sank 4 percent") nor a sending (sunk-vessels.ts)
  if (sunkVessel(c, p)) return ["sink"];
  if (p === "overturn") {
    const what = actedOn(c);
    const patient = c.claimFrame?.participants.find((x) => x.role === "patient")?.text ?? "";
    return what === null || CRAFT.test(what.head) || patient.toLowerCase().split(/\s+/).some((w) => CRAFT.test(w)) ? ["sink"] : ["reverse"];
  }
  if (FIRES_A_VOLLEY.has(p)) {
    const what = actedOn(c);
    return what !== null && SHOT_NOUN.test(what.head) ? classes : [p];
  }
  if (PUTS_OUT_A_FIRE.has(p)) {
    const what = actedOn(c);
    return what !== null && FIRE_NOUN.test(what.head) ? classes : [p];
  }
  if (DEFEATS_SOMEONE.has(p)) {
    const what = actedOn(c);
    const someone = what !== null && (isPersonNoun(what.head, what.written) || peopleOrThing(what.head) === "person" || /^\p{Lu}/u.test(what.written));
    return someone ? classes : [p];
  }
  if (TAKES_SOMEONE.has(p) && classes.includes("arrest")) {
    const what = actedOn(c);
    if (what === null) return classes;
    const someone = isPersonNoun(what.head, what.written) || peopleOrThing(what.head) === "person" || countedKey(what.head) === "vessel" || CRAFT.test(what.head) || /^\p{Lu}/u.test(what.written);
    if (someone) return classes;
    const rest = classes.filter((k) => k !== "arrest");
    return rest.length > 0 ? rest : [p];
  }
  return classes;
}

/** A post someone is relieved of: "relieved of his duties", "relieved him of command", "relieved Ada Brandt of her post". */
const RELIEVED_OF_A_POST = /\b[Rr]elieve[ds]?\b(?:\s+(?:him|her|them|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))?\s+of\s+(?:(?:his|her|their|its)\s+)?(?:duties|duty|command|post|position|job|role|responsibilities)\b/u;

/** Units a stretch of time spent is counted in: "seasons", "years", "a decade". */
const TIME_UNIT = /^(?:season|year|month|week|day|decade|term|hour|minute)s?$/;

/** A figure that counts units of time ("seven seasons", "12 years": a duration in years), not a sum, a date or things. */
function timeCounted(c: Claim): boolean {
  if (c.value.type !== "quantity") return false;
  const counted = c.claimFrame?.counted ?? "";
  return TIME_UNIT.test(counted) || (counted === "duration" && TIME_UNIT.test(c.value.unit));
}

const cache = new WeakMap<Claim, readonly string[] | null>();
const STAT: readonly string[] = ["stat"];
const PLAY: readonly string[] = ["play"];
const PAIR: readonly string[] = ["pair"];
const CLOCK: readonly string[] = ["game-clock"];
const PAID: readonly string[] = ["spend"];
const TIME_SPENT: readonly string[] = ["time-spent"];
const PUT_OFF: readonly string[] = ["put-off"];
const REISSUE: readonly string[] = ["reissue"];
const CALL: readonly string[] = ["phone-call"];

/** A verb of leaving and "with", the figure standing in the "with" phrase: "escaped with a rifle and 2 pistols". */
const LEFT_WITH = /\b(?:escap(?:e|es|ed|ing)|fle[ed]|flees|fleeing|(?:got|get|gets|getting)\s+away|ran\s+off|run\s+off|drove\s+off|walked\s+out)\s+with\b[^.;:!?()]{0,60}$/i;

/**
 * A count of things in the "with" phrase of a verb of leaving names what was carried off, not
 * what left: the verb tells no happening of the things, so the count says only what there was
 * (read as with a light verb) and joins the one topic of its thing that states its value ("stole
 * a rifle and two pistols"). Must be carried: "escaped with a shotgun and 2 pistols", "fled with
 * three laptops". Must not: "two pistols escaped notice" (no "with"), "escaped with two other
 * inmates" (people who left too), "escaped in a van with two pistols inside" (the van's).
 */
function carriedOff(c: Claim, classes: readonly string[]): boolean {
  if (!classes.includes("escape") || c.value.type !== "quantity") return false;
  const counted = c.claimFrame?.counted;
  if (!counted || counted === "money" || peopleOrThing(countedKey(counted)) === "person" || isPersonNoun(counted, counted)) return false;
  const at = soleWordAt(c.sentence, c.text);
  return at >= 0 && LEFT_WITH.test(c.sentence.slice(0, at));
}

/**
 * The classes of a claim's predicate, or null when it has none (no predicate read, or a light
 * verb): such a claim says what was counted, not what happened to it.
 */
export function classesOfClaim(c: Claim): readonly string[] | null {
  const known = cache.get(c);
  if (known !== undefined) return known;
  // a statistic is one kind of happening whatever verb carries it ("threw for", "finished with": stat-lines.ts)
  if (statOf(c) !== null) {
    cache.set(c, STAT);
    return STAT;
  }
  // and so is a score, a record or a tally ("won 27-24", "a 27-24 win": score-pairs.ts)
  if (pairOf(c) !== null) {
    cache.set(c, PAIR);
    return PAIR;
  }
  // and so is a moment of a game told by its clock ("with 4:12 left": game-clocks.ts)
  if (isGameClock(c)) {
    cache.set(c, CLOCK);
    return CLOCK;
  }
  // and so is one play's length ("an 80-yard scamper", "romped 80 yards": play-lengths.ts)
  if (c.value.type === "quantity" && playOf(c) !== null) {
    cache.set(c, PLAY);
    return PLAY;
  }
  // a fee taken for a piece of work is a payment, whatever verb tells it ("took $4 million to direct": paid-for-work.ts)
  if (paidForWork(c)) {
    cache.set(c, PAID);
    return PAID;
  }
  // a sentence told as served in full is the time spent in jail ("served a 30-month term": served-terms.ts)
  if (servedTerm(c)) {
    cache.set(c, TIME_SPENT);
    return TIME_SPENT;
  }
  // a length told as a court's sentence, or as time added to one, whatever verb carries it (sentence-lengths.ts)
  const term = termKind(c);
  if (term !== null) {
    const kind = [term];
    cache.set(c, kind);
    return kind;
  }
  // a stretch of time in a role or a state told without a verb of spending (time-in-a-role.ts)
  if (timeInARole(c)) {
    cache.set(c, TIME_SPENT);
    return TIME_SPENT;
  }
  const p = predicateOf(c);
  // a count of the times a thing was put off, canceled, postponed or delayed (put-off-times.ts)
  if (p !== null && putOffTimes(c, p)) {
    cache.set(c, PUT_OFF);
    return PUT_OFF;
  }
  // a count of things put out again, told by the redoing or by the withdrawal it follows (reissued-things.ts)
  if (p !== null && reissuedThings(c, p)) {
    cache.set(c, REISSUE);
    return REISSUE;
  }
  // a call told by its maker or its receiver, whatever the verb (calls.ts)
  const call = callEnd(c, p);
  if (call === "made" || call === "got") {
    cache.set(c, CALL);
    return CALL;
  }
  // ("five cables in the Gulf were cut": a count of lines whose verb of breaking the frame did not reach: breaking.ts)
  const read = p === null ? (brokenLine(c, null) ? [BREAK_CLASS] : []) : bySenseOf(p, classesOf(p), c);
  const classes = call === "when" ? [...CALL, ...read] : read;
  const result = classes.length === 0 || carriedOff(c, classes) ? null : classes;
  cache.set(c, result);
  return result;
}

/** Whether two claims' predicates name one kind of happening (both read, a class in common). */
export function oneKindOfHappening(a: Claim, b: Claim): boolean {
  const [x, y] = [classesOfClaim(a), classesOfClaim(b)];
  return x !== null && y !== null && x.some((k) => y.includes(k));
}

/** Words that say only that something happened ("the incident happened on Monday"): of any kind. */
const ANY_KIND = new Set(["happen", "occur", "take place"]);

/**
 * Whether two claims tell different kinds of happening: both predicates read, neither one that says
 * only that something happened, and no class in common. Must hold: "arrested on Monday" and "the
 * Monday shooting"; "was arraigned Wednesday" and "the Wednesday hearing". Must not: "the Monday
 * shooting" and "killed on Monday" (one kind: an attack); "the incident happened on Monday" and
 * "the Monday shooting"; a claim whose predicate is a light verb or none.
 */
export function kindsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [classesOfClaim(a), classesOfClaim(b)];
  if (x === null || y === null || x.some((k) => ANY_KIND.has(k)) || y.some((k) => ANY_KIND.has(k))) return false;
  return !x.some((k) => y.includes(k));
}

/** The harm a claim counts: deaths (a killing, dying) or injuries (wounding, hurting); null for neither or both. */
export function harmOf(c: Claim): "death" | "injury" | null {
  const k = classesOfClaim(c) ?? [];
  const [death, injury] = [k.includes("kill") || c.measure === "killed", k.includes("injure") || c.measure === "injured"];
  return death === injury ? null : death ? "death" : "injury";
}

/**
 * Whether two counts count different harms: one the dead, the other the wounded. The two are
 * different counted outcomes of one attack, so the same figure for both ("three were killed", "three
 * were hurt") is two figures, never one told twice. Must hold: "two died" and "two were wounded";
 * "killed four" and "four injured". Must not: "two were shot dead" and "two killed"; "two were
 * wounded" and "two hurt"; "two were shot" (the harm not said) and "two wounded"; the dates
 * "fatally wounded on Friday" and "died on Friday" (one happening's day, not two counts).
 */
export function harmsApart(a: Claim, b: Claim): boolean {
  // (counts only: the day a man was fatally wounded is the day of his death)
  if (a.value.type !== "quantity" || b.value.type !== "quantity") return false;
  const [x, y] = [harmOf(a), harmOf(b)];
  return x !== null && y !== null && x !== y;
}

/**
 * Whether two claims of a topic of one kind of happening per occurrence (`one-kind-of-happening`)
 * tell different kinds (kindsApart), each by a word the topic's vocabulary names (the predicate or
 * a class of it): a happening read from another word ("a hit-and-run accident took place" read as
 * "run") is of no known kind, and keeps no claim apart.
 */
export function kindsApartIn(rule: Pick<CompiledRule, "oneKindOfHappening" | "vocabulary">, a: Claim, b: Claim): boolean {
  if (rule.oneKindOfHappening !== true) return false;
  const words = rule.vocabulary?.predicates ?? [];
  const named = (c: Claim): boolean => {
    const p = predicateOf(c);
    return p !== null && (words.includes(p) || (classesOfClaim(c) ?? []).some((k) => words.includes(k)));
  };
  return named(a) && named(b) && kindsApart(a, b);
}

/** Verbs after which a count and a bare verb tell what the count did: "saw four men leave", "watched two boys climb". */
const PERCEIVE = /\b(?:see|sees|saw|seen|watch|watches|watched|hear|hears|heard|let|lets|made|make|makes|help|helps|helped)\s+$/i;

/** Words a clause of the count's own goes on with: a participle after a comma or a conjunction. */
const CHAINED = /(?:,|\band\b|\bbefore\b|\bafter\b|\bwhile\b|\bthen\b)\s+([a-z]+ing)\b/gi;

/** What ends the clause a count is the subject of: another sentence part with a subject of its own. */
const CLAUSE_END = /[;:.!?]|\b(?:but|who|which|whom|whose|whereas|although|though|because|while police|said)\b/i;

/** Base forms a participle may come from: "stealing" → steal, "robbing" → rob, "taking" → take. */
function stemsOf(participle: string): string[] {
  const stem = participle.toLowerCase().slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

/** The classes of a word or phrase that opens `text` ("making off with the rings" → steal), or []. */
function classesAt(text: string, word: string): readonly string[] {
  const lower = word.toLowerCase();
  for (const phrases of PHRASES.values()) for (const { phrase, pattern } of phrases) if (text.search(pattern) === 0) return CLASSES_OF.get(phrase) ?? [];
  for (const base of [lower, ...(lower.endsWith("ing") ? stemsOf(lower) : [])]) {
    const classes = CLASSES_OF.get(base);
    if (classes && !LIGHT_PREDICATES.has(base)) return classes;
  }
  return [];
}

/** Where a claim's text stands in its sentence, when it stands there once; else -1. */
function onlyPlaceOf(c: Pick<Claim, "sentence" | "text">): number {
  const at = c.sentence.indexOf(c.text);
  return at >= 0 && c.sentence.indexOf(c.text, at + 1) < 0 ? at : -1;
}

/**
 * The kinds of happening a count of doers takes part in beside its own predicate: the verbs its
 * clause goes on with ("Four men rammed a van into the shop, smashing the door and making off with
 * the rings"; "Three men drove a truck through the gate before stealing two horses") and the bare
 * verb after a count that a verb of seeing or making introduces ("the night saw four men make off
 * with the rings"). Only for a count that opens its sentence (at most three words before it) or
 * follows such a verb. Must give steal for those; must give nothing for "Police said four men
 * were held, while looting went on" (a clause with its own subject), "The firm, hiring 40
 * workers, ..." (the count follows its verb), "saw four men in the shop" (no verb after).
 *
 * For agreements only (same-figure.ts): a count's own predicate decides what it may be set against.
 */
export function doneAlongside(c: Claim): readonly string[] {
  if (c.value.type !== "quantity") return doneAtTheEvent(c);
  const at = onlyPlaceOf(c);
  if (at < 0) return [];
  const before = c.sentence.slice(0, at);
  let rest = c.sentence.slice(at + c.text.length);
  const end = rest.search(CLAUSE_END);
  if (end >= 0) rest = rest.slice(0, end);
  const out = new Set<string>();
  if (PERCEIVE.test(before)) {
    // "saw four robbers make off with": the first of the next three words that is a verb of a class
    const words = [...rest.matchAll(/[A-Za-z]+/g)].slice(0, 3);
    for (const w of words) {
      const classes = classesAt(rest.slice(w.index), w[0]);
      if (classes.length > 0) {
        for (const k of classes) out.add(k);
        break;
      }
    }
  } else if (/^\W*(?:[\p{L}'’-]+\W+){0,3}$/u.test(before)) {
    for (const m of rest.matchAll(CHAINED)) for (const k of classesAt(rest.slice(m.index + m[0].length - m[1]!.length), m[1]!)) out.add(k);
  }
  return [...out].sort();
}

/** "hosting the |2007| ceremony", "won the |2012| race": a verb, an article, the date, then the event noun its frame reads. */
const VERB_OF_THE_EVENT = /\b(\p{L}+)\s+(?:the|a|an|its|his|her|their)\s+$/u;

/**
 * For a date that its frame reads as the day of an event noun right after it ("hosting the 2007
 * ceremony": ceremony), the kind of happening of the verb whose object that event is, in the -ing
 * or past form ("hosting", "hosted" → host), so that "after hosting the 2007 ceremony" and "she
 * emceed the awards in 2007" tell one hosting. Must give host for those; must give nothing for
 * "the 2007 ceremony drew crowds" (no verb before it), "attended the 2007 ceremony" → gather (not host),
 * "of the 2007 ceremony" (no verb), or a date its frame reads with a verb of its own.
 */
function doneAtTheEvent(c: Claim): readonly string[] {
  const f = c.claimFrame;
  if (c.value.type !== "date" || !f?.predicate || f.predicate.voice !== null) return [];
  const at = onlyPlaceOf(c);
  if (at < 0) return [];
  const after = c.sentence.slice(at + c.text.length).trimStart().toLowerCase();
  if (!after.startsWith(f.predicate.lemma)) return [];
  const m = VERB_OF_THE_EVENT.exec(c.sentence.slice(0, at));
  if (!m) return [];
  const word = m[1]!.toLowerCase();
  const bases = word.endsWith("ing") ? stemsOf(word) : word.endsWith("ed") ? [word.slice(0, -2), word.slice(0, -1)] : [];
  for (const base of bases) {
    const classes = CLASSES_OF.get(base);
    if (classes && !LIGHT_PREDICATES.has(base)) return [...classes].sort();
  }
  return [];
}

/** Whether two counts take part in one kind of happening, by their own predicates or those done alongside (doneAlongside). */
export function oneKindOfHappeningAlongside(a: Claim, b: Claim): boolean {
  const x = [...(classesOfClaim(a) ?? []), ...doneAlongside(a)];
  const y = new Set([...(classesOfClaim(b) ?? []), ...doneAlongside(b)]);
  return x.some((k) => y.has(k));
}
