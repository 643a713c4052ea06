/**
 * A vessel sunk. "Sink" tells two kinds of happening: a level that drops ("shares sank 4 percent",
 * a fall: predicate-classes.ts fall) and a vessel lost in the water ("the frigate sank the trawler",
 * "the trawler was sunk by the frigate", "the ferry sank": a sinking). A level's moves are dated as
 * a recurring happening (each day's move is another: group.ts LEVEL_MOVES), so a sinking read as a
 * fall never meets another report of its day. Read by what it is told of: when the ship is the
 * thing sunk (its patient) or the one that went down (its subject), it is a sinking only. A vessel
 * destroyed ("the navy destroyed a pirate mother ship") or sent to the bottom ("sent the trawler to
 * the bottom") is a sinking too.
 *
 * Must be a sinking: "the frigate sank the trawler on March 4", "the trawler was sunk by the frigate",
 * "the ferry sank on Friday", "destroyed a pirate vessel on Monday", "sent the freighter to the bottom".
 * Must not be: "shares sank 4 percent on Monday" (a fall), "the index sank to 8,100", "destroyed
 * 40 homes" (a destruction), "sent the files to the bottom of the pile" (no vessel), "sent a frigate
 * to the gulf" (a sending).
 */
import type { Claim } from "../types.js";

/** Nouns of craft afloat. */
const VESSEL = /^(?:boat|ship|mothership|vessel|ferry|canoe|kayak|dinghy|raft|yacht|trawler|barge|tanker|tug|tugboat|lifeboat|skiff|dhow|speedboat|catamaran|frigate|freighter|warship|gunboat|submarine|destroyer|cruiser|corvette|cutter|schooner|steamer|liner|sloop|galleon|junk|hulk|dredger|seiner|whaler|coaster)s?$/i;

/** Verbs that tell a vessel lost when what they act on is one. */
const LOSES_A_VESSEL: ReadonlySet<string> = new Set(["sink", "destroy", "send"]);

/** "sent the trawler to the bottom", "was sent to the bottom". */
const TO_THE_BOTTOM = /\bsen(?:d|ds|t|ding)\b[^.;]{0,60}?\bto\s+the\s+(?:bottom|seabed|sea\s+floor|ocean\s+floor)\b(?!\s+of\b)/i;

/** Whether a word is a noun of a vessel: "trawler", "ships", "Frigate". */
export function isVesselWord(word: string): boolean {
  return VESSEL.test(word.replace(/[^\p{L}]/gu, ""));
}

/** Whether a participant's words name a vessel: "a fishing trawler", "Thai trawler Ekawat Nava 5", "a pirate mother ship". */
function namesVessel(text: string): boolean {
  return text.split(/\s+/).some(isVesselWord);
}

/**
 * Whether a claim whose predicate is `p` tells a vessel lost: "sink" told of a vessel (sunk or
 * sinking), "destroy" of a vessel, "send" a vessel to the bottom.
 */
export function sunkVessel(c: Claim, p: string): boolean {
  if (!LOSES_A_VESSEL.has(p)) return false;
  const parts = c.claimFrame?.participants ?? [];
  const patient = parts.find((x) => x.role === "patient");
  if (p === "send") return patient !== undefined && namesVessel(patient.text) && TO_THE_BOTTOM.test(c.sentence);
  if (patient !== undefined) return namesVessel(patient.text);
  // (intransitive: "the ferry sank"; a vessel destroyed names what was destroyed)
  const agent = parts.find((x) => x.role === "agent");
  return p === "sink" && agent !== undefined && namesVessel(agent.text) && c.claimFrame?.counted == null;
}
