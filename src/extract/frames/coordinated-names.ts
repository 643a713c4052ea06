/**
 * A subject of proper names joined by "and" ("the FBI and ATF offered", "Reid and Cole signed")
 * is all of them, not its last name: outlets list the same parties in either order ("the ATF and
 * FBI are offering"), and reading only the last name set two reports of one offer apart as two
 * agents with no name in common. Only names (and "the", commas, "and") may stand in the list; a
 * list with a common noun in it keeps its reading (participants.ts walks back to a list's head).
 * Only the doers of an act in the active voice are read so: they act together ("the FBI and ATF
 * offered a reward" is one reward), while names a passive verb's act is done to often take it each
 * on their own ("GM and Kestrel were given loans" are two loans), so their reading stays as before.
 * Must read all: "the FBI and ATF offered", "Reid, Cole and Marsh paid", "Ann Reid and Ben Cole
 * signed". Must not: "the police and the FBI" (a common noun), "Reid's lawyer and Cole" (a
 * possessive), "FBI agents and ATF" (a common noun), "GM and Kestrel were given loans" (a passive).
 */
import type { TaggedToken } from "../../types.js";
import { lower } from "./sentence.js";

/** Whether tokens from..to are proper names joined by "and" or commas, with "and" among them. */
export function coordinatedNames(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  let joined = false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    const w = lower(t);
    if (w === "and") joined = true;
    else if (!(t.pos === "PROPN" || t.text === "," || (w === "the" && tokens[i + 1]?.pos === "PROPN"))) return false;
  }
  return joined && tokens[from]?.text !== "," && tokens[to]?.pos === "PROPN";
}

/** Whether a form of "be" or "get" stands between the subject's end `k` and its verb `at` (a passive). */
export function passiveBetween(tokens: readonly TaggedToken[], k: number, at: number): boolean {
  // ("are offering": a form of "be" before an -ing form is no passive)
  if (/ing$/i.test(tokens[at]?.text ?? "")) return false;
  for (let i = k + 1; i < at; i++) if (tokens[i]!.pos === "AUX" && (tokens[i]!.lemma === "be" || tokens[i]!.lemma === "get")) return true;
  return false;
}
