/**
 * A claim's frame in words, for `explain` and `mentions`: what the value counts, the predicate it
 * completes (with its voice), who and where, whether it is a running tally and when it was
 * reported, who says so, and how firmly.
 */
import type { ClaimFrame } from "../types.js";

/** "kill (passive) · person · place Athens · tally, reported 2010-05-05 · per police · approximate" */
export function claimFrameSummary(f: ClaimFrame): string {
  const parts: string[] = [];
  parts.push(f.predicate ? `${f.predicate.lemma}${f.predicate.voice ? ` (${f.predicate.voice})` : ""}` : "no predicate");
  parts.push(f.counted ? `counts ${f.counted}` : "counts —");
  if (f.participants.length > 0) parts.push(f.participants.map((p) => `${p.role} “${p.text}”`).join(", "));
  if (f.time.tally) parts.push("running tally");
  if (f.time.reportedAt) parts.push(`reported ${reported(f)}`);
  if (f.attribution) parts.push(`per ${f.attribution}`);
  if (f.modality.length > 0) parts.push(f.modality.join(", "));
  return parts.join(" · ");
}

/** The frame as labelled lines (explain's claim block). */
export function claimFrameLines(f: ClaimFrame): string[] {
  const lines = [
    `counts:      ${f.counted ?? "—"}`,
    `predicate:   ${f.predicate ? `${f.predicate.lemma}${f.predicate.voice ? ` (${f.predicate.voice})` : ""}` : "—"}`,
  ];
  if (f.participants.length > 0) lines.push(`participants: ${f.participants.map((p) => `${p.role} “${p.text}” [${p.key}]`).join(", ")}`);
  lines.push(`time:        ${f.time.tally ? "running tally, " : ""}reported ${f.time.reportedAt ? reported(f) : "(unknown)"}`);
  lines.push(`attribution: ${f.attribution ?? "the writer"}`);
  if (f.modality.length > 0) lines.push(`modality:    ${f.modality.join(", ")}`);
  return lines;
}

/** The reporting day, or the span of a report known only to its month: "2008-12-01 … 2008-12-31". */
function reported(f: ClaimFrame): string {
  return f.time.reportedUntil ? `${f.time.reportedAt} … ${f.time.reportedUntil}` : `${f.time.reportedAt}`;
}
