/**
 * A subject of proper names joined by "and" ("the FBI and ATF offered", "Reid and Cole signed")
 * is all of them, not its last name: outlets list the same parties in either order ("the ATF and
 * FBI are offering"), and reading only the last name set two reports of one offer apart as two
 * agents with no name in common. Only names (and "the", commas, "and") may stand in the list; a
 * list with a common noun in it keeps its reading (participants.ts walks back to a list's head).
 * Must read all: "the FBI and ATF", "Reid, Cole and Marsh", "Ann Reid and Ben Cole". Must not:
 * "the police and the FBI" (a common noun), "Reid's lawyer and Cole" (a possessive), "FBI agents and
 * ATF" (a common noun).
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
