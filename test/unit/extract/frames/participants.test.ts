/** Component: the participants that identify an occurrence. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { frame, readings } from "./helpers.js";

const roles = (sentence: string, value: string): string[] => frame(sentence, value).participants.map((p) => `${p.role}:${p.key}`);

describe("participants", () => {
  it.each([
    ["The attack on the school killed 11 pupils.", "11", "event:attack on the school"],
    ["The company's purchase of its rival cost $2 billion.", "$2 billion", "event:purchase of its rival"],
    ["The quake destroyed 300 houses in Gorkha.", "300", "place:gorkha"],
    ["Rebels seized 12 trucks near Goma.", "12", "place:near goma"],
    ["Rebels seized 12 trucks 40 miles north of Goma.", "12", "place:north of goma"],
    ["Rebels seized 12 trucks in suburban Goma.", "12", "place:suburban goma"],
    // at sea beside a coast or an island: a point of reference, like "near"
    ["A trawler sank off Cape Merrow on Friday.", "Friday", "place:off cape merrow"],
    ["Two yachts capsized off the Skerra Islands, leaving 6 sailors in the water.", "6", "place:off skerra islands"],
    ["Two hikers fell 90 metres on Mount Keel in the Harrow Range.", "90 metres", "place:mount keel"],
    ["Two hikers fell 90 metres on Mount Keel in the Harrow Range.", "90 metres", "place:harrow range"],
    ["Two hikers fell 90 metres near Pike Hut in Ouse / Mt. Tarn National Park.", "90 metres", "place:ouse / mt. tarn national park"],
    ["Looters took 40 phones in Eastvale, Norbury over the weekend.", "40", "place:eastvale"],
    ["Two officers fatally shot the driver, Ola Berg, on Saturday.", "Two", "patient:ola berg"],
    ["Looters took 40 phones in Eastvale, Norbury over the weekend.", "40", "place:norbury"],
    ["Rebels seized 12 trucks near Goma.", "12", "agent:rebels"],
    ["Pakistan recognised the new government in May 1997.", "May 1997", "patient:new government"],
    ["Pakistan recognised the new government in May 1997.", "May 1997", "agent:pakistan"],
    ["The bank lent 40 million euros to the city.", "40 million euros", "recipient:city"],
    ["Friday's robbery came a week after one on 3 May in Larne.", "3 May", "place:larne"],
    // after a word that opens a clause, the phrase before the verb is its subject, not a preposition's object
    ["Traders reacted with alarm as Norland shares fell 4.2 percent.", "4.2 percent", "agent:norland shares"],
    ["Prices held steady while Norland shares fell 4.2 percent.", "4.2 percent", "agent:norland shares"],
    // a preposition's object: the subject is the head it hangs on
    ["Payments to the agency rose 6 percent.", "6 percent", "agent:payments"],
    // a date's subject read plainly: the phrase before the verb
    ["The clerk walked in with a knife on Monday.", "Monday", "agent:clerk"],
    ["A clerk who worked at a shop in Keld walked in with a knife on Monday.", "Monday", "place:keld"],
    // a chain of phrases that opens its clause names the subject by what it is over or of
    ["The new bridge over the Dunmore River was opened in May 2019.", "May 2019", "patient:dunmore river"],
    ["Officials say the bridge over the Dunmore River was opened in 2021.", "2021", "patient:dunmore river"],
    // a long relative clause set off by commas stands between the subject and its verb
    ["Dana Kowal, whose reporting from the mining towns of the far north won her a national prize in her first year, died on Monday at 88.", "88", "agent:dana kowal"],
    ["The ferry, which had carried pilgrims and traders between the two island ports for most of the last century, sank with 40 people aboard.", "40", "agent:ferry"],
    // a figure keeps a place told after a date of its own event
    ["Raiders killed 4 guards on Friday in Larne.", "4", "place:larne"],
    // another figure of the sentence keeps the event the counted noun names
    ["Gunmen carried out three attacks on the capital, killing 40 people.", "40", "event:attacks on the capital"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it.each([
    // a name that modifies a noun is not a place; a month is not a place
    ["Rioters threw Molotov cocktails at 20 officers in the square.", "20", "place:molotov"],
    ["The office closed in March after 30 staff left.", "30", "place:march"],
    // a title opens a person's name, not a place's
    ["He aimed 2 shots at Sgt. Omar Vale and Officer Ty Ross.", "2", "place:sgt. omar vale"],
    // a capitalized word inside a name is no verb whose subject the name's first words would be
    ["Jo Reid, 32, died while climbing on Mount Keel in the Aoraki Mount Cook National Park on Saturday.", "Saturday", "agent:aoraki mount"],
    // a list after a comma is no name of the object
    ["Two aides met the envoy, Oslo and Rome officials.", "Two", "patient:oslo"],
    // "on" names a place only with a word that makes the name one
    ["The clip drew 40,000 views on Vimeo.", "40,000", "place:vimeo"],
    // "off" before a name that modifies a noun, or a verb's particle, names no place
    ["The firm laid off Dunmore staff, 40 in all.", "40", "place:off dunmore"],
    ["Ada Pike took 12 seconds off Lena Gray's record.", "12 seconds", "place:off lena gray"],
    // a name after a comma followed by a verb is the subject of the next clause
    ["In Larne, Ola Berg said 12 boats sank.", "12", "place:ola berg"],
    // "according to" gives a source, not a recipient
    ["Two people died, according to the ministry.", "Two", "recipient:ministry"],
    // a place told after another date belongs to that date's event
    ["Friday's robbery came a week after one on 3 May in Larne.", "Friday", "place:larne"],
    // the noun a figure counts is what it counts, not an event it is about
    ["The motion passed by 212 votes to 190.", "212 votes", "event:vote"],
    ["Traders reacted with alarm as Norland shares fell 4.2 percent.", "4.2 percent", "agent:alarm"],
    // a preposition's object is no subject of the verb after it: where the clerk worked is not who walked in
    ["A clerk who worked at a shop in Keld walked in with a knife on Monday.", "Monday", "agent:keld"],
    ["A clerk who worked at a shop in suburban Keld walked in with a knife on Monday.", "Monday", "agent:suburban keld"],
    ["Police in Keld arrested the man on Monday.", "Monday", "agent:keld"],
    ["Gunmen carried out three attacks on the capital, killing 40 people.", "three attacks", "event:attacks on the capital"],
    // a long stretch after a comma that opens no relative clause is no aside: the clause has its own subject
    ["In the valley below the dam, where the old mill had stood beside the river for two whole centuries, 40 homes were lost.", "40", "agent:dam"],
    ["After the long storm that cut the roads to the coast and the hills for most of the week, the council, citing costs, closed 12 schools.", "12", "agent:week"],
  ])("%s → %s has no %s", (sentence, value, unexpected) => {
    expect(roles(sentence, value)).not.toContain(unexpected);
  });
});

describe("a thing offered told back with 'the' is the one the sentence before offered", () => {
  const agents = (text: string, value: string): string[] =>
    readings(text)
      .filter((r) => r.value.mention.text.endsWith(value))
      .flatMap((r) => r.participants.filter((p) => p.role === "agent").map((p) => p.key));
  it.each([
    ["The Keld Rovers have made the largest offer in their history to Ann Cole. The deal could be worth up to $9 million.", "$9 million", ["keld rovers"]],
    ["Brill United made Ann Cole an offer on Monday. The offer is said to be $4 million over three years.", "$4 million", ["brill united"]],
  ])("%s", (text, value, expected) => {
    expect(agents(text, value)).toEqual(expected);
  });

  it.each([
    // two clubs offered before: which one is unknown
    ["Keld and Brill both made offers to Ann Cole, with Keld's offer the larger. The deal could be worth $9 million.", "$9 million"],
    // nobody puts the deal forward before
    ["Ann Cole wants a long stay at the club. The deal could be worth $9 million.", "$9 million"],
    // a deal the sentence itself says who made
    ["The Keld Rovers made an offer. Brill's deal could be worth $9 million.", "$9 million"],
    // not told back with "the": a deal of its own
    ["The Keld Rovers have made an offer to Ann Cole. A deal of $9 million was signed elsewhere.", "$9 million"],
  ])("%s → no agent of the earlier offer", (text, value) => {
    expect(agents(text, value)).not.toContain("keld rovers");
  });
});

describe("a list of names before one common noun is one object", () => {
  it.each([
    ["Ivo Marsh kept his WBA, IBF and WBO middleweight belts on Sunday.", "Sunday", "patient:wba, ibf and wbo middleweight belts"],
    ["Lena Oduya defended her IBF, WBC & WBO flyweight titles in March 2023.", "March 2023", "patient:ibf, wbc & wbo flyweight titles"],
    ["The mayor met the Rovers, Keld and Brill supporters on 4 May 2022.", "4 May 2022", "patient:rovers, keld and brill supporters"],
  ])("%s → %s: %s", (sentence, value, role) => {
    expect(roles(sentence, value)).toContain(role);
  });
  it.each([
    // names that end the list with no noun after them are the objects themselves
    ["Ivo Marsh beat Tom Reid and Dan Pike in 2019.", "2019", "patient:tom reid and dan pike"],
    // a list that ends in a name keeps the first name alone, not a longer phrase
    ["The club signed Ann Cole, Bea Lund and Cara Moss on 2 June 2021.", "2 June 2021", "patient:ann cole, bea lund and cara moss"],
  ])("%s → %s: not %s", (sentence, value, role) => {
    expect(roles(sentence, value)).not.toContain(role);
  });
});

describe("a phrasal verb's particle stands between it and its object", () => {
  it.each([
    ["Castell ended it by knocking out Jo Orme in March 2019.", "March 2019", "patient:jo orme"],
    ["The coastguard called off the search on 4 May 2022.", "4 May 2022", "patient:search"],
  ])("%s → %s: %s", (sentence, value, role) => {
    expect(roles(sentence, value)).toContain(role);
  });
  it.each([
    // "out" as the head of a phrase of its own is no particle: nothing after it is the object
    ["The champion went out in the first round in March 2019.", "March 2019", "patient:first round"],
  ])("%s → %s: not %s", (sentence, value, role) => {
    expect(roles(sentence, value)).not.toContain(role);
  });
});

describe("a participle after a comma does what its clause's subject does", () => {
  it.each([
    ["Nia Castell won her title fight on Friday, defending the WBA, WBO and IBF belts against Jo Orme, stopping the 34-year-old in the seventh.", "34-year-old", "agent:nia castell"],
    ["Keld won at home, easily beating the Rovers by three goals.", "three", "agent:keld"],
  ])("%s → %s: %s", (sentence, value, role) => {
    expect(roles(sentence, value)).toContain(role);
  });
  it.each([
    // not the last name before the comma
    ["Nia Castell won her title fight on Friday, defending the WBA, WBO and IBF belts against Jo Orme, stopping the 34-year-old in the seventh.", "34-year-old", "agent:wbo"],
    ["Nia Castell won her title fight on Friday, defending the WBA, WBO and IBF belts against Jo Orme, stopping the 34-year-old in the seventh.", "34-year-old", "agent:jo orme"],
  ])("%s → %s: not %s", (sentence, value, role) => {
    expect(roles(sentence, value)).not.toContain(role);
  });
});

describe("an object whose article is followed by another value that describes its noun", () => {
  it.each([
    ["Town voters in 2027 approved a $4 million levy for the mill.", "2027", "patient:$4 million levy"],
    ["The county bought a 12-acre plot in 2019.", "2019", "patient:12-acre plot"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });
  it.each([
    // the value is the claim's own: no object of itself
    ["Town voters approved a $4 million levy in 2027.", "$4 million", "patient:$4 million levy"],
    // no noun after the value
    ["The county paid a $40,000 in 2019.", "2019", "patient:$40,000"],
  ])("%s → %s has no %s", (sentence, value, unexpected) => {
    expect(roles(sentence, value)).not.toContain(unexpected);
  });
});
