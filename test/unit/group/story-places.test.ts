/** Names a story sets as places, read as where in its other sentences. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { namePairsIn, placesSetIn } from "../../../src/group/story-places.js";
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
    ["after 'in the' and before a preposition", "The tanker sank in the Gulf of Arnmouth on Friday.", "gulf"],
    ["after 'in the' and before a noun of an area", "Storms hit farms in the Keldon area on Friday.", "keldon"],
    ["after 'in' alone, before a noun of a matter", "Ann Vell lived in Keldon hotel rooms for a year.", "keldon"],
  ])("must: %s", (_name, sentence, place) => {
    expect(placesSetIn(sentence)).toContain(place);
  });

  it.each([
    ["a possessive after 'in'", "In Tam Roe's words, the mill was a ruin by Tuesday.", "tam roe"],
    ["a name only before a noun", "A Keldon officer was hurt on Tuesday.", "keldon"],
    ["a name after 'at' (a firm as often as a place)", "The vote was held at Gordon Advisors on Monday.", "gordon advisors"],
    ["a person before a comma and a word that is no state", "Tam Roe, Keldon's mayor, spoke on Monday.", "tam roe"],
    ["a person before a comma and a state's possessive", "Ann Vell, Nevada's treasurer, resigned on Monday.", "ann vell"],
    ["a month after 'in'", "The plant shut in October after the flood.", "october"],
    ["a month written short after 'in'", "The plant shut in Oct. after the flood.", "oct"],
    ["a possessive glued to the name", "In Tam Roe’s view the plant was lost.", "tam roe’s"],
    ["a possessive within the run of names", "It happened in Keldon's Orby district.", "keldon's orby"],
    ["a name before a noun of a matter", "She had no part in the Keldon affair, her lawyer said.", "keldon"],
    ["a name before a noun of a prosecution", "He testified in the Orbury prosecution in 1975.", "orbury"],
    ["a name before a noun of a building", "The men were caught in the Tessby hotel at night.", "tessby"],
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

describe("namePairsIn: a name, a comma and another name", () => {
  it.each([
    ["a town and its state", "Floods reached Keldon, Nevada, late on Friday.", ["keldon", "nevada"]],
    ["after a capitalised 'In'", "In Dunmore, Orby, the roads were shut.", ["dunmore", "orby"]],
    ["the second of a run read again", "It struck Dunmore, Orby, Nevada, at dawn.", ["orby", "nevada"]],
  ])("must: %s", (_name, sentence, pair) => {
    expect(namePairsIn(sentence)).toContainEqual(pair);
  });

  it.each([
    ["no comma", "Keldon Nevada Holdings grew.", ["keldon", "nevada holdings"]],
    ["a lower-case word after the comma", "In Keldon, police said, the roads were shut.", ["keldon", "police"]],
    ["a possessive after the comma", "Keldon, Orby's twin town, held a vote.", ["keldon", "orby"]],
  ])("must not: %s", (_name, sentence, pair) => {
    expect(namePairsIn(sentence)).not.toContainEqual(pair);
  });
});

describe("a learnt place is compared with places only", () => {
  const undated = (sentence: string, text: string, actors: string[], story: string) =>
    claim(date("2020-01-03"), { sentence, text, offset: sentence.indexOf(text), actors, story, document: `d-${story}-${sentence.length}` });
  const placing = (story: string, sentence: string, actors: string[]) => undated(sentence, "Friday", actors, story);

  type Row = [string, [string, string[]], [string, string[]], string];
  /** [what, [sentence, actors] of one side, [sentence, actors] of the other, a sentence of the story that sets places] */
  const mustPart: Row[] = [
    [
      "two learnt towns, each named only before a noun",
      ["A Keldon crowd of 900 marched late Friday.", ["name:keldon"]],
      ["An Orby crowd of 300 marched late Friday.", ["name:orby"]],
      "Crowds marched in Keldon, Nevada, and in Orby on Friday.",
    ],
    [
      "a learnt town and a city the sentence sets as where",
      ["A Keldon crowd of 900 marched late Friday.", ["name:keldon"]],
      ["A crowd of 300 marched in Paris late Friday.", ["name:paris"]],
      "Crowds marched in Keldon, Nevada, on Friday.",
    ],
    [
      "a learnt town and another learnt town, beside one person on each side",
      ["A Keldon guard, Lou Marr, was hurt late Friday.", ["name:keldon", "name:lou marr"]],
      ["An Orby guard, Ann Vell, was hurt late Friday.", ["name:orby", "name:ann vell"]],
      "Guards were hurt in Keldon and near Orby on Friday.",
    ],
    [
      "a learnt town and a country the story sets it nowhere in",
      ["A further 900 marched in the town of Keldon late Friday.", ["name:keldon"]],
      ["Some 5,000 Portuguese unionists marched late Friday.", ["Portugal"]],
      "Crowds marched in Keldon on Friday.",
    ],
  ];
  const mustNotPart: Row[] = [
    [
      "a learnt town and the country the story sets it in",
      ["A further 900 marched in the town of Keldon late Friday.", ["name:keldon"]],
      ["Some 5,000 Portuguese unionists marched late Friday.", ["Portugal"]],
      "Crowds marched in Keldon, Portugal, on Friday.",
    ],
    [
      "a learnt town set in a state, and the country of the state",
      ["A Keldon officer was hurt late Friday.", ["name:keldon"]],
      ["A U.S. officer was hurt late Friday.", ["United States"]],
      "The blast went off in Keldon, Nevada, on Friday.",
    ],
    [
      "a learnt town and a body of no title",
      ["A Keldon crowd of 900 marched late Friday.", ["name:keldon"]],
      ["Crowds marched late Friday against the Pellan Fund.", ["name:pellan fund"]],
      "Crowds marched in Keldon, Nevada, on Friday.",
    ],
    [
      "a learnt town and a person told with no title",
      ["A Keldon guard was hurt late Friday.", ["name:keldon"]],
      ["Lou Marr was hurt late Friday.", ["name:lou marr"]],
      "The blast went off in Keldon, Nevada, on Friday.",
    ],
    [
      "a learnt town and the state the story sets it in",
      ["A Keldon officer was hurt late Friday.", ["name:keldon"]],
      ["An officer was hurt in Nevada late Friday.", ["name:nevada"]],
      "The blast went off in Keldon, Nevada, on Friday.",
    ],
    [
      "a learnt town and a town the story sets it in, through a run of names",
      ["A Dunmore officer was hurt late Friday.", ["name:dunmore"]],
      ["An officer was hurt in Orby late Friday.", ["name:orby"]],
      "The blast went off in Dunmore, Orby, Nevada, on Friday.",
    ],
    [
      "a learnt town and a sentence that names no one",
      ["A Keldon officer was hurt late Friday.", ["name:keldon"]],
      ["An officer was hurt late Friday.", []],
      "The blast went off in Keldon, Nevada, on Friday.",
    ],
  ];

  it.each(mustPart)("must part: %s", (_what, [sa, aa], [sb, ab], setting) => {
    const story = `p-${sa.length}-${sb.length}`;
    const [a, b] = [undated(sa, "late Friday", aa, story), undated(sb, "late Friday", ab, story)];
    learnPlaces([a, b, placing(story, setting, [])]);
    expect(separates(a, b)).toBe(true);
  });

  it.each(mustNotPart)("must not part: %s", (_what, [sa, aa], [sb, ab], setting) => {
    const story = `n-${sa.length}-${sb.length}`;
    const [a, b] = [undated(sa, "late Friday", aa, story), undated(sb, "late Friday", ab, story)];
    learnPlaces([a, b, placing(story, setting, [])]);
    expect(separates(a, b)).toBe(false);
  });

  it("must part: a last name written after 'near' is no place where the story names the person in full", () => {
    const a = undated("Lou Marr was hurt late Friday.", "late Friday", ["name:lou marr"], "q-2");
    const b = undated("Vell was hurt late Friday.", "late Friday", ["name:vell"], "q-2");
    const full = undated("Ann Vell spoke on Friday.", "Friday", ["name:ann vell"], "q-2");
    const near = undated("A guard stood near Vell, police said on Friday.", "Friday", ["name:vell"], "q-2");
    learnPlaces([a, b, full, near]);
    expect(separates(b, a)).toBe(true);
  });

  it("must part: the same town and body where no sentence of the story sets the town as a place", () => {
    const a = undated("A Keldon crowd of 900 marched late Friday.", "late Friday", ["name:keldon"], "q-1");
    const b = undated("Crowds marched late Friday against the Pellan Fund.", "late Friday", ["name:pellan fund"], "q-1");
    learnPlaces([a, b]);
    expect(separates(a, b)).toBe(true);
  });
});
