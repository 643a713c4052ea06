/**
 * Numbers of news text that are no figure of the story, or that a rule misreads, by family; each
 * with sentences that must not and must yield the claim. Sentences written for this test;
 * expected results read off them by hand.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../src/types.js";
import { claimsOfText } from "./helpers.js";

const claims = (text: string): Claim[] => claimsOfText(text);
const at = (text: string, value: string): Claim[] => claims(text).filter((c) => c.text === value);

describe("scores and win-loss records count nothing on their own", () => {
  it.each([
    ["a score after a name and a comma", "The Rovers beat the visiting Hawks, 28-21, on Sunday.", ["28", "21"]],
    ["a score before a noun of scores", "The striker limped off in a 3-1 home defeat to the Lions.", ["3", "1"]],
    ["a record in parentheses", "The Hawks (9-4) host the Rovers (4-9) next week.", ["9", "4"]],
    ["a trailing score", "The home side, trailing 17-3 at the break, rallied late.", ["17", "3"]],
    ["a tie", "A late kick tied the match at 20-20.", ["20"]],
    ["a fighter's record ending its line", "Ray Duval 31-2", ["31", "2"]],
    ["a fighter's record in parentheses", "Duval (31-2, 25 KOs) fights on Friday.", ["31", "2"]],
    ["a jury's split", "The jurors were deadlocked at 10-2 after three days.", ["10", "2"]],
    ["making it a score", "A late basket made it 61-55 with a minute left.", ["61", "55"]],
    ["a score before a singular noun of play", "A late three made it a 45-42 game.", ["45", "42"]],
    ["a run of points", "The visitors answered with a 9-2 spurt.", ["9", "2"]],
    ["a lead with the team's name between", "The run turned a 47-44 Wildcats lead into a rout.", ["47", "44"]],
    ["a score that falls, a day after it", "The Owls edged past the Larks 51-50 Friday.", ["51", "50"]],
    ["a tie, a verb after it", "The kick tied the game 13-13 heading into the last quarter.", ["13"]],
    ["a shooting line", "The guard went 1-for-8 from long range and made 3-of-4 free throws.", ["1", "8", "3", "4"]],
  ])("%s: %s", (_what, text, values) => {
    for (const v of values) expect(at(text, v)).toEqual([]);
  });
  it.each([
    ["a range of people", "Between 3-4 people were hurt when the roof fell.", "Between 3-4"],
    ["a range of shots", "Officers fired 7-8 shots at the car.", "7-8"],
    ["a range of games, plural", "The striker will miss 3-4 games with the injury.", "3-4"],
    ["the KOs beside a record stay a count", "Duval (31-2, 25 KOs) fights on Friday.", "25"],
  ])("stays a figure — %s: %s", (_what, text, value) => {
    expect(at(text, value).length).toBe(1);
  });
  // (the pair is the claim, one value of two numbers: values/quantity/score-pairs.ts)
  it.each([
    ["a score after a name and a comma", "The Rovers beat the visiting Hawks, 28-21, on Sunday.", "28-21", "score"],
    ["a record in parentheses", "The Hawks (9-4) host the Rovers (4-9) next week.", "4-9", "record"],
    ["a trailing score", "The home side, trailing 17-3 at the break, rallied late.", "17-3", "score"],
  ])("the pair is one claim — %s: %s", (_what, text, value, unit) => {
    const found = at(text, value);
    expect(found.length).toBe(1);
    expect(found[0]!.value).toMatchObject({ type: "quantity", unit });
  });
  it("an injury in a lost game is no toll: 'hurt in a 27-24 loss'", () => {
    expect(claims("The quarterback was hurt last week in a 27-24 loss to the Bears.").some((c) => c.rule === "casualties")).toBe(false);
  });
});

describe("numbers inside names and price bases", () => {
  it.each([
    ["a team's name glued to digits", "The 49ers traded their backup quarterback.", "49"],
    ["a web address glued to digits", "The script loads code from 88host.net every hour.", "88"],
    ["the year whose prices a sum is in", "The dam cost over $40 million (in 1998 dollars) to build.", "1998 dollars"],
  ])("%s: %s", (_what, text, value) => {
    expect(at(text, value)).toEqual([]);
  });
  it("a sum in a price year keeps the sum", () => {
    expect(at("The dam cost over $40 million (in 1998 dollars) to build.", "over $40 million").length).toBe(1);
  });
});

describe("what a person is, not what happened: ages and children", () => {
  it.each([
    ["a mother of two who died", "A mother of two died when a van struck her car.", "two"],
    ["a father of three in a headline", "Crash leaves father of 3 dead", "3"],
  ])("%s: no toll — %s", (_what, text, value) => {
    const cs = at(text, value);
    expect(cs.map((c) => c.rule)).toEqual(["frame:children/person"]);
  });
  it.each([
    ["dies in prison at", "Former boss dies in prison at 81", "81"],
    ["died at home at, then a cause", "The painter died at her home at 93 of heart failure.", "93"],
  ])("%s: an age — %s", (_what, text, value) => {
    expect(at(text, value).map((c) => c.rule)).toEqual(["ages"]);
  });
  it("a toll after a death is still a toll", () => {
    expect(at("The crash in which he died killed 12 others.", "12").map((c) => c.rule)).toEqual(["casualties"]);
  });
});

describe("words that look like a rule's and are not", () => {
  it("'wound up' is wind, not wound", () => {
    expect(claims("He wound up with 24 after a slow start.").some((c) => c.rule === "casualties")).toBe(false);
  });
  it("a bare count a verb of harm governs yields to its own noun: 'missing 6 of the 12 games'", () => {
    const cs = claims("An ankle injury kept him out, missing 6 of the team's 12 games.");
    expect(cs.some((c) => c.rule === "casualties")).toBe(false);
  });
  it("'no one' counts none only of harm, arrest or rescue", () => {
    expect(claims("No one knows why the fire started.")).toEqual([]);
    expect(claims("The song was famous, even if no one heard it live.")).toEqual([]);
    const hurt = at("No one was reported hurt in the fire.", "No one");
    expect(hurt.map((c) => [c.rule, c.claimFrame?.predicate?.lemma])).toEqual([["casualties", "hurt"]]);
  });
  it.each([
    ["No-one was hurt when the barn burned down.", "No-one", "hurt"],
    ["The council said no-one had been injured in the flood.", "no-one", "injure"],
    ["Nobody was killed in the crash on the ring road.", "Nobody", "kill"],
  ])("'no-one' and 'nobody' are 'no one': a count of none, never one: %s", (sentence, value, lemma) => {
    const none = at(sentence, value);
    expect(none.map((c) => [c.rule, c.value.type === "quantity" ? c.value.max : null, c.claimFrame?.predicate?.lemma])).toEqual([["casualties", 0, lemma]]);
    expect(at(sentence, "one")).toEqual([]);
  });
  it.each([
    ["None of the riders was hurt in the pile-up.", "None", "hurt"],
    ["None were injured, the fire crew said.", "None", "injure"],
    ["No pupils were hurt when the ceiling fell in.", "No pupils", "hurt"],
    ["No climbers were killed in the slide.", "No climbers", "kill"],
  ])("'none' and 'no' before people count none of the harm they undergo: %s", (sentence, value, lemma) => {
    expect(at(sentence, value).map((c) => [c.rule, c.value.type === "quantity" ? c.value.max : null, c.claimFrame?.predicate?.lemma])).toEqual([["casualties", 0, lemma]]);
  });
  it.each([
    ["There were no reports of injuries after the storm.", "no reports of injuries"],
    ["Police had no immediate reports of casualties.", "no immediate reports of casualties"],
  ])("no reports of harm count none of it: %s", (sentence, value) => {
    expect(at(sentence, value).map((c) => [c.rule, c.value.type === "quantity" ? c.value.max : null])).toEqual([["casualties", 0]]);
  });
  it.each([
    "No pupils came to the open day.",
    "None of the plans worked.",
    "None of the three bids pleased the board.",
    "There were no reports of delays on the line.",
    "No voters turned out in the rain.",
  ])("'none' and 'no' that count nothing of harm are no claim: %s", (sentence) => {
    expect(claims(sentence).filter((c) => c.value.type === "quantity" && c.value.max === 0)).toEqual([]);
  });
  it("'nobody' that does nothing to be counted is a pronoun", () => {
    expect(claims("Nobody knows where the money went.")).toEqual([]);
    expect(claims("No-one saw the car leave, a neighbour said.")).toEqual([]);
  });
  it.each([
    // a count of none of an event that happens to people is a zero of the toll, whatever verb reports it
    ["No injuries were reported after the crash.", "No injuries", "casualties", "injury"],
    ["Officials said there were no deaths among the crew.", "no deaths", "casualties", "death"],
    ["The blast caused no casualties, the mayor said.", "no casualties", "casualties", "casualty"],
  ])("'no' before an event of harm counts none of it: %s", (sentence, value, rule, lemma) => {
    const cs = at(sentence, value);
    expect(cs.map((c) => [c.rule, c.claimFrame?.counted, c.claimFrame?.predicate?.lemma, c.value.type === "quantity" ? c.value.max : null])).toEqual([[rule, "person", lemma, 0]]);
  });
  it.each([
    // must not: "no" before a noun that is no harm to people
    ["The storm did no damage to the harbour.", "no damage"],
    ["There were no arrests at the rally.", "no arrests"],
  ])("'no' before a noun that is no harm counts none of the toll: %s", (sentence, value) => {
    expect(at(sentence, value).some((c) => c.rule === "casualties")).toBe(false);
  });
  it("a reporting verb's noun names the event: 'police reported 12 injuries'", () => {
    expect(at("Police reported 12 injuries at the stadium.", "12").map((c) => c.claimFrame?.predicate?.lemma)).toEqual(["injury"]);
  });
  it("a verdict dates an event: 'found guilty last month'", () => {
    expect(at("The clerk was found guilty in May 2015 of fraud.", "May 2015").map((c) => c.rule)).toEqual(["event-dates"]);
  });
});

describe("a count 'of' an event noun is what the event happened to", () => {
  it.each([
    ["slayings, under a verb of arrest", "A neighbour was arrested in the slayings of three hikers.", "three", "casualties", "slay"],
    ["deaths, before a participle", "The deaths of two men found in a barn were ruled accidents.", "two", "casualties", "death"],
    ["murders, under a verb of charging", "He was charged with the murders of four guards.", "four", "casualties", "murder"],
    ["an arrest", "The arrest of 15 fans followed the match.", "15", "arrests", "arrest"],
  ])("%s: %s", (_what, text, value, rule, predicate) => {
    expect(at(text, value).map((c) => [c.rule, c.claimFrame?.predicate?.lemma])).toEqual([[rule, predicate]]);
  });
  it("a partitive is no event noun: 'two of the hikers were arrested'", () => {
    expect(at("Two of the hikers were arrested on Sunday.", "Two").map((c) => c.claimFrame?.predicate?.lemma)).toEqual(["arrest"]);
  });
});

describe("the length of time a rate is per counts nothing of its own", () => {
  it.each([
    ["She typed letters eight hours a day for a living.", "a day"],
    ["The club pays him $4 million a year.", "a year"],
    ["The ferry sails three times a week in winter.", "a week"],
  ])("%s: no claim for %s", (text, value) => {
    expect(at(text, value)).toEqual([]);
  });
  it.each([
    // a length of its own, not after a figure
    ["The strike lasted a day and a half.", "a day"],
    ["The talks went on for a week.", "a week"],
  ])("%s: %s is still a claim", (text, value) => {
    expect(claims(text).some((c) => c.text.startsWith(value))).toBe(true);
  });
});

describe("a number that opens the name of a gang or a crew is no count", () => {
  it.each([
    ["a crew named by a number and a word", "He had feuded for years with the 9 Mile crew across the park.", "9"],
    ["a gang named by a number and a word", "Both men belonged to the 21 Street gang, police said.", "21"],
  ])("%s: %s", (_what, text, value) => {
    expect(at(text, value)).toEqual([]);
  });
  it.each([
    ["a crew of a nationality", "The ship had 26 Somali crew on board.", "26"],
    ["a crew counted", "The tug's 9 crew were rescued.", "9"],
  ])("stays a figure — %s: %s", (_what, text, value) => {
    expect(at(text, value).length).toBe(1);
  });
});
