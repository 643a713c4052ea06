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
import { actorsOf, encodeActors } from "./actors.js";
import { type Extractor, quantityFrame } from "./extract.js";
import type { FramedValue } from "./frame-pass.js";
import { claimFrameOf, frameRuleId } from "./frames/index.js";
import { matchVocabulary } from "./vocabulary.js";
import { tagSentence } from "./tag/tagger.js";

/** Whether a value's frame says a rule's trigger misread it. */
export function frameVetoes(f: FramedValue, rule: CompiledRule): boolean {
  if (f.reading.notAClaim) return true;
  if (f.reading.counted === "age" && rule.units.includes("person")) return true;
  return false;
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

export interface FrameCandidate {
  candidate: Candidate;
  rule: CompiledRule;
}

/** The candidate of a framed value no trigger took, or null when its frame names no topic. */
export function frameCandidate(ex: Extractor, document: string, f: FramedValue, tokensOf: (sentence: string) => ReturnType<typeof tagSentence>): FrameCandidate | null {
  const r = f.reading;
  if (r.notAClaim) return null;
  const match = ex.vocabulary.length > 0 ? matchVocabulary(ex.vocabulary, r, tokensOf(f.sentence)) : null;
  const kind: ValueKind = f.mention.kind === "range" ? "range" : f.mention.kind === "date" ? "date" : "quantity";
  let rule: CompiledRule;
  if (match) rule = match.rule;
  else {
    const id = frameRuleId(r);
    if (!id) return null;
    // a figure with a predicate but nothing counted, and no noun after it, is read only when it is close to its verb
    if (kind === "quantity" && !r.counted && r.predicate && r.predicate.at >= 0 && Math.abs(r.predicate.at - r.value.first) > 3 && Math.abs(r.predicate.at - r.value.last) > 3) return null;
    rule = frameRule(id, kind);
  }
  const frame = f.mention.kind === "quantity" || f.mention.kind === "duration" ? quantityFrame(f.mention, f.sentenceMentions, f.sentence) : null;
  let mention = f.mention.kind === "duration" ? { ...f.mention, kind: "quantity" as const } : f.mention;
  // the frame saw people where the value layer kept the noun ("12,000 villagers"): a count of people
  const v = mention.value;
  if (v?.type === "quantity" && r.counted === "person" && v.unit !== "person" && /^[a-z]+$/.test(v.unit) && v.unit !== "percent" && v.unit !== "year" && v.unit !== "magnitude") {
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
      actors: encodeActors(actorsOf(f.sentence)),
      provenance: [`rule:${rule.id}`, "via:frame", `pattern:${mention.pattern}`, ...(match ? [`vocabulary:${match.words}`] : []), ...(match?.measure ? [`measure:${match.measure}`] : [])],
      claimFrame,
    },
  };
}
