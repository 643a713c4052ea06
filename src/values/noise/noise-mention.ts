/**
 * The shape every noise recognizer returns: a span that looks numeric but is not a claim.
 */
import type { Mention, MentionKind } from "../../types.js";

export type NoiseKind = Extract<MentionKind, "citation" | "section-number" | "version-label" | "identifier">;
export type NoiseHit = Mention;

export function noise(offset: number, text: string, kind: NoiseKind, pattern: string): NoiseHit {
  return { offset, length: text.length, text, kind, value: null, timex: null, relative: false, pattern };
}
