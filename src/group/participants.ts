/**
 * Who and what a claim names that identifies its occurrence: the participants of its frame (a
 * place, an event, the parties), or, for a claim read without a frame, the actors of its sentence
 * (countries, and the words of proper names and topic titles; role unknown).
 *
 * Two claims' participants relate in one of three ways:
 *   - separate: a role that both name with a proper name, with no name in common ("in Athens" and
 *     "in Woodburn"; "recognised Bangladesh" and "recognised the Taliban"), or, when roles are
 *     unknown, two sets of actors with nothing in common ("the Soviet withdrawal" and "the U.S.
 *     withdrawal");
 *   - shared: a participant named on both sides ("the quake" and "the quake", "Pakistan" and
 *     "Islamabad"): positive evidence of one occurrence;
 *   - neither: nothing in common and nothing apart ("the riots" and "the violence"; a sentence
 *     that names no one). Unknown is never equal: such claims may be grouped, never set against
 *     each other as one occurrence.
 * A common noun ("the riots", "the attack") separates nothing, since outlets name one event in
 * different words; it is evidence only where both say the same noun.
 */
import type { Claim, Participant } from "../types.js";

export interface Party {
  /** null: an actor of the sentence, role unknown. */
  role: Participant["role"] | null;
  key: string;
  /** A proper name ("Athens", "the Marfin bank"), not a common noun ("the riots"). */
  named: boolean;
}

const LEADING = /^(?:(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+)+/i;
const CAPITALIZED = /(?:^|[\s(])\p{Lu}[\p{L}'’.-]*/u;

/** "the Marfin bank", "Athens", "police in Athens" → named; "the riots", "the quake" → not. */
export function isNamed(text: string): boolean {
  return CAPITALIZED.test(text.replace(LEADING, ""));
}

const cache = new WeakMap<Claim, Party[]>();

export function partiesOf(c: Claim): Party[] {
  let parties = cache.get(c);
  if (parties) return parties;
  if (c.claimFrame) {
    parties = c.claimFrame.participants.filter((p) => p.key !== "").map((p) => ({ role: p.role, key: p.key, named: isNamed(p.text) }));
  } else {
    // Countries as they are; proper names and topic titles word by word ("name:ishaq", "name:dar";
    // "title:doha"), since a sentence may give a name in full and another only in part.
    const keys = c.actors.flatMap((a) => {
      const m = /^(name|title):(.*)$/.exec(a);
      return m ? m[2]!.split(" ").filter((w) => w !== "").map((w) => `${m[1]}:${w}`) : [a];
    });
    parties = [...new Set(keys)].map((key) => ({ role: null, key, named: true }));
  }
  cache.set(c, parties);
  return parties;
}

/** The keys a claim names, whatever their role. */
export function keysOf(c: Claim): string[] {
  return [...new Set(partiesOf(c).map((p) => p.key))];
}

function namedKeys(parties: readonly Party[], role: Party["role"]): string[] {
  return parties.filter((p) => p.role === role && p.named).map((p) => p.key);
}

const ROLES: readonly Participant["role"][] = ["agent", "patient", "place", "event", "recipient"];

/** Whether the two claims' participants keep them apart (see the header). */
export function separates(a: Claim, b: Claim): boolean {
  const [pa, pb] = [partiesOf(a), partiesOf(b)];
  if (pa.some((p) => p.role === null) || pb.some((p) => p.role === null)) {
    if (pa.length === 0 || pb.length === 0) return false;
    const keys = new Set(pa.map((p) => p.key));
    return !pb.some((p) => keys.has(p.key));
  }
  for (const role of ROLES) {
    const ka = namedKeys(pa, role);
    const kb = namedKeys(pb, role);
    if (ka.length > 0 && kb.length > 0 && !ka.some((k) => kb.includes(k))) return true;
  }
  return false;
}

/** Whether a participant is named on both sides (the same role, or a role unknown on one side). */
export function shares(a: Claim, b: Claim): boolean {
  const pb = partiesOf(b);
  return partiesOf(a).some((p) => pb.some((q) => q.key === p.key && (p.role === q.role || p.role === null || q.role === null)));
}
