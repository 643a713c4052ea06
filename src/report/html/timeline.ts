/**
 * The timeline of the HTML page: every dated claim (dates and ranges), one block per topic and,
 * inside it, one lane per source. Where sources place one event differently the marks stand
 * apart ("1996" in one lane, "1997" in the next); claims in a contradiction are ringed in red.
 *
 * Two scales are laid out at once and CSS shows one: each topic on its own scale (the default,
 * so that a one-year difference is as wide as the page) or one scale for all topics. Positions
 * are percentages in custom properties (--zl/--zw/--zt zoomed, --l/--w/--t common), so the page
 * needs no script to draw and prints as it shows.
 */
import type { Claim, DateValue, RangeValue } from "../../types.js";
import { describeValue } from "../describe-value.js";
import { dayNumber } from "../findings-view.js";
import { type PageContext, claimAnchor, docInfo, findingAnchor } from "./context.js";
import { esc } from "./escape.js";
import { type TimeScale, percentOf, timeScale } from "./time-scale.js";

type DatedClaim = Claim & { value: DateValue | RangeValue };

/** Estimated width of one label character, in percent of the track (≈ 7 px of a 900 px track). */
const CHAR_WIDTH = 0.8;
const ROW_EM = 1.6;

function isDated(claim: Claim): claim is DatedClaim {
  return (
    (claim.value.type === "date" || claim.value.type === "range") &&
    claim.value.start !== null &&
    claim.value.end !== null &&
    !Number.isNaN(dayNumber(claim.value.start)) &&
    !Number.isNaN(dayNumber(claim.value.end))
  );
}

interface Placed {
  left: number;
  width: number;
  /** Where the label goes: after the mark, before it (near the right end) or inside a wide mark. */
  label: "after" | "before" | "inside";
  row: number;
}

/**
 * One mark: the claims of one lane that state the same value. Four "2021"s of one document on one
 * topic are one mark labelled "2021 ×4", not four marks stacked.
 */
interface Spot {
  claims: DatedClaim[];
  value: DateValue | RangeValue;
  label: string;
}

function spotsOf(claims: readonly DatedClaim[]): Spot[] {
  const byValue = new Map<string, DatedClaim[]>();
  const sorted = [...claims].sort((a, b) => a.value.start.localeCompare(b.value.start) || a.value.end.localeCompare(b.value.end) || a.offset - b.offset);
  for (const c of sorted) {
    const key = `${c.value.start}/${c.value.end}/${describeValue(c.value)}`;
    byValue.set(key, [...(byValue.get(key) ?? []), c]);
  }
  return [...byValue.values()].map((group) => {
    const first = group[0] as DatedClaim;
    const text = describeValue(first.value);
    return { claims: group, value: first.value, label: group.length > 1 ? `${text} ×${group.length}` : text };
  });
}

/** Marks of one lane on one scale, spread over as many rows as their labels need. */
function placeLane(scale: TimeScale, spots: readonly Spot[]): Placed[] {
  const rowsEnd: number[] = [];
  return spots.map((spot) => {
    const left = percentOf(scale, dayNumber(spot.value.start));
    const width = Math.max(0, percentOf(scale, dayNumber(spot.value.end) + 1) - left);
    const labelWidth = spot.label.length * CHAR_WIDTH + 1.5;
    const label = left + width + labelWidth <= 100 ? "after" : left >= labelWidth ? "before" : "inside";
    const lo = label === "before" ? left - labelWidth : left;
    const hi = label === "after" ? left + width + labelWidth : left + Math.max(width, label === "inside" ? labelWidth : 0);
    let row = rowsEnd.findIndex((end) => end <= lo);
    if (row < 0) row = rowsEnd.length;
    rowsEnd[row] = hi;
    return { left, width, label, row };
  });
}

function markHtml(ctx: PageContext, spot: Spot, common: Placed, zoomed: Placed): string {
  const first = spot.claims[0] as DatedClaim;
  const doc = docInfo(ctx, first.document);
  const findings = spot.claims.flatMap((c) => ctx.findingsOfClaim.get(c.id) ?? []);
  const contradicted = findings.some((f) => f.verdict === "contradict");
  const target = findings[0] ? findingAnchor(findings[0]) : claimAnchor(first);
  const title = [
    describeValue(spot.value),
    ...spot.claims.map((c) => `${c.document}:${c.line}:${c.column} “${c.text}”`),
  ].join("\n");
  const cls = ["mark", contradicted ? "contradicted" : "", `c-${common.label}`, `z-${zoomed.label}`];
  const style = [
    `--l:${common.left}%`,
    `--w:${common.width}%`,
    `--t:${common.row * ROW_EM}em`,
    `--zl:${zoomed.left}%`,
    `--zw:${zoomed.width}%`,
    `--zt:${zoomed.row * ROW_EM}em`,
    `--doc:${doc.colour}`,
  ].join(";");
  return `<a class="${cls.filter(Boolean).join(" ")}" href="#${target}" title="${esc(title)}" data-claims="${spot.claims.length}" style="${style}"><span class="label">${esc(spot.label)}</span></a>`;
}

function gridLines(scale: TimeScale, cls: string): string {
  return scale.ticks.map((t) => `<span class="grid ${cls}" style="left:${percentOf(scale, t.at)}%"></span>`).join("");
}

function axisRow(scale: TimeScale, cls: string): string {
  const ticks = scale.ticks.map((t) => `<span class="tick" style="left:${percentOf(scale, t.at)}%">${esc(t.label)}</span>`).join("");
  return `<div class="lane axis ${cls}" aria-hidden="true"><span class="lane-label"></span><div class="track">${ticks}</div></div>`;
}

function topicBlock(ctx: PageContext, common: TimeScale, topic: string, claims: readonly DatedClaim[]): string {
  const zoomed = timeScale(claims.map((c) => c.value), 8);
  const byDoc = new Map<string, DatedClaim[]>();
  for (const c of claims) byDoc.set(c.document, [...(byDoc.get(c.document) ?? []), c]);
  const docs = [...byDoc.keys()].sort((a, b) => docInfo(ctx, a).index - docInfo(ctx, b).index);
  const contradicted = claims.some((c) => (ctx.findingsOfClaim.get(c.id) ?? []).some((f) => f.verdict === "contradict"));
  const lanes = docs.map((path) => {
    const doc = docInfo(ctx, path);
    const spots = spotsOf(byDoc.get(path) ?? []);
    const onCommon = placeLane(common, spots);
    const onZoomed = placeLane(zoomed, spots);
    const rows = (placed: Placed[]): number => Math.max(1, ...placed.map((p) => p.row + 1)) * ROW_EM;
    const marks = spots.map((spot, i) => markHtml(ctx, spot, onCommon[i] as Placed, onZoomed[i] as Placed)).join("");
    return `<div class="lane"><a class="lane-label" href="#${doc.anchor}" title="${esc(path)}" style="--doc:${doc.colour}">${esc(doc.label)}</a><div class="track" style="--h:${rows(onCommon)}em;--zh:${rows(onZoomed)}em">${gridLines(common, "common-only")}${gridLines(zoomed, "zoom-only")}${marks}</div></div>`;
  });
  return `<div class="tl-topic${contradicted ? " contradicted" : ""}" data-topic="${esc(topic)}">
<h3>${esc(topic)}${contradicted ? ` <span class="badge contradict">Contradiction</span>` : ""}</h3>
${lanes.join("\n")}
${axisRow(zoomed, "zoom-only")}
</div>`;
}

export function timelineSection(ctx: PageContext): string {
  const dated = ctx.report.claims.filter(isDated);
  if (dated.length === 0) {
    return `<section id="timeline"><h2>Timeline</h2><p class="none">No dated claims.</p></section>`;
  }
  const common = timeScale(dated.map((c) => c.value), 12);
  const byTopic = new Map<string, DatedClaim[]>();
  for (const c of dated) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
  const earliest = (cs: readonly DatedClaim[]): string => cs.map((c) => c.value.start).sort()[0] ?? "";
  const topics = [...byTopic.entries()].sort(
    ([ta, a], [tb, b]) => earliest(a).localeCompare(earliest(b)) || (ta < tb ? -1 : ta > tb ? 1 : 0),
  );
  return `<section id="timeline">
<h2>Timeline <span class="count">${dated.length}</span></h2>
<p class="hint">Every dated claim, by topic and source. Marks that stand apart within one topic are sources placing the same thing at different times; a red ring marks a contradiction.</p>
<form class="scale-switch" id="scale-switch" hidden><span>Scale:</span>
<label><input type="radio" name="scale" value="zoomed" checked> each topic on its own scale</label>
<label><input type="radio" name="scale" value="common"> one scale for all topics</label></form>
<div class="timeline zoomed" id="timeline-chart">
${axisRow(common, "common-only")}
${topics.map(([topic, claims]) => topicBlock(ctx, common, topic, claims)).join("\n")}
${axisRow(common, "common-only")}
</div>
</section>`;
}
