/**
 * Colours of the HTML report. Documents get colours from the Okabe–Ito palette (distinguishable
 * with the common colour-vision deficiencies); every coloured mark also carries its document's
 * name in text, so colour is never the only cue.
 */
import type { Verdict } from "../../types.js";

const DOCUMENT_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F5A00", "#444444"] as const;

/** The n-th document's colour (cycling after eight). */
export function documentColour(index: number): string {
  return DOCUMENT_COLOURS[((index % DOCUMENT_COLOURS.length) + DOCUMENT_COLOURS.length) % DOCUMENT_COLOURS.length] ?? "#444444";
}

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  contradict: "Contradiction",
  diverge: "Divergence",
  agree: "Agreement",
};
