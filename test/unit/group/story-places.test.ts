/** Names a story sets as places, read as where in its other sentences. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { placesSetIn } from "../../../src/group/story-places.js";
import { learnPlaces, separates } from "../../../src/group/participants.js";
import { claim, date } from "../../helpers/claims.js";

describe("placesSetIn: the names a sentence sets as places", () => {
  it.each([
    ["after 'in', with its state", "A fire broke out Tuesday at a grain mill in Keldon, Nevada.", "keldon"],
    ["after 'near'", "The bus left the road near Orbury on Monday.", "orbury"],
    ["after 'outside' and 'the'", "Two trucks collided outside the Marlow Depot.", "marlow depot"],
    ["after 'the farming town of'", "It was the worst storm in years for the farming town of Tessby.", "tessby"],
    ["after 'the village of'", "Floods cut off the village of Arnham for three days.", "arnham"],
    ["before a comma and a state", "Officers from Pellton, Ohio, joined the search on Friday.", "pellton"],
  ])("must: %s", (_name, sentence, place) => {
    expect(placesSetIn(sentence)).toContain(place);
  });

  it.each([
    ["a possessive after 'in'", "In Tam Roe's words, the mill was a ruin by Tuesday.", "tam roe"],
    ["a name only before a noun", "A Keldon officer was hurt on Tuesday.", "keldon"],
    ["a name after 'at' (a firm as often as a place)", "The vote was held at Gordon Advisors on Monday.", "gordon advisors"],
    ["a person before a comma and a word that is no state", "Tam Roe, Keldon's mayor, spoke on Monday.", "tam roe"],
    ["a person before a comma and a state's possessive", "Ann Vell, Nevada's treasurer, resigned on Monday.", "ann vell"],
  ])("must not: %s", (_name, sentence, name) => {
    expect(placesSetIn(sentence)).not.toContain(name);
  });
});

describe("a town the story sets as a place is where in its other sentences", () => {
  const undated = (sentence: string, text: string, actors: string[], story = "s-1", document = `d-${sentence.length}`) =>
    claim(date("2020-01-03"), { sentence, text, offset: sentence.indexOf(text), actors, story, document });

  it("must not part: a town told before a noun and a victim's name, when another report sets the town as a place", () => {
    const town = undated("A Keldon guard was hurt after a bomb went off late Friday at a Keldon bank.", "late Friday", ["name:keldon"]);
    const victim = undated("Both were hurt Friday, and the police named Sergeant Ann Vell.", "Friday", ["name:sergeant ann vell"]);
    const placing = undated("The bomb went off in Keldon, Nevada, on Friday.", "Friday", ["name:keldon", "name:nevada"]);
    learnPlaces([town, victim, placing]);
    expect(separates(town, victim)).toBe(false);
  });

  it("must part: the same sentences where no sentence of the story sets the town as a place", () => {
    const town = undated("A Keldon guard was hurt after a bomb went off late Friday at a Keldon bank.", "late Friday", ["name:keldon"], "s-2");
    const victim = undated("Both were hurt Friday, and the police named Sergeant Ann Vell.", "Friday", ["name:sergeant ann vell"], "s-2");
    learnPlaces([town, victim]);
    expect(separates(town, victim)).toBe(true);
  });

  it("must part: a place set by another story is not learnt", () => {
    const town = undated("A Keldon guard was hurt after a bomb went off late Friday at a Keldon bank.", "late Friday", ["name:keldon"], "s-3");
    const victim = undated("Both were hurt Friday, and the police named Sergeant Ann Vell.", "Friday", ["name:sergeant ann vell"], "s-3");
    const elsewhere = undated("The bomb went off in Keldon, Nevada, on Friday.", "Friday", ["name:keldon"], "s-4");
    learnPlaces([town, victim, elsewhere]);
    expect(separates(town, victim)).toBe(true);
  });
});

describe("a learnt town parts from another town and from names of no title", () => {
  const undated = (sentence: string, text: string, actors: string[], story: string) =>
    claim(date("2020-01-03"), { sentence, text, offset: sentence.indexOf(text), actors, story, document: `d-${story}-${sentence.length}` });

  it("must part: two towns the story sets as places, each named only before a noun", () => {
    const keldon = undated("A Keldon crowd of 900 marched late Friday.", "late Friday", ["name:keldon"], "s-5");
    const orby = undated("An Orby crowd of 300 marched Friday.", "Friday", ["name:orby"], "s-5");
    const placing = undated("Crowds marched in Keldon, Nevada, and in Orby on Friday.", "Friday", ["name:keldon", "name:orby"], "s-5");
    learnPlaces([keldon, orby, placing]);
    expect(separates(keldon, orby)).toBe(true);
  });

  it("must part: a learnt town and a name told with no title (a body, not a person)", () => {
    const town = undated("A Keldon crowd of 900 marched late Friday.", "late Friday", ["name:keldon"], "s-6");
    const body = undated("Crowds marched Friday against the Pellan Fund.", "Friday", ["name:pellan fund"], "s-6");
    const placing = undated("Crowds marched in Keldon, Nevada, on Friday.", "Friday", ["name:keldon"], "s-6");
    learnPlaces([town, body, placing]);
    expect(separates(town, body)).toBe(true);
  });
});
