/** Frames of one sentence, by the value's text: the frame pass over a one-sentence document, as scan runs it. */
import { framedValues } from "../../../../src/extract/frame-pass.js";
import { claimFrameOf, frameRuleId, type Reading } from "../../../../src/extract/frames/index.js";
import { lineStarts } from "../../../../src/ingest/line-index.js";
import { claimsOf } from "../../../../src/pipeline.js";
import { loadRules } from "../../../../src/ruleset/load-rules.js";
import type { Claim, ClaimFrame, CompiledRule, SourceDocument } from "../../../../src/types.js";

export function readings(sentence: string, date = "2024-03-08"): Reading[] {
  const doc: SourceDocument = { path: "t.txt", text: sentence, sha256: "", date, dateSource: "flag", lineStarts: lineStarts(sentence) };
  return framedValues(doc).map((f) => f.reading);
}

/** The reading of the value written `value` (exactly, else the first that starts with it). */
export function reading(sentence: string, value: string): Reading {
  const all = readings(sentence);
  const r = all.find((x) => x.value.mention.text === value) ?? all.find((x) => x.value.mention.text.startsWith(value) || value.startsWith(x.value.mention.text));
  if (!r) throw new Error(`no value “${value}” in “${sentence}”: ${all.map((x) => x.value.mention.text).join(", ")}`);
  return r;
}

export function frame(sentence: string, value: string): ClaimFrame & { rule: string | null; notAClaim: string | null } {
  const r = reading(sentence, value);
  return { ...claimFrameOf(r), rule: frameRuleId(r), notAClaim: r.notAClaim };
}

let builtin: readonly CompiledRule[] | null = null;

/** The claims scan's per-file half makes of a one-document text with the built-in rules. */
export function claimsOfText(text: string, date = "2024-03-08"): Claim[] {
  if (!builtin) {
    const loaded = loadRules({ cwd: process.cwd() });
    if (!loaded.ok) throw new Error("built-in rules do not load");
    builtin = loaded.rules;
  }
  const doc: SourceDocument = { path: "t.txt", text, sha256: "", date, dateSource: "flag", lineStarts: lineStarts(text) };
  return claimsOf(doc, builtin);
}
