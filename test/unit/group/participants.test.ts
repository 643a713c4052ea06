/** Who a claim names, and when that keeps two claims apart or ties them to one occurrence. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRun, keysOf, linked, mayBeOnePerson, ownerOf, partOfSpelledOutCount, separates, settledIn } from "../../../src/group/participants.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, date, qty } from "../../helpers/claims.js";

const framed = (participants: [Participant["role"], string][], actors: string[] = []): Claim =>
  claim(qty(1, 1), {
    actors,
    claimFrame: {
      counted: "person",
      predicate: { lemma: "kill", voice: "passive" },
      participants: participants.map(([role, text]) => ({ role, text, key: text.toLowerCase().replace(/^the /, "") })),
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
    },
  });
const bare = (actors: string[]): Claim => claim(qty(1, 1), { actors });

describe("keysOf", () => {
  it.each([
    ["a country by its canonical name, from any of its names", framed([["agent", "Pakistani forces"]]), ["Pakistan"]],
    ["a capital: its country, and a name of its own", framed([["place", "Athens"]]), ["Greece", "name:athens"]],
    ["a proper name word by word", framed([["place", "the Marfin Investment Bank"]]), ["name:marfin", "name:investment"]],
    ["a common noun by its key", framed([["event", "the riots"]]), ["plain:riots"]],
    ["a hyphenated name by its parts, without the kind of place", framed([["place", "Aoraki-Mount Cook"]]), ["name:aoraki", "name:cook"]],
    ["a name glued to a lower-case word by the name alone", framed([["patient", "a Keld-era levy"]]), ["name:keld"]],
    ["a name after a noun of nationality keeps all its words", framed([["agent", "Welshman Ivor Pugh"]]), ["United Kingdom", "name:ivor", "name:pugh"]],
    ["actors of a sentence read without a frame", bare(["Pakistan", "name:ishaq dar", "title:doha"]), ["Pakistan", "name:ishaq", "name:dar", "title:doha"]],
  ] as const)("%s", (_name, c, expected) => {
    expect(keysOf(c)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    ["Saudi Arabia", ["Saudi Arabia"]],
    ["the United Arab Emirates", ["United Arab Emirates"]],
    ["New Zealand", ["New Zealand"]],
  ])("a country's name of several words is the country alone: %s", (text, expected) => {
    expect(keysOf(framed([["agent", text]]))).toEqual(expected);
  });
});

describe("separates", () => {
  const cases: [string, Claim, Claim, boolean][] = [
    ["two places by their names", framed([["place", "Woodburn"]]), framed([["place", "Larissa"]]), true],
    ["two capitals", framed([["place", "Athens"]]), framed([["place", "Kabul"]]), true],
    ["two patients of one agent", framed([["agent", "Pakistan"], ["patient", "Bangladesh"]]), framed([["agent", "Pakistan"], ["patient", "India"]]), true],
    ["a country named two ways", framed([["agent", "Islamabad"]]), framed([["agent", "Pakistani officials"]]), false],
    ["common nouns never", framed([["event", "the riots"]]), framed([["event", "the violence"]]), false],
    ["a service named by its kind names no one", framed([["agent", "The Navy"]]), framed([["agent", "INS Talwar"]]), false],
    ["nor do troops or the Guard", framed([["agent", "Marines"]]), framed([["agent", "the National Guard"]]), false],
    ["one side names no one", framed([["place", "Athens"]]), framed([]), false],
    ["one name written with and without its hyphen", framed([["place", "Aoraki-Mount"]]), framed([["place", "Aoraki Mount"]]), false],
    ["a name alone and glued to a lower-case word: one name", framed([["patient", "the Keld-era levy"]]), framed([["patient", "the Keld council levy"]]), false],
    ["two names, each glued to a lower-case word", framed([["patient", "the Keld-era levy"]]), framed([["patient", "the Brill-era levy"]]), true],
    ["actors with nothing in common, read without frames", bare(["Soviet Union"]), bare(["United States", "Afghanistan"]), true],
    ["actors sharing one, read without frames", bare(["Pakistan", "name:taliban"]), bare(["Afghanistan", "name:taliban"]), false],
    ["two shops named in two sentences, read without frames", bare(["name:corner mart"]), bare(["name:valu foods"]), true],
    ["a shop and two avenues: streets say where, not who", bare(["name:corner mart"]), bare(["name:snyder ave", "name:halsey street"]), false],
    ["one city by two names, read without frames", bare(["name:salonika"]), bare(["name:thessaloniki"]), false],
    ["one city in two spellings, where a frame sets each claim", framed([["place", "Berne"]]), framed([["place", "Bern"]]), false],
    ["two cities where a frame sets each claim", framed([["place", "Berne"]]), framed([["place", "Basel"]]), true],
    ["a park and a hut say where at two details", bare(["name:glen national park"]), bare(["name:pike hut"]), false],
    ["a name a frame gives against a sentence read without one that names the same person", framed([["patient", "Pugh"]], ["name:ola berg"]), bare(["name:ivor pugh", "name:dover"]), false],
    ["a name a frame gives against a sentence that names others only", framed([["patient", "Pugh"]], ["name:ola berg"]), bare(["name:kim vale", "name:dover"]), true],
  ];
  it.each(cases)("%s", (_name, a, b, expected) => {
    expect(separates(a, b)).toBe(expected);
    expect(separates(b, a)).toBe(expected);
  });
});

describe("places named at different detail", () => {
  const at = (...places: string[]): Claim => framed(places.map((p) => ["place", p] as [Participant["role"], string]));
  const cases: [string, Claim, Claim, boolean][] = [
    ["two towns", at("Patras"), at("Thessaloniki"), true],
    ["a town and a capital", at("Cannes"), at("Paris"), true],
    ["two streets", at("Snyder Ave."), at("Halsey Street"), true],
    ["two huts", at("Tasman Saddle Hut"), at("Mueller Hut"), true],
    ["a city and a square the sentence places in another country's capital", at("Dubai"), at("Place Vendôme", "Paris"), true],
    ["a glacier and a mountain: the glacier may lie on it", at("Tasman Glacier"), at("Aoraki Mount"), false],
    ["a district and a borough", at("East Flatbush"), at("Brooklyn"), false],
    ["an avenue and a district", at("Nostrand Ave."), at("East Flatbush"), false],
    ["a point of reference and a town", at("north of Detroit"), at("Flint"), false],
    // the ends of a route ("moved him from Keld to Dunmore") are where he was taken from and to
    ["the start of a route and the town where the escape happened", at("from Keld"), at("Harwick"), false],
    ["the end of a route and another town", at("to Dunmore"), at("Harwick"), false],
    ["two towns still part where neither is a route's end", at("Keld"), at("Harwick"), true],
    // a place described, not named, says which it is no more than "near" does
    ["a described shop and a street", at("a Keld supermarket"), at("High Street"), false],
    ["a described firm and a town", at("a Keld law firm"), at("Harwick"), false],
    ["a named depot with its town's name and a street: two sites", at("the Keld depot"), at("Mill Lane"), true],
    ["near a glacier and at a hut", at("near Tasman Glacier"), at("Mueller Hut"), false],
    ["a county and a city", at("Genesee County"), at("Detroit"), false],
    ["a hut and its mountain written short", at("Mount Sefton Bivvy"), at("Mt Sefton"), false],
    ["a square alone and a city: the square may be in it", at("Place Vendôme"), at("Dubai"), false],
    ["a town and the town with its state", at("Troy"), at("Troy", "Michigan"), false],
    ["one city by its older name and its own", at("Salonika"), at("Thessaloniki"), false],
    ["one city by its colonial name and its own", at("Bombay"), at("Mumbai"), false],
    ["a city by its native spelling and its English one", at("Napoli"), at("Naples"), false],
    ["a city's other name still parts it from another city", at("Salonika"), at("Patras"), true],
    ["two cities' other names", at("Bombay"), at("Calcutta"), true],
    // a ground named by the kind of ground it is ("Harlow Field", "the Kestrel Bowl") is a site, which may lie in a town
    ["a ball field and a city: the field may be in it", at("Harlow Field"), at("Dunmore"), false],
    ["a bowl and a city", at("Kestrel Bowl"), at("Keld"), false],
    ["a speedway and a city", at("Brill Speedway"), at("Harwick"), false],
    ["two ball fields are two sites", at("Harlow Field"), at("Orme Park Oval"), true],
    ["a ball field and a street are two sites", at("Harlow Field"), at("Mill Lane"), true],
    ["two towns still part, whatever a ground is called", at("Dunmore"), at("Harwick"), true],
    ["a name that is many towns' is nobody's other name", at("Canton"), at("Guangzhou"), true],
  ];
  it.each(cases)("%s", (_name, a, b, expected) => {
    expect(separates(a, b)).toBe(expected);
    expect(separates(b, a)).toBe(expected);
  });
});

describe("an event told with where it happened: its site is compared as a place", () => {
  const cases: [string, Claim, Claim, boolean][] = [
    ["a robbery at a town's jeweller and the same robbery at the shop's own name", framed([["event", "the robbery at a Dover jewellery shop"]]), framed([["event", "the robbery at Hale Brothers"]]), false],
    ["a blaze at a town's law firm and the blaze at the firm's name", framed([["event", "a blaze at a Leeds law firm"]]), framed([["event", "the blaze at Crane Partners"]]), false],
    ["a shooting in one town and one in another", framed([["event", "a shooting in Woodburn"]]), framed([["event", "the shooting in Larissa"]]), true],
    ["an event in one town and a place in another", framed([["event", "the fire in Patras"]]), framed([["place", "Thessaloniki"]]), true],
    ["an event named by a name of its own, no site: still a name of the event", framed([["event", "the Hale Brothers robbery"]]), framed([["event", "the Corner Mart robbery"]]), true],
  ];
  it.each(cases)("%s", (_name, a, b, expected) => {
    expect(separates(a, b)).toBe(expected);
    expect(separates(b, a)).toBe(expected);
  });

  it.each([
    ["the site's names become a place", framed([["event", "the shooting at a Dunmore tax office"]]), ["name:dunmore"]],
    ["an event with no site keeps its names", framed([["event", "the Athens protest march"]]), ["Greece", "name:athens"]],
  ] as const)("%s", (_name, c, expected) => {
    expect(keysOf(c)).toEqual(expect.arrayContaining([...expected]));
  });
});

describe("a place is a weak identifier: it parts no occurrence of one person", () => {
  const cases: [string, Claim, Claim, boolean][] = [
    ["one named hiker at a peak and at a valley below it", framed([["agent", "Jo Marsh"], ["place", "Ben Lomond"]]), framed([["agent", "Jo Marsh"], ["place", "Glen Falloch"]]), false],
    ["one named patient in a borough and in a street of it", framed([["patient", "Lee Park"], ["place", "Queens"]]), framed([["patient", "Lee Park"], ["place", "Jamaica Avenue"]]), false],
    ["two skiers of one nationality, two places", framed([["agent", "a Canadian skier"], ["place", "Mount Robson"]]), framed([["agent", "a Canadian climber"], ["place", "Berg Lake"]]), false],
    ["a skier by nationality and one by name, two towns: nothing shows one person", framed([["agent", "a Canadian skier"], ["place", "Banff"]]), framed([["agent", "Ann Tully"], ["place", "Jasper"]]), true],
    ["a skier by nationality and one by name, a mountain and a lake: the lake may lie on it", framed([["agent", "a Canadian skier"], ["place", "Mount Robson"]]), framed([["agent", "Ann Tully"], ["place", "Berg Lake"]]), false],
    ["two named hikers at two places", framed([["agent", "Jo Marsh"], ["place", "Ben Lomond"]]), framed([["agent", "Kim Hale"], ["place", "Glen Falloch"]]), true],
    ["two named hikers at one place", framed([["agent", "Jo Marsh"], ["place", "Ben Lomond"]]), framed([["agent", "Kim Hale"], ["place", "Ben Lomond"]]), true],
    ["two nationalities at two places", framed([["agent", "a Canadian skier"], ["place", "Mount Robson"]]), framed([["agent", "a Greek skier"], ["place", "Berg Lake"]]), true],
    ["two unnamed people at two places: nobody identifies the occurrence", framed([["patient", "a man"], ["place", "Woodburn"]]), framed([["patient", "a man"], ["place", "Larissa"]]), true],
    ["no one named, two places: the place still parts them", framed([["place", "Woodburn"]]), framed([["place", "Larissa"]]), true],
    ["one side names who, the other only where", framed([["agent", "Jo Marsh"], ["place", "Ben Lomond"]]), framed([["place", "Glen Falloch"]]), true],
  ];
  it.each(cases)("%s", (_name, a, b, expected) => {
    expect(separates(a, b)).toBe(expected);
    expect(separates(b, a)).toBe(expected);
  });
});

describe("ages of people not both named", () => {
  const age = (sentence: string, text: string, n: number, participants: [Participant["role"], string][] = []): Claim =>
    claim(qty(n, n), {
      sentence,
      text,
      claimFrame: { counted: "age", predicate: null, participants: participants.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })), time: { tally: false, reportedAt: null }, attribution: null, modality: [] },
    });
  it("one age told at two places by two reports, one naming the person, is not parted by the places", () => {
    const a = age("A 36-year-old walker died at Ben Lomond.", "36-year-old", 36, [["place", "Ben Lomond"]]);
    const b = age("On Friday, 36-year-old Ivor Pugh died near Glen Falloch.", "36-year-old", 36, [["place", "Glen Falloch"]]);
    expect(separates(a, b)).toBe(false);
  });
  it("two different ages, neither or only one naming its person, are nothing shown to be one person's", () => {
    const a = age("A 36-year-old walker died.", "36-year-old", 36);
    const b = age("A 32-year-old walker died.", "32-year-old", 32);
    const c = age("Ivor Pugh, 32, died.", "32", 32);
    expect(separates(a, b)).toBe(true);
    expect(separates(a, c)).toBe(true);
  });
  it("two ages of one named person still meet", () => {
    const a = age("Ivor Pugh, 32, died.", "32", 32);
    const b = age("31-year-old Ivor Pugh died.", "31-year-old", 31);
    expect(separates(a, b)).toBe(false);
  });
});

describe("linked: positive evidence of one occurrence", () => {
  const cases: [string, Claim, Claim, boolean][] = [
    ["a place both frames give", framed([["place", "Dera Ismail Khan"]]), framed([["place", "Dera Ismail Khan police station"]]), true],
    ["one named participant", framed([["patient", "the Kabul chess club"]]), framed([["patient", "the Kabul chess club"]]), true],
    ["a country and a name in common", bare(["Pakistan", "name:taliban"]), bare(["Afghanistan", "Pakistan", "name:taliban"]), true],
    ["a topic's title", bare(["title:geneva"]), bare(["title:geneva"]), true],
    ["one country alone", bare(["United States", "name:texas"]), bare(["United States", "Mexico"]), false],
    ["the same country in one role", framed([["agent", "the United States"]]), framed([["agent", "the United States"]]), false],
    ["common nouns alone", framed([["event", "the loan"], ["patient", "the debt"]]), framed([["event", "the loan"], ["patient", "the debt"]]), false],
    ["a common noun and a country", framed([["event", "the quake"], ["place", "Indonesia"]]), framed([["event", "the quake"], ["place", "Indonesian islands"]]), true],
  ];
  it.each(cases)("%s", (_name, a, b, expected) => {
    expect(linked(a, b)).toBe(expected);
  });
});

describe("capitalized common nouns name no one, singular or plural", () => {
  it.each([
    ["the two Governments", bare(["Mexico", "name:governments"]), ["Mexico"]],
    ["the Convention", bare(["Canada", "name:convention"]), ["Canada"]],
    ["Ministries", bare(["name:ministries", "name:marfin"]), ["name:marfin"]],
  ] as const)("%s", (_name, c, expected) => {
    expect(keysOf(c)).toEqual([...expected]);
  });

  it("a capitalized plural of a word that takes no plural is a name: a team, a family", () => {
    expect(keysOf(framed([["agent", "the Nationals"]]))).toEqual(["name:nationals"]);
    expect(keysOf(bare(["name:mays"]))).toEqual(["name:mays"]);
    expect(keysOf(framed([["agent", "the National Guard"]]))).toEqual(["plain:national guard"]);
    expect(keysOf(framed([["agent", "the Federal Reserve"]]))).toEqual(["name:reserve"]);
  });

  it("two teams' offers are told apart by the plural names of the teams", () => {
    expect(separates(framed([["agent", "the Nationals"]]), framed([["agent", "the Red Sox"]]))).toBe(true);
    expect(separates(framed([["agent", "the Nationals"]]), framed([["agent", "the Capital Nationals"]]))).toBe(false);
    expect(linked(framed([["agent", "the Nationals"]]), framed([["agent", "the Capital Nationals"]]))).toBe(true);
  });

  it("two countries and a plural common noun are no evidence of one treaty", () => {
    expect(linked(bare(["Mexico", "name:governments"]), bare(["Mexico", "name:governments"]))).toBe(false);
  });
});

describe("ownerOf: whose age an age is", () => {
  const age = (sentence: string, text: string): Claim =>
    claim(qty(1, 1), { sentence, text, claimFrame: { counted: "age", predicate: null, participants: [], time: { tally: false, reportedAt: null }, attribution: null, modality: [] } });
  it.each([
    ["a name before it, in apposition", age("Orme, 47, of Ashby Vale was hurt.", "47"), "orme"],
    ["a full name before it", age("Doctors treated Paul Orme, 47, overnight.", "47"), "paul orme"],
    ["'aged' after the name", age("The driver, Tom Berg, aged 52, was unhurt.", "52"), "tom berg"],
    ["a name after 'N-year-old'", age("31-year-old Ewan Dale slipped on ice.", "31-year-old"), "ewan dale"],
    ["a generational suffix dropped", age("Officers found Mark Dorn Jr., 29, at home.", "29"), "mark dorn"],
    ["a numeral suffix dropped", age("Henry Vail III, 38, was charged.", "38"), "henry vail"],
    ["a sentence's opening words are no name", age("On Monday, 44-year-old Dana Cole left the ward.", "44-year-old"), "dana cole"],
    ["a nationality before the name is no part of it", age("Later, 29-year-old Welshman Ivor Pugh was found.", "29-year-old"), "ivor pugh"],
    ["a nationality adjective as the name", age("Yesterday, 29-year-old Canadian Ivor Pugh was found.", "29-year-old"), "ivor pugh"],
    ["a rank before the name", age("The driver, Sgt. Ellen Pike, 41, was unhurt.", "41"), "ellen pike"],
    ["no name beside it", age("A 63-year-old woman and two men were shot.", "63-year-old"), null],
    ["a nationality describing a common noun", age("A 52-year-old Canadian hiker was found.", "52-year-old"), null],
    ["a town describing a common noun", age("She was a 27-year-old Dover resident.", "27-year-old"), null],
    ["a name after an article, then 'of'", age("A 27-year-old Dana Cole of Dover fell.", "27-year-old"), "dana cole"],
    ["an age at the start of a sentence with no name after it", age("On Monday, 44-year-old, unnamed, went in.", "44-year-old"), null],
    ["a value the sentence holds twice", age("Lee, 40, and Kim, 40, were hurt.", "40"), null],
    // a nickname in quotes inside the name stays in it as a middle name; a quotation before the name is no part of it
    ["a nickname inside the name", age('Officer Ray "Sonny" Vance, 41, was hurt.', "41"), "ray sonny vance"],
    ["a nickname of two words inside the name", age('Gang boss Anna "Red Hawk" Berg, 52, died.', "52"), "anna red hawk berg"],
    ["a quotation before the name is not in it", age('"We are safe," said Tom Berg, 52, on Monday.', "52"), "tom berg"],
  ] as const)("%s", (_name, c, expected) => {
    expect(ownerOf(c)).toBe(expected);
  });

  it("a nickname kept as a middle name: the person is the one called by either name, not another of the family", () => {
    const owner = ownerOf(age('Officer Ray "Sonny" Vance, 41, was hurt.', "41"))!;
    expect(mayBeOnePerson(owner, "sonny vance")).toBe(true);
    expect(mayBeOnePerson(owner, "ray vance")).toBe(true);
    expect(mayBeOnePerson(owner, "lena vance")).toBe(false);
  });

  it("a description told back is the person its document names", () => {
    const toldBack = age("The 52-year-old was caught at dawn.", "52-year-old");
    const holder = { role: "holder" as const, text: "The 52-year-old", key: "52-year-old" };
    expect(ownerOf({ ...toldBack, claimFrame: { ...toldBack.claimFrame!, participants: [{ ...holder, refersTo: "Pell Fisher" }] } })).toBe("pell fisher");
    expect(ownerOf({ ...toldBack, claimFrame: { ...toldBack.claimFrame!, participants: [holder] } })).toBeNull();
  });
});

describe("mayBeOnePerson: two owners of an age that may be one person", () => {
  it.each([
    ["one name", "tess vane", "tess vane", true],
    ["a surname and the full name", "vane", "tess vane", true],
    ["a middle initial one side leaves out", "tess m vane", "tess vane", true],
    ["a middle name one side leaves out", "tess marie vane", "tess vane", true],
    ["a middle initial and the middle name", "tess m vane", "tess marie vane", true],
    ["an initial for the first name", "t vane", "tess vane", true],
    ["an initial for the first name, a middle initial on the other side", "t vane", "tess m vane", true],
    ["two first names, one surname", "omar gray", "lena gray", false],
    ["two initials, one surname", "t vane", "k vane", false],
    ["an initial that is not the other's first letter", "k vane", "tess vane", false],
    ["two middle initials", "tess m vane", "tess r vane", false],
    ["two surnames", "tess m vane", "tess m cole", false],
    ["two surnames alone", "orme", "steinberg", false],
  ] as const)("%s", (_name, a, b, expected) => {
    expect(mayBeOnePerson(a, b)).toBe(expected);
    expect(mayBeOnePerson(b, a)).toBe(expected);
  });
  it("an age beside a name with a middle initial and one beside the name without it are one person's", () => {
    const age = (sentence: string, text: string): Claim =>
      claim(qty(44, 44), { sentence, text, claimFrame: { counted: "age", predicate: null, participants: [], time: { tally: false, reportedAt: null }, attribution: null, modality: [] } });
    expect(separates(age("Medics found Tess M. Vane, 44, in the road.", "44"), age("Tess Vane, 44, was hit by a van.", "44"))).toBe(false);
    expect(separates(age("Medics found Tess M. Vane, 44, in the road.", "44"), age("Tess R. Vane, 44, was hit by a van.", "44"))).toBe(true);
  });
});

describe("partOfSpelledOutCount: one kind of people in a sum the sentence spells out", () => {
  const count = (sentence: string, text: string): Claim => claim(qty(2, 2), { sentence, text });
  it.each([
    ["the first kind", count("The blast killed two women and one man at the depot.", "two"), true],
    ["the kind after 'and'", count("The clerks, a man and two women, died in the blaze.", "two"), true],
    ["with words between", count("It left three young soldiers and two civilians dead.", "three"), true],
    ["two kinds of things, not one count", count("Five boats and 26 pirates were seen.", "26"), false],
    ["a count and a clause", count("Two people died and five were hurt.", "Two"), false],
    ["a range", count("Between 20 and 30 people marched.", "20"), false],
  ] as const)("%s", (_name, c, expected) => {
    expect(partOfSpelledOutCount(c)).toBe(expected);
  });
});

describe("settledIn: a name its sentence sets where something is", () => {
  it.each([
    ["who had lived in Ballarat", "The climber, who had lived in Ballarat, fell.", "ballarat", true],
    ["near the glacier", "He slipped near the Fox Glacier on Sunday.", "fox glacier", true],
    ["at a mountain, its name written with a dot", "She fell at Mt. Hutt.", "mt hutt", true],
    ["a town that says whose police", "Ballarat police said he fell.", "ballarat", false],
    ["a person who spoke", "Kim Hale told reporters he fell.", "kim hale", false],
    ["a possessive after 'in' is whose, not where", "In Kim Hale's words, the slope was icy.", "kim hale", false],
    ["a name that only begins like the place", "He lived in Ballaratville.", "ballarat", false],
    ["a name whose first word is 'the', after a bare locative", "The envoys met in The Wold.", "the wold", true],
    ["a capitalised locative and a name in capitals", "Within CASTLEFORD the roads were shut.", "castleford", true],
    ["the second of two locatives", "They stayed at home in Kelby.", "kelby", true],
    ["a locative that ends a longer word is no locative", "The train in Kelby... the Berlin Kelby line.", "berlin kelby", false],
    ["a name told after another name", "He waited in Dunmore near Kelby Cross.", "kelby cross", true],
    ["the name's words parted by a letter", "He lived in Kelby x Cross.", "kelby cross", false],
    ["a possessive with a curly apostrophe", "In Kim Hale’s view the slope was safe.", "kim hale", false],
    ["a name with a digit ends where the digit does", "They met at Pier 39b.", "pier 39", false],
    // a name that says what kind of site the place noun after it is, after an article
    ["shots from a town's rooftop", "The gunman fired six rounds from a Kelby rooftop.", "kelby", true],
    ["a crash on a named bridge", "Two cars collided on the Dunmore bridge at noon.", "dunmore", true],
    ["outside a town's apartment block, two words of a name", "She was found outside a Kelby Cross apartment block.", "kelby cross", true],
    ["a name before a noun of no place is who", "A Kelby player scored twice.", "kelby", false],
    ["a family's name before 'family'", "The Hale family thanked the rescuers.", "hale", false],
    ["a place noun with no article before the name", "Kelby rooftops were covered in snow.", "kelby", false],
    ["a chain's shop: the firm is who as much as where", "Looters broke into a Dalton Mart store overnight.", "dalton mart", false],
    ["a possessive before the place noun says whose", "They met at noon near the old mill, then at a Hale's house.", "hale", false],
  ])("%s", (_name, sentence, name, expected) => {
    expect(settledIn(sentence, name)).toBe(expected);
  });

  // The one expression per name it was first written as, kept here to hold the faster reading to it.
  const reference = (sentence: string, name: string): boolean => {
    const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
    if (words.length === 0) return false;
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const locative = "(?:in|at|near|outside|inside|around|across|throughout|within)";
    return new RegExp(String.raw`(?<!\p{L})${locative}\s+(?:the\s+)?${escaped.join(String.raw`[^\p{L}\p{N}]+`)}(?![\p{L}\p{N}]|['’]s(?!\p{L}))`, "iu").test(sentence);
  };

  it("answers as one expression per name would, on random sentences over a small alphabet", () => {
    const piece = fc.constantFrom("in", "in ", "IN ", "at", "near ", "within", "in the ", "the", "the ", "The ", "kel", "Kel", "by", "BY", "ſ", "K", "'s", "’s", "s", " ", "  ", ".", "-", "x", "1", "é", "É", "\n");
    const sentence = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));
    const name = fc.array(fc.constantFrom("kel", "by", "the", "kelby", "s", "é", "1", " ", ".", "-"), { maxLength: 5 }).map((p) => p.join(""));
    fc.assert(
      fc.property(sentence, name, (s, n) => {
        expect(settledIn(s, n)).toBe(reference(s, n));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});

describe("where is not who: a town a sentence sets its claim in parts it from no person", () => {
  const said = (sentence: string, actors: string[]): Claim => claim(qty(1, 1), { sentence, actors });
  const framedSaid = (sentence: string, participants: [Participant["role"], string][], actors: string[]): Claim => ({ ...framed(participants, actors), sentence });
  const cases: [string, Claim, Claim, boolean][] = [
    [
      "where the man lived, against the man named",
      said("The man, who had lived in Ballarat, slid down a gully below the Ohau Hut.", ["name:ballarat", "name:ohau hut"]),
      framedSaid("Kim Hale slid 90 metres.", [["agent", "Kim Hale"]], ["name:kim hale"]),
      false,
    ],
    [
      "a town named as who spoke, against a person",
      said("Ballarat detectives said the man slid.", ["name:ballarat"]),
      framedSaid("Kim Hale slid 90 metres.", [["agent", "Kim Hale"]], ["name:kim hale"]),
      true,
    ],
    [
      "the town a frame sets its claim in, against a sentence set in another town",
      framedSaid("A bank was robbed in Patras.", [["place", "Patras"]], ["name:patras"]),
      said("Robbers hit a bank in Larissa.", ["name:larissa"]),
      true,
    ],
    [
      "two towns only the sentences name: where one lived, where one climbed",
      said("The man, who lived in Ballarat, slid.", ["name:ballarat"]),
      said("A climber slid at Wanaka.", ["name:wanaka"]),
      false,
    ],
    ["two people, no place", said("Kim Hale slid.", ["name:kim hale"]), said("Jo Marsh slid.", ["name:jo marsh"]), true],
    [
      "the shooter named, against the town of the rooftop he fired from",
      said("Kim Hale is accused of firing nine shots in the raid.", ["name:kim hale"]),
      said("A man let off nine shots from a Kelby rooftop.", ["name:kelby"]),
      false,
    ],
    [
      "the shooter named, against a town's player (who, not where)",
      said("Kim Hale is accused of firing nine shots in the raid.", ["name:kim hale"]),
      said("A Kelby player let off nine shots.", ["name:kelby"]),
      true,
    ],
  ];
  it.each(cases)("%s", (_name, a, b, expected) => {
    expect(separates(a, b)).toBe(expected);
    expect(separates(b, a)).toBe(expected);
  });
});

describe("the two sides of a meeting are its agent and its patient alike", () => {
  const told = (lemma: string, participants: [Participant["role"], string][]): Claim =>
    claim(qty(1, 1), {
      claimFrame: {
        counted: null,
        predicate: { lemma, voice: "active" },
        participants: participants.map(([role, text]) => ({ role, text, key: text.toLowerCase() })),
        time: { tally: false, reportedAt: null },
        attribution: null,
        modality: [],
      },
    });
  it.each([
    ["Orme met Castell / Castell beat Orme", told("meet", [["agent", "Orme"], ["patient", "Castell"]]), told("beat", [["agent", "Castell"], ["patient", "Orme"]])],
    ["Keld played the Rovers / the Rovers played Keld", told("play", [["agent", "Keld"], ["patient", "Rovers"]]), told("play", [["agent", "Rovers"], ["patient", "Keld"]])],
  ])("%s: not kept apart, and tied", (_name, a, b) => {
    expect(separates(a, b)).toBe(false);
    expect(linked(a, b)).toBe(true);
  });
  it.each([
    // one side does it to the other: the roles stay
    ["Orme beat Castell / Castell beat Orme", told("beat", [["agent", "Orme"], ["patient", "Castell"]]), told("beat", [["agent", "Castell"], ["patient", "Orme"]])],
    // a meeting of two others
    ["Orme met Castell / Lunt met Brill", told("meet", [["agent", "Orme"], ["patient", "Castell"]]), told("meet", [["agent", "Lunt"], ["patient", "Brill"]])],
  ])("%s: kept apart", (_name, a, b) => {
    expect(separates(a, b)).toBe(true);
  });
});

describe("a run of consecutive results is compared with runs only", () => {
  const said = (sentence: string, text: string, n: number, pattern = "quantity/digits"): Claim =>
    claim(qty(n, n, { nominal: n, unit: "point" }), { sentence, text, offset: sentence.indexOf(text), length: text.length, provenance: [`pattern:${pattern}`] });
  it.each([
    ["Lunt hit three free throws, scoring four straight points late on.", "four"],
    ["Castell has won nine fights in a row.", "nine"],
    ["Keld extended a 10-game winning streak.", "10"],
    ["Keld won a fifth game running.", "fifth"],
    ["Brill completed his first 14 passes before the break.", "14"],
    ["The Owls lost their last six games on the road.", "six"],
    ["Brill will miss last 3 games with a sprain.", "3"],
    ["Brill will miss the club's final three games.", "three"],
  ])("%s → %s is a run", (sentence, text) => {
    expect(isRun(said(sentence, text, 4))).toBe(true);
  });
  it("the first days of a stretch of time are a span, not a run", () => {
    const days = claim(qty(10, 10, { nominal: 10, unit: "day" }), { sentence: "Aid reached Tarn in the first 10 days.", text: "10", offset: 31, length: 2, provenance: ["pattern:quantity/digits"] });
    expect(isRun(days)).toBe(false);
  });
  it("an ordinal the value layer read as a run", () => {
    expect(isRun(said("It was her ninth in a row.", "ninth", 9, "quantity/ordinal/words-run"))).toBe(true);
  });
  it.each([
    ["Lunt scored seven points in the first half.", "seven"],
    ["Castell has won nine fights.", "nine"],
    ["It was a straight fight between two teams of 10 players.", "10"],
    ["Brill completed 23 of 31 passes before the break.", "23"],
  ])("%s → %s is no run", (sentence, text) => {
    expect(isRun(said(sentence, text, 4))).toBe(false);
  });
  it("a run and a total are kept apart; two runs are not", () => {
    const run = said("Lunt struck again, scoring four straight points.", "four", 4);
    const total = said("Lunt scored seven points in the first half.", "seven", 7);
    const other = said("Lunt added six straight points.", "six", 6);
    expect(separates(run, total)).toBe(true);
    expect(separates(run, other)).toBe(false);
  });
});

describe("separates: who else a sentence names is not always someone who could have acted", () => {
  // One meeting on one Friday, told by two outlets: one names who met, the other names no one as
  // acting (only the talks), though its sentence names someone.
  const met = (sentence: string, participants: [Participant["role"], string][], actors: string[]): Claim =>
    claim(date("2031-04-11"), {
      sentence,
      text: "Friday",
      actors,
      claimFrame: {
        counted: null,
        predicate: { lemma: "meet", voice: "active" },
        participants: participants.map(([role, text]) => ({ role, text, key: text.toLowerCase() })),
        time: { tally: false, reportedAt: "2031-04-12" },
        attribution: null,
        modality: [],
      },
    });
  const flew = met("Ana Ortiz flew to Leeds on Friday to meet the striker.", [["agent", "Ana Ortiz"], ["recipient", "Leeds"]], ["name:ana ortiz", "name:leeds"]);

  it.each<[string, Claim, boolean]>([
    ["the one the news was told to passes it on", met("Sources told Radio Keld's Tom Fenn about the talks on Friday.", [["event", "talks"]], ["name:radio keld", "name:tom fenn"]), false],
    ["a name the first frame gives another role (where she flew)", met("The talks took place on Friday at the striker's Leeds home.", [["event", "talks"]], ["name:leeds"]), false],
    // must still part: someone named who could have acted
    ["a name written without 'told' before it", met("Radio Keld's Tom Fenn held talks with the striker on Friday.", [["event", "talks"]], ["name:radio keld", "name:tom fenn"]), true],
    ["told to someone unnamed: the name after is what was told", met("Witnesses told police Tom Fenn held the talks on Friday.", [["event", "talks"]], ["name:tom fenn"]), true],
    ["a town the first frame does not name", met("The talks took place on Friday at the striker's Bradford home.", [["event", "talks"]], ["name:bradford"]), true],
  ])("%s", (_name, other, expected) => {
    expect(separates(flew, other)).toBe(expected);
    expect(separates(other, flew)).toBe(expected);
  });
});
