/**
 * normalize: Candidate → Claim. The value layer has already turned the expression into an
 * interval; this stage places the claim (line, column), turns a quantity's framing date into a
 * time frame ("since 2021" → 2021 up to the document's date), and gives the claim a stable id.
 */
import { createHash } from "node:crypto";
import { position } from "../ingest/line-index.js";
import type { Candidate, Claim, CompiledRule, DateValue, RangeValue, SourceDocument } from "../types.js";

/** "since 2021" runs from the start of 2021 to the document's date (or the end of 2021 when unknown). */
const OPEN_ENDED = new Set(["since", "from", "starting", "starting in", "beginning in", "after"]);

export function frameValue(frame: Candidate["frame"], asOf: string | null): DateValue | RangeValue | null {
  const v = frame?.mention.value;
  if (!frame || !v || v.type === "quantity") return null;
  if (OPEN_ENDED.has(frame.signal)) {
    const end = asOf && asOf > v.end ? asOf : v.end;
    return { type: "range", start: v.start, end, granularity: v.granularity };
  }
  return v;
}

export function claimId(c: Pick<Candidate, "rule" | "document" | "offset"> & { length: number; text: string }): string {
  const hash = createHash("sha256").update(`${c.rule}\u0000${c.document}\u0000${c.offset}\u0000${c.length}\u0000${c.text}`);
  return `c-${hash.digest("hex").slice(0, 12)}`;
}

export function normalize(candidate: Candidate, rule: CompiledRule, doc: SourceDocument): Claim | null {
  const { mention } = candidate;
  if (!mention.value) return null;
  // The rule counts people and the text names no unit ("the toll exceeded 2,800"): people is implied.
  const value =
    mention.value.type === "quantity" && mention.value.unit === "" && rule.units.includes("person")
      ? { ...mention.value, unit: "person" }
      : mention.value;
  const { line, column } = position(doc.lineStarts, candidate.offset);
  return {
    id: claimId({ ...candidate, length: mention.length, text: mention.text }),
    rule: rule.id,
    topic: rule.topic,
    measure: candidate.measure,
    document: doc.path,
    line,
    column,
    offset: candidate.offset,
    length: mention.length,
    text: mention.text,
    value,
    sentence: candidate.sentence,
    frame: frameValue(candidate.frame, doc.date),
    actors: candidate.actors,
    trigger: candidate.trigger,
    provenance: candidate.provenance,
  };
}
