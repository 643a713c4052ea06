/**
 * Framed values → candidates. A value that a rule's trigger already took keeps that rule and gets
 * its frame; its frame may also veto it (a number inside a name, an address or a link; a person's
 * age taken by a rule that counts people: "Kafoury, 63" is no toll). Every other framed value
 * becomes a candidate of the rule whose vocabulary its frame matches, else of a rule named after
 * its frame ("frame:kill/person", "frame:magnitude/earthquake"), so that new topics need no rule.
 * Both kinds carry "via:frame" in their provenance: group/frame-claims.ts decides whether they are
 * judged.
 */
import type { Candidate, CompiledRule, ValueKind } from "../types.js";
import { sentenceActors } from "./actors.js";
import { type Extractor, quantityFrame } from "./extract.js";
import type { FramedValue } from "./frame-pass.js";
import { claimFrameOf, frameRuleId } from "./frames/index.js";
import { EVENT_NOUNS } from "./frames/sentence.js";
import { matchVocabulary } from "./vocabulary.js";

/** Nouns that count people in all but name: "two deaths", "the toll", "three victims". */
const TOLL_NOUNS = /^(?:death|casualty|fatality|injury|victim|life|body|toll|total|number|figure|count|tally|wound|shot)$/;

/** Whether a value's frame says a rule's trigger misread it. */
export function frameVetoes(f: FramedValue, rule: CompiledRule): boolean {
  if (f.reading.notAClaim) return true;
  // a person's age or number of children is said of one person: no toll, no crowd
  if ((f.reading.counted === "age" || f.reading.counted === "children") && rule.units.includes("person")) return true;
  // people by construction ("missing 10") where the frame found the number's own noun, a thing ("10 of the 16 games")
  const c = f.reading.counted;
  const v = f.mention.value;
  if (rule.units.includes("person") && c && c !== "person" && f.reading.countedAt > f.reading.value.last && v?.type === "quantity" && v.unit === "person" && !f.mention.counted && !rule.vocabulary?.counted.includes(c) && !TOLL_NOUNS.test(c)) return true;
  return otherEventDoes(f, rule);
}

/**
 * The rule's own verb done by another kind of event: "the quake struck early on Friday" is no air
 * strike, and neither is a pedestrian "struck by a car on Friday night". Read from the frame, for topics that date events of a kind: the predicate is one of the
 * rule's words, and its subject is an event noun the rule's vocabulary does not name. (Figures
 * are not held to it: a storm that flattened 300 homes damaged buildings, a bombing that killed
 * 43 people has a toll.)
 */
function otherEventDoes(f: FramedValue, rule: CompiledRule): boolean {
  if (rule.values.includes("quantity")) return false;
  const v = rule.vocabulary;
  const p = f.reading.predicate;
  if (!v || !p || p.at < 0 || f.tokens[p.at]?.pos !== "VERB" || !v.predicates.includes(p.lemma)) return false;
  const agent = f.reading.participants.find((x) => x.role === "agent");
  const head = agent ? agent.key.split(" ").at(-1)! : byPhraseHead(f.tokens, p.at);
  if (head === null) return false;
  // a road vehicle or its driver that struck someone: "struck by a car", "a drunk driver struck her"
  if (ROAD.test(head) && !v.predicates.includes(head)) return true;
  const kind = EVENT_NOUNS[head];
  return kind !== undefined && !v.predicates.includes(kind) && !v.predicates.includes(head);
}

/**
 * A topic of named things (`subject: name`: "the Harlow Accord") read through its vocabulary alone:
 * when its verb is said to be done to something, one of the rule's own nouns (its triggers,
 * singular or plural) must stand by the verb: in its subject, its object, or a phrase of it (the
 * frame's object of a long subject may be its last noun: "a treaty of trade between A and B was
 * signed"). Must keep: "the towns signed the Harlow Accord in 2019", "a pact between the two
 * ports was signed in May", "such treaties were concluded in March", "they signed it in 2019" (no
 * noun), "he hopes to sign by Christmas" (no object). Must not keep: "a judge signed an order on
 * Tuesday", "the governor signed the bill on Friday", "the club signed the striker on Friday", "the
 * law was ratified in May", "the panel concluded its session in June".
 */
function otherThingDone(f: FramedValue, rule: CompiledRule): boolean {
  if (rule.subject !== "name") return false;
  const p = f.reading.predicate;
  if (!p || p.at < 0) return false;
  if (personDoneTo(f.tokens, p.at)) return true;
  if (!f.reading.participants.some((x) => x.role === "patient" && !PRONOUN.test(x.key))) return false;
  const nouns = new Set(rule.triggers.map((t) => t.toLowerCase()));
  const from = Math.max(0, p.at - AGREEMENT_REACH_BEFORE);
  const to = Math.min(f.tokens.length - 1, p.at + AGREEMENT_REACH_AFTER);
  for (let k = from; k <= to; k++) {
    const w = f.tokens[k]!.text.toLowerCase();
    if (nouns.has(w) || nouns.has(w.replace(/ies$/, "y")) || nouns.has(w.replace(/s$/, ""))) return false;
  }
  return true;
}

/**
 * A passive verb whose subject is "who": what was done was done to a person ("Ivo Marsh, who was
 * signed on Monday", "the striker, who has since been signed by the Otters"), never to an agreement.
 * Must match those; must not match "which was signed in May" (a thing), "who signed the accord in
 * May" (active: the person did it), "the pact was signed in May" (no relative pronoun).
 */
function personDoneTo(tokens: FramedValue["tokens"], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k--;
  if (k === at - 1 || !tokens.slice(k + 1, at).some((t) => t.lemma === "be")) return false;
  return tokens[k]?.text.toLowerCase() === "who";
}

/** How far an agreement's noun may stand before the verb (a long subject) and after it (its object). */
const AGREEMENT_REACH_BEFORE = 14;
const AGREEMENT_REACH_AFTER = 6;

const PRONOUN = /^(?:it|this|that|them|these|those|one|which|what)$/i;

/**
 * Road vehicles and those who drive them, which strike people in traffic, not from the air. Must
 * match "car", "vehicle", "driver", "motorist", "van"; must not match "drone", "jet", "warplane",
 * "missile", "helicopter" (which strike in air strikes).
 */
const ROAD = /^(?:car|vehicle|truck|lorry|van|bus|taxi|cab|suv|motorcycle|motorbike|scooter|tram|driver|motorist)s?$/;

/** The noun after "by" right after the verb at `at`, its doer ("struck by a speeding car" → "car"; "after being struck by", which a tagger may read as active), or null. */
function byPhraseHead(tokens: FramedValue["tokens"], at: number): string | null {
  if (tokens[at + 1]?.text.toLowerCase() !== "by") return null;
  for (let k = at + 2; k < tokens.length && k <= at + 7; k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN") return (t.lemma || t.text).toLowerCase();
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NUM" && t.text !== "-" && !(t.pos === "VERB" && /(?:ing|ed)$/.test(t.text))) return null;
  }
  return null;
}

/**
 * A trigger that is another value's own verb does not govern this one: in "shooting three people,
 * killing one", "killing" is the verb of "one", so "three" is not killed. Such a candidate is taken
 * by its rule only when its own frame fits the rule's vocabulary (then with the measure the frame
 * gives: "three" shot); otherwise it is dropped here and its frame speaks for it.
 */
export function reconcile(ex: Extractor, candidate: Candidate, f: FramedValue, siblings: readonly FramedValue[]): Candidate | null {
  const tokens = f.tokens;
  const own = f.reading.predicate;
  const trigger = candidate.trigger.toLowerCase();
  // "according to" introduces a source; it is no accord, whether or not the value has a verb of its
  // own ("According to an advisory issued today, …" read with no verb still signs nothing)
  const attributive = trigger === "according" && /^according\s+to\b/i.test(f.sentence.slice(f.sentence.toLowerCase().indexOf("according")));
  if (attributive && (!own || own.at < 0)) return null;
  if (!own || own.at < 0) return candidate;
  const taken = attributive || siblings.some((o) => {
    const p = o.reading.predicate;
    if (o === f || !p || p.at < 0 || p.at === own.at) return false;
    const word = tokens[p.at];
    return word !== undefined && (word.text.toLowerCase() === trigger || trigger.split(/\s+/).includes(word.text.toLowerCase()));
  });
  if (!taken) return candidate;
  const match = matchVocabulary(ex.vocabulary, f.reading, tokens, candidate.rule);
  if (!match) return null;
  const provenance = candidate.provenance.filter((p) => !p.startsWith("measure:") && !p.startsWith("trigger:"));
  return { ...candidate, trigger: match.words, measure: match.measure, provenance: [...provenance, `vocabulary:${match.words}`, ...(match.measure ? [`measure:${match.measure}`] : [])] };
}

/**
 * The value as its frame counts it: hits on someone ("shot eleven times", "hit by seven bullets",
 * "seven bullets struck him") are one count, whatever noun the value layer kept (time, bullet,
 * shot, round): each is counted in hits, so the ways of saying it compare; a bare number the frame
 * reads as people is counted in people.
 */
export function countedAsFramed<M extends Candidate["mention"]>(mention: M, r: FramedValue["reading"]): M {
  const v = mention.value;
  if (r.counted === "hit" && v?.type === "quantity" && /^(?:time|bullet|shot|round|gunshot|)$/.test(v.unit)) return { ...mention, value: { ...v, unit: "hit" } };
  // a bare number the frame reads as people ("attended by 200,000", "26 on board") is a count of people
  if (r.counted === "person" && v?.type === "quantity" && v.unit === "") return { ...mention, value: { ...v, unit: "person" } };
  return mention;
}

export const FRAME_RULE_FILE = "(frame)";

/** The rule a frame names when no rule claims its value: compared only within its own id. */
export function frameRule(id: string, kind: ValueKind): CompiledRule {
  const [pred, counted] = id.slice("frame:".length).split("/");
  const topic = [pred, counted].filter((w) => w && w !== "-").join(" · ").replace(/-/g, " ");
  return {
    id,
    file: FRAME_RULE_FILE,
    topic: topic || id,
    description: `values whose frame reads ${topic || id}`,
    cardinality: "single",
    values: [kind],
    units: [],
    triggers: [],
    context: [],
    exclude: [],
    window: 0,
    patterns: [],
    distinctAfterDays: null,
    subject: "actors",
    anchored: true,
    measures: [],
    counted: [],
    examples: [],
  };
}

/**
 * The rule of a frame's topic for frameCandidate: one per id and kind, built on first need and
 * handed to every value of that topic (the rule is read, never changed: normalize copies what it
 * needs into the claim). The addresses name some 6,700 topics (by kind) in 22,663 figures: the store keeps
 * them all.
 */
function frameRuleOf(id: string, kind: ValueKind): CompiledRule {
  const key = `${kind}|${id}`;
  let rule = FRAME_RULES.get(key);
  if (rule === undefined) {
    // (a bounded store: a run over many texts meets topics without end)
    if (FRAME_RULES.size >= FRAME_RULES_KEPT) FRAME_RULES.clear();
    FRAME_RULES.set(key, (rule = frameRule(id, kind)));
  }
  return rule;
}
const FRAME_RULES = new Map<string, CompiledRule>();
const FRAME_RULES_KEPT = 8192;

/** Attributes that measure a thing rather than an event (counted.ts): its length, height, width, depth, capacity. */
const THING_SIZE: ReadonlySet<string> = new Set(["length", "height", "width", "depth", "capacity"]);

export interface FrameCandidate {
  candidate: Candidate;
  rule: CompiledRule;
}

/** The candidate of a framed value no trigger took, or null when its frame names no topic. */
export function frameCandidate(ex: Extractor, document: string, f: FramedValue): FrameCandidate | null {
  const r = f.reading;
  if (r.notAClaim) return null;
  const found = ex.vocabulary.length > 0 ? matchVocabulary(ex.vocabulary, r, f.tokens) : null;
  const match = found && !frameVetoes(f, found.rule) && !otherThingDone(f, found.rule) ? found : null;
  const kind: ValueKind = f.mention.kind === "range" ? "range" : f.mention.kind === "date" || f.mention.kind === "time" ? "date" : "quantity";
  let rule: CompiledRule;
  if (match) rule = match.rule;
  else {
    const id = frameRuleId(r);
    if (!id) return null;
    // a figure with a predicate but nothing counted, and no noun after it, is read only when it is close to its verb
    if (kind === "quantity" && !r.counted && r.predicate && r.predicate.at >= 0 && Math.abs(r.predicate.at - r.value.first) > 3 && Math.abs(r.predicate.at - r.value.last) > 3) return null;
    rule = frameRuleOf(id, kind);
  }
  let frame = f.mention.kind === "quantity" || f.mention.kind === "duration" ? quantityFrame(f.mention, f.sentenceMentions, f.sentence, rule.anchored) : null;
  // a thing's size is no event: a date after it dates what the thing did ("45 metres long, opened
  // in 1990"), not its size; one before it ("in 2019 the hall seated 300") still frames it
  if (frame && r.counted !== null && THING_SIZE.has(r.counted) && frame.mention.offset > f.mention.offset) frame = null;
  let mention = countedAsFramed(f.mention.kind === "duration" ? { ...f.mention, kind: "quantity" as const } : f.mention.kind === "time" ? { ...f.mention, kind: "date" as const } : f.mention, r);
  // the frame saw people where the value layer kept the noun ("12,000 villagers"): a count of people
  const v = mention.value;
  if (v?.type === "quantity" && r.counted === "person" && v.unit !== "person" && /^[a-z][a-z-]*$/.test(v.unit) && v.unit !== "percent" && v.unit !== "year" && v.unit !== "magnitude") {
    mention = { ...mention, value: { ...v, unit: "person" } };
  }
  const claimFrame = claimFrameOf(r);
  return {
    rule,
    candidate: {
      rule: rule.id,
      document,
      mention,
      offset: f.offset,
      sentence: f.sentence,
      trigger: match?.words ?? r.predicate?.lemma ?? r.counted ?? "",
      measure: match?.measure ?? null,
      frame,
      actors: sentenceActors(f.sentence),
      provenance: [`rule:${rule.id}`, "via:frame", `pattern:${mention.pattern}`, ...(match ? [`vocabulary:${match.words}`] : []), ...(match?.measure ? [`measure:${match.measure}`] : [])],
      claimFrame,
    },
  };
}
