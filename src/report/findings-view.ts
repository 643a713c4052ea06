/**
 * What the human-facing reporters (Markdown, HTML, explain) share about a report: findings in
 * reading order (contradictions first) with their claims resolved, claim locations, and the
 * place of a quote in its sentence. Presentation helpers only; no wording of values.
 */
import type { Claim, Finding, Report, Story, Verdict } from "../types.js";

/** Reading order: what needs an editor's attention first. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = { contradict: 0, diverge: 1, agree: 2 };
export const VERDICTS: readonly Verdict[] = ["contradict", "diverge", "agree"];

/** "contradiction" / "contradictions" … for headings and summaries. */
export function verdictNoun(verdict: Verdict, count: number): string {
  const nouns: Record<Verdict, readonly [string, string]> = {
    contradict: ["contradiction", "contradictions"],
    diverge: ["divergence", "divergences"],
    agree: ["agreement", "agreements"],
  };
  const [one, many] = nouns[verdict];
  return count === 1 ? one : many;
}

export interface FindingView {
  finding: Finding;
  /** The finding's claims in its own order; ids missing from the report are left out. */
  claims: Claim[];
  /**
   * The claims by side (claims on one side agree with each other), in the finding's order of
   * sides; empty for a finding that does not say (a report of an older version).
   */
  sides: Claim[][];
}

/** One finding with its claims and sides resolved against the report's claims. */
export function findingView(finding: Finding, byId: ReadonlyMap<string, Claim>): FindingView {
  const resolve = (ids: readonly string[]): Claim[] =>
    ids.flatMap((id) => {
      const claim = byId.get(id);
      return claim ? [claim] : [];
    });
  const claims = resolve(finding.claims);
  const sides = finding.sides ? finding.sides.map(resolve).filter((side) => side.length > 0) : [];
  return { finding, claims, sides };
}

/** Findings sorted contradict → diverge → agree, keeping the report's order within a verdict. */
export function orderedFindings(report: Report): FindingView[] {
  const byId = new Map(report.claims.map((c) => [c.id, c] as const));
  return report.findings
    .map((finding, index) => ({ finding, index }))
    .sort((x, y) => VERDICT_RANK[x.finding.verdict] - VERDICT_RANK[y.finding.verdict] || x.index - y.index)
    .map(({ finding }) => findingView(finding, byId));
}

/** "A", "B", … "Z", "AA": the name of a finding's side, by its place in the finding's list. */
export function sideLabel(index: number): string {
  let label = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

/** "side A, 2 sources" — a side's name and how many documents stand on it. */
export function sideHeading(side: readonly Claim[], index: number): string {
  const sources = new Set(side.map((c) => c.document)).size;
  return `side ${sideLabel(index)}, ${sources} ${sources === 1 ? "source" : "sources"}`;
}

/** "seeds/001.txt:6:10" */
export function location(claim: Pick<Claim, "document" | "line" | "column">): string {
  return `${claim.document}:${claim.line}:${claim.column}`;
}

/**
 * Where the claim's text stands in its sentence, as [start, end) into `claim.sentence`, or null
 * when the sentence does not contain it. "It was in 1997 that …" + "in 1997" → [7, 14].
 */
export function quoteInSentence(claim: Pick<Claim, "sentence" | "text">): [number, number] | null {
  if (claim.text === "") return null;
  let at = claim.sentence.indexOf(claim.text);
  if (at < 0) at = claim.sentence.toLowerCase().indexOf(claim.text.toLowerCase());
  return at < 0 ? null : [at, at + claim.text.length];
}

/** Where the trigger words stand in the sentence, outside the quote; null when absent or overlapping. */
export function triggerInSentence(claim: Pick<Claim, "sentence" | "text" | "trigger">): [number, number] | null {
  const trigger = claim.trigger.trim();
  if (trigger === "") return null;
  const quote = quoteInSentence(claim);
  const lower = claim.sentence.toLowerCase();
  const needle = trigger.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!quote || end <= quote[0] || at >= quote[1]) return [at, end];
  }
  return null;
}

/** "1997-01-01" → days since 1970-01-01 (UTC), for placing dates on a scale; NaN when malformed. */
export function dayNumber(iso: string): number {
  const m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / 86_400_000);
}

/** A measure name as readers say it: "ordered-to-leave" → "ordered to leave". */
export function measureLabel(measure: string): string {
  return measure.replace(/[-_]+/g, " ").trim();
}

/** The story a finding belongs to: that of its claims (one occurrence lies within one story). */
export function storyOf(view: FindingView): string | null {
  return view.claims[0]?.story ?? null;
}

/** "athens, strike, fire (11 documents)" — a story as readers recognise it. */
export function storyLabel(story: Pick<Story, "keys" | "documents">): string {
  const n = story.documents.length;
  const keys = story.keys.slice(0, 4).join(", ");
  return `${keys === "" ? "untitled" : keys} (${n} ${n === 1 ? "document" : "documents"})`;
}

/** "2 stories; the largest: athens, strike, fire (11 documents)", or null when the report lists none. */
export function storiesLine(report: Pick<Report, "stories">): string | null {
  const stories = report.stories;
  if (!stories || stories.length === 0) return null;
  const largest = stories.reduce((a, b) => (b.documents.length > a.documents.length ? b : a));
  return `${stories.length} ${stories.length === 1 ? "story" : "stories"}; the largest: ${storyLabel(largest)}`;
}
