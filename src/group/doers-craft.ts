/**
 * The craft the doers of a happening came in: "the raiders, in three boats, tried to board the
 * ferry", "smugglers on two speedboats circled the yacht", "the tanker came under fire from two
 * skiffs", "it was shot at by two skiffs", "two boats were closing in and firing", "three
 * launches believed to be carrying armed smugglers", "the frigate chased two boats of raiders".
 * Outlets tell one attack with different verbs (an attempt, a siege, fire, an approach), so frames
 * read each count under its own verb ("frame:attempt/boat", "frame:surround/boat",
 * "frame:-/boat") and "three boats" never met "two boats" of one attack. A count told as the
 * doers' craft is one figure whatever verb carries it: such claims share one topic,
 * `frame:doers-craft/<thing>` (occurrence-topics.ts), and two of one story reported within
 * FRAME_DATE_DAYS of each other may be set against each other (oneDoersCraft), as a diverging
 * count of one attack, when nothing in their sentences tells them apart.
 *
 * Read from the sentence around the figure (the figure's noun one of the craft below, told with
 * no word of another owner between: "navy", "police", "fishing", "merchant"):
 *   - before it, people of a doing kind and "in", "on", "aboard", "on board" ("the raiders, in",
 *     "smugglers on board the");
 *   - before it, "under attack from", "under fire from", "fired on by", "attacked by", "chased by";
 *   - after its noun, "of" or "carrying" and people of a doing kind ("two boats of raiders");
 *   - after its noun, a verb of closing on a target ("were closing in", "approaching", "firing",
 *     "circling", "chasing", "surrounding").
 * Must read: every example above. Must not read: "the raiders seized two fishing boats" (craft
 * taken, not used), "the frigate captured three boats of the raiders" (the craft taken, which may
 * be fewer than came), "the frigate rescued two merchant vessels under attack" (the targets), "the
 * navy sent two patrol boats" (another owner), "the coast guard's two boats were approaching"
 * (another owner), "two boats were sold at auction" (no attack), "three boats in the harbour".
 * A sentence that tells of another attack ("another", "earlier", "last month", "previous") is not
 * read: its craft may be the other attack's.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";
import { countedKey } from "./counted-things.js";
import { overlaps, toInterval } from "../values/intervals.js";

/** Nouns of craft a party comes in, by the name they are compared under (counted-things.ts countedKey). */
const CRAFT = String.raw`(?:speed\s*boats?|boats?|skiffs?|dhows?|vessels?|ships?|launch(?:es)?|dinghies|dinghy|cars?|vehicles?|vans?|trucks?|pickups?|pick-ups?|jeeps?|motorbikes?|motorcycles?)`;

/** People of a doing kind, the ones who come in the craft. */
const DOERS = String.raw`(?:pirates?|brigands?|buccaneers?|raiders?|attackers?|assailants?|gunmen|gunman|robbers?|bandits?|hijackers?|smugglers?|militants?|insurgents?|rebels?|kidnappers?|thieves|thief)`;

/** Owners of craft who are not the doers: "navy", "police", "coast guard". */
const OWNERS = String.raw`navy|naval|police|coast\s*guard|army|military|patrol`;

/** Words between the figure and its noun that name another owner or use: the craft are not the doers'. */
const OTHER_OWNER = new RegExp(String.raw`\b(?:${OWNERS}|rescue|fishing|merchant|cargo|cruise|container|life|lifeboats?|war|troop|ambulances?|fire)\b`, "i");

/** Right before the figure, an owner who is not the doers: "the navy's", "police", "the coast guard's". */
const OWNER_BEFORE = new RegExp(String.raw`\b(?:${OWNERS}|rescuers?)\b`, "i");

/** Right before the figure, the doers as owners: "the raiders' two boats", "the gunman's car". */
const DOERS_OWNING = new RegExp(String.raw`\b${DOERS}['’]s?\s+$`, "i");

/** Before the figure: "the raiders, in", "smugglers on board the", "gunmen in their". */
const DOERS_IN = new RegExp(String.raw`\b${DOERS}\s*,?\s+(?:who\s+were\s+)?(?:in|on|aboard|on\s+board|riding)\s+(?:(?:the|their|its)\s+)?$`, "i");

/** Before the figure: "under attack from", "came under fire from", "fired on by", "attacked by", "chased by". */
const ATTACKED_FROM = /\b(?:under\s+(?:attack|fire)\s+from|(?:fired|shot)\s+(?:on|upon|at)\s+by|attacked\s+by|chased\s+by|approached\s+by|surrounded\s+by|rammed\s+by)\s+(?:the\s+)?$/i;

/** After the figure: its noun (with up to two words before it), the rest of the clause. */
const NOUN_AFTER = new RegExp(String.raw`^((?:[\p{L}-]+\s+){0,2}?)${CRAFT}\b(.*)$`, "iu");

/** After the noun: "of raiders", "carrying raiders", "believed to be carrying armed smugglers", "full of gunmen". */
const CARRYING = new RegExp(String.raw`^\s*,?\s*(?:(?:suspected|believed|thought)\s+to\s+be\s+)?(?:of|carrying|full\s+of|packed\s+with|with)\s+(?:(?:[a-z]+|\d+)\s+){0,2}?${DOERS}\b`, "i");

/** After the noun: a verb of closing on a target ("were closing in", "that were bearing down", "firing"). */
const CLOSING = /^\s*,?\s*(?:(?:that|which)\s+(?:were|was)\s+|were\s+|was\s+)?(?:closing\s+in|closing\s+on|approaching|firing|circling|chasing|surrounding|attacking|bearing\s+down)\b/i;

/** Verbs of taking craft: what they count is the craft taken, which may be fewer than came. */
const TAKEN: ReadonlySet<string> = new Set(["capture", "seize", "intercept", "board", "recover", "confiscate", "impound", "catch", "take", "sink", "destroy"]);

/** Right before the figure, a word that makes its craft a part of the doers' craft, not their count: "the remaining three boats", "the other two skiffs". */
const A_PART_BEFORE = /\b(?:remaining|other)\s+$/i;

/** A sentence that tells another attack: its craft may be that attack's. */
const ANOTHER = /\b(?:another|earlier|previous|prior|separate|last\s+(?:week|month|year)|(?:a|two|three|several)\s+(?:days|weeks|months)\s+(?:ago|earlier|before))\b/i;

/** The craft a claim counts as the doers' (countedKey of its noun: "vessel", "car"), else null (see the header). */
export const craftOf: (c: Claim) => string | null = oncePerClaim(readCraft);

function readCraft(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || c.story === undefined || !c.rule.startsWith("frame:")) return null;
  const counted = c.claimFrame?.counted;
  if (!counted) return null;
  // craft taken are a part of the doers' craft, not their count: "the cutter seized three skiffs
  // of the smugglers", "intercepted three boats carrying 14 gunmen" (of five that came)
  if (TAKEN.has(c.claimFrame?.predicate?.lemma ?? "")) return null;
  if (ANOTHER.test(c.sentence)) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  if (A_PART_BEFORE.test(before)) return null;
  // an owner told right before the figure: "the coast guard's two boats", "the navy's three launches"
  const lead = /(?:[\p{L}'’-]+\s+){0,3}$/u.exec(before)?.[0] ?? "";
  if (OWNER_BEFORE.test(lead) || (/['’]s\s+$/.test(lead) && !DOERS_OWNING.test(lead))) return null;
  const noun = NOUN_AFTER.exec(c.sentence.slice(at + c.text.length).replace(/^\s+/, ""));
  if (!noun) return null;
  const [, modifiers = "", rest = ""] = noun;
  if (OTHER_OWNER.test(modifiers)) return null;
  const told = DOERS_IN.test(before) || ATTACKED_FROM.test(before) || CARRYING.test(rest) || CLOSING.test(rest);
  const key = countedKey(counted.replace(/\s+/g, ""));
  return told && CRAFT_KEYS.has(key) ? key : null;
}

/** What a craft's count is compared under: the frame's counted noun, as countedKey names it. */
const CRAFT_KEYS: ReadonlySet<string> = new Set(["vessel", "launch", "dinghy", "car", "vehicle", "van", "truck", "pickup", "pick-up", "jeep", "motorbike", "motorcycle"]);

/**
 * Two counts of the doers' craft of one story that may be one attack's, so that different figures
 * may be set against each other: one craft, told of doers not described apart ("Keldish raiders"
 * and "Orbian raiders") and of times not stated apart ("on Monday" and "on Friday" written with
 * their frames' days). The names of ships, towns and navies the sentences give besides are the
 * target's and the rescuer's, which outlets name differently ("the Orla" in one, "the tanker" and
 * "the frigate Brisk" in another), so they part nothing here; the caller asks that the two were
 * reported within FRAME_DATE_DAYS of each other. Must: "the raiders, in three boats" and "fired on
 * by two boats" in reports of one week. Must not: "three boats" and "two cars"; counts of two
 * stories; "the Keldish raiders in two boats" and "the Orbian raiders in three boats".
 */
export function oneDoersCraft(a: Claim, b: Claim): boolean {
  const ka = craftOf(a);
  if (ka === null || a.story !== b.story || ka !== craftOf(b)) return false;
  const [da, db] = [doersNamed(a), doersNamed(b)];
  if (da.length > 0 && db.length > 0 && !da.some((w) => db.includes(w))) return false;
  return !framesApart(a, b);
}

/** The capitalized words that describe the doers in a claim's sentence ("Keldish" of "Keldish raiders"), lower-cased. */
const doersNamed: (c: Claim) => string[] = oncePerClaim((c) => {
  const words: string[] = [];
  for (const m of c.sentence.matchAll(DESCRIBED_DOERS)) words.push(m[1]!.toLowerCase());
  return words;
});
const DESCRIBED_DOERS = new RegExp(String.raw`\b(\p{Lu}[\p{L}-]+)\s+${DOERS}\b`, "gu");

/** Whether both claims state a time frame of their own and the two do not overlap. */
function framesApart(a: Claim, b: Claim): boolean {
  if (!a.frame || a.frameImplied || !b.frame || b.frameImplied) return false;
  return !overlaps(toInterval(a.frame), toInterval(b.frame));
}
