/**
 * Within-document coreference: a description told back ("the vessel", "the gunman", "the
 * 52-year-old") takes the name its document gives the thing or person, when the document names
 * exactly one of that kind. Texts written for this test; the expected names read by hand.
 */
import { describe, expect, it } from "vitest";
import { Referents, mayResolve, nounOf } from "../../../src/extract/coreference.js";
import { splitSentences } from "../../../src/extract/sentences.js";
import { claimsOfText } from "./frames/helpers.js";

/** The name `description` refers to in the sentence of `text` that holds it (its first such sentence). */
function resolved(text: string, description: string, inSentenceWith = description): string | null {
  const sentences = splitSentences(text);
  const s = sentences.find((x) => x.text.includes(inSentenceWith));
  if (!s) throw new Error(`no sentence holds “${inSentenceWith}”`);
  return new Referents(sentences).resolve(description, s.end);
}

describe("a description told back takes the one name of its kind", () => {
  it.each([
    // a kind noun before the name, then other nouns of the kind
    ["The ferry Kestrel Dawn left Tarn at noon. The vessel was full.", "The vessel", "Kestrel Dawn"],
    ["The ferry Kestrel Dawn left Tarn at noon. Later the ship turned back.", "the ship", "Kestrel Dawn"],
    // the name, then its kind
    ["The Kestrel Dawn ferry left Tarn at noon. The boat was full.", "The boat", "Kestrel Dawn"],
    ["Pell Fisher, a convicted burglar, broke out on Friday. The fugitive was seen in Dunmore.", "The fugitive", "Pell Fisher"],
    ["The Kestrel Dawn is a 40-metre ferry. The vessel sank in 2011.", "The vessel", "Kestrel Dawn"],
    // what only a vessel does
    ["Rescuers said the Kestrel Dawn capsized at dusk. The stricken vessel was towed in.", "The stricken vessel", "Kestrel Dawn"],
    // a company named after its kind noun, with a comma
    ["The ship belongs to the operator, Tarn Coastal Lines. The company said it would pay.", "The company", "Tarn Coastal Lines"],
    // an age: "the 52-year-old" is the one person of that age
    ["Pell Fisher, 52, broke out on Friday. The 52-year-old was caught on Sunday.", "The 52-year-old", "Pell Fisher"],
    ["Police named 52-year-old Pell Fisher. The 52-year-old had escaped before.", "The 52-year-old", "Pell Fisher"],
    // a shorter name of the same person joins the longer one
    ["Convicted burglar Pell Fisher Jr. broke out on Friday. Fisher was armed, and the fugitive may be in Dunmore.", "the fugitive", "Pell Fisher Jr."],
  ])("%s: %s → %s", (text, description, name) => {
    expect(resolved(text, description)).toBe(name);
  });

  it.each([
    // two named ships: "the vessel" takes neither
    ["The ferry Kestrel Dawn hit the trawler Gull Wing off Tarn. The vessel sank.", "The vessel"],
    // another ship, unnamed, told after the name: from there on "the ship" may be either
    ["The ferry Kestrel Dawn left Tarn at noon. In 2004 a cargo ship sank there. The ship lost its crew.", "The ship"],
    // no name of the kind at all
    ["A ferry left Tarn at noon. The vessel was full.", "The vessel"],
    // a noun of another kind: a ship's name is no company's
    ["The ferry Kestrel Dawn left Tarn at noon. The company said nothing.", "The company"],
    // a noun of no kind takes only a name introduced with it: "the victim" is not the burglar
    ["Pell Fisher, a convicted burglar, broke out on Friday. The victim was a cashier.", "The victim"],
    // a name is not told back
    ["The ferry Kestrel Dawn left Tarn. The Kestrel Dawn was full.", "The Kestrel Dawn"],
    // an indefinite description outside a lead refers to nothing
    ["The ferry Kestrel Dawn left Tarn. Later a vessel was seen.", "a vessel"],
    // an age nobody is given
    ["Pell Fisher, 52, broke out on Friday. The 40-year-old cashier was hurt.", "The 40-year-old"],
    // a name used later than the description is not known yet
    ["The vessel left at noon. Officials later named the ferry Kestrel Dawn.", "The vessel"],
    // someone else's, several, or a phrase with a name in it
    ["Convicted burglar Pell Fisher broke out. The gang's driver was caught.", "The gang's driver"],
    ["Convicted burglar Pell Fisher broke out. The fugitives were caught.", "The fugitives"],
    ["Pell Fisher, 52, broke out. The 52-year-old Keld native was caught.", "The 52-year-old Keld native"],
    // a name after "a 40-year-old" that a noun follows says where the person is from: no one is named 40
    ["A 40-year-old Keld native was hurt on Friday. The 40-year-old was treated.", "The 40-year-old"],
    // a headline word in capitals is no name: "Ferry" capsizing is not a ship called Ferry
    ["Ferry Capsizes Near Tarn\nA ferry capsized. The vessel was old.", "The vessel"],
  ])("%s: %s → nothing", (text, description) => {
    expect(resolved(text, description)).toBeNull();
  });
});

describe("a report's lead names the thing it opens with in one of its next sentences", () => {
  it.each([
    ["TARN — A passenger ferry capsized off Tarn on Monday. The Kestrel Dawn was carrying 90 people.", "A passenger ferry", "capsized", "Kestrel Dawn"],
    ["A convicted burglar escaped from a van on Friday. Pell Fisher, 52, fled on foot.", "A convicted burglar", "escaped", "Pell Fisher"],
    // a sentence that names no one may stand between
    ["A convicted burglar escaped from a van on Friday. At the time, the convict was limping. Fisher, 52, fled on foot.", "the convict", "limping", "Fisher"],
  ])("%s: %s → %s", (text, description, where, name) => {
    expect(resolved(text, description, where)).toBe(name);
  });

  it.each([
    // the next sentence's name says something: it is who speaks, not the lead's subject
    ["A convicted burglar escaped from a van on Friday. Ann Lee said the van was unlocked.", "A convicted burglar", "escaped"],
    // a place or a body opens the next sentence
    ["A ferry capsized on Monday. Varn Island has no harbour.", "A ferry", "capsized"],
    ["A ferry capsized on Monday. Tarn Coastal Lines runs the route.", "A ferry", "capsized"],
    // a sentence between names other people: the one named after it is not the lead's subject
    ["A convicted burglar escaped from a van on Friday. When it ended, the clerk, Ann Lee, was hurt. Lee was treated at home.", "A convicted burglar", "escaped"],
    // a noun of no kind: the next name is as often someone else
    ["A man escaped from a van on Friday. Pell Fisher, 52, was hurt.", "A man", "escaped"],
    // a possessive opens the next sentence: no one is named there
    ["A convicted burglar escaped from a van on Friday. Monday's search found nothing.", "A convicted burglar", "escaped"],
    // a lead of another kind than the description
    ["A convicted burglar escaped from a van on Friday. Pell Fisher, 52, fled on foot.", "a van", "escaped"],
  ])("%s: %s → nothing", (text, description, where) => {
    expect(resolved(text, description, where)).toBeNull();
  });
});

describe("claims carry the name a description refers to", () => {
  it("gives a count's agent and a length's holder the ship's name", () => {
    const text = "The ferry Kestrel Dawn left Tarn on Monday. The vessel was carrying 88 passengers. The 40-metre ship sank at dusk.";
    const claims = claimsOfText(text);
    const passengers = claims.find((c) => c.text === "88")!;
    expect(passengers.claimFrame?.participants).toContainEqual(expect.objectContaining({ role: "agent", key: "vessel", refersTo: "Kestrel Dawn" }));
    const length = claims.find((c) => c.text === "40-metre")!;
    expect(length.claimFrame?.participants).toContainEqual(expect.objectContaining({ role: "holder", key: "40-metre ship", refersTo: "Kestrel Dawn" }));
  });

  it("gives an age told back its person, and an age told of no one no holder", () => {
    const claims = claimsOfText("Pell Fisher, 52, broke out on Friday. The 52-year-old was caught on Sunday. The 40-year-old cashier was unhurt.");
    const toldBack = claims.find((c) => c.text === "52-year-old")!;
    expect(toldBack.claimFrame?.participants).toContainEqual(expect.objectContaining({ role: "holder", refersTo: "Pell Fisher" }));
    const cashier = claims.find((c) => c.text === "40-year-old")!;
    expect(cashier.claimFrame?.participants.some((p) => p.role === "holder")).toBe(false);
  });

  it("leaves a description alone when two ships are named", () => {
    const text = "The ferry Kestrel Dawn hit the trawler Gull Wing on Monday. The vessel was carrying 88 passengers.";
    const passengers = claimsOfText(text).find((c) => c.text === "88")!;
    expect(passengers.claimFrame?.participants.some((p) => p.refersTo !== undefined)).toBe(false);
  });
});

describe("the cheap test before a document's names are read", () => {
  // descriptions that may resolve: a noun of a kind or of a person last, or an age
  it.each(["the vessel", "The stricken vessel", "the gunmen", "this firm", "the 52-year-old", "the 52-year-old man", "a Tarn-born burglar", "the driver"])(
    "lets “%s” through",
    (d) => expect(mayResolve(d)).toBe(true),
  );
  // descriptions that never resolve, whatever the document names
  it.each(["the meeting", "the budget", "the vessel's owner", "a new law", "the year-old fund", "the ferry timetable"])("stops “%s”", (d) => expect(mayResolve(d)).toBe(false));

  it("stops nothing that resolves", () => {
    const text =
      "Rescuers said the Kestrel Dawn capsized at dusk. Pell Fisher, 52, a convicted burglar, broke out on Friday. The stricken vessel was towed in. The 52-year-old was seen in Dunmore, and the fugitive ran.";
    const sentences = splitSentences(text);
    const refs = new Referents(sentences);
    const last = sentences[sentences.length - 1]!.end;
    for (const d of ["The stricken vessel", "The 52-year-old", "the fugitive", "the meeting", "the vessel's owner"]) {
      if (refs.resolve(d, last) !== null) expect(mayResolve(d)).toBe(true);
    }
    expect(refs.resolve("The stricken vessel", last)).toBe("Kestrel Dawn");
    expect(refs.resolve("The 52-year-old", last)).toBe("Pell Fisher");
  });
});

describe("the shortcuts of reading a document's names", () => {
  // the noun of a word, looked up: the nouns, in -s, -men and -ies, in any case
  it.each([
    ["ferry", "ferry"],
    ["Ferries", "ferry"],
    ["gunmen", "gunman"],
    ["Women", "woman"],
    ["boys", "boy"],
    ["companies", "company"],
    ["JETS", "jet"],
    ["captain", "captain"],
  ])("%s is a %s", (word, noun) => expect(nounOf(word)).toBe(noun));
  it.each(["shipment", "mankind", "gentlemen", "bosses", "plan", "ferryman", "the", "", "vessel's", "shipss"])("%j is no noun of the lists", (word) => expect(nounOf(word)).toBeNull());

  // a name before a vessel's verb is a vessel's, whichever verb; before another verb it is not
  it.each([
    ["Coastguards said the Gull Wing ran aground at dawn. The vessel was refloated.", "The vessel", "Gull Wing"],
    ["Each spring the Gull Wing docks at Tarn. The boat is painted there.", "The boat", "Gull Wing"],
    ["The Gull Wing sailed from Keld on Monday. The ship was late.", "The ship", "Gull Wing"],
  ])("%s: %s → %s", (text, description, name) => expect(resolved(text, description)).toBe(name));
  it.each([
    ["The Gull Wing arrived at Tarn on Monday. The vessel was full.", "The vessel"],
    ["Pell Fisher walked to the quay on Sunday. The ship was late.", "The ship"],
  ])("%s: %s → nothing", (text, description) => expect(resolved(text, description)).toBeNull());

  // things of a kind told before any name of a kind leave a later name alone; told after it, they make it unsure
  it("reads unnamed things only once a name has a kind", () => {
    expect(resolved("In 2004 two trawlers sank off Tarn. The ferry Kestrel Dawn left Tarn at noon. The vessel was full.", "The vessel")).toBe("Kestrel Dawn");
    expect(resolved("The ferry Kestrel Dawn left Tarn at noon. In 2004 two trawlers sank off Tarn. The vessel was full.", "The vessel")).toBeNull();
  });
});
