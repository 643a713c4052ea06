/**
 * Claims about one occurrence told with different words. Each case is a pair (or a few) of
 * sentences written for the test, read into claims with the frames a reader would give them (what
 * the number counts, the verb, who and where, the day of the report), grouped and judged as a scan
 * does with no rule for their topic. The expected verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { distinctive, modifiedApart, occurrenceTopics, unitOf } from "../../../src/group/occurrence-topics.js";
import { classesOf, predicateOf } from "../../../src/group/predicate-classes.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Finding, Participant, Value } from "../../../src/types.js";
import { claim, date, framedAt, qty } from "../../helpers/claims.js";

interface Reading {
  document: string;
  sentence: string;
  text: string;
  value: Value;
  counted: string;
  predicate: string | null;
  participants?: [Participant["role"], string][];
  reportedAt?: string;
}

/** A claim no rule took, as a scan reads it: its frame's topic id, its frame, its sentence. */
function read(r: Reading): Claim {
  return claim(r.value, {
    rule: `frame:${r.predicate ?? "-"}/${r.counted}`,
    document: r.document,
    sentence: r.sentence,
    text: r.text,
    length: r.text.length,
    offset: r.sentence.indexOf(r.text),
    story: "s-1",
    provenance: ["via:frame"],
    claimFrame: {
      counted: r.counted,
      predicate: r.predicate ? { lemma: r.predicate, voice: "active" } : null,
      participants: (r.participants ?? []).map(([role, text]) => ({ role, text, key: text.toLowerCase().replace(/^the /, "") })),
      time: { tally: false, reportedAt: r.reportedAt ?? "2024-03-08" },
      attribution: null,
      modality: [],
    },
  });
}

const n = (x: number, unit = "rifle"): Value => qty(x, x, { nominal: x, unit });
const usd = (x: number): Value => qty(x, x, { nominal: x, unit: "USD" });
const judge = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
/** The verdicts of the findings that hold both claims, as the two claims relate (one side: agree). */
function relation(findings: Finding[], a: Claim, b: Claim): string[] {
  return findings
    .filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id))
    .map((f) => (f.sides?.some((s) => s.includes(a.id) && s.includes(b.id)) ? "agree" : f.verdict));
}

describe("predicate classes", () => {
  // Words a news reader takes for one kind of happening, and words that name different ones.
  it.each([
    ["seize", "confiscate"],
    ["seize", "impound"],
    ["confiscate", "recover"],
    ["arrest", "detain"],
    ["apprehend", "capture"],
    ["arrest", "nab"],
    ["steal", "rob"],
    ["loot", "snatch"],
    ["grab", "steal"],
    ["kill", "slay"],
    ["kill", "die"],
    ["injure", "wound"],
    ["hurt", "injure"],
    ["buy", "acquire"],
    ["purchase", "buy"],
    ["announce", "unveil"],
    ["capsize", "overturn"],
    ["sink", "capsize"],
    ["founder", "sink"],
    ["keel over", "capsize"],
    ["crash", "crash-land"],
    ["collapse", "give way"],
    ["cave in", "collapse"],
    ["restore", "restoration"],
    ["reconnect", "restore"],
    ["convict", "conviction"],
    ["sentence", "sentencing"],
    ["indict", "indictment"],
    ["found", "establish"],
    ["create", "found"],
    ["form", "establish"],
    ["open", "inaugurate"],
    ["resign", "step down"],
    ["quit", "resign"],
    ["marry", "wed"],
  ])("%s and %s are one kind of happening", (a, b) => {
    expect(classesOf(a).some((k) => classesOf(b).includes(k))).toBe(true);
  });

  it.each([
    ["approach", "sell"],
    ["kill", "injure"],
    ["shoot", "kill"],
    ["buy", "sell"],
    ["arrest", "release"],
    ["steal", "seize"],
    ["escort", "attack"],
    ["capsize", "crash"],
    ["capsize", "collapse"],
    ["crash", "collapse"],
    ["overturn", "rescue"],
    ["sink", "evacuate"],
    ["go down", "sink"],
    ["restore", "repair"],
    ["restore", "rescue"],
    ["convict", "sentence"],
    ["arrest", "conviction"],
    ["indictment", "conviction"],
    ["found", "open"],
    ["resign", "dismiss"],
    ["resign", "sack"],
    ["establish", "sell"],
    ["set up", "found"],
  ])("%s and %s are not", (a, b) => {
    expect(classesOf(a).some((k) => classesOf(b).includes(k))).toBe(false);
  });

  it("a light verb names no kind of happening; a word in no class is its own", () => {
    expect(classesOf("be")).toEqual([]);
    expect(classesOf("try")).toEqual([]);
    expect(classesOf("include")).toEqual([]);
    // verbs of causing name no happening of their own: what they brought about does
    expect(classesOf("result")).toEqual([]);
    expect(classesOf("cause")).toEqual([]);
    expect(classesOf("escort")).toEqual(["escort"]);
  });

  it("a phrasal verb is read from its sentence", () => {
    const of = (lemma: string, sentence: string) => predicateOf({ rule: `frame:${lemma}/money`, sentence, claimFrame: undefined });
    expect(of("make", "Thieves made off with $2 million in watches.")).toBe("make off with");
    expect(of("take", "The bank took over its rival for $3 billion.")).toBe("take over");
    expect(of("shoot", "Gunmen shot dead two guards.")).toBe("shoot dead");
    expect(of("make", "The firm made $2 million last year.")).toBe("make");
    expect(of("shoot", "Police shot two men.")).toBe("shoot");
    expect(classesOf("make off with")).toContain("steal");
    expect(classesOf("shoot dead")).toContain("kill");
    expect(of("give", "The old pier gave way under the crowd.")).toBe("give way");
    expect(of("give", "The firm gave two reasons.")).toBe("give");
    expect(classesOf("give way")).toContain("collapse");
    // a pronoun between the verb and the rest
    expect(of("take", "The bank took it over for $3 billion.")).toBe("take over");
    expect(of("make", "The pair made it off with $40,000.")).toBe("make off with");
  });


  it("a market's day told by its close is a rise or a fall", () => {
    const of = (lemma: string, sentence: string) => predicateOf({ rule: `frame:${lemma}/-`, sentence, claimFrame: undefined });
    expect(of("close", "Shares in Norland closed down 3 percent.")).toBe("close down");
    expect(of("end", "The index ended lower by 2 percent.")).toBe("end lower");
    expect(of("close", "Keld stocks closed up 1.5 percent.")).toBe("close up");
    expect(of("close", "The shop closed 5 of its 40 branches.")).toBe("close");
    expect(classesOf("close down")).toContain("fall");
    expect(classesOf("end lower")).toContain("fall");
    expect(classesOf("close up")).toContain("increase");
    expect(classesOf("close")).toEqual(["close"]);
  });
});

describe("a percentage of a change, whatever verb tells the change", () => {
  const pct = (document: string, sentence: string, text: string, lemma: string, x: number): Claim =>
    claim(qty(x, x, { nominal: x, unit: "percent" }), {
      rule: `frame:percent/${lemma}`,
      document,
      ...framedAt(sentence, text),
      claimFrame: {
        counted: "percent",
        predicate: { lemma, voice: "active" },
        participants: [["agent", "Norland shares"] as const].map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
        time: { tally: false, reportedAt: "2024-03-08" },
        attribution: null,
        modality: [],
      },
    });
  const plunged = pct("a.txt", "Traders fled as Norland shares plunged 5.2 percent.", "5.2 percent", "plunge", 5.2);
  const closedDown = pct("b.txt", "Traders fled as Norland shares closed down 3.8 percent.", "3.8 percent", "close", 3.8);
  const rose = pct("c.txt", "Norland shares rose 2 percent the next week.", "2 percent", "rise", 2);
  const closedShops = pct("d.txt", "The chain closed 5 percent of its Norland shops.", "5 percent", "close", 5);
  // a share of a thing, whatever verb the sentence has: its topic names the thing
  const ofTraffic = { ...pct("e.txt", "Norland lines carry 60 percent of the traffic.", "60 percent", "carry", 60), rule: "frame:percent/traffic" };
  // a share read with no verb: its topic stays as the frame put it
  const bare = { ...pct("f.txt", "Half of the roof fell in.", "Half", "fall", 50), rule: "frame:percent/roof", claimFrame: { ...pct("f.txt", "x", "x", "fall", 50).claimFrame!, predicate: null } };

  it("a plunge and a close down are one topic, a fall; a rise is another; a plain close keeps its own", () => {
    const topics = occurrenceTopics([plunged, closedDown, rose, closedShops, ofTraffic, bare], new Set());
    expect(topics.get(ofTraffic)).toBe("frame:percent/traffic");
    expect(topics.get(bare)).toBe("frame:percent/roof");
    expect(topics.get(plunged)).toBe("frame:percent/fall");
    expect(topics.get(closedDown)).toBe("frame:percent/fall");
    expect(topics.get(rose)).toBe("frame:percent/increase");
    expect(topics.get(closedShops)).toBe("frame:percent/close");
  });

  it("two reports of one day's fall of one market's shares are set against each other", () => {
    const verdicts = relation(judge([plunged, closedDown]), plunged, closedDown);
    expect(verdicts).toHaveLength(1);
    expect(["contradict", "diverge"]).toContain(verdicts[0]);
  });
});

describe("the unit a count is compared in", () => {
  const framed = (sentence: string, text: string, unit: string): Claim =>
    claim(qty(3, 3, { nominal: 3, unit }), { sentence, text, claimFrame: { counted: "game", predicate: null, participants: [], time: { tally: false, reportedAt: null }, attribution: null, modality: [] } });
  it.each([
    ["a count with no unit of its own: what its frame counts", framed("They lost three home games.", "three", ""), "game"],
    ["a count with a unit keeps it", framed("He scored three points.", "three", "point"), "point"],
    ["a count written as a modifier has none", framed("They are on a three-game streak.", "three-game", ""), ""],
    ["the part of a partitive has none", framed("They lost three of their last five games.", "three", ""), ""],
  ] as const)("%s", (_what, c, expected) => {
    expect(unitOf(c)).toBe(expected);
  });
});

describe("distinctive values", () => {
  const q = (text: string, x: number): Claim => claim(qty(x, x, { nominal: x, unit: "USD" }), { text });
  it.each([
    ["$928,627.88", 928_627.88, true],
    ["1,423", 1423, true],
    ["$2,654,000", 2_654_000, true],
    ["$2,650,000", 2_650_000, false],
    ["two", 2, false],
    ["$2.6 million", 2_600_000, false],
    ["140,000", 140_000, false],
  ])("%s → %s", (text, x, expected) => {
    expect(distinctive(q(text, x))).toBe(expected);
  });
  it.each([
    ["July 1, 1859", date("1859-07-01"), true],
    ["the act of 1875", date("1875-01-01", "1875-12-31", "year"), true],
    ["this year", date("1875-01-01", "1875-12-31", "year"), false],
    ["30th of June", date("1846-06-30"), false],
  ])("%s → %s", (text, value, expected) => {
    expect(distinctive(claim(value, { text }))).toBe(expected);
  });
});

describe("claims about one occurrence stated with different verbs", () => {
  it("the same figure with verbs of one class agrees", () => {
    const a = read({ document: "a.txt", sentence: "Coast guards seized 14 rifles from the trawler.", text: "14", value: n(14), counted: "rifle", predicate: "seize" });
    const b = read({ document: "b.txt", sentence: "Fourteen rifles were confiscated, an officer said.", text: "Fourteen", value: n(14), counted: "rifle", predicate: "confiscate" });
    const c = read({ document: "c.txt", sentence: "Officers found 14 rifles hidden under the nets.", text: "14", value: n(14), counted: "rifle", predicate: "find" });
    const findings = judge([a, b, c]);
    expect(relation(findings, a, b)).toEqual(["agree"]);
    expect(relation(findings, b, c)).toEqual(["agree"]);
  });

  it("the same haul told as a theft in other words agrees", () => {
    const a = read({ document: "a.txt", sentence: "Four men made off with $3.1 million in watches.", text: "$3.1 million", value: usd(3.1e6), counted: "money", predicate: "make" });
    const b = read({ document: "b.txt", sentence: "Robbers stole $3.1 million from the boutique.", text: "$3.1 million", value: usd(3.1e6), counted: "money", predicate: "steal" });
    const c = read({ document: "c.txt", sentence: "The gang grabbed $3.1 million worth of gems.", text: "$3.1 million", value: usd(3.1e6), counted: "money", predicate: "grab" });
    const findings = judge([a, b, c]);
    expect(relation(findings, a, b)).toEqual(["agree"]);
    expect(relation(findings, a, c)).toEqual(["agree"]);
  });

  it("a different figure with verbs of one class and a shared participant contradicts", () => {
    const a = read({ document: "a.txt", sentence: "Police in Tamale arrested 40 protesters.", text: "40", value: n(40, "person"), counted: "protester", predicate: "arrest", participants: [["place", "Tamale"]] });
    const b = read({ document: "b.txt", sentence: "In Tamale, officers detained 25 protesters.", text: "25", value: n(25, "person"), counted: "protester", predicate: "detain", participants: [["place", "Tamale"]] });
    expect(relation(judge([a, b]), a, b)).toEqual(["contradict"]);
  });

  it("a different figure with verbs of one class and nothing shared only diverges", () => {
    const a = read({ document: "a.txt", sentence: "Police arrested 40 protesters.", text: "40", value: n(40, "person"), counted: "protester", predicate: "arrest" });
    const b = read({ document: "b.txt", sentence: "Officers detained 25 protesters.", text: "25", value: n(25, "person"), counted: "protester", predicate: "detain" });
    expect(relation(judge([a, b]), a, b)).toEqual(["diverge"]);
  });

  it("the same counted thing with verbs of different classes is not grouped", () => {
    const a = read({ document: "a.txt", sentence: "Five boats approached the tanker at dawn.", text: "Five", value: n(5, "boat"), counted: "boat", predicate: "approach" });
    const b = read({ document: "b.txt", sentence: "Five boats were sold at the auction.", text: "Five", value: n(5, "boat"), counted: "boat", predicate: "sell" });
    expect(relation(judge([a, b]), a, b)).toEqual([]);
  });

  it("two different events that share a word stay apart", () => {
    const a = read({ document: "a.txt", sentence: "Thieves stole $2 million from a bank in Lyon.", text: "$2 million", value: usd(2e6), counted: "money", predicate: "steal", participants: [["place", "Lyon"]] });
    const b = read({ document: "b.txt", sentence: "Thieves robbed a museum in Oslo of $5 million.", text: "$5 million", value: usd(5e6), counted: "money", predicate: "rob", participants: [["place", "Oslo"]] });
    expect(relation(judge([a, b]), a, b)).toEqual([]);
  });

  it("a figure said without a verb of its own joins the one class that states it", () => {
    const captured = read({ document: "a.txt", sentence: "The frigate captured 26 pirates.", text: "26", value: n(26, "person"), counted: "pirate", predicate: "capture" });
    const aboard = read({ document: "b.txt", sentence: "There were 26 pirates on the three skiffs.", text: "26", value: n(26, "person"), counted: "pirate", predicate: "be" });
    const topics = occurrenceTopics([captured, aboard], new Set());
    expect(topics.get(aboard)).toBe(topics.get(captured));
    expect(relation(judge([captured, aboard]), captured, aboard)).toEqual(["agree"]);
  });

  it("a different figure said without a verb is not set against one: absence of a difference is not evidence", () => {
    const captured = read({ document: "a.txt", sentence: "The frigate captured 26 pirates.", text: "26", value: n(26, "person"), counted: "pirate", predicate: "capture" });
    const aboard = read({ document: "b.txt", sentence: "There were 30 pirates on the three skiffs.", text: "30", value: n(30, "person"), counted: "pirate", predicate: "be" });
    expect(relation(judge([captured, aboard]), captured, aboard)).toEqual([]);
  });

  it("a figure said with a light verb never contradicts, even where both name one place", () => {
    // Thirty may have been in the Gulf and 26 of them captured: both can be true.
    const captured = read({ document: "a.txt", sentence: "The frigate captured 26 pirates in the Gulf.", text: "26", value: n(26, "person"), counted: "pirate", predicate: "capture", participants: [["place", "Gulf"]] });
    const there = read({ document: "b.txt", sentence: "There were 30 pirates in the Gulf that night.", text: "30", value: n(30, "person"), counted: "pirate", predicate: "be", participants: [["place", "Gulf"]] });
    expect(relation(judge([captured, there]), captured, there)).not.toContain("contradict");
  });

  it("the same figure said with a light verb of two different people is a coincidence, not an agreement", () => {
    const hale = { ...read({ document: "a.txt", sentence: "Tom Hale had 15 points for the Otters.", text: "15", value: n(15, "point"), counted: "point", predicate: "have" }), actors: ["name:tom hale", "name:otters"] };
    const roe = { ...read({ document: "b.txt", sentence: "Ann Roe had 15 points in the loss.", text: "15", value: n(15, "point"), counted: "point", predicate: "have" }), actors: ["name:ann roe"] };
    const haleAgain = { ...read({ document: "c.txt", sentence: "Tom Hale had 15 points.", text: "15", value: n(15, "point"), counted: "point", predicate: "have" }), actors: ["name:tom hale"] };
    const findings = judge([hale, roe, haleAgain]);
    expect(relation(findings, hale, roe)).toEqual([]);
    expect(relation(findings, hale, haleAgain)).toEqual(["agree"]);
  });

  it("figures of one kind of happening reported years apart, with nothing else in common, are not compared", () => {
    const early = read({ document: "a.txt", sentence: "The department spent $4 million on roads.", text: "$4 million", value: usd(4e6), counted: "money", predicate: "spend", reportedAt: "1901-12-03" });
    const late = read({ document: "b.txt", sentence: "The department spent $9 million on harbors.", text: "$9 million", value: usd(9e6), counted: "money", predicate: "spend", reportedAt: "1907-12-03" });
    expect(relation(judge([early, late]), early, late)).toEqual([]);
  });

  it("a distinctive figure restated years later without a verb still agrees; a round one does not", () => {
    const award = read({ document: "a.txt", sentence: "The board awarded claims of $1,284,311.50 to the merchants.", text: "$1,284,311.50", value: usd(1_284_311.5), counted: "money", predicate: "award", reportedAt: "1845-12-02" });
    const restated = read({ document: "b.txt", sentence: "Claims of $1,284,311.50 remain unpaid.", text: "$1,284,311.50", value: usd(1_284_311.5), counted: "money", predicate: null, reportedAt: "1846-12-08" });
    expect(relation(judge([award, restated]), award, restated)).toEqual(["agree"]);
    const two = read({ document: "c.txt", sentence: "Two countries signed the accord.", text: "Two", value: n(2, "country"), counted: "country", predicate: null, reportedAt: "1901-12-03" });
    const twoLater = read({ document: "d.txt", sentence: "Relations between the two countries improved.", text: "two", value: n(2, "country"), counted: "country", predicate: null, reportedAt: "1911-12-05" });
    expect(relation(judge([two, twoLater]), two, twoLater)).toEqual([]);
  });
});

describe("lengths of time of one holder, told in different units", () => {
  /** A length whose frame names its holder: the topic id is the attribute and the holder ("frame:duration/delay"). */
  const length = (document: string, sentence: string, text: string, x: number, unit: string, approximate: boolean, reportedAt: string): Claim => {
    const c = read({ document, sentence, text, value: qty(x, x, { nominal: x, unit, approximate, qualifier: approximate ? "around" : null }), counted: "duration", predicate: null, reportedAt });
    return { ...c, rule: "frame:duration/delay" };
  };
  it("about two hours and 125 minutes of one delay are one length told twice, however far apart reported", () => {
    const a = length("a.txt", "The fault caused a delay of about two hours.", "about two hours", 2, "hour", true, "2024-03-08");
    const b = length("b.txt", "The total delay was 125 minutes, the operator said.", "125 minutes", 125, "minute", false, "2024-03-10");
    const later = length("c.txt", "Last month's delay was 125 minutes, the operator said.", "125 minutes", 125, "minute", false, "2024-04-20");
    expect(relation(judge([a, b, later]), a, b)).not.toEqual([]);
    expect(relation(judge([a, b, later]), a, later)).not.toEqual([]);
  });
  it("about two hours and 150 minutes, or two hours and 135 minutes told exactly, are not", () => {
    const a = length("a.txt", "The fault caused a delay of about two hours.", "about two hours", 2, "hour", true, "2024-03-08");
    const far = length("b.txt", "The total delay was 150 minutes, the operator said.", "150 minutes", 150, "minute", false, "2024-04-20");
    expect(relation(judge([a, far]), a, far)).toEqual([]);
    const exact = length("a.txt", "The fault caused a delay of two hours.", "two hours", 2, "hour", false, "2024-03-08");
    // (135 minutes lies beyond the rounding a conversion allows, and two hours told exactly reaches no further)
    const other = length("b.txt", "The total delay was 135 minutes, the operator said.", "135 minutes", 135, "minute", false, "2024-04-20");
    expect(relation(judge([exact, other]), exact, other)).toEqual([]);
  });
});

describe("an attribute said of nothing joins the one topic of that attribute stating its value", () => {
  const weight = (document: string, sentence: string, text: string, of: string | null, x: number, approximate = false): Claim =>
    claim(qty(approximate ? x - 50 : x, approximate ? x + 50 : x, { nominal: x, unit: "lb", approximate }), {
      rule: `frame:weight/${of ?? "-"}`,
      document,
      ...framedAt(sentence, text),
      claimFrame: {
        counted: "weight",
        predicate: of ? { lemma: of, voice: "active" } : null,
        participants: [],
        time: { tally: false, reportedAt: "2024-03-08" },
        attribution: null,
        modality: [],
      },
    });
  const weighs = weight("a.txt", "Described as tall and weighing about 190 pounds, the fugitive is armed.", "about 190 pounds", "weigh", 190, true);
  const adjective = weight("b.txt", "Orme, a 190-pound man with a beard, fled the van.", "190", null, 190);
  const other = weight("c.txt", "Orme, a 240-pound man with a beard, fled the van.", "240", null, 240);

  it("must join and agree: “a 190-pound man” and “weighing about 190 pounds”", () => {
    const topics = occurrenceTopics([weighs, adjective], new Set());
    expect(topics.get(adjective)).toBe("frame:weight/weigh");
    expect(relation(judge([weighs, adjective]), weighs, adjective)).toEqual(["agree"]);
  });

  it("must not join: “a 240-pound man” states another value; nor when two topics state it", () => {
    expect(occurrenceTopics([weighs, other], new Set()).get(other)).toBe("frame:weight/-");
    const carries = weight("d.txt", "The crate he carried weighed 190 pounds, a clerk said.", "190 pounds", "carry", 190);
    expect(occurrenceTopics([weighs, carries, adjective], new Set()).get(adjective)).toBe("frame:weight/-");
  });
});

describe("modifiedApart: two figures of one sentence told with different words before their noun", () => {
  const fig = (sentence: string, text: string, n: number, unit: string): Claim =>
    claim(qty(n, n, { nominal: n, unit }), { sentence, text, offset: sentence.indexOf(text), length: text.length });
  const runs = "Castell has won 16 fights in a row, and 13 title fights in a row.";
  const yards = "Lunt has 548 rushing yards and 258 receiving yards.";
  const sums = "Thieves took £910,000 in May and a necklace worth £1.2m in June.";
  it.each([
    ["16 fights / 13 title fights", fig(runs, "16", 16, "fight"), fig(runs, "13", 13, "fight")],
    ["548 rushing yards / 258 receiving yards", fig(yards, "548", 548, "yard"), fig(yards, "258", 258, "yard")],
  ])("%s: apart", (_name, a, b) => {
    expect(modifiedApart(a, b)).toBe(true);
  });
  it.each([
    ["£910,000 / £1.2m", fig(sums, "£910,000", 910000, "GBP"), fig(sums, "£1.2m", 1200000, "GBP")],
    ["16 fights / 13 fights", fig("Castell has won 16 fights, Orme 13 fights.", "16", 16, "fight"), fig("Castell has won 16 fights, Orme 13 fights.", "13", 13, "fight")],
  ])("%s: not apart", (_name, a, b) => {
    expect(modifiedApart(a, b)).toBe(false);
  });
});
