/**
 * The craft the doers of one attack came in is one count whatever verb tells it
 * (group/doers-craft.ts): "the raiders, in three boats, tried to board" and "shot at by two
 * skiffs" may be set against each other. Sentences, names and figures written for this test; the
 * expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { craftOf, oneDoersCraft } from "../../../src/group/doers-craft.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function count(sentence: string, text: string, n: number, counted: string, over: Partial<Claim> = {}, reportedAt = "2031-03-02"): Claim {
  return claim(qty(n, n, { nominal: n, unit: counted }), {
    rule: `frame:x/${counted}`,
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story: "s-1",
    claimFrame: { counted, predicate: null, participants: [], time: { tally: false, reportedAt }, attribution: null, modality: [] },
    ...over,
  });
}

describe("craftOf: a count told as the craft the doers came in", () => {
  it.each([
    ["The raiders, in three boats, were trying to board the ferry Orla near Keld.", "three", "boat"],
    ["Smugglers on two speedboats had circled the yacht before dawn.", "two", "speedboat"],
    ["The tanker came under fire from two skiffs, the owners said.", "two", "skiff"],
    ["The barge's mate reported being shot at by two skiffs that were bearing down on her.", "two", "skiff"],
    ["The master radioed that two boats were closing in and firing.", "two", "boat"],
    ["Three launches believed to be carrying armed smugglers were heading for the Orla.", "Three", "launch"],
    ["The frigate Brisk chased two boats of raiders away from the lane.", "two", "boat"],
    ["Gunmen in two cars opened fire on the convoy outside Dunmore.", "two", "car"],
  ])("%s → the doers' craft", (sentence, text, counted) => {
    expect(craftOf(count(sentence, text, 2, counted))).not.toBeNull();
  });

  it.each([
    ["The raiders seized two fishing boats off Keld last week.", "two", "boat"],
    ["The frigate rescued two merchant vessels that were under attack.", "two", "vessel"],
    ["The navy sent two patrol boats to the lane.", "two", "boat"],
    ["The coast guard's two boats were approaching the reef.", "two", "boat"],
    ["Two boats were sold at auction in Keld.", "Two", "boat"],
    ["Three boats lay in the harbour at Dunmore.", "Three", "boat"],
    ["In another attack, raiders in three boats chased a freighter.", "three", "boat"],
    ["The raiders, in three boats, took 26 hostages.", "26", "hostage"],
  ])("%s → none", (sentence, text, counted) => {
    expect(craftOf(count(sentence, text, 2, counted))).toBeNull();
  });
});

describe("craftOf: craft taken are not the count of the doers' craft", () => {
  it.each([
    ["The frigate captured three boats of the raiders near Keld.", "three", "capture"],
    ["The cutter Wren intercepted three boats carrying 14 gunmen near Saltby.", "three", "intercept"],
  ])("%s → none", (sentence, text, lemma) => {
    const c = count(sentence, text, 3, "boat");
    expect(craftOf({ ...c, claimFrame: { ...c.claimFrame!, predicate: { lemma, voice: "active" } } })).toBeNull();
  });
  it("must read: the frigate attacked two boats of raiders", () => {
    const c = count("The frigate Brisk attacked two boats of raiders in the lane.", "two", 2, "boat");
    expect(craftOf({ ...c, claimFrame: { ...c.claimFrame!, predicate: { lemma: "attack", voice: "active" } } })).not.toBeNull();
  });
});

describe("one attack's craft, told with two verbs", () => {
  const three = count("The raiders, in three boats, were attempting to board the ferry Orla, a navy spokesman said.", "three", 3, "boat");
  const two = count("The Orla's master said it came under fire from two boats closing in on it.", "two", 2, "boat");

  it("must meet: three boats against two boats of one attack, reported in one week", () => {
    expect(oneDoersCraft(three, two)).toBe(true);
    expect(mayMeet(three, two)).toBe(true);
  });

  it("must not meet: the same words in a report a month later", () => {
    expect(mayMeet(three, count("The Orla came under fire from two boats.", "two", 2, "boat", {}, "2031-04-10"))).toBe(false);
  });

  it.each<[string, Claim]>([
    ["cars, not boats", count("Raiders in two cars fled the port, police said.", "two", 2, "car")],
    ["another story", count("The Orla came under fire from two boats.", "two", 2, "boat", { story: "s-2" })],
    ["the boats the raiders took", count("The raiders seized two boats of the Keld fleet.", "two", 2, "boat")],
    ["a day stated apart", count("On 9 March the Orla came under fire from two boats.", "two", 2, "boat", { frame: { type: "date", start: "2031-03-09", end: "2031-03-09", granularity: "day", approximate: false } })],
  ])("must not be one attack's craft: %s", (_name, other) => {
    const own = { ...three, frame: { type: "date" as const, start: "2031-03-01", end: "2031-03-01", granularity: "day" as const, approximate: false } };
    expect(oneDoersCraft(own, other)).toBe(false);
  });

  it("must not meet: the Keldish raiders in three boats and the Orbian raiders in two", () => {
    const a = count("The Keldish raiders, in three boats, chased the ferry.", "three", 3, "boat");
    const b = count("The Orbian raiders, in two boats, chased the ferry.", "two", 2, "boat");
    expect(oneDoersCraft(a, b)).toBe(false);
  });
});
