/**
 * The count of what a story's own happening seized or severed ("troopers seized six
 * rifles", "four rifles … were found in the van"; "two power lines were cut", "three lines
 * snapped") is one inventory in every report of the story that tells it with a verb of that class
 * and of no other time (group/lead-inventories.ts): the same figure agrees, different figures
 * diverge. Sentences, names and figures written for this test; the expected answers were decided
 * by reading them.
 */
import { describe, expect, it } from "vitest";
import { inventoryOf, leadInventoryGroups, oneInventory } from "../../../src/group/lead-inventories.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

let n = 0;

function count(sentence: string, text: string, figure: number, unit: string, story = "s-1", reportedAt = "2041-05-04"): Claim {
  n += 1;
  return claim(qty(figure, figure, { nominal: figure, unit }), {
    id: `i-${n}`,
    document: `report${n}.txt`,
    rule: `frame:-/${unit}`,
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story,
    claimFrame: { counted: unit, predicate: null, participants: [], time: { tally: false, reportedAt }, attribution: null, modality: [] },
  });
}

describe("inventoryOf: counts read as the inventory of the story's happening", () => {
  it.each([
    ["Troopers at the Dorrel checkpoint seized six rifles and two pistols.", "six", 6, "rifle"],
    ["Four rifles, two pistols and a bag of cash were found in the van.", "Four", 4, "rifle"],
    ["Among the confiscated items were five rifles and a radio.", "five", 5, "rifle"],
    ["Two power lines were cut by falling trees near Marrow Hill.", "Two", 2, "line"],
    ["The gale snapped three lines on the coast road.", "three", 3, "line"],
    ["We have lost three of five cables, an engineer told reporters.", "three", 3, "cable"],
    // a month's name only as written: "march" and "august" in small letters are other words
    ["Troopers seized six rifles from men who had planned to march on the capital.", "six", 6, "rifle"],
    ["Guards of the august old bank seized four rifles at its gate.", "four", 4, "rifle"],
  ])("%s → read", (sentence, text, figure, unit) => {
    expect(inventoryOf(count(sentence, text, figure, unit))).not.toBeNull();
  });

  it.each([
    // people, whose counts other groupings weigh
    ["Troopers seized six suspects at the checkpoint.", "six", 6, "suspect"],
    // another time of the story: an earlier raid, the March cuts
    ["In March, troopers seized nine rifles in Dorrel.", "nine", 9, "rifle"],
    ["IN AUGUST, TROOPERS SEIZED NINE RIFLES IN DORREL", "NINE", 9, "rifle"],
    ["Earlier, troopers had seized nine rifles in Dorrel.", "nine", 9, "rifle"],
    ["In a separate raid, troopers seized nine rifles.", "nine", 9, "rifle"],
    ["Only two lines were snapped then.", "two", 2, "line"],
    // a sum of several happenings
    ["So far the squad has confiscated 14 rifles in its raids.", "14", 14, "rifle"],
    ["The unit has seized a total of 14 rifles this spring.", "14", 14, "rifle"],
    // the object of another verb before the verb of seizing
    ["Troopers stopped three vans and seized rifles from the drivers.", "three", 3, "van"],
    // a clause between the verb and the figure
    ["Troopers seized the van after three rifles were fired at them.", "three", 3, "rifle"],
    // no verb of the class: rifles carried, cables laid
    ["The gang carried six rifles into the hills.", "six", 6, "rifle"],
    ["The firm laid three cables across the bay.", "three", 3, "cable"],
    // shares, measures and money are no things counted
    ["Markets recovered only 4 percent of the fall.", "4 percent", 4, "percent"],
    ["Divers found 3 km of cable on the sea floor.", "3 km", 3, "km"],
    // cables seized are no severing; boats cut loose no strands
    ["The storm cut loose three boats in the harbour.", "three", 3, "boat"],
  ])("%s → not read", (sentence, text, figure, unit) => {
    expect(inventoryOf(count(sentence, text, figure, unit))).toBeNull();
  });
});

describe("oneInventory and the groups it makes", () => {
  it("must be one: six rifles seized and four rifles found, one story and day; they diverge", () => {
    const a = count("Troopers at the Dorrel checkpoint seized six rifles and two pistols.", "six", 6, "rifle");
    const b = count("Four rifles, two pistols and a bag of cash were found in the van.", "Four", 4, "rifle");
    expect(oneInventory(a, b)).toBe(true);
    const groups = leadInventoryGroups([a, b], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[a.id, b.id].sort()]);
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("must be one: two lines cut and three lines snapped; three cables and three lines agree", () => {
    const a = count("Two power lines were cut by falling trees near Marrow Hill.", "Two", 2, "line");
    const b = count("The gale snapped three lines on the coast road.", "three", 3, "line");
    const c = count("Three cables were damaged on the coast road on Tuesday.", "Three", 3, "cable");
    expect(oneInventory(a, b)).toBe(true);
    expect(oneInventory(b, c)).toBe(true);
    const [group] = leadInventoryGroups([a, b, c], []);
    expect(group!.claims).toHaveLength(3);
    expect(judgeGroup(group!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("must not be one: two other rifles and nine rifles in all", () => {
    const a = count("Troopers seized six pistols and two other rifles.", "two", 2, "rifle");
    const b = count("Nine rifles and a radio were seized from the gang.", "Nine", 9, "rifle");
    expect(oneInventory(a, b)).toBe(false);
    expect(leadInventoryGroups([a, b], [])).toEqual([]);
  });

  it("must not be one: a count of no side beside one check's count, where a report tells a running total apart", () => {
    const single = { ...count("Inspectors found 8 defects during Monday's check at the Orlin yard.", "8", 8, "defect"), document: "both.txt" };
    const total = { ...count("In all, 41 defects have been found in the six checks so far.", "41", 41, "defect"), document: "both.txt" };
    const plain = count("Inspectors found 20 defects at the Orlin yard.", "20", 20, "defect");
    expect(inventoryOf(total)).toBeNull();
    expect(oneInventory(single, plain)).toBe(true);
    expect(leadInventoryGroups([single, total, plain], [])).toEqual([]);
  });

  it("must not be one: rifles and pistols; two stories; reports a month apart; one report", () => {
    const rifles = count("Troopers seized six rifles at the checkpoint.", "six", 6, "rifle");
    const pistols = count("Troopers seized four pistols at the checkpoint.", "four", 4, "pistol");
    expect(oneInventory(rifles, pistols)).toBe(false);
    const otherStory = count("Troopers seized four rifles at the checkpoint.", "four", 4, "rifle", "s-2");
    expect(oneInventory(rifles, otherStory)).toBe(false);
    const later = count("Troopers seized four rifles at the checkpoint.", "four", 4, "rifle", "s-1", "2041-06-20");
    expect(oneInventory(rifles, later)).toBe(false);
    const sameReport = { ...count("Four rifles were found in the van.", "Four", 4, "rifle"), document: rifles.document };
    expect(leadInventoryGroups([rifles, sameReport], [])).toEqual([]);
  });
});
